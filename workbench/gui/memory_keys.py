"""Reading the memories' matching keys on a worker thread when a project opens.

A fuzzy lookup needs every matching key of a memory in memory (core/tm_index). Read on
the GUI thread, the first lookup after opening froze the window: 0.5 s for a 20,000-unit
memory, seconds for a 100,000-unit reference. MemoryKeysRunner reads them on a worker,
on its own read-only connections: the project's own memory first, then each reference,
for every language pair the project's segments look up. Each memory's keys come back
as soon as they are read (`keysRead`, on the GUI thread), so the own matches do not
wait for a big reference. Meanwhile lookups skip the memories awaited (tm_index.waiting)
and the side panel says the memory is loading. After a TMX import from the editor the
own memory's keys are read again the same way (the import may have added 100,000 units,
whose keys a lookup would otherwise encode on the GUI thread). MemoryKeysMixin is the
window's side (part of MainWindow through window_memory.MemoryMixin).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal

from workbench.core import tm_index, tm_refs
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.gui.runner import JobWorker, Outcome, PythonJobRunner


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


class MemoryKeysMixin:
    """Part of MainWindow: reading the memories' keys on the worker, adopting them."""

    memory_keys_runner: MemoryKeysRunner | None = None
    _keys_for: Project | None = None  # the project whose memories' keys are being read
    _keys_awaited: list[Path] = []  # the memory files that read is for
    _keys_again = False  # the own memory changed (an import): read it again after this read

    def memory_loading(self) -> bool:
        """Whether some memory's keys are still being read for the open project (the
        window's memoryLoaded signal says when they are all in)."""
        return self.project is not None and tm_index.awaited(self.project)

    def _read_memory_keys(self, project: Project, own: bool, references: list[Path]) -> None:
        """Read these memories' keys on the worker; lookups skip them until they arrive."""
        self._keys_awaited = ([project.path] if own else []) + references
        tm_index.await_keys(project, self._keys_awaited)
        if self.memory_keys_runner is None:
            self.memory_keys_runner = MemoryKeysRunner(self)
            self.memory_keys_runner.keysRead.connect(self._on_memory_keys)
            self.memory_keys_runner.finished.connect(self._on_memory_keys_finished)
        self._keys_for = project
        # Started once the window is back in its event loop: a worker started while the
        # project opens would share the GIL with the rest of the opening, making it longer.
        QTimer.singleShot(0, self, lambda: self._start_reading_keys(project, own, references))

    def _start_reading_keys(self, project: Project, own: bool, references: list[Path]) -> None:
        runner = self.memory_keys_runner
        if self._keys_for is project and runner is not None and not runner.running:
            runner.start(project.path, own, references)

    def _read_own_keys_again(self, project: Project) -> None:
        """The own memory changed by many units (an import): its keys are read again on
        the worker; meanwhile lookups skip it instead of encoding the new keys here."""
        tm_index.forget(project)
        tm_index.await_keys(project, [project.path])
        if self._keys_for is project:  # a read is under way: this one follows it
            self._keys_again = True
        else:
            self._read_memory_keys(project, True, [])

    def _on_memory_keys(self, path: str, keys: Any) -> None:
        """One memory's keys, read on the worker: adopted, then the current segment's
        matches shown (a segment visited meanwhile gets them now)."""
        project = self.project
        if project is None or self._keys_for is not project:
            return
        if path == str(project.path):
            if self._keys_again:
                return  # read before the import: the next read brings them
            for (src, tgt), found in keys.items():
                tm_index.adopt(project, src, tgt, found)
        else:
            tm_refs.adopt_keys(project, {path: keys})
        self._keys_arrived(project, [path])

    def _on_memory_keys_finished(self, outcome: Outcome, _result: object, message: str) -> None:
        project, self._keys_for = self._keys_for, None
        again, self._keys_again = self._keys_again, False
        if project is None or self.project is not project:
            return
        if outcome == Outcome.FAILED:  # lookups read what is left themselves
            self.statusBar().showMessage(message, 15000)
        done = self._keys_awaited
        if again:  # awaited again before the others are let go, so no lookup reads it
            self._read_memory_keys(project, True, [])
            done = [path for path in done if path != project.path]
        self._keys_arrived(project, done)  # those not read: read on demand
        self.refresh_memories()

    def _keys_arrived(self, project: Project, paths: list[Any]) -> None:
        if not paths or self.project is not project:
            return
        was_loading = tm_index.awaited(project)
        tm_index.arrived(project, paths)
        self.update_side_panel()
        if was_loading and not tm_index.awaited(project):
            self.memoryLoaded.emit()
