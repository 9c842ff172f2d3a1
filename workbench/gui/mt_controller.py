"""The GUI thread's side of machine translation.

It steps through the CLI's pre-translate sequence (app.pretranslate.prepare: the
memory first, then the pipeline's immutable requests), a chunk per event-loop
turn, queues jobs on the worker thread,
stores results with pretranslate.apply_result like the CLI (several per
transaction, so pre-translating never stalls the event loop on disk syncs) and
reports progress. Only this object talks to the worker. The target checks of the
results run on the worker (each job carries target_checks.gather's data), so
storing a result here is a write, not a check.

While jobs run, the GUI thread must stay quick although the worker's Python wants
the GIL between CTranslate2 calls (stall3 note): results are stored a time slice per
event-loop turn (APPLY_BUDGET_S), and the GIL switch interval is short
(runner.short_switch_interval).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workbench.app import pretranslate
from workbench.app.pretranslate import Prepared, apply_result
from workbench.core import target_checks
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import shown
from workbench.core.settings import Settings
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.gui.completion import CompletionMailbox
from workbench.gui.runner import Outcome, WorkerThread, short_switch_interval
from workbench.gui.worker import MTJob, MTWorker
from workbench.mt.config import EngineConfig
from workbench.mt.pipeline import MTRequest, MTResult

APPLY_INTERVAL_MS = 50  # results are stored in one transaction at most this often
# Results are stored (one transaction) at most APPLY_SLICE at a time and for at most
# APPLY_BUDGET_S per event-loop turn, then the rest after the loop has turned. The count
# alone did not bound the time: each of a result's SQLite statements gives up the GIL,
# and taking it back from a busy worker could take a switch interval each, so 24
# results took 25-200 ms. The time alone let a quiet machine store ~50 in one turn,
# and repaint as many rows after it (stall3 note).
APPLY_SLICE = 24
APPLY_BUDGET_S = 0.008
# Segments read and memory-matched per event-loop turn while a job is prepared: the
# CLI's 250 (pretranslate.PREPARE_CHUNK) took about 20 ms of the GUI thread a turn.
PREPARE_CHUNK = 50
# How long closing waits for the worker. Cancellation is checked between batches
# and between the steps of a model load or conversion, so this only runs out when
# one engine call (a batch on a slow CPU, a model file read from a slow disk)
# takes longer; the thread is then left to finish on its own (see shutdown).
SHUTDOWN_WAIT_MS = 20_000


@dataclass
class _Preparation:
    job: MTJob
    steps: Iterator[Prepared]  # pretranslate.prepare, one chunk per event-loop turn
    requests: list[MTRequest] = field(default_factory=list)


class MTController(QObject):
    busyChanged = Signal(bool)  # noqa: N815 - Qt naming
    progressChanged = Signal(int, int)  # noqa: N815 - done, total of the running job
    statusMessage = Signal(str)  # noqa: N815
    modelMissing = Signal(str)  # noqa: N815 - the ModelError's message
    modelReady = Signal(str)  # noqa: N815
    jobFinished = Signal(int, object, str)  # noqa: N815 - job id, Outcome, message
    # A CompletionRequest, its Completion or None, a message (see gui.completion).
    completed = Signal(object, object, str)
    _submit = Signal(object)
    _complete = Signal()
    _warm_up = Signal(object)
    _shutdown = Signal()

    def __init__(
        self,
        project: Project,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._settings = settings
        self._ids = itertools.count(1)
        self._jobs: dict[int, MTJob] = {}
        self._pending: list[tuple[MTJob, str, MTResult]] = []  # job, model id, result
        self._closed = False
        self.filled = 0  # targets filled by MT since the last idle moment
        self.passed_through = 0  # left alone: in the target language, or nothing to translate
        self.prefilled = 0  # targets filled from the memory since then
        self._preps: list[_Preparation] = []
        self._prep_timer = QTimer(self)
        self._prep_timer.setSingleShot(True)
        self._prep_timer.setInterval(0)
        self._prep_timer.timeout.connect(self._prepare_chunk)
        # One thread for the project's life: its worker owns the loaded model.
        self._worker_thread = WorkerThread("mt-worker", MTWorker())
        self._thread = self._worker_thread.thread
        self._worker = self._worker_thread.worker
        self._submit.connect(self._worker.run)
        self._warm_up.connect(self._worker.warm_up)
        self._shutdown.connect(self._worker.shutdown)
        self._worker.loading.connect(self.statusMessage)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.results.connect(self._on_results)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        # Interactive MT: the newest completion request waits in the mailbox; the
        # signal only wakes the worker (between jobs, or between a job's results).
        self.mailbox = CompletionMailbox()
        self._worker.mailbox = self.mailbox
        self._complete.connect(self._worker.serve_completion)
        self._worker.completed.connect(self._on_completed)
        self._worker.unavailable.connect(self._on_unavailable)
        self.background_jobs: set[int] = set()  # look-ahead: no progress, no messages
        self.unavailable = False  # the model is missing: no background work until it is set
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_INTERVAL_MS)
        self._apply_timer.timeout.connect(self._drain)
        self._done: list[tuple[int, Outcome, str]] = []  # finished jobs waiting for their results
        self._short_switch = False  # holding runner.short_switch_interval (jobs queued)
        self._thread.start()

    # -- requests ------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(set(self._jobs) - self.background_jobs)

    def engine_config(self) -> EngineConfig:
        """The engine the user's settings choose (the same for jobs and completions)."""
        return EngineConfig.from_settings(self._settings())

    def request_completion(self, request) -> None:
        """Hand a completion request to the worker (it replaces any still waiting)."""
        if not self._closed:
            self.mailbox.put(request)
            self._complete.emit()

    def _on_completed(self, request, completion, message: str) -> None:
        if not self._closed:
            self.completed.emit(request, completion, message)

    def _on_unavailable(self, message: str) -> None:
        if not self._closed and not self.unavailable:
            self.unavailable = True
            self.statusMessage.emit(
                self.tr("Completion unavailable: {error}").format(error=message)
            )

    def cancel_job(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.state.cancel()

    def translate_segments(
        self,
        ids: Sequence[int],
        *,
        overwrite_draft: bool = False,
        only_untranslated: bool = True,
        memory: bool = False,
        background: bool = False,
    ) -> int:
        """Queue MT for these segments; returns the job id.

        only_untranslated: skip segments that already have a target (pre-translate);
        a single "translate this segment" request passes False to refresh the MT.
        memory: pre-translate's first step, exact memory matches, runs on each chunk
        first; segments it fills are then skipped. The sequence is
        pretranslate.prepare, the CLI's; it reads the segments and builds the requests
        a chunk per event-loop turn, so a 20,000-segment document never freezes the
        window; a job with nothing to translate finishes with Outcome.EMPTY.
        background: the editor's look-ahead: no busy state, progress or messages.
        """
        job = MTJob(
            job_id=next(self._ids),
            config=self.engine_config(),
            tgt=self.project.target_lang,
            requests=(),
            state=TaskState(),
            overwrite_draft=overwrite_draft,
            checks=target_checks.gather(self.project),
        )
        was_busy = self.busy
        self._jobs[job.job_id] = job
        self._hold_short_switch(True)
        if background:
            self.background_jobs.add(job.job_id)
        elif not was_busy:
            self.filled = 0
            self.passed_through = 0
            self.prefilled = 0
            self.busyChanged.emit(True)
        steps = pretranslate.prepare(
            self.project,
            list(ids),
            overwrite=overwrite_draft,
            memory=memory,
            only_untranslated=only_untranslated,
            include_empty=False,  # no model load for segments that would only pass through
            chunk_size=PREPARE_CHUNK,
        )
        self._preps.append(_Preparation(job, steps))
        self._prep_timer.start()
        return job.job_id

    def _prepare_chunk(self) -> None:
        """Build requests for one chunk of the oldest job being prepared."""
        if not self._preps:
            return
        prep = self._preps[0]
        job = prep.job
        if job.state.is_cancelled:
            self._preps.pop(0)
            self._finish(job.job_id, Outcome.CANCELLED, "cancelled")
        else:
            try:
                step = next(prep.steps, None)
            except WorkbenchError as exc:
                self._preps.pop(0)
                self._finish(job.job_id, Outcome.FAILED, str(exc))
            else:
                if step is not None:
                    self.prefilled += step.from_memory
                    prep.requests.extend(step.requests)
                else:  # every chunk prepared
                    self._preps.pop(0)
                    if prep.requests:
                        job.requests = tuple(prep.requests)
                        self.progressChanged.emit(0, len(job.requests))
                        self._submit.emit(job)
                    else:
                        self._finish(job.job_id, Outcome.EMPTY, "")
        if self._preps:
            self._prep_timer.start()

    def warm_up(self) -> None:
        """Let the worker import the MT libraries now, before they are needed."""
        self._warm_up.emit(self.engine_config())

    def cancel(self) -> None:
        """Ask every queued and running job to stop (results already stored stay)."""
        for job in self._jobs.values():
            job.state.cancel()

    def shutdown(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> None:
        """Stop the worker thread (cancelling its work) and wait for it, at most timeout_ms."""
        if self._closed:
            return
        if self._thread.isRunning():
            self.cancel()
            self._shutdown.emit()
            # Still inside one long engine call after timeout_ms: the thread is left to
            # end by itself (see WorkerThread.wait); it sees the cancel after that call,
            # then runs the queued shutdown (frees the model, closes the cache, quits).
            # It never touches the project, and this controller ignores what it sends.
            self._worker_thread.wait(timeout_ms)
        # Results the worker sent before it stopped are still queued events: store them too.
        QCoreApplication.sendPostedEvents(self)
        self.apply_pending()
        self._closed = True
        self._hold_short_switch(False)

    def _hold_short_switch(self, hold: bool) -> None:
        """A short GIL switch interval while any job is queued or running."""
        if hold != self._short_switch:
            self._short_switch = hold
            (short_switch_interval.hold if hold else short_switch_interval.release)()

    # -- results (GUI thread) ----------------------------------------------------------
    def _on_results(self, job_id: int, model: str, results: list[MTResult]) -> None:
        job = self._jobs.get(job_id)
        if job is None or self._closed:
            return
        self._pending.extend((job, model, r) for r in results)
        if not self._apply_timer.isActive():
            self._apply_timer.start(APPLY_INTERVAL_MS)

    def apply_pending(self, limit: int | None = None, budget_s: float | None = None) -> None:
        """Store results received so far, in order, in one transaction: at most `limit`,
        and with a budget only those that fit in it (at least one); the rest stay pending."""
        if not self._pending:
            return
        started = time.perf_counter()
        stored = 0
        try:
            with self.project.transaction():
                while stored < len(self._pending) and (limit is None or stored < limit):
                    if stored and budget_s is not None:
                        if time.perf_counter() - started >= budget_s:
                            break
                    job, model, result = self._pending[stored]
                    stored += 1
                    # The CLI's rule: passed-through segments stay as they are, and
                    # the revision in the id keeps a late result off an edit.
                    counts = job.job_id not in self.background_jobs
                    if result.passed_through:
                        self.passed_through += counts
                    elif apply_result(self.project, result, model, job.overwrite_draft):
                        self.filled += counts
            del self._pending[:stored]
        except WorkbenchError as exc:  # disk full, file locked...: stop, keep the editor usable
            self._pending.clear()
            self.cancel()
            self.statusMessage.emit(
                self.tr("Could not store machine translations: {error}").format(error=shown(exc))
            )

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        if job_id in self._jobs and job_id not in self.background_jobs and not self._closed:
            self.progressChanged.emit(done, total)

    def _on_loaded(self, model: str) -> None:
        self.statusMessage.emit(self.tr("Model {model} loaded").format(model=model))
        self.modelReady.emit(model)

    def _on_finished(self, job_id: int, outcome: Outcome, message: str) -> None:
        if self._closed:
            return
        self._done.append((job_id, outcome, message))
        self._drain()

    def _drain(self) -> None:
        """Store a slice of results; report finished jobs once all their results are stored."""
        self.apply_pending(APPLY_SLICE, APPLY_BUDGET_S)
        if self._pending:
            self._apply_timer.start(0)  # the rest after the event loop has had a turn
            return
        done, self._done = self._done, []
        for job_id, outcome, message in done:
            self._finish(job_id, outcome, message)

    def _finish(self, job_id: int, outcome: Outcome, message: str) -> None:
        self._jobs.pop(job_id, None)
        self._hold_short_switch(bool(self._jobs))
        if job_id in self.background_jobs:  # look-ahead: quiet, whatever happened
            self.background_jobs.discard(job_id)
            self.unavailable = self.unavailable or outcome == Outcome.MISSING
            return
        if outcome == Outcome.MISSING:
            # Later queued jobs would fail the same way: stop them quietly.
            self.cancel()
            self.modelMissing.emit(message)
        elif outcome == Outcome.FAILED:
            self.statusMessage.emit(message)
        self.jobFinished.emit(job_id, outcome, message)
        if not self.busy:
            self.busyChanged.emit(False)
