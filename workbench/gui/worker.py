"""The MT worker: one thread that owns the engine.

Requests are the pipeline's own immutable MTRequest, snapshots taken on the GUI
thread with id = (segment id, revision). The worker never touches the Project:
results (the pipeline's MTResult, passed_through included) go back to the GUI
thread by queued signals, and the GUI thread stores them with
workbench.app.pretranslate.apply_result, exactly as the CLI does. The target
checks of each result (guard rails, numbers, QA and terms) run here too, with
the project data the job carries (target_checks.gather), so the GUI thread only
writes the results and their flags. Progress and
cancellation use the same TaskState as the CLI.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal, Slot

from workbench.core.errors import Cancelled, ModelError, WorkbenchError, first_line
from workbench.core.i18n import shown
from workbench.core.task import TaskState
from workbench.gui.runner import Outcome, outcome_of
from workbench.mt.config import EngineConfig
from workbench.mt.engine import Engine
from workbench.mt.pipeline import MTRequest, MTResult

if TYPE_CHECKING:
    from workbench.mt.cache import MTCache

FLUSH_SECONDS = 0.1  # results and progress reach the GUI at most this often
NEW_TOKENS = 8  # a completion's new tokens: a few words, quick to compute and to read


@dataclass
class MTJob:
    job_id: int
    config: EngineConfig
    tgt: str  # the project's target language (its shortlist loads first)
    requests: tuple[MTRequest, ...]  # id = (segment id, revision)
    state: TaskState = field(default_factory=TaskState)
    overwrite_draft: bool = False
    # target_checks.gather(project), read on the GUI thread: the checks then run here.
    checks: Mapping[str, Any] | None = None


def translate(
    engine: Engine,
    config: EngineConfig,
    requests: Sequence[MTRequest],
    tgt: str,
    state: TaskState,
    cache: MTCache | None,
    checks: Mapping[str, Any] | None = None,
) -> Iterator[MTResult]:
    """Translate through the real MT pipeline; yields each segment's result as it is done."""
    from workbench.mt.pipeline import translate_segments

    yield from translate_segments(
        list(requests),
        tgt,
        engine,
        config.generation(),
        cache=cache,
        state=state,
        checks=checks,
        **config.pipeline_options(),
    )


def warm_up_imports(engine: str) -> None:
    """Import what the chosen engine needs: CTranslate2 and tokenizers for "auto"
    and "ctranslate2" (torch and transformers are hundreds of MB and seconds of
    GIL time a laptop need not spend), torch and transformers only for
    "transformers", or for "auto" where CTranslate2 is not installed."""
    if engine in ("auto", "ctranslate2"):
        try:
            import ctranslate2  # noqa: F401
            import tokenizers  # noqa: F401

            return
        except ImportError:
            if engine == "ctranslate2":
                return  # loading will say what is missing
    import torch  # noqa: F401
    import transformers

    transformers.AutoTokenizer  # noqa: B018 - attribute access imports the lazy modules
    transformers.M2M100ForConditionalGeneration  # noqa: B018


