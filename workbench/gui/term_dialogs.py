"""Dialogs for terminology and QA: Add term (pre-filled from the selected text), Edit
term, and the QA report (every warning, grouped by check; a double-click goes to the segment)."""

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

from workbench.core.i18n import shown
from workbench.core.qa import QaWarning
from workbench.core.termbase import Term, TermEntry, clean_term, split_terms
from workbench.gui.i18n import language_name
from workbench.gui.labels import qa_label


class AddTermDialog(QDialog):
    """Add term (pre-filled from the selected text), or Edit term when given an entry:
    then the target terms a translator may use and the forbidden ones have a field each,
    and changes() says what to change (app.terms.edit_term applies it)."""

    def __init__(
        self,
        source: str,
        target: str,
        src: str,
        tgt: str,
        parent: QWidget | None = None,
        entry: TermEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = entry
        self.setWindowTitle(self.tr("Edit term") if entry else self.tr("Add term"))
        self.src, self.tgt = src, tgt
        self.source = QLineEdit(clean_term(source))
        self.target = QLineEdit(clean_term(target))
        self.forbidden_terms = QLineEdit()
        self.note = QLineEdit()
        self.domain = QLineEdit()
        self.forbidden = QCheckBox(self.tr("The target term is forbidden (must not be used)"))
        self.case = QCheckBox(self.tr("Case sensitive"))
        form = QFormLayout()
        form.addRow(self.tr("{language} term:").format(language=language_name(src)), self.source)
        form.addRow(self.tr("{language} term:").format(language=language_name(tgt)), self.target)
        if entry is not None:
            self.source.setText("; ".join(t.text for t in entry.in_lang(src)))
            self.target.setText("; ".join(t.text for t in entry.allowed(tgt)))
            banned = [t.text for t in entry.in_lang(tgt) if t.forbidden]
            self.forbidden_terms.setText("; ".join(banned))
            self.forbidden_terms.setToolTip(self.tr("Target terms that must not be used"))
            forbidden_label = self.tr("Forbidden {language}:").format(language=language_name(tgt))
            form.addRow(forbidden_label, self.forbidden_terms)
            self.note.setText(entry.note)
            self.domain.setText(entry.domain)
            self.case.setChecked(any(t.case_sensitive for ts in entry.terms.values() for t in ts))
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Domain:"), self.domain)
        if entry is None:
            form.addRow("", self.forbidden)
        form.addRow("", self.case)
        self._case_before = self.case.isChecked()
        hint = QLabel(
            self.tr("Several terms: separate them with ;")
            if entry
            else self.tr("Several target terms: separate them with ;")
        )
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
        for field in (self.source, self.target, self.forbidden_terms):
            field.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        if self.editing is None:
            ok = bool(self.source.text().strip())
        else:  # an entry keeps at least one term (Delete term removes it)
            fields = (self.source, self.target, self.forbidden_terms)
            other = [lang for lang in self.editing.terms if lang not in (self.src, self.tgt)]
            ok = bool(other) or any(split_terms(f.text()) for f in fields)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def entry(self) -> TermEntry:
        case = self.case.isChecked()
        targets = tuple(
            Term(t, self.forbidden.isChecked(), case) for t in split_terms(self.target.text())
        )
        terms = {self.src: (Term(clean_term(self.source.text()), False, case),)}
        if targets:
            terms[self.tgt] = targets
        return TermEntry(terms, self.note.text().strip(), self.domain.text().strip())

    def changes(self) -> dict[str, str | bool | None]:
        """What Edit term changes (see core.termbase.edited); the case box, when left as
        it was, keeps each term's own flag."""
        case = self.case.isChecked()
        return {
            "source": self.source.text(),
            "targets": self.target.text(),
            "forbidden": self.forbidden_terms.text(),
            "note": self.note.text(),
            "domain": self.domain.text(),
            "case_sensitive": None if case == self._case_before else case,
        }


class QaReportDialog(QDialog):
    segmentActivated = Signal(int)  # noqa: N815 - segment id

    def __init__(
        self,
        warnings: list[QaWarning],
        number_of: Callable[[int], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("QA report"))
        self.resize(760, 520)
        segments = len({w.segment for w in warnings})
        count = len(warnings)
        summary = QLabel(
            self.tr("%n warning(s)", "", count)
            + " "
            + self.tr("in %n segment(s).", "", segments)
            + " "
            + self.tr("Double-click a warning to go to its segment.")
            if warnings
            else self.tr("No warnings.")
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Segment"), self.tr("Warning")])
        self.tree.setColumnWidth(0, 90)
        self.tree.setWordWrap(True)
        groups: dict[str, list[QaWarning]] = {}
        for w in warnings:
            groups.setdefault(w.check, []).append(w)
        for check, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            top = QTreeWidgetItem([f"{qa_label(check)} ({len(items)})", ""])
            self.tree.addTopLevelItem(top)
            for w in items:
                said = shown(w.message)  # grouped by check, never by this text
                child = QTreeWidgetItem([f"#{number_of(w.segment)}", said])
                child.setData(0, Qt.ItemDataRole.UserRole, w.segment)
                child.setToolTip(1, said)
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
