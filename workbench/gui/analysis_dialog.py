"""Tools > Analysis…: app.analysis for the open project, per document and in total.

One row per document and one for the total: segments, words, characters (with and
without spaces), repetitions and the words in each match band, as memoQ and Trados
show them (the columns are app.analysis's categories, so a rule lives in one place).
Export CSV… writes the same file as `workbench project stats --csv`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.app.analysis import BANDS, Analysis, ProjectAnalysis
from workbench.core.errors import WorkbenchError, first_line
from workbench.core.i18n import shown
from workbench.gui.i18n import translate


def band_header(band: str) -> str:
    """ "95-99" -> "95-99%", "context" -> "Context", as the column header shows it."""
    return band.capitalize() if not band[0].isdigit() else band + "%"


def shown_header(header: str) -> str:
    """A column's English header (COLUMNS, what value() looks up) in the interface language."""
    for band in BANDS:
        if header == f"{band_header(band)}\n(words)":
            name = (
                band + "%" if band[0].isdigit() else translate("analysis_dialog", band_header(band))
            )
            return translate("analysis_dialog", "{band}\n(words)").format(band=name)
    return translate("analysis_dialog", header)


_BAND_NAMES = (
    QT_TRANSLATE_NOOP("analysis_dialog", "Context"),
    QT_TRANSLATE_NOOP("analysis_dialog", "No match"),
)
# (header, value of an Analysis); bands and repetitions are words, what quotes use.
COLUMNS: list[tuple[str, object]] = [
    (QT_TRANSLATE_NOOP("analysis_dialog", "Segments"), lambda a: a.total.segments),
    (QT_TRANSLATE_NOOP("analysis_dialog", "Words"), lambda a: a.total.words),
    (QT_TRANSLATE_NOOP("analysis_dialog", "Characters"), lambda a: a.total.characters),
    (
        QT_TRANSLATE_NOOP("analysis_dialog", "Characters\n(no spaces)"),
        lambda a: a.total.characters_no_spaces,
    ),
    (QT_TRANSLATE_NOOP("analysis_dialog", "Repetitions\n(words)"), lambda a: a.repetitions.words),
    *((f"{band_header(band)}\n(words)", lambda a, b=band: a.categories[b].words) for band in BANDS),
]


class AnalysisDialog(QDialog):
    exported = Signal(str)  # the CSV path written

    def __init__(self, result: ProjectAnalysis, project_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis"))
        self.resize(1100, 360)
        self.result = result
        self.project_path = project_path
        rows: list[Analysis] = [*result.documents, result.total]
        self.table = QTableWidget(len(rows), len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([shown_header(h) for h, _ in COLUMNS])
        self.table.setVerticalHeaderLabels([a.name for a in result.documents] + [self.tr("Total")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bold = QFont()
        bold.setBold(True)
        for r, item in enumerate(rows):
            for c, (_header, value) in enumerate(COLUMNS):
                cell = QTableWidgetItem(f"{value(item):,}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if item is result.total:
                    cell.setFont(bold)
                self.table.setItem(r, c, cell)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(-1, -1)
        header = self.table.verticalHeader().sizeHint().width()  # width() is 0 until shown
        wide = self.table.horizontalHeader().length() + header + 60
        self.resize(max(640, wide), 360)  # every column in view, no horizontal scrolling
        note = QLabel(
            self.tr(
                "Repetitions and match bands are counted in words; 100% and context matches "
                "beat repetitions, repetitions beat fuzzy bands. Machine translations in the "
                "memory are not counted as matches."
            ),
            self,
        )
        note.setWordWrap(True)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        export = buttons.addButton(self.tr("Export &CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self.choose_csv)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def value(self, row: int, header: str) -> str:
        """The text of a cell (tests and screen readers find figures by their header)."""
        column = [h for h, _ in COLUMNS].index(header)
        return self.table.item(row, column).text()

    def choose_csv(self) -> None:
        start = self.project_path.with_name(self.project_path.stem + "-analysis.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the analysis as CSV"), str(start), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> bool:
        try:
            self.result.write_csv(path)
        except WorkbenchError as exc:
            self.status.setText(shown(first_line(exc)))
            return False
        self.status.setText(self.tr("Wrote {path}").format(path=path))
        self.exported.emit(str(path))
        return True
