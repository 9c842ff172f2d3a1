"""TMX work on a worker thread: importing a TMX file into the open project's memory,
indexing a reference memory's TMX (Memory menu).

Both read a whole TMX file, which takes seconds to minutes for a large one; on the GUI
thread the window would freeze. The job is a function of a TaskState, run on a fresh
QThread (runner.JobRunner); its progress (bytes of the file read) comes back as a
queued signal and Cancel sets the state, which the importer checks every 500 units.
An import writes through the project's connection for another thread
(Project.for_another_thread) in small commits, so the window's own saves never wait
long; the import stays invisible to lookups until it finishes and a cancel or a bad
file rolls it back (tmx_read.import_tmx).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal

from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.gui.runner import JobWorker, PythonJobRunner

# Units per commit of an import started from the editor: a commit takes a fraction of
# the CLI's (2,000), so a save the translator makes meanwhile waits at most that long.
GUI_CHUNK_UNITS = 200


@dataclass
class TmxJob:
    work: Callable[[TaskState], Any]  # runs on the worker thread
    state: TaskState = field(default_factory=TaskState)


class TmxWorker(JobWorker):
    progress = Signal(object)  # core.task.Progress
    what = "reading the TMX file"
    cancelled = "stopped; nothing was added"

    def work(self, job: TmxJob) -> Any:
        return job.work(job.state.step(self.progress.emit))


class TmxJobRunner(PythonJobRunner):
    """One TMX job at a time; `progress(Progress)` and `finished(Outcome, result,
    message)` arrive on the GUI thread."""

    progress = Signal(object)
    thread_name = "tmx-worker"

    def make_worker(self) -> TmxWorker:
        worker = TmxWorker()
        worker.progress.connect(self.progress)
        return worker

    def start(self, work: Callable[[TaskState], Any]) -> None:
        self.start_job(TmxJob(work))


def import_into(project: Project, path: Path) -> Callable[[TaskState], Any]:
    """The work of importing `path` into the project's memory (a TmxImportReport)."""

    def work(state: TaskState) -> Any:
        from workbench.core.tmx_read import import_tmx

        other = project.for_another_thread()  # made here: the worker thread's own
        try:
            return import_tmx(other, path, state, chunk_units=GUI_CHUNK_UNITS)
        finally:
            other.close()

    return work


def index_references(paths: list[Path], pairs: list[tuple[str, str]]) -> Callable[[TaskState], Any]:
    """The work of indexing reference TMX files that changed, then reading their keys
    for these language pairs (see tm_refs.read_keys); returns (one line per file that
    failed, keys by memory file)."""

    def work(state: TaskState) -> tuple[list[str], dict]:
        from workbench.app.tm_refs import build_index
        from workbench.core import tm_refs
        from workbench.core.errors import WorkbenchError

        failed, built = [], []
        for path in paths:
            state.set_status(path.name)
            try:
                built.append(build_index(path, state))
            except WorkbenchError as exc:
                failed.append(str(exc))
        return failed, tm_refs.read_keys(built, pairs)

    return work


def reference_for_attach(path: Path, kind: str, src: str, tgt: str) -> Callable[[TaskState], Any]:
    """The work of making a file ready to attach: a TMX indexed, then the memory's keys
    read (so the first lookup after attaching does not read them on the GUI thread)."""

    def work(state: TaskState) -> dict:
        from workbench.app.tm_refs import build_index
        from workbench.core import tm_refs

        memory = build_index(path, state) if kind == tm_refs.KIND_TMX else path
        return tm_refs.read_keys([memory], [(src, tgt)])

    return work
