"""The paragraph view: whole source paragraphs beside their translations.

For reading and revising as the document reads. It switches with the segment
grid at the same place: the paragraph of the current segment is shown, and
double-clicking a paragraph (or switching back) returns to its segments.
The translation is edited as running text in a ParagraphEditor, with the same
interactive MT as the grid's editor (gui.paragraph_editor, gui.completion).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from workbench.core.inline import tagged
from workbench.core.segment import Segment
from workbench.core.segmenter import split_paragraph
from workbench.core.store import Project
from workbench.gui.paragraph_editor import (
    UNTRANSLATED,
    ParagraphDelegate,
    ParagraphSegment,
    sentences,
)

__all__ = ["UNTRANSLATED", "ParagraphView", "paragraph_rows", "sentences"]


def _shown(seg: Segment) -> tuple[str, str]:
    """(source, target) of a segment as its paragraph shows them."""
    source = tagged(seg.source_coded) if seg.source_codes else seg.source
    target = tagged(seg.target_coded) if seg.target_codes else seg.target
    return (
        seg.lead + source + seg.trail,
        seg.lead + (target if target.strip() else UNTRANSLATED) + seg.trail,
    )


def paragraph_rows(segments: list[Segment]) -> list[tuple[int, int, str, str]]:
    """(document id, paragraph, source text, target text) per paragraph, in order."""
    rows: list[tuple[int, int, str, str]] = []
    key: tuple[int, int] | None = None
    src: list[str] = []
    tgt: list[str] = []
    for seg in segments:
        if (seg.document_id, seg.paragraph) != key:
            if key is not None:
                rows.append((*key, "".join(src).strip(), "".join(tgt).strip()))
            key, src, tgt = (seg.document_id, seg.paragraph), [], []
        source, target = _shown(seg)
        src.append(source)
        tgt.append(target)
    if key is not None:
        rows.append((*key, "".join(src).strip(), "".join(tgt).strip()))
    return rows


class ParagraphView(QTableWidget):
    paragraphActivated = Signal(int, int)  # noqa: N815 - document id, paragraph
    paragraphEdited = Signal(int, int, str)  # noqa: N815 - document id, paragraph, new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Source paragraph"), self.tr("Translation")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The translation column is editable (F2 or typing); double-click opens the grid.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._loading = False
        self.delegate = ParagraphDelegate(self)  # its editorOpened feeds gui.completion
        self.setItemDelegateForColumn(1, self.delegate)
        self.target_lang, self.unit = "", "sentence"
        self._segments: dict[tuple[int, int], list[Segment]] = {}
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.keys: list[tuple[int, int]] = []
        self._sized: set[int] = set()
        self._editing: tuple[object | None, int] = (None, -1)  # the open editor and its row
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._fit_visible)
        self.verticalScrollBar().valueChanged.connect(self._timer.start)
        self.horizontalHeader().sectionResized.connect(self._refit)
        self.cellDoubleClicked.connect(self._on_double_click)
        self.itemChanged.connect(self._on_item_changed)

    def load(self, project: Project, document_id: int | None) -> None:
        segments = list(project.segments(document_id=document_id))
        rows = paragraph_rows(segments)
        self.target_lang, self.unit = project.target_lang, project.unit
        self._segments = {}
        for seg in segments:
            self._segments.setdefault((seg.document_id, seg.paragraph), []).append(seg)
        self._loading = True
        self.setRowCount(0)
        self.setRowCount(len(rows))
        self.keys = [(doc, par) for doc, par, _s, _t in rows]
        dim = QBrush(self.palette().placeholderText())
        for r, (_doc, _par, source, target) in enumerate(rows):
            source_item = QTableWidgetItem(source)
            source_item.setFlags(source_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, 0, source_item)
            item = QTableWidgetItem(target)
            if UNTRANSLATED in target:
                item.setToolTip(self.tr("… marks segments not translated yet"))
                if target == UNTRANSLATED:
                    item.setForeground(dim)
            self.setItem(r, 1, item)
        self._loading = False
        self._refit()

    def show_paragraph(self, document_id: int, paragraph: int) -> None:
        try:
            row = self.keys.index((document_id, paragraph))
        except ValueError:
            return
        self.selectRow(row)
        self.scrollToItem(self.item(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._fit_visible()

    def segments_of(self, row: int) -> list[ParagraphSegment]:
        """The row's segments as its editor maps the cursor to them."""
        if not 0 <= row < len(self.keys):
            return []
        return [
            ParagraphSegment(
                seg.id,
                _shown(seg)[1],
                max(1, len(split_paragraph(seg.source_plain, seg.lang, self.unit))),
            )
            for seg in self._segments.get(self.keys[row], [])
        ]

    def current_key(self) -> tuple[int, int] | None:
        row = self.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def watch_editor(self, editor, row: int) -> None:
        """The edited row grows while its editor needs more lines (a ghost's among them)
        and fits its text again once the editor closes."""
        self._editing = (editor, row)
        for signal in (editor.textChanged, editor.ghostChanged, editor.cursorPositionChanged):
            signal.connect(self._grow_edited_row)
        editor.destroyed.connect(lambda *_: self._refit())

    def _grow_edited_row(self, *_args) -> None:
        editor, row = self._editing
        if editor is not None and isValid(editor) and 0 <= row < self.rowCount():
            wanted = editor.wanted_height()
            if wanted > self.rowHeight(row):
                self.setRowHeight(row, wanted)

    def close_editor(self) -> None:
        """Save and close the open translation editor, if any (the project is closing)."""
        row = self.currentRow()
        editor = self.indexWidget(self.model().index(row, 1)) if row >= 0 else None
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() == 1 and 0 <= item.row() < len(self.keys):
            self.paragraphEdited.emit(*self.keys[item.row()], item.text())

    def _on_double_click(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.keys):
            self.paragraphActivated.emit(*self.keys[row])

    def _refit(self, *_args) -> None:
        self._sized.clear()
        self._timer.start()

    def _fit_visible(self) -> None:
        if not self.rowCount():
            return
        top = max(0, self.rowAt(0))
        bottom = self.rowAt(self.viewport().height() - 1)
        bottom = self.rowCount() - 1 if bottom < 0 else bottom
        for row in range(top, min(self.rowCount(), bottom + 3)):
            if row not in self._sized:
                self._sized.add(row)
                self.resizeRowToContents(row)
        self._grow_edited_row()  # fitting its stored text must not shrink it under the editor

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._timer.start()
