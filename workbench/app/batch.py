"""Batch translation of a whole folder: SRC's tree mirrored under OUT, translated.

run_batch() is a plain function that takes a TaskState, so the CLI (progress bar,
Ctrl+C), the GUI worker (Tools > Batch translate folder, Cancel) and the tests all
run the same code:

    scan SRC -> which files are already done (manifest) -> read and segment the rest
    -> one MT pipeline over all their segments (dedupe + cache across files,
       length-sorted batches across files) -> each file written atomically as soon as
       its last segment is back, then recorded in the manifest -> report.json

For a GUI worker thread:

    state = TaskState()                      # Cancel button -> state.cancel()
    report = run_batch(BatchOptions(src, out, "en", mt=EngineConfig(model=...)), state,
                       on_progress=...,      # BatchProgress: overall and current file
                       on_file=...,          # FileResult: each file's final status
                       engine=loaded_engine) # optional: reuse the editor's engine
    report.summary() / report.to_json()      # also in OUT/.workbench/report.json

Both callbacks run on the worker thread (turn them into queued signals).

Safety: only OUT is written (never SRC, never through a link inside OUT); links are
followed only to files inside SRC; an OUT inside SRC is not read as input. A rerun
after Ctrl+C or kill -9 skips what the manifest says is finished and unchanged, and
the MT cache makes the sentences translated before the stop free.

Over 450 lines because it is one run's steps in the order they happen (_Run and
run_batch read top to bottom); the pieces that stand alone live beside it:
batch_check (options and folders), batch_file (one file), batch_memory,
batch_scan, batch_manifest, batch_report, batch_progress, and cluster (the MT
step on Ray workers, options.cluster; everything else stays here).
"""

from __future__ import annotations

import errno
import json
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from workbench import __version__
from workbench.app.batch_check import (
    check_folders,
    check_options,
    check_writable,
    format_names,
    reason,
)
from workbench.app.batch_file import (
    FileJob,
    coded_source,
    paragraph_texts_of,
    plain,
    prepare_file,
    segment_targets,
    take_result,
)
from workbench.app.batch_manifest import (
    STATE_DIR,
    Manifest,
    ManifestEntry,
    Writer,
    dumps,
    fingerprint,
    sha256_bytes,
    sha256_file,
)
from workbench.app.batch_memory import memory_signature, open_memory
from workbench.app.batch_progress import BatchProgress
from workbench.app.batch_report import (
    FAILED,
    PENDING,
    REPORT_NAME,
    TRANSLATED,
    BatchReport,
    FileResult,
    now_iso,
)
from workbench.app.batch_scan import Entry, scan_folder
from workbench.app.cluster import ClusterEngine, ClusterOptions
from workbench.core.errors import Cancelled, WorkbenchError
from workbench.core.fileio import atomic_write
from workbench.core.formats import FORMATS
from workbench.core.i18n import msg
from workbench.core.languages import get_language
from workbench.core.task import TaskState
from workbench.mt.config import EngineConfig

if TYPE_CHECKING:
    from workbench.core.store import Project
    from workbench.mt.engine import Engine

# Errors after which no later file can be written either: stop the run, keep what is done.
_FATAL_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}
_PROGRESS_INTERVAL = 0.1  # seconds between progress events (file events are never held back)


@dataclass(frozen=True)
class BatchOptions:
    source_dir: Path
    out_dir: Path
    target: str  # ky / ru / en (any code get_language knows)
    source: str = "auto"  # auto, or the language of every document
    mt: EngineConfig = EngineConfig()  # model None: WORKBENCH_MODEL, then the model setting
    formats: tuple[str, ...] = ()  # format names to translate; empty: all
    tmx: Path | None = None  # write the run's pairs here, marked as machine translation
    project: Path | None = None  # reuse this project's 100% memory matches
    memory: Path | None = None  # or those of this TMX file
    cluster: ClusterOptions | None = None  # MT on Ray workers (unless `engine` is given)


ProgressFn = Callable[[BatchProgress], None]
FileFn = Callable[[FileResult], None]  # called once per input file with its final status


# --------------------------------------------------------------------------- the run


