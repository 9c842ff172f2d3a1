"""The one way the window runs work on a worker thread.

A worker is a QObject that lives in its own QThread; its slots run there, its
signals reach the GUI thread queued, so the window keeps painting. JobWorker
runs one job (an object with a TaskState `state`) and maps what happened to one
Outcome; WorkerThread owns the thread (start, bounded shutdown); JobRunner is the
GUI thread's handle on one job at a time (start, cancel, shutdown). The import
and batch runners are JobRunners; the MT controller keeps one WorkerThread for
the life of a project, because its worker owns the loaded model.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)

from workbench.core.errors import Cancelled, ModelError, WorkbenchError, first_line
from workbench.gui.i18n import translate


class Outcome(StrEnum):
    DONE = "done"  # the work went through (its result says how it ended)
    EMPTY = "empty"  # there was nothing to do
    CANCELLED = "cancelled"  # stopped before it could give a result
    FAILED = "failed"  # a problem with the work as a whole; the message says which
    MISSING = "missing"  # the model could not be found or loaded


def outcome_of(
    exc: BaseException, what: str, cancelled: str = QT_TRANSLATE_NOOP("runner", "cancelled")
) -> tuple[Outcome, str]:
    """The outcome and one-line message for an exception that ended a job.
    `what` names the work in the message for an unexpected error (a bug);
    `cancelled` is the message when the job was stopped."""
    if isinstance(exc, Cancelled):
        return Outcome.CANCELLED, translate("runner", cancelled)
    if isinstance(exc, ModelError):
        return Outcome.MISSING, first_line(exc)
    if isinstance(exc, WorkbenchError):
        return Outcome.FAILED, first_line(exc)
    return Outcome.FAILED, translate("runner", "{what} failed: {error}").format(
        what=translate("runner", what), error=first_line(exc)
    )


class JobWorker(QObject):
    """Runs `work(job)` in its thread and reports one Outcome; the thread then ends."""

    finished = Signal(object, object, object, str)  # job, Outcome, result or None, message
    # Marked for translation, translated when shown (outcome_of).
    what = QT_TRANSLATE_NOOP("runner", "the work")  # names the work in an unexpected error
    cancelled = QT_TRANSLATE_NOOP("runner", "cancelled")  # the job was stopped before a result

    def work(self, job: Any) -> Any:
        raise NotImplementedError

    @Slot(object)
    def run(self, job: Any) -> None:
        try:
            result = self.work(job)
        except Exception as exc:  # noqa: BLE001 - a bug must reach the user, not kill the thread
            outcome, message = outcome_of(exc, self.what, self.cancelled)
            self.finished.emit(job, outcome, None, message)
        else:
            self.finished.emit(job, Outcome.DONE, result, "")
        finally:
            QThread.currentThread().quit()


# Threads still inside a long native call at shutdown (see WorkerThread.shutdown).
_detached: list[tuple[QThread, QObject]] = []


class WorkerThread:
    """A worker object moved to its own named QThread."""

    def __init__(self, name: str, worker: QObject) -> None:
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = worker
        worker.moveToThread(self.thread)
        self.thread.finished.connect(worker.deleteLater)

    def start(self) -> None:
        self.thread.start()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Wait for the thread to end (at most timeout_ms); True when it has.

        A thread still inside one long engine call is not terminated: terminate()
        could kill it holding the GIL or half-way through a cache write. It is kept
        referenced and left to end by itself once it sees the cancel; its receivers
        ignore whatever it still sends. If the application quits first, the thread
        ends with the process."""
        ended = self.thread.wait() if timeout_ms is None else self.thread.wait(timeout_ms)
        if not ended:
            _detached.append((self.thread, self.worker))
        return ended


