"""The window's Memory menu: Import TMX… into the project's memory, and Memories and
statistics… (the reference memories: attach, detach, units and languages of each).

Reading a TMX (an import, or indexing a reference) runs on a worker thread
(gui/tmx_job.py) with a progress dialog that does not block the window and a Cancel
button; counting the memories runs on a read-only worker too (ProjectJobRunner).
Reference TMX files that changed since they were indexed are indexed again when the
project opens; until then lookups leave them out, and the status bar says so. The
memories' matching keys (the project's own and its references') are read on a worker
when the project opens (gui/memory_keys.py); until each has arrived, lookups skip it and
the side panel says the memory is loading, then shows the current segment's matches.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import shown
from workbench.core.store import Project
from workbench.core.task import Progress
from workbench.gui.memory_dialog import MemoriesDialog
from workbench.gui.memory_keys import MemoryKeysMixin
from workbench.gui.project_job import ProjectJobRunner
from workbench.gui.runner import Outcome
from workbench.gui.tmx_job import (
    TmxJobRunner,
    import_into,
    index_references,
    reference_for_attach,
)

PROGRESS_STEPS = 1000


class MemoryMixin(MemoryKeysMixin):
    """Part of MainWindow (kept apart to keep modules small)."""

    memory_dialog: MemoriesDialog | None = None
    tmx_runner: TmxJobRunner | None = None
    tmx_progress: QProgressDialog | None = None
    memory_stats_runner: ProjectJobRunner | None = None
    _tmx_done: Callable[[Any], None] | None = None
    _tmx_awaited: list[Path] = []  # memory files whose keys the TMX job reads (tm_index)
    _stats_again = False  # the memories changed while they were being counted

    # ------------------------------------------------------------------ import TMX
    def choose_tmx_import(self) -> None:
        if self.project is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import TMX into the project's memory"),
            str(self.project.path.parent),
            self.tr("TMX files (*.tmx);;All files (*)"),
        )
        if name:
            self.import_tmx_file(Path(name))

    def import_tmx_file(self, path: Path) -> bool:
        """Start importing `path` into the project's memory; False if it cannot start."""
        if self.project is None:
            return False
        if self.project.read_only:
            self.show_error(self.tr("This project is open read-only; nothing can be imported."))
            return False
        self.flush()
        project = self.project

        def imported(report: Any) -> None:
            if self.project is project:
                self.statusBar().showMessage(report.summary(project), 30000)
                self._read_own_keys_again(project)  # its new keys: on the worker too
                self.update_side_panel()
                self.refresh_memories()

        return self._start_tmx_job(
            import_into(project, path),
            self.tr("Importing {file} into the project's memory…").format(file=path.name),
            imported,
        )

    # ------------------------------------------------------------------ references
    def show_memories(self) -> None:
        if self.project is None:
            return
        if self.memory_dialog is None:
            dialog = MemoriesDialog(self.project.path, self)
            dialog.attachRequested.connect(self.attach_reference)
            dialog.detachRequested.connect(self.detach_reference)
            dialog.penaltyRequested.connect(self.set_reference_penalty)
            dialog.importRequested.connect(self.choose_tmx_import)
            self.memory_dialog = dialog
        self.memory_dialog.set_busy(self.tmx_runner is not None and self.tmx_runner.running)
        self.memory_dialog.show()
        self.memory_dialog.raise_()
        self.refresh_memories()

    def refresh_memories(self) -> None:
        """Count the memories again (on a worker) for the dialog, if it is open."""
        if self.project is None or self.memory_dialog is None:
            return
        if self.memory_stats_runner is None:
            self.memory_stats_runner = ProjectJobRunner(self)
            self.memory_stats_runner.finished.connect(self._on_memory_stats)
        if self.memory_stats_runner.running:
            self._stats_again = True
            return
        from workbench.app.tm_refs import memory_stats

        self.memory_dialog.show_counting()
        self.memory_stats_runner.start(
            self.project.path, lambda project, _state: memory_stats(project)
        )

    def _on_memory_stats(self, outcome: Outcome, result: object, message: str) -> None:
        if self.memory_dialog is None or self.project is None:
            return
        if self._stats_again:
            self._stats_again = False
            self.refresh_memories()
            return
        if outcome == Outcome.DONE:
            own, refs = result  # type: ignore[misc]
            self.memory_dialog.set_stats(own, refs)
        elif outcome != Outcome.CANCELLED:
            self.memory_dialog.say(message)

    def attach_reference(self, path: Path, name: str, penalty: int) -> bool:
        """Attach a TMX file or a project as a reference memory. The worker indexes a
        TMX and reads the memory's keys first; it is attached once that succeeds."""
        from workbench.app import tm_refs as refs_app
        from workbench.core import tm_refs

        if self.project is None:
            return False
        project = self.project
        src, tgt = project.source_lang, project.target_lang
        try:
            if project.read_only:
                raise WorkbenchError(
                    self.tr("This project is open read-only; nothing can be attached.")
                )
            path = tm_refs.check_file(project, path)
            tm_refs.check_penalty(penalty)
        except WorkbenchError as exc:
            self._memory_error(str(exc))
            return False

        def ready(keys: Any) -> None:
            if self.project is not project:
                return
            try:
                ref = refs_app.attach(project, path, name, penalty)
            except WorkbenchError as exc:
                self._memory_error(str(exc))
                return
            tm_refs.adopt_keys(project, keys)
            self._attached(ref)

        return self._start_tmx_job(
            reference_for_attach(path, tm_refs.kind_of(path), src, tgt),
            self.tr("Reading {file} for the reference memory…").format(file=path.name),
            ready,
        )

    def _attached(self, ref: Any) -> None:
        problem = self._problem_of(ref)
        text = self.tr("Attached {file} as reference memory “{name}” (penalty {penalty})").format(
            file=ref.path.name, name=ref.name, penalty=f"{ref.penalty:g}"
        )
        self.statusBar().showMessage(problem or text, 15000)
        if self.memory_dialog is not None:
            self.memory_dialog.say(problem or text)
        self.update_side_panel()
        self.refresh_memories()

    def _problem_of(self, ref: Any) -> str:
        from workbench.core import tm_refs

        return tm_refs.problem(self.project, ref) if self.project is not None else ""

    def detach_reference(self, name: str) -> None:
        from workbench.app import tm_refs as refs_app

        if self.project is None:
            return
        try:
            ref = refs_app.detach(self.project, name)
        except WorkbenchError as exc:
            self._memory_error(str(exc))
            return
        text = self.tr("Detached reference memory “{name}” ({file} is unchanged)").format(
            name=ref.name, file=ref.path.name
        )
        self.statusBar().showMessage(text, 15000)
        if self.memory_dialog is not None:
            self.memory_dialog.say(text)
        self.update_side_panel()
        self.refresh_memories()

    def set_reference_penalty(self, name: str, penalty: int) -> None:
        from workbench.core import tm_refs

        if self.project is None:
            return
        try:
            ref = tm_refs.set_penalty(self.project, name, penalty)
        except WorkbenchError as exc:
            self._memory_error(str(exc))
            return
        text = self.tr("Reference memory “{name}” now loses {penalty} points").format(
            name=ref.name, penalty=f"{ref.penalty:g}"
        )
        self.statusBar().showMessage(text, 15000)
        if self.memory_dialog is not None:
            self.memory_dialog.say(text)
        self.update_side_panel()
        self.refresh_memories()

    def _memory_error(self, text: str) -> None:
        if self.memory_dialog is not None and self.memory_dialog.isVisible():
            self.memory_dialog.say(text)
        else:
            self.show_error(text)

    # ------------------------------------------------------------------ the worker
    def _start_tmx_job(
        self,
        work: Any,
        label: str,
        on_done: Callable[[Any], None],
        awaited: list[Path] | None = None,
    ) -> bool:
        if self.tmx_runner is None:
            self.tmx_runner = TmxJobRunner(self)
            self.tmx_runner.progress.connect(self._on_tmx_progress)
            self.tmx_runner.finished.connect(self._on_tmx_finished)
        if self.tmx_runner.running:
            self.statusBar().showMessage(
                self.tr("A TMX file is being read already; wait for it or cancel it"), 8000
            )
            return False
        progress = QProgressDialog(label, self.tr("Cancel"), 0, PROGRESS_STEPS, self)
        progress.setWindowTitle(self.tr("Memory"))
        progress.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.tmx_runner.cancel)
        progress.setValue(0)
        progress.show()
        self.tmx_progress = progress
        self._tmx_done = on_done
        self._tmx_awaited = awaited or []
        if self.memory_dialog is not None:
            self.memory_dialog.set_busy(True)
        self.tmx_runner.start(work)
        return True

    def _on_tmx_progress(self, progress: Progress) -> None:
        if self.tmx_progress is not None and progress.total:
            self.tmx_progress.setValue(int(PROGRESS_STEPS * progress.fraction))

    def _on_tmx_finished(self, outcome: Outcome, result: object, message: str) -> None:
        if self.tmx_progress is not None:
            self.tmx_progress.close()
            self.tmx_progress.deleteLater()
            self.tmx_progress = None
        if self.memory_dialog is not None:
            self.memory_dialog.set_busy(False)
        done, self._tmx_done = self._tmx_done, None
        if outcome == Outcome.DONE and done is not None:
            done(result)
        elif outcome == Outcome.CANCELLED:
            self.statusBar().showMessage(self.tr("Stopped; nothing was added"), 15000)
        elif outcome != Outcome.DONE:
            self._memory_error(message)
        awaited, self._tmx_awaited = self._tmx_awaited, []
        if awaited and self.project is not None:  # what was not read is read on demand
            self._keys_arrived(self.project, awaited)

    # ------------------------------------------------------------------ open / close
    def _memory_project_opened(self) -> None:
        """Say which reference memories lookups leave out; index changed TMX ones, and
        read the matching keys of the project's own memory and of every reference on
        workers (lookups skip each until its keys are in)."""
        from workbench.app.tm_refs import pending
        from workbench.core import store_tm, tm, tm_refs

        if self.project is None:
            return
        project = self.project
        # Stored keys made by an older normaliser are recomputed now (once), not under
        # the worker reading them.
        tm.check_key_version(project)
        stale = pending(project)
        being_indexed = {ref.id for ref in stale}
        problems = [
            line
            for ref in tm_refs.references(project)
            if ref.id not in being_indexed and (line := tm_refs.problem(project, ref))
        ]
        if problems:
            self.statusBar().showMessage("; ".join(problems), 30000)
        if stale:
            self._index_stale_references(project, [ref.path for ref in stale])
        own = store_tm.has_units(project)
        references = [memory.path for _ref, memory in tm_refs.usable(project)]
        if own or references:
            self._read_memory_keys(project, own, references)

    def _index_stale_references(self, project: Project, paths: list[Path]) -> None:
        """Index changed reference TMX files on the TMX worker, then read their keys."""
        from workbench.core import tm_index, tm_refs

        indexes = []
        for path in paths:
            try:
                indexes.append(tm_refs.index_path(path))
            except OSError:
                continue  # gone meanwhile: the job says so
        # the new index opens once built: lookups wait for its keys, not read them here
        tm_index.await_keys(project, indexes)
        pairs = [(project.source_lang, project.target_lang)]

        def indexed(result: Any) -> None:
            if self.project is not project:
                return
            failed, keys = result
            tm_refs.adopt_keys(project, keys)
            if failed:
                self.statusBar().showMessage("; ".join(map(shown, failed)), 30000)
            self.refresh_memories()  # the side panel follows (_keys_arrived)

        self._start_tmx_job(
            index_references(paths, pairs),
            self.tr("Indexing reference memories that changed…"),
            indexed,
            awaited=indexes,
        )

    def _memory_project_closing(self) -> None:
        self._keys_for = None  # what the keys worker still sends is for a closed project
        self._keys_again = False
        self._tmx_awaited = []
        if self.tmx_runner is not None:
            self.tmx_runner.shutdown(5000)  # a cancelled import rolls itself back
        if self.tmx_progress is not None:
            self.tmx_progress.close()
            self.tmx_progress.deleteLater()
            self.tmx_progress = None
        for runner in (self.memory_stats_runner, self.memory_keys_runner):
            if runner is not None:
                runner.shutdown(2000)
        if self.memory_dialog is not None:
            self.memory_dialog.close()
            self.memory_dialog.deleteLater()
            self.memory_dialog = None
