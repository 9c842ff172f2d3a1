"""Concordance (Ctrl+K): the memory searched for a word or phrase, inflected forms too.

A non-modal dialog over the editor: the search field (prefilled by the window with the
selected text or the word at the cursor), the hits of app.concordance as a keyword-in-
context list with both languages and the found words highlighted, and Insert (Enter or
double-click) which hands the hit's text in the project's target language to the window.
The search runs on a worker thread (ProjectJobRunner): on a 20,000-unit memory one query
takes about 1.8 s, too long to freeze the window. A query typed while one runs is kept
and run next; only the latest counts.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.app.concordance import ConcordanceHit, concordance, kwic
from workbench.gui.i18n import language_name
from workbench.gui.project_job import ProjectJobRunner
from workbench.gui.runner import Outcome

LIMIT = 50
HIGHLIGHT = "background-color:#ffe08a;color:#000;font-weight:bold"


def hit_html(hit: ConcordanceHit) -> str:
    """One row: the matched side cut around the hit (highlighted), the other side below."""
    left, found, right = kwic(hit.text, hit.spans, width=50)
    other = hit.other if len(hit.other) <= 160 else hit.other[:159] + "…"
    lang = hit.source_lang if hit.side == "source" else hit.target_lang
    other_lang = hit.target_lang if hit.side == "source" else hit.source_lang
    where = f" · {escape(hit.document)}" if hit.document else ""
    origin = hit.memory or hit.origin  # a reference memory's hits show its name
    return (
        f"<span style='color:gray'>{lang}</span> {escape(left)}"
        f"<span style='{HIGHLIGHT}'>{escape(found)}</span>{escape(right)}<br>"
        f"<span style='color:gray'>{other_lang}</span> {escape(other)}"
        f"<br><small style='color:gray'>{hit.score:.0f} · {escape(origin)}{where}</small>"
    )


def lang_name(code: str) -> str:
    return language_name(code)


def text_in(hit: ConcordanceHit, lang: str) -> str:
    """The hit's text in `lang` (a unit may be stored either way round)."""
    return hit.source if hit.source_lang == lang and hit.target_lang != lang else hit.target


class ConcordanceDialog(QDialog):
    insertRequested = Signal(str)  # noqa: N815 - the text to insert at the editor's cursor
    searched = Signal()  # results (or an error) are shown

    def __init__(self, path: Path, target_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Concordance"))
        self.resize(760, 520)
        self.path = path
        self.target_lang = target_lang
        self.hits: list[ConcordanceHit] = []
        self._pending: str | None = None
        self._searching = ""
        self.runner = ProjectJobRunner(self)
        self.runner.finished.connect(self._on_finished)

        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            self.tr("Word or phrase, in either language (inflected forms too)")
        )
        self.query.returnPressed.connect(self.search)
        search = QPushButton(self.tr("Search"), self)
        search.clicked.connect(self.search)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(search)

        self.results = QListWidget(self)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(lambda _item: self.insert_current())
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        name = lang_name(target_lang)
        self.insert_button = buttons.addButton(
            self.tr("&Insert {language} text at the cursor").format(language=name),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.insert_button.clicked.connect(self.insert_current)
        self.insert_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        self.results.currentRowChanged.connect(
            lambda row: self.insert_button.setEnabled(0 <= row < len(self.hits))
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def start(self, query: str) -> None:
        """Show the dialog with `query` in the field, searching it at once if not empty."""
        self.query.setText(query)
        self.query.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        if query.strip():
            self.search()

    def search(self) -> None:
        query = self.query.text().strip()
        if not query:
            return
        if self.runner.running:
            self._pending = query
            return
        self.status.setText(self.tr("Searching the memory for “{query}”…").format(query=query))
        self.runner.start(self.path, lambda project, _state: concordance(project, query, LIMIT))
        self._searching = query

    def _on_finished(self, outcome: Outcome, result: object, message: str) -> None:
        if self._pending is not None:
            query, self._pending = self._pending, None
            self.query.setText(query)
            self.search()
            return
        self.results.clear()
        self.hits = list(result) if outcome == Outcome.DONE and result else []
        for hit in self.hits:
            item = QListWidgetItem(self.results)
            label = QLabel(hit_html(hit))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 3, 4, 3)
            item.setSizeHint(label.sizeHint())
            self.results.setItemWidget(item, label)
        if outcome != Outcome.DONE:
            self.status.setText(message)
        elif not self.hits:
            self.status.setText(
                self.tr("Nothing in the memory holds “{query}”.").format(query=self._searching)
            )
        else:
            count = len(self.hits)
            more = self.tr(" (the first %n)", "", LIMIT) if count == LIMIT else ""
            self.status.setText(
                self.tr("%n unit(s)", "", count)
                + more
                + ". "
                + self.tr(
                    "Enter or double-click inserts the {language} text at the cursor."
                ).format(language=lang_name(self.target_lang))
            )
            self.results.setCurrentRow(0)
        self.searched.emit()

    def insert_current(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            self.insertRequested.emit(text_in(self.hits[row], self.target_lang))

    def shutdown(self) -> None:
        self._pending = None
        self.runner.shutdown(2000)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._pending = None  # a running search finishes by itself; nothing more is started
        super().closeEvent(event)