class MTWorker(QObject):
    """Lives in its own QThread; every slot runs there."""

    loading = Signal(str)  # a status line while the model loads
    loaded = Signal(str)  # the model id, once loaded
    results = Signal(int, str, object)  # job id, model id, list[MTResult]
    progress = Signal(int, int, int)  # job id, done, total
    warmed = Signal(float)  # seconds the warm-up imports took
    # A CompletionRequest, its Completion (None when stale or failed), a message.
    completed = Signal(object, object, str)
    unavailable = Signal(str)  # a completion found the model missing (the ModelError)
    finished = Signal(int, object, str)  # job id, Outcome, message

    def __init__(self) -> None:
        super().__init__()
        self._engine = None
        self._loaded_for: tuple[EngineConfig, str] | None = None  # config, target
        self._mt_cache: MTCache | None = None
        self.mailbox = None  # a gui.completion.CompletionMailbox, set by the controller

    @Slot(object)
    def run(self, job: MTJob) -> None:
        try:
            job.state.check_cancelled()
            engine = self._engine_for(job.config, job.tgt, job.state)
            self._translate(engine, job)
        except Exception as exc:  # noqa: BLE001 - the thread must survive any engine failure
            outcome, message = outcome_of(exc, QT_TRANSLATE_NOOP("runner", "machine translation"))
            self.finished.emit(job.job_id, outcome, message)
        else:
            self.finished.emit(job.job_id, Outcome.DONE, "")

    def _engine_for(self, config: EngineConfig, target: str, state: TaskState) -> Engine:
        if self._engine is not None and self._loaded_for == (config, target):
            return self._engine
        self._close_engine()
        self.loading.emit(self.tr("Loading model {model}…").format(model=config.model))
        # The load reports its own status, but Cancel (or closing the window) reaches it.
        load_state = state.step(lambda p: self.loading.emit(shown(p.status)) if p.status else None)
        self._engine = config.load(load_state, target=target)
        self._loaded_for = (config, target)
        self.loaded.emit(getattr(self._engine, "model_id", config.model))
        state.check_cancelled()
        return self._engine

    def _translate(self, engine: Engine, job: MTJob) -> None:
        pending: list[MTResult] = []
        last = time.monotonic()
        model = engine.model_id

        def flush() -> None:
            if pending:
                self.results.emit(job.job_id, model, list(pending))
                pending.clear()
            snap = job.state.snapshot()
            self.progress.emit(job.job_id, snap.done, snap.total)

        try:
            for result in translate(
                engine, job.config, job.requests, job.tgt, job.state, self._cache(), job.checks
            ):
                pending.append(result)
                self.serve_completion()  # the translator's typing goes first
                if time.monotonic() - last >= FLUSH_SECONDS:
                    flush()
                    last = time.monotonic()
        finally:
            flush()

    @Slot()
    def serve_completion(self) -> None:
        """Continue the newest typed target waiting in the mailbox, if any (see
        gui.completion): older requests were dropped there before they cost anything."""
        request = self.mailbox.take() if self.mailbox is not None else None
        if request is None:
            return
        from workbench.mt.completion import complete_target

        try:
            request.state.check_cancelled()
            engine = self._engine_for(request.config, request.tgt, request.state)
            done = complete_target(
                engine,
                request.source,
                request.src,
                request.tgt,
                request.typed,
                alternatives=request.alternatives,
                max_new_tokens=NEW_TOKENS,
            )
        except Cancelled:
            self.completed.emit(request, None, "superseded")
        except ModelError as exc:
            self.completed.emit(request, None, str(exc))
            self.unavailable.emit(shown(exc))  # in the interface language
        except Exception as exc:  # noqa: BLE001 - the thread must survive any engine failure
            self.completed.emit(request, None, first_line(exc))
        else:
            self.completed.emit(request, done, "")

    def _cache(self) -> MTCache | None:
        """The persistent MT cache, opened in this thread (SQLite objects stay in one thread)."""
        if self._mt_cache is None:
            from workbench.mt.cache import MTCache

            try:
                self._mt_cache = MTCache()
            except (OSError, WorkbenchError) as exc:
                self.loading.emit(
                    self.tr("MT cache unavailable ({error}); translating without it").format(
                        error=exc
                    )
                )
                return None
        return self._mt_cache

    def _close_engine(self) -> None:
        if self._engine is not None:
            self._engine.close()
        self._engine = None
        self._loaded_for = None

    @Slot(object)
    def warm_up(self, config: EngineConfig) -> None:
        """Import the chosen engine's libraries ahead of the first request, if the model is here.

        Importing them holds the GIL for a while (C extension set-up), which
        pauses the GUI thread too; done once, soon after a project opens, it
        stays out of the way of pre-translation. Nothing is imported when the
        model is missing, and the model itself is loaded on demand.
        """
        from workbench.mt.loader import model_spec
        from workbench.mt.models import resolve_model

        try:
            resolve_model(model_spec(config.model), allow_download=False)
        except WorkbenchError:
            return
        started = time.monotonic()
        warm_up_imports(config.engine)
        self.warmed.emit(time.monotonic() - started)

    @Slot()
    def shutdown(self) -> None:
        """Free the model and end the thread's event loop (runs in the worker thread)."""
        self._close_engine()
        if self._mt_cache is not None:
            self._mt_cache.close()
            self._mt_cache = None
        QThread.currentThread().quit()
