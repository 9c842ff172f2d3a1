"""The editor's memory tools, offscreen: Concordance (Ctrl+K) and Tools > Analysis…,
on a real project and its real memory (searched and analysed on the worker thread)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from tests.conftest import new_project  # noqa: E402
from workbench.core import tm  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.gui.actions import shortcut_table  # noqa: E402
from workbench.gui.analysis_dialog import AnalysisDialog  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402

MEMORY = [  # ky -> en, as confirmed or imported
    ("Мектептерибизде окуучулар көп.", "There are many pupils in our schools."),
    ("Тоок жумуртка тууйт.", "The hen lays eggs."),
    ("Бүгүн аба ырайы жакшы.", "The weather is good today."),
]
# Hand-counted: 3 + 3 + 4 words; 19 + 19 + 22 characters (17 + 17 + 19 without spaces).
DOCUMENT = [["Жаңы мектеп ачылды.", "Жаңы мектеп ачылды."], ["Бүгүн аба ырайы жакшы."]]


def open_window(qtbot, path: Path) -> MainWindow:
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = tmp_path / "news.wbproj"
    with new_project(path, DOCUMENT) as project:
        with project.transaction():
            for source, target in MEMORY:
                tm.store_unit(project, "ky", "en", source, target, origin="tmx")
    win = open_window(qtbot, path)
    yield win
    win.close()


def target(win: MainWindow, row: int) -> str:
    return win.project.segment(win.model.ids[row]).target


def test_ctrl_k_finds_inflected_form_and_inserts_one_undo_step(window, qtbot):
    assert ("Concordance: search the memory for the selection or the word", "Ctrl+K") in (
        shortcut_table()
    )
    window.grid.go_to_row(0)
    editor = window.grid.current_editor()
    qtbot.keyClicks(editor, "New schools: ")
    window.flush()
    assert target(window, 0) == "New schools: "
    cursor = editor.textCursor()
    cursor.setPosition(6)  # inside "schools"
    editor.setTextCursor(cursor)

    # Ctrl+K from the editor itself: the word at the cursor is searched at once
    with qtbot.waitSignal(window.acts["concordance"].triggered, timeout=2000):
        qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.concordance_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.query.text() == "schools"
    qtbot.waitUntil(lambda: bool(dialog.hits), timeout=20000)
    assert [h.target for h in dialog.hits] == [MEMORY[0][1]]
    assert target(window, 0) == "New schools: "  # Ctrl+K did not edit the target

    # the uninflected Kyrgyz stem finds the inflected form, not its look-alike тоок
    dialog.query.setText("мектеп")
    with qtbot.waitSignal(dialog.searched, timeout=20000):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert [h.source for h in dialog.hits] == [MEMORY[0][0]]
    hit = dialog.hits[0]
    assert hit.text[slice(*hit.spans[0])] == "Мектептерибизде"
    label = dialog.results.itemWidget(dialog.results.item(0))
    assert "background-color" in label.text() and ">Мектептерибизде</span>" in label.text()

    # inserted where the cursor was when Ctrl+K was pressed (the editor closed meanwhile)
    dialog.insert_button.click()
    expected = "New sc" + MEMORY[0][1] + "hools: "
    assert window.grid.current_editor().toPlainText() == expected
    assert target(window, 0) == expected  # in the store at once

    window.undo()  # one step takes the whole insertion back, nothing typed before it
    qtbot.waitUntil(lambda: target(window, 0) == "New schools: ", timeout=2000)
    window.redo()
    qtbot.waitUntil(lambda: target(window, 0) == expected, timeout=2000)


def test_concordance_search_field_prefilled_with_selection(window, qtbot):
    window.grid.go_to_row(1)
    editor = window.grid.current_editor()
    qtbot.keyClicks(editor, "the weather today")
    cursor = editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(11, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.show_concordance()
    dialog = window.concordance_dialog
    assert dialog.query.text() == "weather"
    with qtbot.waitSignal(dialog.searched, timeout=20000):
        pass
    assert [h.source for h in dialog.hits] == [MEMORY[2][0]]


def test_analysis_dialog_shows_hand_counted_totals_and_writes_csv(window, qtbot, tmp_path):
    window.acts["analysis"].trigger()  # Tools > Analysis…
    qtbot.waitUntil(lambda: isinstance(window.dialog, AnalysisDialog), timeout=20000)
    dialog: AnalysisDialog = window.dialog
    total = dialog.table.rowCount() - 1
    assert dialog.table.verticalHeaderItem(0).text() == "news.txt"
    assert dialog.table.verticalHeaderItem(total).text() == "Total"
    figures = {
        "Segments": "3",
        "Words": "10",
        "Characters": "60",
        "Characters\n(no spaces)": "53",
        "Repetitions\n(words)": "3",
        "100%\n(words)": "4",
        "No match\n(words)": "3",
        "95-99%\n(words)": "0",
    }
    for header, value in figures.items():
        assert dialog.value(total, header) == value, header
        assert dialog.value(0, header) == value, header

    out = tmp_path / "analysis.csv"
    assert dialog.export_csv(out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["document"] for r in rows] == ["news.txt", "total"]
    assert rows[1]["words"] == "10" and rows[1]["100 words"] == "4"
    assert dialog.export_csv(tmp_path / "missing" / "a.csv") is False
    assert "folder does not exist" in dialog.status.text()
