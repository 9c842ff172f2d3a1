"""The MT worker: one thread that owns the engine.

Requests are immutable snapshots taken on the GUI thread (segment id, the text
sent to MT, languages, the segment's revision). The worker never touches the
Project: results go back to the GUI thread by queued signals and the GUI thread
stores them with project.apply_mt, which drops a result that an edit made
stale. Progress and cancellation use the same TaskState as the CLI.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.core.errors import Cancelled, ModelError, WorkbenchError
from workbench.core.task import TaskState
from workbench.mt.engine import Engine, GenerationSettings

if TYPE_CHECKING:
    from workbench.mt.cache import MTCache

FLUSH_SECONDS = 0.1  # results and progress reach the GUI at most this often


@dataclass(frozen=True)
class MTRequest:
    segment_id: int
    text: str  # the segment's mt_source
    src: str  # the segment's own language
    revision: int


@dataclass(frozen=True)
class MTResult:
    segment_id: int
    revision: int
    text: str
    score: float | None
    flags: tuple[str, ...]
    model: str


@dataclass(frozen=True)
class EngineSpec:
    model: str
    engine: str = "auto"
    device: str = "auto"
    threads: int = 0
    beam_size: int = 1


@dataclass
class MTJob:
    job_id: int
    spec: EngineSpec
    tgt: str
    requests: tuple[MTRequest, ...]
    state: TaskState = field(default_factory=TaskState)
    overwrite_draft: bool = False


def load_engine(spec: EngineSpec, state: TaskState) -> Engine:
    """Load the engine through the MT package's loader (raises ModelError when missing)."""
    from workbench.mt.loader import load_engine as mt_load_engine

    return mt_load_engine(
        spec.model, spec.device, spec.engine, state, threads=spec.threads, allow_download=False
    )


def translate(
    engine: Engine,
    spec: EngineSpec,
    requests: Sequence[MTRequest],
    tgt: str,
    state: TaskState,
    cache: MTCache | None,
) -> Iterator[MTResult]:
    """Translate through the real MT pipeline; yields each segment's result as it is done."""
    from workbench.mt.pipeline import MTRequest as PipelineRequest
    from workbench.mt.pipeline import translate_segments

    by_id = {r.segment_id: r for r in requests}
    items = [PipelineRequest(r.segment_id, r.text, r.src) for r in requests]
    settings = GenerationSettings(beam_size=spec.beam_size)
    for res in translate_segments(items, tgt, engine, settings, cache=cache, state=state):
        req = by_id[res.id]
        yield MTResult(
            segment_id=req.segment_id,
            revision=req.revision,
            text=res.text,
            score=res.score,
            flags=tuple(sorted(res.flags)),
            model=engine.model_id,
        )


class MTWorker(QObject):
    """Lives in its own QThread; every slot runs there."""

    loading = Signal(str)  # a status line while the model loads
    loaded = Signal(str)  # the model id, once loaded
    results = Signal(int, object)  # job id, list[MTResult]
    progress = Signal(int, int, int)  # job id, done, total
    warmed = Signal(float)  # seconds the warm-up imports took
    finished = Signal(int, str, str)  # job id, "done" | "cancelled" | "failed" | "missing", message

    def __init__(self) -> None:
        super().__init__()
        self._engine = None
        self._spec: EngineSpec | None = None
        self._mt_cache: MTCache | None = None

    @Slot(object)
    def run(self, job: MTJob) -> None:
        try:
            job.state.check_cancelled()
            engine = self._engine_for(job.spec, job.state)
            self._translate(engine, job)
        except Cancelled:
            self.finished.emit(job.job_id, "cancelled", "cancelled")
        except ModelError as exc:
            self.finished.emit(job.job_id, "missing", str(exc))
        except WorkbenchError as exc:
            self.finished.emit(job.job_id, "failed", str(exc))
        except Exception as exc:  # noqa: BLE001 - the thread must survive any engine failure
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            self.finished.emit(job.job_id, "failed", f"machine translation failed: {first}")
        else:
            self.finished.emit(job.job_id, "done", "")

    def _engine_for(self, spec: EngineSpec, state: TaskState):
        if self._engine is not None and self._spec == spec:
            return self._engine
        self._close_engine()
        self.loading.emit(f"Loading model {spec.model}…")
        watcher = TaskState(on_progress=lambda p: self.loading.emit(p.status) if p.status else None)
        self._engine = load_engine(spec, watcher)
        self._spec = spec
        self.loaded.emit(getattr(self._engine, "model_id", spec.model))
        state.check_cancelled()
        return self._engine

    def _translate(self, engine: Engine, job: MTJob) -> None:
        pending: list[MTResult] = []
        last = time.monotonic()

        def flush() -> None:
            if pending:
                self.results.emit(job.job_id, list(pending))
                pending.clear()
            snap = job.state.snapshot()
            self.progress.emit(job.job_id, snap.done, snap.total)

        try:
            for result in translate(
                engine, job.spec, job.requests, job.tgt, job.state, self._cache()
            ):
                pending.append(result)
                if time.monotonic() - last >= FLUSH_SECONDS:
                    flush()
                    last = time.monotonic()
        finally:
            flush()

    def _cache(self) -> MTCache | None:
        """The persistent MT cache, opened in this thread (SQLite objects stay in one thread)."""
        if self._mt_cache is None:
            from workbench.mt.cache import MTCache

            try:
                self._mt_cache = MTCache()
            except (OSError, WorkbenchError) as exc:
                self.loading.emit(f"MT cache unavailable ({exc}); translating without it")
                return None
        return self._mt_cache

    def _close_engine(self) -> None:
        if self._engine is not None:
            self._engine.close()
        self._engine = None
        self._spec = None

    @Slot(object)
    def warm_up(self, spec: EngineSpec) -> None:
        """Import torch and transformers ahead of the first request, if the model is here.

        Importing them holds the GIL for a few hundred milliseconds at a time (C
        extension set-up), which pauses the GUI thread too; done once, soon after
        a project opens, it stays out of the way of pre-translation. Nothing is
        loaded when the model is missing, and the model itself is loaded on demand.
        """
        from workbench.mt.models import resolve_model

        try:
            resolve_model(spec.model, allow_download=False)
        except WorkbenchError:
            return
        started = time.monotonic()
        import torch  # noqa: F401
        import transformers

        transformers.AutoTokenizer  # noqa: B018 - attribute access imports the lazy modules
        transformers.M2M100ForConditionalGeneration  # noqa: B018
        self.warmed.emit(time.monotonic() - started)

    @Slot()
    def shutdown(self) -> None:
        """Free the model and end the thread's event loop (runs in the worker thread)."""
        self._close_engine()
        if self._mt_cache is not None:
            self._mt_cache.close()
            self._mt_cache = None
        QThread.currentThread().quit()
