"""The window's file commands: new/open project, add documents, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from workbench.core.errors import ProjectError, WorkbenchError, first_line
from workbench.core.formats import SUPPORTED_EXTENSIONS
from workbench.core.i18n import shown
from workbench.core.importer import check_can_add, store_document
from workbench.core.project_lock import EDITOR
from workbench.core.store import PROJECT_SUFFIX, DocumentInfo, Project
from workbench.gui.dialogs import NewProjectDialog
from workbench.gui.import_worker import ImportRunner, ReadFile
from workbench.gui.runner import Outcome
from workbench.gui.summaries import Summaries


def document_label(doc: DocumentInfo) -> str:
    """A document in the document list: its name and done (confirmed or needing no
    translation) of all its segments."""
    return f"{doc.name} ({doc.done}/{doc.segments})"


class FilesMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    def new_project(self) -> None:
        folder = self.dialog_folder()
        dialog = NewProjectDialog(self, Path(folder) if folder else None)

        def done(result: int) -> None:
            if result != NewProjectDialog.DialogCode.Accepted:
                return
            path, src, tgt, unit = dialog.values()
            if path.suffix != PROJECT_SUFFIX:
                path = path.with_name(path.name + PROJECT_SUFFIX)
            try:
                self._use_project(Project.create(path, src, tgt, unit=unit, purpose=EDITOR))
            except WorkbenchError as exc:
                self.show_error(str(exc))

        self._show_dialog(dialog, done)

    def dialog_folder(self) -> str:
        """Where a file dialog opens: the open project's folder, else the last project's,
        else the home folder (Qt's default)."""
        if self.project is not None:
            return str(self.project.path.parent)
        for recent in self.settings.recent_projects:
            if Path(recent).parent.is_dir():
                return str(Path(recent).parent)
        return ""

    def choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            self.dialog_folder(),
            self.tr("Workbench projects (*{suffix});;All files (*)").format(suffix=PROJECT_SUFFIX),
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
            menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def _fill_documents(self) -> None:
        assert self.project is not None
        box = self.document_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All documents"), None)
        for doc in self.project.documents():
            box.addItem(document_label(doc), doc.id)
        index = box.findData(current)
        if index < 0 or current is None:
            index = 1 if box.count() == 2 else 0
        box.setCurrentIndex(index)
        box.blockSignals(False)
        self.apply_filter()

    def update_document_counts(self) -> None:
        """Each document's done/total in the document list, as the segments are now
        (called with the status bar's counts after every change, debounced)."""
        if self.project is None:
            return
        box = self.document_box
        for doc in self.project.documents():
            index = box.findData(doc.id)
            if index >= 0 and box.itemText(index) != document_label(doc):
                box.setItemText(index, document_label(doc))

    # ------------------------------------------------------------------ documents
    def choose_documents(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add documents"),
            self.dialog_folder(),
            self.tr("Documents ({patterns});;All files (*)").format(
                patterns=" ".join("*" + e for e in SUPPORTED_EXTENSIONS)
            ),
        )
        if names:
            self.add_documents(names)

    def add_documents(self, paths: list[str | Path]) -> list[str]:
        """Import files; returns the error messages (also shown).

        Reading and segmenting run on a worker thread (large files take seconds);
        a local event loop waits for it, so the window keeps painting. Each file
        is stored on this thread as it arrives: the Project belongs to it."""
        project = self.project
        if project is None:
            return [self.tr("open or create a project first")]
        runner = self._import_runner()
        if runner.running:
            message = self.tr("documents are still being added; wait for them and try again")
            self.statusBar().showMessage(message, 8000)
            return [message]
        errors: list[str] = []
        added: list[str] = []
        to_read: list[Path] = []
        for path in map(Path, paths):
            try:
                check_can_add(project, path)
            except ProjectError as exc:  # a read-only project: nothing can be added
                self.show_error(str(exc))
                return [str(exc)]
            except WorkbenchError as exc:
                errors.append(str(exc))
            else:
                to_read.append(path)
        if to_read:
            self._read_and_store(runner, project, to_read, added, errors)
        if self.project is not project:  # closed (or another opened) while reading
            return errors + [self.tr("adding documents stopped: the project was closed")]
        self._fill_documents()
        self.update_counts()
        if added:
            self.statusBar().showMessage(
                self.tr("Added {documents}").format(documents="; ".join(added)), 10000
            )
        else:
            self.statusBar().clearMessage()
        if errors:
            self.show_error("\n".join(map(shown, errors)))
        return errors

    def _import_runner(self) -> ImportRunner:
        runner = getattr(self, "_importer", None)
        if runner is None:
            runner = self._importer = ImportRunner(self)
        return runner

    def _read_and_store(
        self,
        runner: ImportRunner,
        project: Project,
        paths: list[Path],
        added: list[str],
        errors: list[str],
    ) -> None:
        """Read the files on the worker; store each one here as it arrives."""
        total = len(paths)
        count = iter(range(1, total + 1))

        def reading(path: Path) -> None:
            if total > 1:
                text = self.tr("Reading {name} ({number} of {total})…").format(
                    name=path.name, number=next(count), total=total
                )
            else:
                text = self.tr("Reading {name}…").format(name=path.name)
            self.statusBar().showMessage(text)

        def arrived(read: ReadFile) -> None:
            if self.project is not project:
                runner.cancel()
            elif read.error:
                errors.append(read.error)
            else:
                try:
                    assert read.doc is not None
                    report = store_document(project, read.path, read.doc, read.segments)
                    added.append(Summaries().import_summary(report))
                except WorkbenchError as exc:
                    errors.append(first_line(exc))

        def finished(outcome: Outcome, _result: object, message: str) -> None:
            if outcome == Outcome.FAILED:
                errors.append(message)
            loop.quit()

        loop = QEventLoop()
        runner.reading.connect(reading)
        runner.fileRead.connect(arrived)
        runner.finished.connect(finished)
        try:
            runner.start(paths, project.source_lang, project.unit)
            loop.exec()
        finally:
            runner.reading.disconnect(reading)
            runner.fileRead.disconnect(arrived)
            runner.finished.disconnect(finished)

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
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export translated documents into"), self.dialog_folder()
        )
        if folder:
            self.export_documents(folder)

    def export_documents(self, folder: str | Path) -> str | None:
        if self.project is None:
            return None
        from workbench.core.importer import export_documents

        self.flush()
        try:
            summary = Summaries().export_summary(export_documents(self.project, folder))
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return None
        summary += self.export_qa_note()  # exports never wait for QA; they say so
        self.statusBar().showMessage(
            self.tr("Exported to {folder}: {summary}").format(folder=folder, summary=summary), 15000
        )
        return summary

    def choose_tmx_file(self) -> None:
        if self.project is None:
            return
        default = str(self.project.path.with_suffix(".tmx"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export TMX"), default, self.tr("TMX files (*.tmx)")
        )
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
        summary = Summaries().tmx_summary(result) + self.export_qa_note()
        self.statusBar().showMessage(summary, 15000)
        return summary
