"""The segment grid: a table view with a multi-line target editor in place.

Typing is written to the store through the model ~300 ms after the last key
(and at once when the editor closes or loses focus), so a crash loses at most
the last fraction of a second. Paragraph boundaries are drawn as a thicker line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from workbench.core.inline import Code, Coded, Kind, check_codes, chip, next_missing
from workbench.gui import chips
from workbench.gui.completion import CompletionPoint
from workbench.gui.ghost import draw_ghost, ghost_extra_lines, took_ghost_key
from workbench.gui.segment_model import (
    COL_MATCH,
    COL_NUMBER,
    COL_ORIGIN,
    COL_SOURCE,
    COL_STATUS,
    COL_TARGET,
    ParagraphStartRole,
    SegmentRole,
    SegmentTableModel,
)

DEBOUNCE_MS = 300


class TargetEditor(QPlainTextEdit):
    """The in-place editor. Undo/redo belong to the window's undo stack, not the widget.
    Inline codes are chips (workbench.gui.chips): one character each for the cursor."""

    ghostChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget, segment_id: int, source: Coded | None = None) -> None:
        super().__init__(parent)
        self.segment_id = segment_id
        self.source = source or Coded("")  # the source's codes, for inserting them
        chips.install(self.document(), self)
        self.session = object()  # keystrokes of one session merge into one undo step
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.ghost = ""  # the model's continuation shown after the cursor (gui.completion)
        self.ghost_keys: Callable[[str], object] | None = None  # "word" / "all" taken

    def set_ghost(self, ghost: str) -> None:
        if ghost != self.ghost:
            self.ghost = ghost
            self.viewport().update()
            self.ghostChanged.emit()

    def ghost_visible(self) -> bool:
        cursor = self.textCursor()
        return bool(self.ghost) and cursor.atEnd() and not cursor.hasSelection()

    def completion_point(self) -> CompletionPoint | None:
        """The whole target is completed, with the cursor at its end (gui.completion)."""
        cursor = self.textCursor()
        if not cursor.atEnd() or cursor.hasSelection():
            return None
        plain = self.coded().plain
        return CompletionPoint(self.segment_id, plain, self.toPlainText(), cursor.position())

    def paintEvent(self, e) -> None:  # noqa: N802 - Qt override
        super().paintEvent(e)
        if self.ghost_visible():
            draw_ghost(self, self.ghost)

    def event(self, e: QEvent) -> bool:
        if took_ghost_key(self, e):  # Tab / End take the ghost (as the other editor)
            return True
        # Let Ctrl+Z / Ctrl+Shift+Z reach the window's Undo / Redo actions.
        if e.type() == QEvent.Type.ShortcutOverride and (
            e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo)
        ):
            e.ignore()
            return False
        if e.type() == QEvent.Type.ToolTip:  # what a chip stands for
            cursor = self.cursorForPosition(e.pos())
            for position in (cursor.position(), cursor.position() + 1):
                cursor.setPosition(min(position, self.document().characterCount() - 1))
                code = chips.code_of(cursor.charFormat())
                if code is not None:
                    QToolTip.showText(e.globalPos(), f"{chip(code)} {code.display or code.data}")
                    return True
            QToolTip.hideText()
            return True
        return super().event(e)

    def coded(self) -> Coded:
        return chips.coded_of(self.document())

    def set_coded(self, value: Coded) -> None:
        chips.set_coded(self.document(), value)

    def insert_next_code(self) -> Code | None:
        """Insert the first source code the target lacks; with a selection, a missing pair
        goes around it. Returns the code (None when none is missing)."""
        code = next_missing(self.source, self.coded())
        if code is None:
            return None
        cursor = self.textCursor()
        closing = next(
            (c for c in check_codes(self.source, self.coded()).missing
             if c.kind == Kind.CLOSE and c.id == code.id),
            None,
        ) if code.kind == Kind.OPEN else None  # fmt: skip
        if cursor.hasSelection() and closing is not None:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            cursor.beginEditBlock()
            cursor.setPosition(end)
            chips.insert_code(cursor, closing)
            cursor.setPosition(start)
            chips.insert_code(cursor, code)
            cursor.endEditBlock()
        else:
            chips.insert_code(cursor, code)
        self.setTextCursor(cursor)
        return code

    def insert_all_codes(self) -> int:
        """Insert every source code the target lacks, in source order, at the cursor."""
        missing = check_codes(self.source, self.coded()).missing
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for code in missing:
            chips.insert_code(cursor, code)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return len(missing)


class TargetDelegate(QStyledItemDelegate):
    """Edits the target column; draws paragraph boundaries on every column."""

    editorOpened = Signal(object)  # noqa: N815 - the TargetEditor

    def __init__(self, model: SegmentTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: N802
        seg = self.model.segment_at(index.row())
        editor = TargetEditor(parent, seg.id, seg.source_coded)
        editor.timer.timeout.connect(lambda: self.flush(editor))
        editor.textChanged.connect(editor.timer.start)
        self.editorOpened.emit(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, TargetEditor):
            seg = index.data(SegmentRole)
            value = seg.target_coded if seg is not None else Coded("")
            if editor.coded() != value:  # never disturb the cursor for our own save
                editor.blockSignals(True)
                editor.set_coded(value)
                editor.moveCursor(editor.textCursor().MoveOperation.End)
                editor.blockSignals(False)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, TargetEditor):
            editor.timer.stop()
            self.model.edit_target(editor.segment_id, editor.coded(), editor.session)
            return
        super().setModelData(editor, model, index)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # Escape closes the editor; what was typed is kept (it is being saved anyway).
        if (
            isinstance(obj, TargetEditor)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.flush(obj)
        return super().eventFilter(obj, event)

    def flush(self, editor: TargetEditor) -> None:
        """Write the editor's text now (debounce timer, focus change, confirm)."""
        editor.timer.stop()
        self.model.edit_target(editor.segment_id, editor.coded(), editor.session)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        editor.setGeometry(option.rect)  # the row grows to fit instead (SegmentGrid)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        spans = self._term_spans(index)
        if spans:
            self._paint_with_underlines(painter, option, index, spans)
        else:
            super().paint(painter, option, index)
        if index.row() > 0 and index.data(ParagraphStartRole):
            painter.save()
            pen = QPen(option.palette.text().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
            painter.restore()

    def _term_spans(self, index: QModelIndex) -> list[tuple[int, int]]:
        if index.column() != COL_SOURCE or self.model.term_spans is None:
            return []
        seg = self.model.segment_at(index.row())
        return self.model.term_spans(seg, index.data(Qt.ItemDataRole.DisplayRole) or "")

    def _paint_with_underlines(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex,
        spans: list[tuple[int, int]],
    ) -> None:
        """The source cell with its terms underlined (the side panel lists them)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setPlainText(text)
        doc.setTextWidth(rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        underline.setUnderlineColor(opt.palette.color(role) if selected else QColor("#1e88e5"))
        for start, end in spans:
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(underline)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


def column_widths(view: QTableView, model: SegmentTableModel) -> dict[int, int]:
    """The narrow columns' widths: their usual size, widened so that no header and no
    single word of a status or origin is cut in the interface language ("Подтверждён")."""
    from workbench.core.segment import Origin, Status
    from workbench.gui.labels import origin_label, status_label

    text = view.fontMetrics()
    head = view.horizontalHeader().fontMetrics()
    pad = 18  # cell margins and the sort/frame allowance

    def fit(col: int, usual: int, values: list[str]) -> int:
        title = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        words = [w for v in values for w in v.split()] or [""]
        return max(
            usual,
            head.horizontalAdvance(title) + pad,
            max(text.horizontalAdvance(w + " ⚑") for w in words) + pad,
        )

    return {
        COL_NUMBER: 64,
        COL_STATUS: fit(COL_STATUS, 112, [status_label(s) for s in Status]),
        COL_ORIGIN: fit(COL_ORIGIN, 64, [origin_label(o) for o in Origin]),
        COL_MATCH: fit(COL_MATCH, 70, []),
    }


class SegmentGrid(QTableView):
    """The grid of segments; rows grow to fit their text as they come into view."""

    def __init__(self, model: SegmentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.delegate = TargetDelegate(model, self)
        self.delegate.editorOpened.connect(self._watch_editor)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TARGET, QHeaderView.ResizeMode.Stretch)
        for col, width in column_widths(self, model).items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(col, width)
        self._sized: set[int] = set()
        self._size_timer = QTimer(self)
        self._size_timer.setSingleShot(True)
        self._size_timer.setInterval(15)
        self._size_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._size_timer.start)
        model.modelReset.connect(self._on_reset)
        model.dataChanged.connect(self._on_data_changed)
        header.sectionResized.connect(self._on_section_resized)

    # -- row heights: only the rows in view are measured, so 20,000 rows stay cheap ----
    def _on_reset(self) -> None:
        self._sized.clear()
        self._size_timer.start()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self._sized.discard(row)
        self._size_timer.start()

    def _on_section_resized(self, *_args) -> None:
        self._sized.clear()
        self._size_timer.start()

    def fit_visible_rows(self) -> None:
        rows = self.model().rowCount()
        if not rows:
            return
        top = max(0, self.rowAt(0))
        bottom = self.rowAt(self.viewport().height() - 1)
        bottom = rows - 1 if bottom < 0 else bottom
        editor = self.current_editor()
        # The open editor's row only grows while it is open (_grow_row_for): fitting it
        # to its stored text on each autosave shrank it under a ghost, which grew it
        # again, each a relayout and repaint of every row below (~30 ms). It is fitted
        # when the editor closes (closeEditor).
        editing = self.model().row_of(editor.segment_id) if editor is not None else None
        for row in range(top, min(rows, bottom + 3)):
            if row not in self._sized:
                self._sized.add(row)
                if row != editing:
                    self.resizeRowToContents(row)
        if editor is not None:  # the open editor's row keeps room for its text
            self._grow_row_for(editor)

    def _watch_editor(self, editor: TargetEditor) -> None:
        editor.document().contentsChanged.connect(lambda: self._grow_row_for(editor))
        editor.ghostChanged.connect(lambda: self._grow_row_for(editor))
        QTimer.singleShot(0, editor, lambda: self._grow_row_for(editor))

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802 - Qt's virtual slot
        if isinstance(editor, TargetEditor):
            row = self.model().row_of(editor.segment_id)
            if row is not None:  # fitted to its text again (it only grew while open)
                self._sized.discard(row)
                self._size_timer.start()
        super().closeEditor(editor, hint)

    def _grow_row_for(self, editor: TargetEditor) -> None:
        """Make the edited row tall enough for the text being typed (never shrink it)."""
        row = self.model().row_of(editor.segment_id)
        if row is None:
            return
        lines = editor.document().size().height()  # in lines for a plain text document
        if editor.ghost_visible():
            lines += ghost_extra_lines(editor, editor.ghost)
        needed = int(lines * editor.fontMetrics().lineSpacing() + 2 * editor.frameWidth() + 10)
        if needed > self.rowHeight(row):
            self.setRowHeight(row, needed)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._size_timer.start()

    # -- editing -----------------------------------------------------------------
    def current_editor(self) -> TargetEditor | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        editor = self.indexWidget(self.model().index(index.row(), COL_TARGET))
        if isinstance(editor, TargetEditor):
            return editor
        focus = self.focusWidget()
        return focus if isinstance(focus, TargetEditor) else None

    def flush_editor(self) -> None:
        """Write any pending keystrokes of the open editor to the store."""
        editor = self.current_editor()
        if editor is not None:
            self.delegate.flush(editor)

    def close_editor(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.delegate.flush(editor)
            self.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def go_to_row(self, row: int, edit: bool = True) -> None:
        if not 0 <= row < self.model().rowCount():
            return
        self.close_editor()
        index = self.model().index(row, COL_TARGET)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        if edit and self.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)
