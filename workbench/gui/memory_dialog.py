"""Memory > Memories and statistics…: the project's own memory and its reference
memories in one table (units, languages, penalty, file, whether lookups use it), with
Attach, Detach and Import TMX. The figures are app.tm_refs.memory_stats, counted on a
worker thread by the window; the buttons ask the window (signals), which does the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app.tm_refs import MemoryStats
from workbench.core.i18n import shown
from workbench.core.languages import LANGUAGES

DEFAULT_PENALTY = 5  # points: what a reference memory's match loses unless told otherwise


class MemoriesDialog(QDialog):
    attachRequested = Signal(object, str, int)  # noqa: N815 - Path, name ("" = file's), penalty
    detachRequested = Signal(str)  # noqa: N815 - reference name
    penaltyRequested = Signal(str, int)  # noqa: N815 - reference name, new penalty
    importRequested = Signal()  # noqa: N815 - import a TMX into the project's own memory

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self.setWindowTitle(self.tr("Memories"))
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Matches from reference memories appear with their name, their score "
                "lowered by the penalty. Reference files are only read, never changed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Memory"),
                self.tr("Penalty"),
                self.tr("Units"),
                self.tr("Languages"),
                self.tr("File"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # a long path is cut in the middle (the whole of it in the tooltip), so the
        # status, which says why a reference is left out, keeps the room
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(4, 260)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.message = QLabel()  # what the last action did, or why it failed
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Name:")))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("the file's name"))
        row.addWidget(self.name, 1)
        row.addWidget(QLabel(self.tr("Penalty:")))
        self.penalty = QSpinBox()
        self.penalty.setRange(0, 100)
        self.penalty.setValue(DEFAULT_PENALTY)
        self.penalty.setSuffix(self.tr(" points"))
        row.addWidget(self.penalty)
        self.attach_button = QPushButton(self.tr("Attach TMX or project…"))
        self.attach_button.clicked.connect(self._choose_reference)
        row.addWidget(self.attach_button)
        self.penalty_button = QPushButton(self.tr("Set penalty"))
        self.penalty_button.setToolTip(self.tr("Give the selected reference memory this penalty"))
        self.penalty_button.setEnabled(False)
        self.penalty_button.clicked.connect(self._set_penalty)
        row.addWidget(self.penalty_button)
        self.detach_button = QPushButton(self.tr("Detach"))
        self.detach_button.setEnabled(False)
        self.detach_button.clicked.connect(self._detach)
        row.addWidget(self.detach_button)
        layout.addLayout(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("Import TMX into this project…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(self.importRequested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._names: list[str] = []  # row -> reference name ("" for the own memory)

    # -- what the window fills in ------------------------------------------------------
    def show_counting(self) -> None:
        self.message.setText(self.tr("Counting the memories' units…"))

    def set_stats(self, own: MemoryStats, refs: list[MemoryStats]) -> None:
        self.table.setRowCount(0)
        self._names = []
        self._add_row("", self.tr("This project's memory"), own, str(self.project_path))
        for ref in refs:
            self._add_row(ref.name, ref.name, ref, ref.path)
        self.table.resizeRowsToContents()
        self.message.clear()

    def set_busy(self, busy: bool) -> None:
        """While a TMX is read (attach or import), one at a time."""
        self.attach_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(shown(text))  # a core message in the interface's language

    # -- internals -------------------------------------------------------------------
    def _add_row(self, key: str, title: str, stats: MemoryStats, path: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        languages = ", ".join(LANGUAGES[c].name if c in LANGUAGES else c for c in stats.languages)
        if stats.problem:
            status = stats.problem
        elif key:
            status = self.tr("in use")
        else:
            status = ""
        cells = [
            title,
            f"-{stats.penalty:g}" if key else "",
            "" if stats.problem else str(stats.units),
            languages,
            path,
            status,
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in (1, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if stats.problem and column == 5:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, column, item)
        self._names.append(key)

    def selected_name(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self._names[rows[0].row()] if rows else ""

    def _selection_changed(self) -> None:
        self.detach_button.setEnabled(bool(self.selected_name()))
        self.penalty_button.setEnabled(bool(self.selected_name()))

    def _choose_reference(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a reference memory"),
            str(self.project_path.parent),
            self.tr("TMX files and projects (*.tmx *.wbproj);;All files (*)"),
        )
        if name:
            self.attachRequested.emit(Path(name), self.name.text().strip(), self.penalty.value())

    def _set_penalty(self) -> None:
        name = self.selected_name()
        if name:
            self.penaltyRequested.emit(name, self.penalty.value())

    def _detach(self) -> None:
        name = self.selected_name()
        if name:
            self.detachRequested.emit(name)
