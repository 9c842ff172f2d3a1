"""The window's memory tools: Concordance (Ctrl+K) and Tools > Analysis….

Both read the project on a worker thread (ProjectJobRunner): a concordance query takes
about 1.8 s on a 20,000-unit memory and the analysis about 3.3 s per 200 segments there.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit

from workbench.gui.analysis_dialog import AnalysisDialog
from workbench.gui.concordance_dialog import ConcordanceDialog
from workbench.gui.project_job import ProjectJobRunner
from workbench.gui.runner import Outcome


class ToolsMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    concordance_dialog: ConcordanceDialog | None = None
    # (segment id, cursor position) when Ctrl+K was pressed: the editor closes when the
    # dialog takes the focus, and the insertion goes where the cursor was
    _concordance_at: tuple[int, int] | None = None
    analysis_runner: ProjectJobRunner | None = None

    def show_concordance(self) -> None:
        if self.project is None:
            return
        query = self._selected_or_word()
        editor = self.grid.current_editor() if self.grid is not None else None
        if editor is not None:
            cursor = editor.textCursor()
            self._concordance_at = (editor.segment_id, cursor.selectionEnd())
        self.flush()  # what was just typed is in the file the worker reads
        if self.concordance_dialog is None:
            dialog = ConcordanceDialog(self.project.path, self.project.target_lang, self)
            dialog.insertRequested.connect(self.insert_at_cursor)
            self.concordance_dialog = dialog
        self.concordance_dialog.start(query)

    def _selected_or_word(self) -> str:
        """The selected text of the focused text field, else the word at the editor's cursor."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.selectedText():
            return focus.selectedText()
        editor = focus if isinstance(focus, QTextEdit) else None
        if editor is None and self.grid is not None:
            editor = self.grid.current_editor()
        if editor is None:
            return ""
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        # U+2029 is how Qt returns a line break inside a selection
        return cursor.selectedText().replace("\u2029", " ").strip()

    def insert_at_cursor(self, text: str) -> None:
        """Insert `text` at the target editor's cursor: one undo step (as tags are)."""

        def insert(editor) -> bool:
            cursor = editor.textCursor()
            at = self._concordance_at
            if at is not None and at[0] == editor.segment_id and not editor.hasFocus():
                cursor.setPosition(min(at[1], len(editor.toPlainText())))
            cursor.insertText(text)
            editor.setTextCursor(cursor)
            if at is not None and at[0] == editor.segment_id:
                self._concordance_at = (at[0], cursor.position())  # the next one goes after
            return True

        self._with_editor(insert, "concordance text")
        editor = self.grid.current_editor() if self.grid is not None else None
        if editor is not None:
            self.activateWindow()
            editor.setFocus()

    def show_analysis(self) -> None:
        if self.project is None:
            return
        if self.analysis_runner is not None and self.analysis_runner.running:
            return
        from workbench.app.analysis import analyse

        self.flush()
        if self.analysis_runner is None:
            self.analysis_runner = ProjectJobRunner(self)
            self.analysis_runner.finished.connect(self._on_analysed)
        self.statusBar().showMessage(self.tr("Analysing the project against its memory…"))
        self.analysis_runner.start(self.project.path, analyse)

    def _on_analysed(self, outcome: Outcome, result: object, message: str) -> None:
        self.statusBar().clearMessage()
        if self.project is None or outcome == Outcome.CANCELLED:
            return
        if outcome != Outcome.DONE:
            self.show_error(message)
            return
        self._show_dialog(AnalysisDialog(result, self.project.path, self), lambda _r: None)

    def _tools_project_closing(self) -> None:
        if self.concordance_dialog is not None:
            self.concordance_dialog.shutdown()
            self.concordance_dialog.close()
            self.concordance_dialog.deleteLater()
            self.concordance_dialog = None
        if self.analysis_runner is not None:
            self.analysis_runner.shutdown(2000)