class JobRunner(QObject):
    """The GUI thread's handle on one job at a time, each on a fresh WorkerThread.

    Subclasses make the worker (`make_worker`) and forward its other signals."""

    finished = Signal(object, object, str)  # Outcome, result or None, one-line message
    _submit = Signal(object)
    thread_name = "worker"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: WorkerThread | None = None
        self._job: Any = None

    def make_worker(self) -> JobWorker:
        raise NotImplementedError

    @property
    def running(self) -> bool:
        return self._job is not None

    @property
    def cancelling(self) -> bool:
        return self._job is not None and self._job.state.is_cancelled

    def start_job(self, job: Any) -> None:
        if self.running:
            raise RuntimeError(f"{self.thread_name}: a job is already in progress")
        self._job = job
        worker = self.make_worker()
        worker.finished.connect(self._on_finished)
        self._thread = WorkerThread(self.thread_name, worker)
        # Single shot: Qt drops the connection as the job is sent. Disconnecting by hand
        # after emit() named the worker, which a quick job may already have deleted
        # (its thread ended and deleted it before emit() returned here).
        self._submit.connect(worker.run, Qt.ConnectionType.SingleShotConnection)
        self.before_start()
        self._thread.start()
        self._submit.emit(job)

    def before_start(self) -> None:
        """Called on the GUI thread just before the worker thread starts."""

    def after_end(self) -> None:
        """Called on the GUI thread once the worker thread has ended."""

    def cancel(self) -> None:
        if self._job is not None:
            self._job.state.cancel()

    def shutdown(self, timeout_ms: int | None = None) -> None:
        """Cancel and wait for the thread (the window is closing), at most timeout_ms;
        what the worker sent before it stopped is delivered first."""
        self.cancel()
        if self._thread is not None:
            if self._thread.wait(timeout_ms):
                QCoreApplication.sendPostedEvents(self)  # the final result among it
                self._end_thread()
            else:  # detached: it ends by itself, and what it still sends is ignored
                self._thread = None
                self.after_end()
            self._job = None

    def _on_finished(self, job: object, outcome: Outcome, result: object, message: str) -> None:
        if job is not self._job:
            return  # from a worker left behind by a bounded shutdown
        self._end_thread()
        self._job = None
        self.finished.emit(outcome, result, message)

    def _end_thread(self) -> None:
        if self._thread is not None:
            self._thread.thread.wait()  # run() has returned and quit the loop: immediate
            self._thread.thread.deleteLater()
            self._thread = None
            self.after_end()


PYTHON_JOB_SWITCH_INTERVAL_S = 0.0005  # GIL hand-over interval while such a worker runs


class ShortSwitchInterval:
    """A short GIL switch interval (PYTHON_JOB_SWITCH_INTERVAL_S) while any holder
    needs it, the one found before the first hold once the last lets go. The interval
    is the whole process's, and holders overlap (an import while MT runs), so each
    restoring what it found itself would leave it wrong. GUI thread only."""

    def __init__(self) -> None:
        self.holders = 0
        self._saved = sys.getswitchinterval()

    def hold(self) -> None:
        if not self.holders:
            self._saved = sys.getswitchinterval()
            sys.setswitchinterval(min(self._saved, PYTHON_JOB_SWITCH_INTERVAL_S))
        self.holders += 1

    def release(self) -> None:
        if self.holders:
            self.holders -= 1
            if not self.holders:
                sys.setswitchinterval(self._saved)


# While a worker runs Python (and holds the GIL) the GUI thread takes the GIL back
# after each call that released it (a SQLite statement, most Qt calls, each Python
# method Qt calls while painting): at the default 5 ms interval each of those waits
# up to 5 ms while the worker computes, and a slot of a few ms of CPU took 25-200 ms.
short_switch_interval = ShortSwitchInterval()


class PythonJobRunner(JobRunner):
    """A JobRunner whose worker is pure Python (reading files, storing rows) and so
    always wants the GIL: at the default 5 ms switch interval each of the GUI thread's
    many short Python calls while painting (delegates, models) waits up to 5 ms for it,
    a repaint takes hundreds of ms, and queued progress arrives late. A short interval
    while the job runs keeps painting quick (short_switch_interval)."""

    def before_start(self) -> None:
        short_switch_interval.hold()

    def after_end(self) -> None:
        short_switch_interval.release()
