"""The window's file commands: new/open project, add documents, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from workbench.core.errors import WorkbenchError
from workbench.core.store import PROJECT_SUFFIX, Project
from workbench.gui.dialogs import NewProjectDialog


class FilesMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    def new_project(self) -> None:
        folder = (
            Path(self.settings.recent_projects[0]).parent if self.settings.recent_projects else None
        )
        dialog = NewProjectDialog(self, folder)

        def done(result: int) -> None:
            if result != NewProjectDialog.DialogCode.Accepted:
                return
            path, src, tgt, unit = dialog.values()
            if path.suffix != PROJECT_SUFFIX:
                path = path.with_name(path.name + PROJECT_SUFFIX)
            try:
                self._use_project(Project.create(path, src, tgt, unit=unit))
            except WorkbenchError as exc:
                self.show_error(str(exc))

        self._show_dialog(dialog, done)

    def choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open project", "", f"Workbench projects (*{PROJECT_SUFFIX});;All files (*)"
        )
        if name:
            self.open_project(name)

    def _fill_recent(self) -> None:
        menu = self.acts.recent_menu
        assert menu is not None
        menu.clear()
        for path in self.settings.recent_projects:
            menu.addAction(path, lambda p=path: self.open_project(p))
        if not self.settings.recent_projects:
            menu.addAction("No recent projects").setEnabled(False)

    def _fill_documents(self) -> None:
        assert self.project is not None
        box = self.document_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem("All documents", None)
        for doc in self.project.documents():
            box.addItem(f"{doc.name} ({doc.confirmed}/{doc.segments})", doc.id)
        index = box.findData(current)
        if index < 0 or current is None:
            index = 1 if box.count() == 2 else 0
        box.setCurrentIndex(index)
        box.blockSignals(False)
        self.apply_filter()

    # ------------------------------------------------------------------ documents
    def choose_documents(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            "Add documents",
            "",
            "Documents (*.txt *.md *.docx *.html *.htm *.srt);;All files (*)",
        )
        if names:
            self.add_documents(names)

    def add_documents(self, paths: list[str | Path]) -> list[str]:
        """Import files; returns the error messages (also shown)."""
        if self.project is None:
            return ["open or create a project first"]
        from workbench.core.importer import import_file

        errors, added = [], []
        for path in paths:
            try:
                added.append(import_file(self.project, path).summary())
            except WorkbenchError as exc:
                errors.append(str(exc))
        self._fill_documents()
        self.update_counts()
        if added:
            self.statusBar().showMessage("Added " + "; ".join(added), 10000)
        if errors:
            self.show_error("\n".join(errors))
        return errors

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        projects = [p for p in paths if p.endswith(PROJECT_SUFFIX)]
        if projects:
            self.open_project(projects[0])
        elif paths:
            self.add_documents(paths)
        event.acceptProposedAction()

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export translated documents into")
        if folder:
            self.export_documents(folder)

    def export_documents(self, folder: str | Path) -> str | None:
        if self.project is None:
            return None
        from workbench.core.importer import export_documents

        self.flush()
        try:
            summary = export_documents(self.project, folder).summary()
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return None
        self.statusBar().showMessage(f"Exported to {folder}: {summary}", 15000)
        return summary

    def choose_tmx_file(self) -> None:
        if self.project is None:
            return
        default = str(self.project.path.with_suffix(".tmx"))
        name, _ = QFileDialog.getSaveFileName(self, "Export TMX", default, "TMX files (*.tmx)")
        if name:
            self.export_tmx(name)

    def export_tmx(self, path: str | Path) -> str | None:
        if self.project is None:
            return None
        from workbench.core.tmx_write import export_project

        self.flush()
        try:
            result = export_project(
                self.project, path, translator=self.settings.translator_name or None
            )
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return None
        self.statusBar().showMessage(result.summary(), 15000)
        return result.summary()
