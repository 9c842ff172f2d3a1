"""Reading the memories' matching keys on a worker thread when a project opens.

A fuzzy lookup needs every matching key of a memory in memory (core/tm_index). Read on
the GUI thread, the first lookup after opening froze the window: 0.5 s for a 20,000-unit
memory, seconds for a 100,000-unit reference. MemoryKeysRunner reads them on a worker,
on its own read-only connections: the project's own memory first, then each reference,
for every language pair the project's segments look up. Each memory's keys come back
as soon as they are read (`keysRead`, on the GUI thread), so the own matches do not
wait for a big reference. Meanwhile lookups skip the memories awaited (tm_index.waiting)
and the side panel says the memory is loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal

from workbench.core import tm_index, tm_refs
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.gui.runner import JobWorker, PythonJobRunner


@dataclass
class KeysJob:
    project: Path  # the project's file: its segments' languages give the pairs
    own: bool  # whether its own memory is read (it has units)
    references: list[Path]  # the memory files of its usable references
    state: TaskState = field(default_factory=TaskState)


class MemoryKeysWorker(JobWorker):
    keysRead = Signal(object, str, object)  # noqa: N815 - job, memory file, {pair: PairKeys}
    what = QT_TRANSLATE_NOOP("runner", "reading the translation memory")

    def work(self, job: KeysJob) -> Any:
        with Project.open(job.project, read_only=True) as own:
            pairs = tm_index.pairs_needed(own)
            if job.own:
                self.keysRead.emit(job, str(job.project), tm_index.read_pairs(own, pairs))
        for path in job.references:
            job.state.check_cancelled()
            keys = tm_refs.read_keys([path], pairs).get(str(path), {})
            self.keysRead.emit(job, str(path), keys)
        return pairs


class MemoryKeysRunner(PythonJobRunner):
    """One read at a time; `keysRead(memory file, {pair: PairKeys})` for each memory and
    then `finished(Outcome, pairs, message)` arrive on the GUI thread. A pure-Python
    worker (PythonJobRunner's short GIL switch interval while it runs)."""

    keysRead = Signal(str, object)  # noqa: N815
    thread_name = "memory-keys"

    def make_worker(self) -> MemoryKeysWorker:
        worker = MemoryKeysWorker()
        worker.keysRead.connect(self._on_keys)
        return worker

    def start(self, project: Path, own: bool, references: list[Path]) -> None:
        self.start_job(KeysJob(project, own, references))

    def _on_keys(self, job: object, path: str, keys: object) -> None:
        if job is self._job:  # not from a worker left behind by a bounded shutdown
            self.keysRead.emit(path, keys)
