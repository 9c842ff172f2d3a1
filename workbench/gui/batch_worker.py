"""Batch translation of a folder on a worker thread (Tools > Batch translate folder).

The worker runs the same run_batch() as `workbench batch`, with its own engine,
on a QThread that lives for one run. The runner's callbacks (which run on the
worker thread) become signals; their receivers live on the GUI thread, so Qt
queues them and the window keeps painting. Cancel sets the run's TaskState: the
run stops after the current MT batch and reports what is not done yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from workbench.core.errors import Cancelled, ModelError, WorkbenchError, first_line
from workbench.core.task import TaskState

if TYPE_CHECKING:
    from workbench.app.batch import BatchOptions

# Outcomes of a run, as sent by BatchWorker.finished.
DONE = "done"  # the run went through (report.ok, interrupted or error say how it ended)
MISSING = "missing"  # the model could not be found or loaded
FAILED = "failed"  # a problem with the run as a whole (folders, output not writable...)
CANCELLED = "cancelled"  # cancelled before the runner could write a report


@dataclass
class BatchJob:
    options: BatchOptions
    state: TaskState = field(default_factory=TaskState)


class BatchWorker(QObject):
    """Lives in the run's QThread; run() executes there."""

    progress = Signal(object)  # BatchProgress
    fileDone = Signal(object)  # noqa: N815 - FileResult, once per input file
    finished = Signal(str, object, str)  # outcome, BatchReport or None, one-line message

    @Slot(object)
    def run(self, job: BatchJob) -> None:
        from workbench.app.batch import run_batch

        try:
            report = run_batch(job.options, job.state, self.progress.emit, self.fileDone.emit)
        except Cancelled:
            self.finished.emit(CANCELLED, None, "stopped before any file was translated")
        except ModelError as exc:
            self.finished.emit(MISSING, None, first_line(exc))
        except WorkbenchError as exc:
            self.finished.emit(FAILED, None, first_line(exc))
        except Exception as exc:  # noqa: BLE001 - a bug must reach the dialog, not kill the thread
            self.finished.emit(FAILED, None, f"batch translation failed: {first_line(exc)}")
        else:
            self.finished.emit(DONE, report, "")
        finally:
            QThread.currentThread().quit()


class BatchRunner(QObject):
    """The GUI thread's handle on one batch run at a time."""

    progress = Signal(object)  # BatchProgress
    fileDone = Signal(object)  # noqa: N815 - FileResult
    finished = Signal(str, object, str)  # outcome, BatchReport or None, message
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: BatchWorker | None = None
        self._job: BatchJob | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    @property
    def cancelling(self) -> bool:
        return self._job is not None and self._job.state.is_cancelled

    def start(self, options: BatchOptions) -> None:
        if self.running:
            raise RuntimeError("a batch run is already in progress")
        self._job = BatchJob(options)
        thread = QThread()
        thread.setObjectName("batch-worker")
        worker = BatchWorker()
        worker.moveToThread(thread)
        worker.progress.connect(self.progress)
        worker.fileDone.connect(self.fileDone)
        worker.finished.connect(self._on_finished)
        self._submit.connect(worker.run)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()
        self._submit.emit(self._job)
        self._submit.disconnect(worker.run)

    def cancel(self) -> None:
        """Stop after the current MT batch; finished files stay, the rest is reported."""
        if self._job is not None:
            self._job.state.cancel()

    def shutdown(self) -> None:
        """Cancel and wait for the thread (closing the window while a run is going on)."""
        self.cancel()
        if self._thread is not None:
            self._thread.wait()
            # Deliver what the worker sent before it stopped (the final report among it).
            QCoreApplication.sendPostedEvents(self)
            self._end_thread()

    def _on_finished(self, outcome: str, report: object, message: str) -> None:
        self._end_thread()
        self._job = None
        self.finished.emit(outcome, report, message)

    def _end_thread(self) -> None:
        if self._thread is not None:
            self._thread.wait()  # run() has returned and quit the loop: this is immediate
            self._thread.deleteLater()
            self._thread = None
            self._worker = None