@dataclass
class _Run:
    options: BatchOptions
    out_real: Path
    report: BatchReport
    manifest: Manifest
    writer: Writer | None  # None: atomic_write via OUT/.workbench/tmp
    on_progress: ProgressFn | None
    on_file: FileFn | None
    state: TaskState
    settings_fp: str = ""
    files_total: int = 0
    files_done: int = 0
    sentences_total: int = 0
    sentences_done: int = 0
    started: float = field(default_factory=time.monotonic)
    translating_since: float | None = None
    last_emit: float = 0.0
    cluster: ClusterEngine | None = None

    # -- progress -------------------------------------------------------------
    def progress(
        self, stage: str, file: str = "", done: int = 0, total: int = 0, force: bool = False
    ) -> None:
        now = time.monotonic()
        if not force and now - self.last_emit < _PROGRESS_INTERVAL:
            return
        self.last_emit = now
        rate, eta = 0.0, None
        if self.translating_since is not None:
            elapsed = now - self.translating_since
            if elapsed > 0.5 and self.sentences_done > 0:
                rate = self.sentences_done / elapsed
                eta = (self.sentences_total - self.sentences_done) / rate
        self.state.set_progress(self.sentences_done, self.sentences_total)
        if self.on_progress is not None:
            self.on_progress(
                BatchProgress(
                    stage,
                    self.files_done,
                    self.files_total,
                    self.sentences_done,
                    self.sentences_total,
                    file,
                    done,
                    total,
                    rate,
                    eta,
                    self.cluster.alive if self.cluster is not None else None,
                    len(self.cluster.workers) if self.cluster is not None else 0,
                )
            )

    def finish_file(self, result: FileResult) -> None:
        self.report.files.append(result)
        if self.on_file is not None:
            self.on_file(result)

    # -- writing ----------------------------------------------------------------
    def open_output(self) -> None:
        try:
            self.manifest.open()
        except OSError as exc:
            raise WorkbenchError(
                msg(
                    "cannot write in the output folder ({value}); choose a folder you can write to",
                    value=exc.strerror or exc,
                ),
                path=self.out_real,
            ) from None

    def write(self, path: Path, data: bytes) -> None:
        if self.writer is not None:
            self.writer(path, data)
        else:
            atomic_write(path, data, self.manifest.tmp_dir)

    def out_path(self, rel: str) -> Path:
        """Where a file's copy goes, its folders made; never through a link inside OUT."""
        path = self.out_real
        parts = PurePosixPath(rel).parts
        for part in parts[:-1]:
            path = path / part
            if path.is_symlink():
                raise WorkbenchError(
                    msg(
                        "is a link in the output folder; a batch writes only inside "
                        "the output folder, so remove it"
                    ),
                    path=path,
                )
            path.mkdir(exist_ok=True)
        return path / parts[-1]

    def write_job(self, job: FileJob) -> None:
        """Write one finished file and record it; fatal write errors propagate."""
        result = job.result
        try:
            fmt = FORMATS[job.doc.format]
            if job.doc.segmented:
                data = fmt.write(job.doc.data, *segment_targets(job))  # type: ignore[call-arg]
            else:
                data = fmt.write(job.doc.data, paragraph_texts_of(job))
        except Exception as exc:  # a writer bug must cost one file, not the run
            result.status, result.reason = (
                FAILED,
                msg("cannot build the translated copy: {reason}", reason=reason(exc)),
            )
            return
        try:
            out = self.out_path(job.entry.rel)
            self.write(out, data)
        except WorkbenchError as exc:
            result.status, result.reason = FAILED, reason(exc)
            return
        except OSError as exc:
            result.status = FAILED
            result.reason = msg(
                "cannot write the translated copy ({error})", error=exc.strerror or str(exc)
            )
            if exc.errno in _FATAL_WRITE_ERRORS:
                raise
            return
        # The copy is complete in OUT from here on, whatever happens to the records.
        result.status = TRANSLATED
        try:
            self.write(self.manifest.pairs_path(job.entry.rel), dumps(_pairs(job)))
            self.manifest.record(
                ManifestEntry(
                    job.entry.rel,
                    job.source_sha256,
                    self.settings_fp,
                    sha256_bytes(data),
                    result.info(),
                )
            )
        except OSError as exc:
            result.reason = msg(
                "the copy is complete, but the run could not record it ({error}); "
                "a rerun translates it again",
                error=exc.strerror or str(exc),
            )
            if exc.errno in _FATAL_WRITE_ERRORS:
                raise


def _pairs(job: FileJob) -> dict[str, Any]:
    """The file's segment pairs (kept for --tmx, also on a later resumed run)."""
    rows = {
        (seg.lang, plain(coded_source(seg)), plain(target), origin): None  # each pair once
        for seg, target, origin in zip(job.segments, job.targets, job.origins, strict=True)
        if origin not in ("same", "file") and target
    }
    return {"path": job.entry.rel, "pairs": [list(row) for row in rows]}


