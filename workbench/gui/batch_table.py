"""The batch dialog's table (one row per file: its status, sentences, flags and note) and
the dialog's progress texts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from workbench.app.batch_progress import BatchProgress, duration
from workbench.app.batch_report import FAILED, PENDING, SKIPPED, TRANSLATED, FileResult
from workbench.core.i18n import shown
from workbench.gui.i18n import translate
from workbench.gui.labels import flag_label

ERROR_COLOUR = "#d03030"
COLUMNS = (
    QT_TRANSLATE_NOOP("BatchFileTable", "File"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Status"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Sentences"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Flags"),
    QT_TRANSLATE_NOOP("BatchFileTable", "Note"),
)
COL_FILE, COL_STATUS, COL_SENTENCES, COL_FLAGS, COL_NOTE = range(len(COLUMNS))
STATUS_TEXT = {
    TRANSLATED: QT_TRANSLATE_NOOP("BatchFileTable", "translated"),
    SKIPPED: QT_TRANSLATE_NOOP("BatchFileTable", "skipped"),
    FAILED: QT_TRANSLATE_NOOP("BatchFileTable", "failed"),
    PENDING: QT_TRANSLATE_NOOP("BatchFileTable", "not done yet"),
}
STATUS_COLOURS = {TRANSLATED: "#2e8b3a", FAILED: ERROR_COLOUR, PENDING: "#b07000"}

# Marked for translation here, translated where shown.
STAGES = {
    "scanning": QT_TRANSLATE_NOOP("BatchFileTable", "Scanning the source folder…"),
    "loading": QT_TRANSLATE_NOOP("BatchFileTable", "Loading the translation model…"),
    "reading": QT_TRANSLATE_NOOP("BatchFileTable", "Reading {file}"),
    "translating": QT_TRANSLATE_NOOP("BatchFileTable", "Translating {file}"),
    "done": QT_TRANSLATE_NOOP("BatchFileTable", "Finished"),
}
RESUME_HINT = QT_TRANSLATE_NOOP(
    "BatchFileTable",
    "To finish, start again with the same folders: files already translated are kept "
    "and only the rest is done.",
)


def stage_text(stage: str, file: str = "") -> str:
    return translate("BatchFileTable", STAGES[stage]).format(file=file).strip()


def progress_text(p: BatchProgress) -> str:
    """'files 3/10 · sentences 120/500 · 35.2 sentences/s · ETA 0:01:10' (as the CLI's
    app.batch_progress.progress_parts, in the interface language)."""
    parts = [
        translate("BatchFileTable", "files {done}/{total}").format(
            done=p.files_done, total=p.files_total
        ),
        translate("BatchFileTable", "sentences {done}/{total}").format(
            done=p.sentences_done, total=p.sentences_total
        ),
    ]
    if p.sentences_per_second:
        parts.append(
            translate("BatchFileTable", "{rate} sentences/s").format(
                rate=f"{p.sentences_per_second:.1f}"
            )
        )
    if p.eta_seconds is not None and p.stage != "done":
        parts.append(translate("BatchFileTable", "ETA {time}").format(time=duration(p.eta_seconds)))
    return " · ".join(parts)


def flags_text(result) -> str:
    """The MT guard-rail and text flags of a file, counted: '2 numbers differ, 1 …'."""
    return ", ".join(f"{n} {flag_label(flag)}" for flag, n in result.flags.most_common())


class BatchFileTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self._rows: dict[str, int] = {}
        self.setHorizontalHeaderLabels([translate("BatchFileTable", c) for c in COLUMNS])
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
            self._set(row, COL_STATUS, self.tr("translating"))
            self._set(row, COL_SENTENCES, f"{p.file_sentences_done}/{p.file_sentences_total}")

    def show_file(self, result: FileResult) -> None:
        row = self._row(result.path)
        text = translate("BatchFileTable", STATUS_TEXT.get(result.status, result.status))
        if result.reused:
            text = self.tr("{status} (kept)").format(status=text)
        item = self._set(row, COL_STATUS, text)
        item.setData(Qt.ItemDataRole.UserRole, result.status)
        colour = STATUS_COLOURS.get(result.status)
        if colour is None:
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        item.setForeground(QBrush(QColor(colour)))
        self._set(row, COL_SENTENCES, str(result.sentences) if result.sentences else "")
        flags = flags_text(result)
        self._set(row, COL_FLAGS, flags).setToolTip(flags)
        note = shown(result.reason)  # a core message in the interface's language
        if result.reused and not note:
            note = self.tr("unchanged since an earlier run")
        if result.from_memory and not note:
            note = self.tr("%n from the memory", "", result.from_memory)
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
