"""The batch dialog's table: one row per file, its status, sentences, flags and note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from workbench.app.batch_progress import BatchProgress
from workbench.app.batch_report import FAILED, PENDING, SKIPPED, TRANSLATED, FileResult
from workbench.core import flags as F

ERROR_COLOUR = "#d03030"
COLUMNS = ("File", "Status", "Sentences", "Flags", "Note")
COL_FILE, COL_STATUS, COL_SENTENCES, COL_FLAGS, COL_NOTE = range(len(COLUMNS))
STATUS_TEXT = {
    TRANSLATED: "translated",
    SKIPPED: "skipped",
    FAILED: "failed",
    PENDING: "not done yet",
}
STATUS_COLOURS = {TRANSLATED: "#2e8b3a", FAILED: ERROR_COLOUR, PENDING: "#b07000"}


def flags_text(result) -> str:
    """The MT guard-rail and text flags of a file, counted: '2 numbers differ, 1 …'."""
    return ", ".join(f"{n} {F.label(flag)}" for flag, n in result.flags.most_common())


class BatchFileTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self._rows: dict[str, int] = {}
        self.setHorizontalHeaderLabels(COLUMNS)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.setMinimumHeight(180)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SENTENCES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FLAGS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(COL_FILE, 230)
        self.setColumnWidth(COL_FLAGS, 230)

    def clear_rows(self) -> None:
        self._rows.clear()
        self.setRowCount(0)

    def show_progress(self, p: BatchProgress) -> None:
        """A file being translated: its sentences so far (until its final status)."""
        row = self._row(p.file)
        status = self.item(row, COL_STATUS)
        if status is None or status.data(Qt.ItemDataRole.UserRole) is None:
            self._set(row, COL_STATUS, "translating")
            self._set(row, COL_SENTENCES, f"{p.file_sentences_done}/{p.file_sentences_total}")

    def show_file(self, result: FileResult) -> None:
        row = self._row(result.path)
        text = STATUS_TEXT.get(result.status, result.status)
        if result.reused:
            text += " (kept)"
        item = self._set(row, COL_STATUS, text)
        item.setData(Qt.ItemDataRole.UserRole, result.status)
        colour = STATUS_COLOURS.get(result.status)
        if colour is None:
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        item.setForeground(QBrush(QColor(colour)))
        self._set(row, COL_SENTENCES, str(result.sentences) if result.sentences else "")
        flags = flags_text(result)
        self._set(row, COL_FLAGS, flags).setToolTip(flags)
        note = result.reason
        if result.reused and not note:
            note = "unchanged since an earlier run"
        if result.from_memory and not note:
            note = f"{result.from_memory} from the memory"
        self._set(row, COL_NOTE, note).setToolTip(note)

    def _row(self, path: str) -> int:
        row = self._rows.get(path)
        if row is None:
            row = self.rowCount()
            self.insertRow(row)
            self._rows[path] = row
            self._set(row, COL_FILE, path).setToolTip(path)
            self.scrollToItem(self.item(row, COL_FILE))
        return row

    def _set(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if column == COL_SENTENCES:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)
        item.setText(text)
        return item
