"""Find and replace in targets (workbench/gui/find_replace.py) as a translator uses it:
the dialog's fields and its Replace all button over a real project, one undo step."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

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


def show_document(win: MainWindow, name: str) -> None:
    box = win.document_box
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemText(i).startswith(name)))


def test_replace_all_from_the_dialog_is_one_undo_step(window):
    before = targets(window)
    dialog = open_dialog(window)
    fill(dialog, "school", "library", scope=False)  # case-insensitive by default
    dialog.replace_all.click()
    assert dialog.message.text() == "Replaced in 2 segments (Ctrl+Z undoes it)"
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


def test_match_case_and_a_confirmed_segment_stays_confirmed(window):
    first = window.project.segment_ids()[0]
    window.project.set_target(first, "A School opened in Bishkek.", status=Status.CONFIRMED)
    dialog = open_dialog(window)
    fill(dialog, "school", "library", case=True, scope=False)
    dialog.replace_all.click()
    assert dialog.message.text() == "Replaced in 1 segment (Ctrl+Z undoes it)"
    assert targets(window)[0] == "A School opened in Bishkek."  # "School" does not match
    fill(dialog, "School", "Library", case=True, scope=False)
    dialog.replace_all.click()
    seg = window.project.segment(first)
    assert seg.target == "A Library opened in Bishkek." and seg.status is Status.CONFIRMED


def test_plain_text_mode_takes_find_and_replacement_literally(window):
    dialog = open_dialog(window)
    fill(dialog, "Osh was", r"Osh (\1) was", regex=False, scope=False)
    dialog.replace_all.click()
    assert targets(window)[1] == r"The road in Osh (\1) was repaired."
    fill(dialog, ".", "!", regex=False, scope=False)  # a dot, not any character
    dialog.replace_all.click()
    assert targets(window)[0] == "A School opened in Bishkek!"


def test_regular_expression_with_groups(window):
    dialog = open_dialog(window)
    fill(dialog, r"in (?P<town>[A-Z]\w+)", r"at \g<town>", regex=True, scope=False)
    dialog.replace_all.click()
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
    dialog.replace_all.click()
    assert dialog.message.text() == "Replaced in 1 segment (Ctrl+Z undoes it)"
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
