"""Find and replace in targets (gui/find_replace.py, gui/window_find.py) as a translator
uses it: the dialog's fields, Find next / previous (F3, Shift+F3), Replace (the match found),
Replace all after a preview of the count; confirmed segments asked about and marked Needs
review; every change one undo step, over a real project."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from tests.conftest import shown_window  # noqa: E402
from workbench.core.segment import Status  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.find_replace import FindReplaceDialog  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402

DOCS = {
    "news.txt": ["Бишкекте мектеп ачылды.", "Ошто жол оңдолду.", "Нарында кар жаады."],
    "notes.txt": ["Таласта жаан жаады."],
}
TARGETS = {
    "news.txt": ["A School opened in Bishkek.", "The road in Osh was repaired.", ""],
    "notes.txt": ["It rained in Talas; the school closed."],
}


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "en") as project:
        for name, sources in DOCS.items():
            segments = [NewSegment(i, 0, "", s, "", s, "ky") for i, s in enumerate(sources)]
            doc_id = project.add_document(name, "txt", "utf-8", b"-", segments)
            ids = project.segment_ids(document_id=doc_id)
            for sid, text in zip(ids, TARGETS[name], strict=True):
                if text:
                    project.set_target(sid, text)
    yield from shown_window(qtbot, path)


def targets(win: MainWindow) -> list[str]:
    return [s.target for s in win.project.segments()]


def open_dialog(win: MainWindow) -> FindReplaceDialog:
    win.show_replace()
    dialog = win.dialog
    assert isinstance(dialog, FindReplaceDialog) and dialog.isVisible()
    return dialog


def fill(dialog: FindReplaceDialog, find: str, replace: str, **checks: bool) -> None:
    dialog.find.setText(find)
    dialog.replace.setText(replace)
    for name, on in checks.items():
        getattr(dialog, name).setChecked(on)


def answer(win: MainWindow, label: str) -> str:
    """Click `label` in the question the window shows; returns the question's text."""
    box = win.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    (button,) = [b for b in box.buttons() if b.text() == label]
    text = box.text()
    button.click()
    return text


def says(actual: str, english: str) -> bool:
    """`actual` is `english` with its plural marks "(s)", "(es)" as written or resolved
    (the English catalogue resolves them where it is installed)."""
    pattern = re.escape(english)
    for mark in ("s", "es"):
        pattern = pattern.replace(re.escape(f"({mark})"), f"(\\({mark}\\)|{mark})?")
    return re.fullmatch(pattern, actual) is not None


def start_at_top(win: MainWindow) -> None:
    """The first row shown, the editor's cursor at the start of its target."""
    win.grid.go_to_row(0)
    editor = win.grid.current_editor()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)


def replace_all(win: MainWindow, dialog: FindReplaceDialog, label: str = "Replace all") -> str:
    """Replace all… then the preview's button; returns the preview's text."""
    dialog.replace_all.click()
    return answer(win, label)


def show_document(win: MainWindow, name: str) -> None:
    box = win.document_box
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemText(i).startswith(name)))


def test_replace_all_from_the_dialog_is_one_undo_step(window):
    before = targets(window)
    dialog = open_dialog(window)
    fill(dialog, "school", "library", scope=False)  # case-insensitive by default
    preview = replace_all(window, dialog)
    assert says(preview, "Replace 2 match(es)?\nSegments that change: 2")
    assert says(dialog.message.text(), "Replaced in 2 segment(s) (Ctrl+Z undoes it)")
    assert targets(window) == [
        "A library opened in Bishkek.",
        "The road in Osh was repaired.",
        "",  # an empty target stays empty
        "It rained in Talas; the library closed.",
    ]
    changed = window.project.segment(window.project.segment_ids()[0])
    assert changed.status is Status.NEEDS_REVIEW
    window.undo()
    assert targets(window) == before


def test_match_case_and_confirmed_segments_are_asked_about_and_marked(window):
    first = window.project.segment_ids()[0]
    window.project.set_target(first, "A School opened in Bishkek.", status=Status.CONFIRMED)
    dialog = open_dialog(window)
    fill(dialog, "school", "library", case=True, scope=False)
    replace_all(window, dialog)
    assert says(dialog.message.text(), "Replaced in 1 segment(s) (Ctrl+Z undoes it)")
    assert targets(window)[0] == "A School opened in Bishkek."  # "School" does not match
    fill(dialog, "School", "Library", case=True, scope=False)
    window.update_match_count()
    assert says(dialog.count.text(), "1 match(es) · 1 segment(s) · 1 confirmed")
    # the preview says a confirmed segment is in it; Cancel changes nothing
    preview = replace_all(window, dialog, "Cancel")
    assert "1 of them" in preview and "will be marked Needs review." in preview
    assert window.project.segment(first).target == "A School opened in Bishkek."
    replace_all(window, dialog)
    seg = window.project.segment(first)
    assert seg.target == "A Library opened in Bishkek." and seg.status is Status.NEEDS_REVIEW
    window.undo()
    seg = window.project.segment(first)
    assert seg.target == "A School opened in Bishkek." and seg.status is Status.CONFIRMED


