"""The window's Memory menu: Import TMX… into the project's memory, and Memories and
statistics… (the reference memories: attach, detach, units and languages of each).

Reading a TMX (an import, or indexing a reference) runs on a worker thread
(gui/tmx_job.py) with a progress dialog that does not block the window and a Cancel
button; counting the memories runs on a read-only worker too (ProjectJobRunner).
Reference TMX files that changed since they were indexed are indexed again when the
project opens; until then lookups leave them out, and the status bar says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from workbench.core.errors import WorkbenchError
from workbench.core.task import Progress
from workbench.gui.memory_dialog import MemoriesDialog
from workbench.gui.project_job import ProjectJobRunner
from workbench.gui.runner import Outcome
from workbench.gui.tmx_job import TmxJobRunner, import_into, index_references

PROGRESS_STEPS = 1000


class MemoryMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    memory_dialog: MemoriesDialog | None = None
    tmx_runner: TmxJobRunner | None = None
    tmx_progress: QProgressDialog | None = None
    memory_stats_runner: ProjectJobRunner | None = None
    _tmx_done: Callable[[Any], None] | None = None
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
        """Attach a TMX file or a project as a reference memory; a TMX is indexed on
        the worker first (it is attached once that succeeds)."""
        from workbench.app import tm_refs as refs_app
        from workbench.core import tm_refs

        if self.project is None:
            return False
        project = self.project
        try:
            if project.read_only:
                raise WorkbenchError(
                    self.tr("This project is open read-only; nothing can be attached.")
                )
            path = tm_refs.check_file(project, path)
            if tm_refs.kind_of(path) == tm_refs.KIND_PROJECT:
                self._attached(refs_app.attach(project, path, name, penalty))
                return True
        except WorkbenchError as exc:
            self._memory_error(str(exc))
            return False

        def indexed(_where: Any) -> None:
            if self.project is not project:
                return
            try:
                self._attached(refs_app.attach(project, path, name, penalty))
            except WorkbenchError as exc:
                self._memory_error(str(exc))

        return self._start_tmx_job(
            lambda state: refs_app.build_index(path, state),
            self.tr("Reading {file} for the reference memory…").format(file=path.name),
            indexed,
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

    def _memory_error(self, text: str) -> None:
        if self.memory_dialog is not None and self.memory_dialog.isVisible():
            self.memory_dialog.say(text)
        else:
            self.show_error(text)

    # ------------------------------------------------------------------ the worker
    def _start_tmx_job(self, work: Any, label: str, on_done: Callable[[Any], None]) -> bool:
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

    # ------------------------------------------------------------------ open / close
    def _memory_project_opened(self) -> None:
        """Say which reference memories lookups leave out; index changed TMX ones."""
        from workbench.app.tm_refs import pending
        from workbench.core import tm_refs

        if self.project is None:
            return
        project = self.project
        stale = pending(project)
        being_indexed = {ref.id for ref in stale}
        problems = [
            line
            for ref in tm_refs.references(project)
            if ref.id not in being_indexed and (line := tm_refs.problem(project, ref))
        ]
        if problems:
            self.statusBar().showMessage("; ".join(problems), 30000)
        if not stale:
            return

        def indexed(failed: Any) -> None:
            if self.project is project:
                if failed:
                    self.statusBar().showMessage("; ".join(failed), 30000)
                self.update_side_panel()
                self.refresh_memories()

        self._start_tmx_job(
            index_references([ref.path for ref in stale]),
            self.tr("Indexing reference memories that changed…"),
            indexed,
        )

    def _memory_project_closing(self) -> None:
        if self.tmx_runner is not None:
            self.tmx_runner.shutdown(5000)  # a cancelled import rolls itself back
        if self.tmx_progress is not None:
            self.tmx_progress.close()
            self.tmx_progress.deleteLater()
            self.tmx_progress = None
        if self.memory_stats_runner is not None:
            self.memory_stats_runner.shutdown(2000)
        if self.memory_dialog is not None:
            self.memory_dialog.close()
            self.memory_dialog.deleteLater()
            self.memory_dialog = None