def run_batch(
    options: BatchOptions,
    state: TaskState | None = None,
    on_progress: ProgressFn | None = None,
    on_file: FileFn | None = None,
    *,
    engine: Engine | None = None,
    writer: Writer | None = None,
) -> BatchReport:
    """Translate every supported file under options.source_dir into options.out_dir.

    Returns the report, also written to OUT/.workbench/report.json. When `state` is
    cancelled the run stops after the current MT batch (report.interrupted); a full
    disk stops it too (report.error). Problems with the run as a whole (bad folders,
    a model that does not load, an output folder that cannot be written) raise a
    one-line WorkbenchError before anything that looks finished is written.

    `engine`: an engine already loaded (the GUI's), used as is and not closed.
    `writer(path, data)`: replaces the atomic file writer (tests simulate a full disk).
    """
    state = state or TaskState()
    check_options(options)
    if options.cluster is not None and engine is None:  # before any work: one line if no Ray
        from workbench.app.cluster import require_ray

        options = replace(options, cluster=options.cluster.checked())
        require_ray()
    target = get_language(options.target).code
    src_real, out_real = check_folders(options.source_dir, options.out_dir, options.tmx)
    check_writable(out_real)
    Manifest(out_real).check_links(REPORT_NAME)  # before the model loads: fail fast
    report = BatchReport(src_real, out_real, target, options.source)
    run = _Run(options, out_real, report, Manifest(out_real), writer, on_progress, on_file, state)
    run.progress("scanning", force=True)
    entries = scan_folder(src_real, out_real, format_names(options.formats))

    # What produced a copy decides whether it can be kept: settings, model and revision.
    generation = options.mt.generation()
    report.model, report.revision, engine_name = _model_identity(options, engine)
    run.settings_fp = fingerprint(
        {
            "target": target,
            "source": options.source,
            "model": report.model,
            "revision": report.revision,
            "engine": engine_name,
            "generation": generation.key(),
            "workbench": __version__,
            "memory": memory_signature(options),
        }
    )
    todo = _not_done(run, entries)
    run.files_total = len(todo)

    try:
        with ExitStack() as stack:
            memory = open_memory(options, stack)
            jobs = _read_all(run, todo, memory)
            needs_mt = any(job.remaining for job in jobs)
            if needs_mt and engine is None and not state.is_cancelled:
                run.progress("loading", force=True)
                try:
                    engine = _load_engine(options, state)
                except Cancelled:  # stopped while the model loaded (or was converted)
                    engine = None
                else:
                    stack.callback(engine.close)
            report.engine = engine.name if engine is not None else ""
            if isinstance(engine, ClusterEngine):
                run.cluster = engine
                report.cluster = engine.description
            run.open_output()  # only now: a model that fails to load leaves nothing behind
            if state.is_cancelled:
                report.interrupted = True
            elif jobs:
                cache = None
                if needs_mt:
                    from workbench.mt.cache import MTCache

                    cache = stack.enter_context(MTCache())
                _translate(run, jobs, engine, generation, cache)
            for job in jobs:
                if job.result.status == PENDING:
                    job.result.reason = msg("not finished: the run was stopped; run it again")
                    run.finish_file(job.result)

        report.files.sort(key=lambda f: f.path)
        if options.tmx is not None and not report.interrupted and not report.error:
            _write_tmx(run, Path(options.tmx).expanduser())
        report.finished = now_iso()
        report.seconds = time.monotonic() - run.started
        _write_report(run)
    finally:
        run.manifest.close()  # lets the next run in
    run.progress("done", force=True)
    return report


def _model_identity(options: BatchOptions, engine: Engine | None) -> tuple[str, str, str]:
    """(model id, revision, engine) without loading the model: resolving it is cheap."""
    if engine is not None:
        return engine.model_id, engine.revision, engine.name
    from workbench.mt.loader import model_spec
    from workbench.mt.models import resolve_model

    resolved = resolve_model(model_spec(options.mt.model))  # a ModelError here writes nothing
    return resolved.model_id, resolved.revision, options.mt.engine


def _load_engine(options: BatchOptions, state: TaskState) -> Engine:
    target = get_language(options.target).code
    if options.cluster is not None:
        from workbench.app.cluster import start_cluster

        return start_cluster(options.cluster, options.mt, target, state)
    return options.mt.load(state, target=target)


def _not_done(run: _Run, entries: list[Entry]) -> list[Entry]:
    """Report skipped entries and files finished by an earlier run; return the rest."""
    run.manifest.load()
    todo: list[Entry] = []
    for entry in entries:
        if entry.status:
            run.finish_file(FileResult(entry.rel, entry.status, entry.reason, format=entry.format))
            continue
        previous = run.manifest.entries.get(entry.rel)
        if previous is not None:
            try:
                source_sha256 = sha256_file(entry.path)
            except OSError:
                source_sha256 = ""
            output = run.out_real / entry.rel
            if run.manifest.is_done(entry.rel, source_sha256, run.settings_fp, output):
                run.finish_file(FileResult.from_info(entry.rel, previous.info))
                continue
        todo.append(entry)
    return todo


