"""The window's terminology and QA: term hits in the side panel and underlined in the
source, inserting target terms, Add, Edit and Delete term, ignoring warnings, the QA report and the
"With warnings" filter. Part of MainWindow (kept apart to keep modules small).

The termbase and memory are read once into a QaContext, rebuilt when the termbase
changes (the store's "terms" event); each segment's warnings are computed when it is
shown, so what the panel says is always about the target as it is now.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMessageBox

from workbench.app.qa import (
    export_warning,
    ignore_warning,
    qa_context,
    qa_project,
    qa_segment,
)
from workbench.app.terms import FoundTerm, delete_term, edit_term, find_terms
from workbench.core import i18n as core_i18n
from workbench.core.errors import WorkbenchError
from workbench.core.qa import QaContext, QaWarning
from workbench.core.segment import Segment
from workbench.core.store_terms import add_term_entries
from workbench.core.termbase import TermEntry
from workbench.gui.term_dialogs import AddTermDialog, QaReportDialog
from workbench.gui.terms_panel import TermsPanel

WITH_WARNINGS = "with-warnings"  # the status filter that shows segments with QA warnings


class TermsMixin:
    """Part of MainWindow."""

    def _build_terms(self) -> None:
        self.terms_panel = TermsPanel()
        # A dock of its own under "Current segment", so neither squeezes the other.
        self.terms_dock = QDockWidget(self.tr("Terms and QA"), self)
        self.terms_dock.setObjectName("termsPanel")
        self.terms_dock.setWidget(self.terms_panel)
        self.terms_dock.setFeatures(self.side_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.terms_dock)
        self.splitDockWidget(self.side_dock, self.terms_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.side_dock, self.terms_dock], [3, 2], Qt.Orientation.Vertical)
        self.terms_panel.insertRequested.connect(self.insert_term)
        self.terms_panel.ignoreRequested.connect(self.ignore_current_warning)
        self.terms_panel.addTermRequested.connect(self.add_term)
        self.terms_panel.editTermRequested.connect(self.edit_term)
        self.terms_panel.deleteTermRequested.connect(self.delete_term)
        self.terms_panel.reportRequested.connect(self.show_qa_report)
        self._span_cache: dict[tuple[int, str], list[tuple[int, int]]] = {}

    def _terms_project_opened(self) -> None:
        self._span_cache.clear()
        self.project.subscribe(self._on_terms_event)
        self.model.term_spans = self.term_spans

    def _terms_project_closing(self) -> None:
        if self.project is not None:
            self.project.unsubscribe(self._on_terms_event)
        self._span_cache.clear()

    def _on_terms_event(self, event: str, _ids: Sequence[int]) -> None:
        if event == "terms":
            self._span_cache.clear()
            if self.grid is not None:
                self.grid.viewport().update()
            self._side_timer_start()

    def qa_ctx(self) -> QaContext | None:
        """The project's QA context (cached by the core until the termbase changes)."""
        return qa_context(self.project) if self.project is not None else None

    # -- the current segment -------------------------------------------------------------
    def term_spans(self, seg: Segment, text: str) -> list[tuple[int, int]]:
        """Where the source `text` (as the grid shows it) has terms: underlined."""
        key = (seg.id, text)
        spans = self._span_cache.get(key)
        if spans is None:
            ctx = self.qa_ctx()
            hits = ctx.source_terms.find(text) if ctx and seg.lang == ctx.source_lang else []
            spans = self._span_cache[key] = [(h.start, h.end) for h in hits]
        return spans

    def update_terms_panel(self, seg: Segment | None) -> None:
        ctx = self.qa_ctx()
        if seg is None or ctx is None or self.project is None:
            self.terms_panel.show_terms([])
            self.terms_panel.show_warnings([])
            return
        found: list[FoundTerm] = []
        if seg.lang == ctx.source_lang:
            found = find_terms(ctx.source_terms, seg.source_plain, ctx.source_lang, ctx.target_lang)
        self.terms_panel.show_terms(found)
        self.terms_panel.show_warnings(qa_segment(self.project, ctx, seg))

    def insert_term(self, index: int) -> None:
        found = self.terms_panel.found
        if not 0 <= index < len(found) or not found[index].targets:
            self.statusBar().showMessage(
                self.tr("There is no target term {number}").format(number=index + 1), 4000
            )
            return
        if self.grid is None or self.model is None or self.project is None:
            return
        seg = self.current_segment()
        if seg is None or self.project.read_only:
            return
        editor = self.grid.current_editor()
        if editor is None:
            row = self.model.row_of(seg.id)
            if row is None:
                return
            self.grid.go_to_row(row)
            editor = self.grid.current_editor()
        if editor is None:
            return
        editor.insertPlainText(found[index].targets[0])  # saved like typing, one undo step
        editor.setFocus()

    def add_term(self) -> None:
        if self.project is None or self.project.read_only:
            return
        source = self.side.source.selectedText()
        editor = self.grid.current_editor() if self.grid is not None else None
        target = editor.textCursor().selectedText() if editor is not None else ""
        dialog = AddTermDialog(
            source, target, self.project.source_lang, self.project.target_lang, self
        )

        def done(result: int) -> None:
            if result != AddTermDialog.DialogCode.Accepted or self.project is None:
                return
            try:
                added = add_term_entries(self.project, [dialog.entry()], origin="editor")
            except WorkbenchError as exc:
                self.show_error(str(exc))
                return
            said = self.tr("Term added") if added else self.tr("The termbase already has this term")
            self.statusBar().showMessage(said, 5000)

        self._show_dialog(dialog, done)

    def _own_entry(self, index: int) -> TermEntry | None:
        """The project's entry behind term hit `index` of the panel (None: no hit there,
        an entry of a shared file, or a read-only project)."""
        found = self.terms_panel.found
        if self.project is None or self.project.read_only or not 0 <= index < len(found):
            return None
        entry = found[index].hit.entry
        return entry if entry.id is not None else None

    def edit_term(self, index: int) -> None:
        entry = self._own_entry(index)
        if entry is None or entry.id is None or self.project is None:
            return
        entry_id = entry.id
        src, tgt = self.project.source_lang, self.project.target_lang
        dialog = AddTermDialog("", "", src, tgt, self, entry=entry)

        def done(result: int) -> None:
            if result != AddTermDialog.DialogCode.Accepted or self.project is None:
                return
            try:
                edit_term(self.project, entry_id, **dialog.changes())
            except WorkbenchError as exc:
                self.show_error(str(exc))
                return
            self.statusBar().showMessage(self.tr("Term changed"), 5000)

        self._show_dialog(dialog, done)

    def delete_term(self, index: int) -> None:
        """Delete the selected term's entry, once the translator says yes (No is the
        default: a termbase entry may be the work of many people)."""
        entry = self._own_entry(index)
        if entry is None or entry.id is None or self.project is None:
            return
        entry_id = entry.id
        src, tgt = self.project.source_lang, self.project.target_lang
        shown = (
            f"{entry.label(src)} → {entry.label(tgt)}" if entry.in_lang(tgt) else entry.label(src)
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete term"),
            self.tr("Delete the entry “{term}” from the project's termbase?").format(term=shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def done(_result: int) -> None:
            if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
                return
            if self.project is None:
                return
            try:
                delete_term(self.project, entry_id)
            except WorkbenchError as exc:
                self.show_error(str(exc))
                return
            self.statusBar().showMessage(self.tr("Term deleted: {term}").format(term=shown), 5000)

        self._show_dialog(box, done)

    def ignore_current_warning(self, index: int) -> None:
        warnings = self.terms_panel.warnings
        if self.project is None or not 0 <= index < len(warnings) or self.project.read_only:
            return
        ignore_warning(self.project, warnings[index])  # the store's news refreshes the panel

    # -- the whole project -------------------------------------------------------------
    def project_warnings(self) -> list[QaWarning]:
        if self.project is None:
            return []
        self.flush()
        return qa_project(self.project, ctx=self.qa_ctx())

    def warning_segment_ids(self) -> frozenset[int]:
        return frozenset(w.segment for w in self.project_warnings())

    def export_qa_note(self) -> str:
        """ " · N confirmed segment(s) have QA warnings…" after an export, or ""."""
        if self.project is None:
            return ""
        line = export_warning(self.project, self.qa_ctx())
        return f" · {core_i18n.shown(line)}" if line else ""

    def show_qa_report(self) -> None:
        if self.project is None or self.model is None:
            return
        dialog = QaReportDialog(self.project_warnings(), self.model.number_of, self)
        dialog.segmentActivated.connect(self.go_to_segment)
        self._show_dialog(dialog, lambda _r: None)

    def go_to_segment(self, segment_id: int) -> None:
        if self.model is None or self.grid is None:
            return
        row = self.model.row_of(segment_id)
        if row is None:  # filtered out: show everything again
            self.document_box.setCurrentIndex(0)
            self.status_box.setCurrentIndex(0)
            self.search.clear()
            self.apply_filter()
            row = self.model.row_of(segment_id)
        if row is not None:
            self.grid.go_to_row(row)
