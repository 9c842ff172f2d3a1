"""Read-only work over the open project on a worker thread (concordance, analysis).

The window's Project belongs to the GUI thread (its SQLite connection is not shared
across threads), so the worker opens the same file read-only for the length of one job;
every edit is already in the file (the window flushes before starting a job).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.gui.runner import JobRunner, JobWorker


@dataclass
class ProjectJob:
    path: Path
    work: Callable[[Project, TaskState], Any]  # runs on the worker thread
    state: TaskState = field(default_factory=TaskState)


class ProjectWorker(JobWorker):
    what = QT_TRANSLATE_NOOP("runner", "reading the project")

    def work(self, job: ProjectJob) -> Any:
        with Project.open(job.path, read_only=True) as project:
            return job.work(project, job.state)


class ProjectJobRunner(JobRunner):
    """One read-only job at a time; `finished(Outcome, result, message)` on the GUI thread."""

    thread_name = "project-reader"

    def make_worker(self) -> ProjectWorker:
        return ProjectWorker()

    def start(self, path: Path, work: Callable[[Project, TaskState], Any]) -> None:
        self.start_job(ProjectJob(path, work))