def _read_all(run: _Run, todo: list[Entry], project: Project | None) -> list[FileJob]:
    """Read and segment every file to translate (all of them first, for the totals)."""
    jobs: list[FileJob] = []
    for entry in todo:
        if run.state.is_cancelled:
            reason = msg("not started: the run was stopped; run the same command again")
            run.finish_file(FileResult(entry.rel, PENDING, reason, format=entry.format))
            continue
        run.progress("reading", entry.rel)
        prepared = prepare_file(entry, run.options.source, run.report.target, project)
        if isinstance(prepared, FileResult):
            run.files_done += 1
            run.finish_file(prepared)
        else:
            jobs.append(prepared)
    run.sentences_total = sum(job.remaining for job in jobs)
    return jobs


def _translate(
    run: _Run, jobs: list[FileJob], engine: Engine | None, generation: Any, cache: Any
) -> None:
    """One MT pipeline over the segments of all files; each file is written when complete."""
    from workbench.mt.pipeline import MTRequest, translate_segments

    def requests() -> Iterator[MTRequest]:
        for index, job in enumerate(jobs):
            for i, seg in enumerate(job.segments):
                if job.targets[i] is None:
                    yield MTRequest((index, i), seg.mt_source, seg.lang)

    try:
        # Files made only of memory matches and target-language text need no MT.
        for job in jobs:
            if job.remaining == 0:
                _finish_job(run, job)
        if engine is None or run.sentences_total == 0:
            return
        run.translating_since = time.monotonic()
        limits: dict[str, Any] = dict(run.options.mt.pipeline_options())
        if run.cluster is not None:  # batches spread over the workers, in wider windows
            limits.update(runner=run.cluster.run_batches, window=run.cluster.window)
        results = translate_segments(
            requests(),
            run.report.target,
            engine,
            generation,
            cache=cache,
            state=run.state.step(),  # the run counts its own progress
            total=run.sentences_total,
            **limits,
        )
        for mt in results:
            index, i = mt.id
            job = jobs[index]
            take_result(job, i, mt)
            run.sentences_done += 1
            n = job.result.sentences
            run.progress("translating", job.entry.rel, n - job.remaining, n)
            if job.remaining == 0:
                _finish_job(run, job)
    except Cancelled:  # raised by the pipeline between batches
        run.report.interrupted = True
    except WorkbenchError as exc:  # the cluster lost every worker: keep what is done
        if run.cluster is None:
            raise
        run.report.error = str(exc)
    except OSError as exc:  # a full disk: that file is marked failed; keep what is done
        run.report.error = (
            f"cannot write in {run.out_real} ({exc.strerror or exc}); free some space and run "
            "the same command again to finish"
        )
    finally:
        if run.cluster is not None:
            counts = ", ".join(str(w.batches) for w in run.cluster.workers)
            run.report.cluster += f"; batches per worker: {counts}"
            if run.cluster.retried:
                run.report.cluster += f"; {run.cluster.retried} sent again after a worker stopped"


def _finish_job(run: _Run, job: FileJob) -> None:
    try:
        run.write_job(job)
    finally:  # a fatal write error still reports this file (as failed) before stopping
        run.files_done += 1
        run.finish_file(job.result)
    n = job.result.sentences
    run.progress("translating", job.entry.rel, n, n, force=True)


def _write_tmx(run: _Run, path: Path) -> None:
    """The run's machine-translated pairs (of every translated file, reused ones too)."""
    from workbench.core.tmx import machine_translation_unit
    from workbench.core.tmx_write import write_tmx

    def units() -> Iterator[Any]:
        for result in run.report.files:
            if result.status != TRANSLATED:
                continue
            try:
                raw = json.loads(run.manifest.pairs_path(result.path).read_bytes())
            except (OSError, ValueError):
                continue
            for lang, source, text, origin in raw.get("pairs", []):
                if origin == "mt":
                    yield machine_translation_unit(
                        source,
                        text,
                        lang,
                        run.report.target,
                        run.report.model,
                        document=result.path,
                    )

    source = run.options.source
    try:
        written = write_tmx(path, units(), "*all*" if source == "auto" else source)
    except WorkbenchError as exc:
        run.report.error = str(exc)
        return
    run.report.tmx = f"{written.path} ({written.units} units)"


def _write_report(run: _Run) -> None:
    path = run.out_real / STATE_DIR / REPORT_NAME
    try:
        atomic_write(path, dumps(run.report.to_json()), path.parent)
    except OSError as exc:
        if not run.report.error:
            run.report.error = (
                f"cannot write the report ({exc.strerror or exc}); free some space and run "
                "the same command again (it keeps the finished copies)"
            )
        else:
            run.report.error += f"; the report could not be written either ({exc.strerror or exc})"
        return
    run.report.report_file = str(path)
