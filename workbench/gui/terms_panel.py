"""The side panel's terminology and QA part: the current segment's terms with their
target terms (Ctrl+Alt+1…9 inserts one; Add, Edit and Delete term), and its QA warnings
(each can be ignored)."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.app.terms import FoundTerm
from workbench.core import i18n as core_i18n
from workbench.core.qa import QaWarning
from workbench.gui.labels import qa_label

FORBIDDEN_STYLE = "color:#c62828; text-decoration:line-through;"


class TermsPanel(QWidget):
    insertRequested = Signal(int)  # noqa: N815 - term hit index (0-based)
    ignoreRequested = Signal(int)  # noqa: N815 - warning index
    addTermRequested = Signal()  # noqa: N815
    editTermRequested = Signal(int)  # noqa: N815 - term hit index
    deleteTermRequested = Signal(int)  # noqa: N815 - term hit index
    reportRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: list[FoundTerm] = []
        self.warnings: list[QaWarning] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        heading = QLabel(self.tr("Terms (Ctrl+Alt+1…9 inserts)"))
        heading.setObjectName("panelTitle")
        self.terms = QListWidget()
        self.terms.setWordWrap(True)
        self.terms.setMinimumHeight(50)
        self.terms.itemActivated.connect(
            lambda item: self.insertRequested.emit(self.terms.row(item))
        )
        self.add_term = QPushButton(self.tr("Add term…"))
        self.add_term.setToolTip(
            self.tr("Add the selected source and target text to the termbase (Ctrl+Alt+T)")
        )
        self.add_term.clicked.connect(self.addTermRequested.emit)
        self.edit_term = QPushButton(self.tr("Edit term…"))
        self.edit_term.clicked.connect(lambda: self.editTermRequested.emit(self.terms.currentRow()))
        self.delete_term = QPushButton(self.tr("Delete term…"))
        self.delete_term.clicked.connect(
            lambda: self.deleteTermRequested.emit(self.terms.currentRow())
        )
        self.terms.currentRowChanged.connect(self._term_selected)
        self._term_selected(-1)
        term_buttons = QHBoxLayout()
        for button in (self.add_term, self.edit_term, self.delete_term):
            term_buttons.addWidget(button)
        qa_heading = QLabel(self.tr("QA warnings"))
        qa_heading.setObjectName("panelTitle")
        self.warnings_list = QListWidget()
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setMinimumHeight(50)
        self.ignore = QPushButton(self.tr("Ignore warning"))
        self.ignore.setToolTip(self.tr("Stop showing the selected warning for this segment"))
        self.ignore.setEnabled(False)
        self.ignore.clicked.connect(self._ignore_selected)
        self.warnings_list.currentRowChanged.connect(
            lambda row: self.ignore.setEnabled(0 <= row < len(self.warnings))
        )
        self.report = QPushButton(self.tr("QA report… (F9)"))
        self.report.clicked.connect(self.reportRequested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ignore)
        buttons.addWidget(self.report)
        layout.addWidget(heading)
        layout.addWidget(self.terms)
        layout.addLayout(term_buttons)
        layout.addWidget(qa_heading)
        layout.addWidget(self.warnings_list)
        layout.addLayout(buttons)

    def show_terms(self, found: list[FoundTerm]) -> None:
        self.found = found
        self.terms.clear()
        for n, item in enumerate(found, start=1):
            key = f"<b>Ctrl+Alt+{n}</b>&nbsp; " if n <= 9 else ""
            term = item.hit.term
            shown = html.escape(item.hit.form)
            if term.forbidden:
                shown = f'<span style="{FORBIDDEN_STYLE}">{shown}</span> ' + self.tr("(forbidden)")
            targets = ", ".join(html.escape(t) for t in item.targets) or self.tr(
                "<i>no target term</i>"
            )
            note = item.hit.entry.note
            note = f"<br><small>{html.escape(note)}</small>" if note else ""
            self._add_rich(self.terms, f"<small>{key}</small>{shown} → <b>{targets}</b>{note}")
        if not found:
            self.terms.addItem(QListWidgetItem(self.tr("No terms in this segment")))
            self.terms.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._term_selected(self.terms.currentRow())

    def _term_selected(self, row: int) -> None:
        """Edit and Delete act on the selected term's entry, if the project owns it."""
        chosen = self.found[row] if 0 <= row < len(self.found) else None
        own = chosen is not None and chosen.hit.entry.id is not None
        for button in (self.edit_term, self.delete_term):
            button.setEnabled(own)
            if chosen is not None and not own:
                button.setToolTip(
                    self.tr("This term comes from a shared termbase file: change it there")
                )
            else:
                button.setToolTip(self.tr("Select a term above") if chosen is None else "")

    def show_warnings(self, warnings: list[QaWarning]) -> None:
        self.warnings = warnings
        self.warnings_list.clear()
        for w in warnings:
            label = html.escape(qa_label(w.check))
            self._add_rich(
                self.warnings_list, f"⚠ <b>{label}</b><br>{html.escape(core_i18n.shown(w.message))}"
            )
        if not warnings:
            self.warnings_list.addItem(QListWidgetItem(self.tr("No warnings")))
            self.warnings_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.ignore.setEnabled(False)

    def _ignore_selected(self) -> None:
        row = self.warnings_list.currentRow()
        if 0 <= row < len(self.warnings):
            self.ignoreRequested.emit(row)

    def _add_rich(self, target: QListWidget, text: str) -> None:
        view = QLabel(text)
        view.setTextFormat(Qt.TextFormat.RichText)
        view.setWordWrap(True)
        view.setContentsMargins(4, 2, 4, 2)
        item = QListWidgetItem()
        target.addItem(item)
        target.setItemWidget(item, view)
        width = max(target.viewport().width() - 4, 200)
        item.setSizeHint(QSize(width, view.heightForWidth(width) + 2))
