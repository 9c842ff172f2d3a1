"""gui.runner.JobRunner: a job that ends before start_job has returned."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.core.task import TaskState
from workbench.gui.runner import JobRunner, JobWorker, Outcome


class Job:
    def __init__(self) -> None:
        self.state = TaskState()


class QuickWorker(JobWorker):
    def work(self, job: Job) -> str:
        return "done at once"


class RaceRunner(JobRunner):
    """Lets the worker thread run to its end while start_job is still emitting: what a
    loaded GUI thread meets with a job as quick as listing an empty model cache."""

    thread_name = "quick"

    def make_worker(self) -> JobWorker:
        return QuickWorker()

    def before_start(self) -> None:
        def wait_for_the_thread(_job: object) -> None:
            assert self._thread is not None
            assert self._thread.thread.wait(10_000)  # the worker has run and been deleted

        # Connected after start_job's own connection, so it runs after the job was posted.
        self._submit.connect(wait_for_the_thread, Qt.ConnectionType.DirectConnection)


def test_a_job_that_ends_while_start_job_returns_is_reported(qtbot):
    runner = RaceRunner()
    with qtbot.waitSignal(runner.finished, timeout=10_000) as done:
        runner.start_job(Job())  # raised "Internal C++ object already deleted" before
    assert done.args == [Outcome.DONE, "done at once", ""]
    assert not runner.running
