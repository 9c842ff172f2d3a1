"""Batch translation of a folder on a worker thread (Tools > Batch translate folder).

The worker runs the same run_batch() as `workbench batch`, with its own engine,
on a QThread that lives for one run (gui.runner.JobRunner). The runner's
callbacks (which run on the worker thread) become signals; their receivers live
on the GUI thread, so Qt queues them and the window keeps painting. Cancel sets
the run's TaskState: the run stops after the current MT batch and reports what
is not done yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal

from workbench.core.task import TaskState
from workbench.gui.runner import JobRunner, JobWorker

if TYPE_CHECKING:
    from workbench.app.batch import BatchOptions
    from workbench.app.batch_report import BatchReport


@dataclass
class BatchJob:
    options: BatchOptions
    state: TaskState = field(default_factory=TaskState)


class BatchWorker(JobWorker):
    """Lives in the run's QThread; run() executes there. Outcome.DONE comes with the
    BatchReport (its ok, interrupted and error say how the run ended); MISSING: the
    model could not be loaded; FAILED: a problem with the run as a whole (folders,
    output not writable...); CANCELLED: stopped before the runner wrote a report."""

    progress = Signal(object)  # BatchProgress
    fileDone = Signal(object)  # noqa: N815 - FileResult, once per input file
    what = QT_TRANSLATE_NOOP("runner", "batch translation")
    cancelled = QT_TRANSLATE_NOOP("runner", "stopped before any file was translated")

    def work(self, job: BatchJob) -> BatchReport:
        from workbench.app.batch import run_batch

        return run_batch(job.options, job.state, self.progress.emit, self.fileDone.emit)


class BatchRunner(JobRunner):
    """The GUI thread's handle on one batch run at a time."""

    progress = Signal(object)  # BatchProgress
    fileDone = Signal(object)  # noqa: N815 - FileResult
    thread_name = "batch-worker"

    def make_worker(self) -> BatchWorker:
        worker = BatchWorker()
        worker.progress.connect(self.progress)
        worker.fileDone.connect(self.fileDone)
        return worker

    def start(self, options: BatchOptions) -> None:
        self.start_job(BatchJob(options))
