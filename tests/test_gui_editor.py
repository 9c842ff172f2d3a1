"""The editor window, offscreen: editing, confirming, undo, filter, search, replace, views."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.conftest import new_project  # noqa: E402
from workbench.core.segment import Origin, Status  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.segment_model import COL_SOURCE  # noqa: E402

# Three paragraphs of Kyrgyz news: (paragraph, sentences).
PARAGRAPHS = [
    ["Бишкек шаарында жаңы мектеп ачылды.", "Ош облусунда жолдор оңдолуп жатат."],
    ["Нарын районунда дыйкандар буудай орушту."],
    [
        "Ысык-Көлдө балдар үчүн китепкана курулду.",
        "Талас өрөөнүндө аба ырайы суук болот.",
        "Баткен облусунда мугалимдер жыйынга чогулушту.",
    ],
]


def make_project(folder: Path, paragraphs: list[list[str]] = PARAGRAPHS) -> Path:
    """A ky->en project with one document, stored through the real store."""
    path = folder / "news.wbproj"
    new_project(path, paragraphs).close()
    return path


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return make_project(tmp_path)


@pytest.fixture
def window(qtbot, project_path: Path):
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def open_editor(win: MainWindow, row: int):
    win.grid.go_to_row(row)
    editor = win.grid.current_editor()
    assert editor is not None, "the target editor did not open"
    return editor


def target(win: MainWindow, row: int) -> str:
    return win.project.segment(win.model.ids[row]).target


def test_opens_project_with_rows_and_paragraph_marks(window):
    model = window.model
    assert model.rowCount() == 6
    assert model.data(model.index(0, COL_SOURCE)) == PARAGRAPHS[0][0]
    # The first segment of a paragraph carries the pilcrow in the # column.
    numbers = [model.data(model.index(r, 0)) for r in range(6)]
    assert numbers == ["¶ 1", "2", "¶ 3", "¶ 4", "5", "6"]
    assert window.document_box.currentData() is not None  # the only document is selected


def test_typing_is_saved_within_debounce(window, qtbot):
    editor = open_editor(window, 0)
    qtbot.keyClicks(editor, "A new school")
    # Written ~300 ms after the last key, without closing the editor.
    qtbot.waitUntil(lambda: target(window, 0) == "A new school", timeout=30_000)
    seg = window.project.segment(window.model.ids[0])
    assert seg.status == Status.NEEDS_REVIEW and seg.origin == Origin.HUMAN
    assert window.saved_label.text() == "All changes saved"
    # The open editor kept the text and the cursor at the end.
    assert editor.toPlainText() == "A new school"
    assert editor.textCursor().position() == len("A new school")


def test_confirm_moves_to_next_unconfirmed(window, qtbot):
    # Segment 2 is already confirmed: Ctrl+Enter on segment 1 must skip it.
    ids = window.model.ids
    window.project.set_target(ids[1], "Roads are repaired in Osh.", status=Status.CONFIRMED)
    editor = open_editor(window, 0)
    qtbot.keyClicks(editor, "A new school opened in Bishkek.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    seg = window.project.segment(ids[0])
    assert seg.status == Status.CONFIRMED
    assert seg.target == "A new school opened in Bishkek."
    assert window.grid.currentIndex().row() == 2
    # Confirmed pairs go to the translation memory.
    count = window.project.connection.execute("SELECT COUNT(*) FROM tm_units").fetchone()[0]
    assert count == 1


def test_confirm_empty_target_is_refused(window):
    window.grid.go_to_row(0)
    window.confirm_and_next()
    assert window.project.segment(window.model.ids[0]).status == Status.NEW
    assert "empty" in window.statusBar().currentMessage()


def test_ctrl_down_and_up_move(window, qtbot):
    editor = open_editor(window, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.grid.currentIndex().row() == 1
    editor = window.grid.current_editor()
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.grid.currentIndex().row() == 0


def test_undo_merges_keystrokes_and_redo(window, qtbot):
    editor = open_editor(window, 0)
    qtbot.keyClicks(editor, "School")
    qtbot.waitUntil(lambda: target(window, 0) == "School", timeout=30_000)
    qtbot.keyClicks(editor, " opened")
    qtbot.waitUntil(lambda: target(window, 0) == "School opened", timeout=30_000)
    # Two debounced saves in one editor session are one undo step.
    assert window.undo_stack.count() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    seg = window.project.segment(window.model.ids[0])
    assert seg.target == "" and seg.status == Status.NEW
    assert editor.toPlainText() == ""  # the open editor follows the undo
    window.redo()
    assert target(window, 0) == "School opened"
    assert editor.toPlainText() == "School opened"


def test_undo_confirm(window, qtbot):
    editor = open_editor(window, 0)
    qtbot.keyClicks(editor, "Text")
    window.confirm_and_next()
    sid = window.model.ids[0]
    assert window.project.segment(sid).status == Status.CONFIRMED
    window.undo()
    assert window.project.segment(sid).status == Status.NEEDS_REVIEW
    window.undo()
    assert window.project.segment(sid).target == ""


def test_filter_by_status_and_search(window, qtbot):
    ids = window.model.ids
    window.project.set_target(ids[2], "Farmers harvested wheat.", status=Status.CONFIRMED)
    window.status_box.setCurrentText("Confirmed")
    assert list(window.model.ids) == [ids[2]]
    window.status_box.setCurrentText("Not done")
    assert ids[2] not in window.model.ids and len(window.model.ids) == 5
    window.status_box.setCurrentText("All statuses")
    # Search matches source and target, case-insensitively (Cyrillic included).
    window.search.setText("ОБЛУСУНДА")
    window.apply_filter()
    assert [window.model.segment_at(r).source for r in range(window.model.rowCount())] == [
        PARAGRAPHS[0][1],
        PARAGRAPHS[2][2],
    ]
    window.search.setText("wheat")
    window.apply_filter()
    assert list(window.model.ids) == [ids[2]]
    # The number column keeps the document's numbering under a filter.
    assert window.model.data(window.model.index(0, 0)) == "¶ 3"


def test_replace_in_targets_regex_undoable(window):
    ids = window.model.ids
    window.project.set_target(ids[0], "School 12 opened.")
    window.project.set_target(ids[1], "Road 7 repaired.")
    window.project.set_target(ids[2], "No digits here.")
    changed = window.replace_in_targets(r"(\w+) (\d+)", r"\2 \1", regex=True)
    assert changed == 2
    assert target(window, 0) == "12 School opened."
    assert target(window, 1) == "7 Road repaired."
    assert target(window, 2) == "No digits here."
    # Plain text mode treats the pattern literally.
    assert window.replace_in_targets("(", "[", regex=False) == 0
    window.undo()
    assert target(window, 0) == "School 12 opened."
    assert target(window, 1) == "Road 7 repaired."


def test_replace_bad_regex_is_one_line_error(window):
    from workbench.core.errors import WorkbenchError

    with pytest.raises(WorkbenchError, match="not valid"):
        window.replace_in_targets("(unclosed", "x", regex=True)


def test_paragraph_view_switches_at_same_place(window, qtbot):
    ids = window.model.ids
    window.project.set_target(ids[3], "A library was built.")
    window.grid.go_to_row(4)  # paragraph 3, second sentence
    window.toggle_view()
    assert window.stack.currentWidget() is window.paragraphs
    view = window.paragraphs
    assert view.rowCount() == 3
    assert view.currentRow() == 2
    assert view.item(2, 0).text() == " ".join(PARAGRAPHS[2])
    assert view.item(2, 1).text().startswith("A library was built. …")
    view.selectRow(1)
    window.toggle_view()
    assert window.stack.currentWidget() is window.grid
    assert window.grid.currentIndex().row() == 2  # first segment of paragraph 2


def test_copy_source_and_clear_shortcuts(window, qtbot):
    editor = open_editor(window, 1)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert target(window, 1) == PARAGRAPHS[0][1]
    assert window.grid.current_editor().toPlainText() == PARAGRAPHS[0][1]
    window.clear_target()
    assert target(window, 1) == ""


def test_every_shortcut_is_in_a_menu(window):
    in_menus = set()

    def walk(menu):
        for action in menu.actions():
            if action.menu():
                walk(action.menu())
            elif not action.shortcut().isEmpty():
                in_menus.add(action.shortcut().toString())

    for action in window.menuBar().actions():
        walk(action.menu())
    for needed in (
        "Ctrl+Return",
        "Ctrl+Up",
        "Ctrl+Down",
        "Ctrl+Shift+M",
        "Ctrl+1",
        "Ctrl+9",
        "Ctrl+Z",
        "Ctrl+T",
        "Ctrl+Shift+T",
        "Ctrl+H",
        "F7",
    ):
        assert needed in in_menus, needed


def test_edit_survives_reopen(window, project_path, qtbot):
    editor = open_editor(window, 5)
    qtbot.keyClicks(editor, "Teachers gathered.")
    window.close()  # flushes the open editor
    with Project.open(project_path, read_only=True) as project:
        assert project.segment(project.segment_ids()[5]).target == "Teachers gathered."


def test_failed_write_is_shown_and_not_left_on_the_undo_stack(window, qtbot):
    editor = open_editor(window, 0)
    window.project.read_only = True  # every write now fails, as on a full disk
    qtbot.keyClicks(editor, "Lost?")
    qtbot.waitUntil(lambda: window.saved_label.text() == "NOT SAVED", timeout=30_000)
    assert "read-only" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0  # the failed edit is not an undoable step
    window.project.read_only = False
    qtbot.keyClicks(editor, "!")
    qtbot.waitUntil(lambda: target(window, 0) == "Lost?!", timeout=30_000)
    assert window.saved_label.text() == "All changes saved"


def test_revise_paragraph_in_paragraph_view(window, qtbot):
    window.grid.go_to_row(3)
    window.toggle_view()
    view = window.paragraphs
    assert view.currentRow() == 2
    # The view reloads from the store after each revision (deferred): count the reloads.
    reloads: list[int] = []
    load = view.load
    view.load = lambda *args: (reloads.append(1), load(*args))
    # Three sentences typed for a three-segment paragraph: one per segment, one undo step.
    view.item(2, 1).setText("A library was built. The weather will be cold. Teachers met.")
    assert [target(window, r) for r in (3, 4, 5)] == [
        "A library was built.",
        "The weather will be cold.",
        "Teachers met.",
    ]
    qtbot.waitUntil(lambda: len(reloads) == 1)
    assert view.item(2, 1).text() == "A library was built. The weather will be cold. Teachers met."
    # A sentence count that does not match leaves the segments alone and says why.
    view.item(2, 1).setText("One sentence only.")
    assert target(window, 3) == "A library was built."
    assert "3 segments" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(reloads) == 2)
    assert view.item(2, 1).text().startswith("A library was built.")  # shown as stored
    window.undo()
    assert [target(window, r) for r in (3, 4, 5)] == ["", "", ""]


def test_escape_closes_the_editor_keeping_the_text(window, qtbot):
    editor = open_editor(window, 2)
    qtbot.keyClicks(editor, "Farmers")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # before the 300 ms debounce
    assert target(window, 2) == "Farmers"
    assert window.grid.current_editor() is None