def test_replace_all_can_skip_the_confirmed_segments(window):
    first, _second, _third, fourth = window.project.segment_ids()
    window.project.set_target(first, "A School opened in Bishkek.", status=Status.CONFIRMED)
    dialog = open_dialog(window)
    fill(dialog, "school", "library", scope=False)
    preview = replace_all(window, dialog, "Skip confirmed")
    assert says(preview.split("\n")[0], "Replace 2 match(es)?")
    assert window.project.segment(first).target == "A School opened in Bishkek."
    assert window.project.segment(fourth).target == "It rained in Talas; the library closed."


def test_find_next_and_previous_select_the_match_in_the_editor(window, qtbot):
    dialog = open_dialog(window)
    fill(dialog, "in", "", scope=True)
    show_document(window, "news.txt")
    start_at_top(window)
    found = []
    for k in range(4):
        if k == 2:
            dialog.close()  # F3 goes on in the window with the dialog's text
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if dialog.isVisible():
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            qtbot.keyClick(dialog.find, Qt.Key.Key_F3)  # typing in the dialog's field
        else:
            qtbot.keyClick(window, Qt.Key.Key_F3)  # Edit > Find next
        editor = window.grid.current_editor()
        found.append((window.grid.currentIndex().row(), editor.textCursor().selectedText()))
    # "in" once in row 0 ("opened in") and once in row 1 ("in Osh"); row 2 is empty
    assert [row for row, _text in found] == [0, 1, 0, 1]  # round past the end, row 2 empty
    assert all(text.lower() == "in" for _row, text in found)
    first_pos = window._found
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # Find previous
    assert window.grid.currentIndex().row() == 0 and window._found != first_pos
    fill(dialog, "Jalal-Abad", "")
    dialog.show()
    assert window.find_next() is False
    assert dialog.message.text() == "Not found in the targets shown"


def test_replace_one_replaces_the_match_found_then_finds_the_next(window):
    dialog = open_dialog(window)
    fill(dialog, "in", "at", scope=True)
    show_document(window, "news.txt")
    start_at_top(window)
    dialog.replace_one.click()  # nothing found yet: finds first
    assert targets(window)[0] == "A School opened in Bishkek."
    dialog.replace_one.click()
    assert targets(window)[:2] == ["A School opened at Bishkek.", "The road in Osh was repaired."]
    assert window.grid.currentIndex().row() == 1  # the next match is shown
    dialog.replace_one.click()
    assert targets(window)[1] == "The road at Osh was repaired."
    window.undo()
    assert targets(window)[1] == "The road in Osh was repaired."
    assert window.undo_stack.count() == 2  # one step each


def test_replace_one_in_a_confirmed_segment_asks_first(window):
    first = window.project.segment_ids()[0]
    window.project.set_target(first, "A School opened in Bishkek.", status=Status.CONFIRMED)
    dialog = open_dialog(window)
    fill(dialog, "School", "Library")
    show_document(window, "news.txt")
    start_at_top(window)
    window.find_next()
    dialog.replace_one.click()
    question = answer(window, "Cancel")
    assert question.startswith("Segment 1 is confirmed. Replace in it?")
    assert window.project.segment(first).status is Status.CONFIRMED
    dialog.replace_one.click()
    answer(window, "Replace")
    seg = window.project.segment(first)
    assert seg.target == "A Library opened in Bishkek." and seg.status is Status.NEEDS_REVIEW


def test_plain_text_mode_takes_find_and_replacement_literally(window):
    dialog = open_dialog(window)
    fill(dialog, "Osh was", r"Osh (\1) was", regex=False, scope=False)
    replace_all(window, dialog)
    assert targets(window)[1] == r"The road in Osh (\1) was repaired."
    fill(dialog, ".", "!", regex=False, scope=False)  # a dot, not any character
    replace_all(window, dialog)
    assert targets(window)[0] == "A School opened in Bishkek!"


def test_regular_expression_with_groups(window):
    dialog = open_dialog(window)
    fill(dialog, r"in (?P<town>[A-Z]\w+)", r"at \g<town>", regex=True, scope=False)
    replace_all(window, dialog)
    assert targets(window) == [
        "A School opened at Bishkek.",
        "The road at Osh was repaired.",
        "",
        "It rained at Talas; the school closed.",
    ]


def test_only_the_segments_shown_by_default(window):
    show_document(window, "notes.txt")
    assert window.model.rowCount() == 1
    dialog = open_dialog(window)
    assert dialog.scope.isChecked()
    fill(dialog, "the", "a")
    replace_all(window, dialog)
    assert says(dialog.message.text(), "Replaced in 1 segment(s) (Ctrl+Z undoes it)")
    assert targets(window) == [
        "A School opened in Bishkek.",
        "The road in Osh was repaired.",  # another document: not shown, not changed
        "",
        "It rained in Talas; a school closed.",
    ]


@pytest.mark.parametrize(
    ("find", "replace", "regex", "message"),
    [
        ("", "x", False, "nothing to find"),
        ("(unclosed", "x", True, "the regular expression '(unclosed' is not valid"),
        (r"(\w+)", r"\3", True, r"the replacement '\\3' is not valid"),
    ],
)
def test_bad_input_is_shown_in_the_dialog_and_changes_nothing(
    window, find, replace, regex, message
):
    before = targets(window)
    dialog = open_dialog(window)
    fill(dialog, find, replace, regex=regex, scope=False)
    dialog.replace_all.click()
    assert dialog.message.text().startswith(message)
    assert "\n" not in dialog.message.text()
    assert targets(window) == before
    assert window.undo_stack.count() == 0
