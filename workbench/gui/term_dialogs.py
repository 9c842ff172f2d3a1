"""Dialogs for terminology and QA: Add term (pre-filled from the selected text) and the
QA report (every warning, grouped by check; a double-click goes to the segment)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.languages import LANGUAGES
from workbench.core.qa import LABELS, QaWarning
from workbench.core.termbase import Term, TermEntry, clean_term


class AddTermDialog(QDialog):
    def __init__(
        self, source: str, target: str, src: str, tgt: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add term")
        self.src, self.tgt = src, tgt
        self.source = QLineEdit(clean_term(source))
        self.target = QLineEdit(clean_term(target))
        self.note = QLineEdit()
        self.domain = QLineEdit()
        self.forbidden = QCheckBox("The target term is forbidden (must not be used)")
        self.case = QCheckBox("Case sensitive")
        form = QFormLayout()
        form.addRow(f"{LANGUAGES[src].name} term:", self.source)
        form.addRow(f"{LANGUAGES[tgt].name} term:", self.target)
        form.addRow("Note:", self.note)
        form.addRow("Domain:", self.domain)
        form.addRow("", self.forbidden)
        form.addRow("", self.case)
        hint = QLabel("Several target terms: separate them with ;")
        hint.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.source.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.source.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def entry(self) -> TermEntry:
        case = self.case.isChecked()
        targets = tuple(
            Term(clean_term(t), self.forbidden.isChecked(), case)
            for t in self.target.text().split(";")
            if t.strip()
        )
        terms = {self.src: (Term(clean_term(self.source.text()), False, case),)}
        if targets:
            terms[self.tgt] = targets
        return TermEntry(terms, self.note.text().strip(), self.domain.text().strip())


class QaReportDialog(QDialog):
    segmentActivated = Signal(int)  # noqa: N815 - segment id

    def __init__(
        self,
        warnings: list[QaWarning],
        number_of: Callable[[int], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("QA report")
        self.resize(760, 520)
        segments = len({w.segment for w in warnings})
        summary = QLabel(
            f"{len(warnings)} warning(s) in {segments} segment(s). "
            "Double-click a warning to go to its segment."
            if warnings
            else "No warnings."
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Segment", "Warning"])
        self.tree.setColumnWidth(0, 90)
        self.tree.setWordWrap(True)
        groups: dict[str, list[QaWarning]] = {}
        for w in warnings:
            groups.setdefault(w.check, []).append(w)
        for check, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            top = QTreeWidgetItem([f"{LABELS.get(check, check)} ({len(items)})", ""])
            self.tree.addTopLevelItem(top)
            for w in items:
                child = QTreeWidgetItem([f"#{number_of(w.segment)}", w.message])
                child.setData(0, Qt.ItemDataRole.UserRole, w.segment)
                child.setToolTip(1, w.message)
                top.addChild(child)
            top.setFirstColumnSpanned(True)  # the check's name across both columns
            top.setExpanded(True)
        self.tree.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        sid = item.data(0, Qt.ItemDataRole.UserRole)
        if sid is not None:
            self.segmentActivated.emit(int(sid))
