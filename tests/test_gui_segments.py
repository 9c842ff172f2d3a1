"""The editor's merge and split (Segment menu, Ctrl+J / Alt+Shift+T), the status bar's
message area and where file dialogs open, as a translator meets them, over real projects."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import docx  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from tests.conftest import new_project, shown_window  # noqa: E402
from workbench.core import tm  # noqa: E402
from workbench.core.importer import import_file  # noqa: E402
from workbench.core.inline import tagged  # noqa: E402
from workbench.core.segment import Status  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.gui import chips  # noqa: E402
from workbench.gui.actions import shortcut_table  # noqa: E402
from workbench.gui.message_bar import MAX_LINES  # noqa: E402
from workbench.gui.split_dialog import SplitDialog  # noqa: E402

PARAGRAPHS = [["Бишкекте мектеп ачылды.", "Анда 48 класс бар."], ["Ошто жол оңдолду."]]


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "p.wbproj"
    with new_project(path, PARAGRAPHS) as project:
        first, second, _third = project.segment_ids()
        for sid, text in ((first, "A school opened."), (second, "It has 48 classes.")):
            tm.add_confirmed(project, project.set_target(sid, text, status=Status.CONFIRMED))
    yield from shown_window(qtbot, path)


def sources(win) -> list[str]:
    return [tagged(s.source_coded) for s in win.project.segments()]


def test_ctrl_j_merges_with_the_next_segment_and_ctrl_z_takes_it_back(window, qtbot):
    window.grid.go_to_row(0)
    qtbot.keyClick(window.grid, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert sources(window) == ["Бишкекте мектеп ачылды. Анда 48 класс бар.", "Ошто жол оңдолду."]
    assert window.model.rowCount() == 2
    merged = window.current_segment()
    assert merged.target == "A school opened. It has 48 classes."
    assert merged.status is Status.CONFIRMED
    assert "Merged with the next segment" in window.statusBar().currentMessage()
    # the merged pair is one memory unit now
    match = tm.lookup(window.project, merged.source, "ky", "en")[0]
    assert (match.score, match.target) == (100, "A school opened. It has 48 classes.")
    # the last segment of a paragraph: refused, said, nothing changed
    window.grid.go_to_row(0)
    qtbot.keyClick(window.grid, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert "merge only within a paragraph" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 2
    assert window.grid.current_editor() is not None  # typing goes on where it was
    window.undo()
    assert sources(window) == [text for par in PARAGRAPHS for text in par]
    assert window.model.rowCount() == 3
    assert tm.lookup(window.project, "Бишкекте мектеп ачылды.", "ky", "en")[0].score == 100
    window.redo()
    assert window.model.rowCount() == 2


def test_split_dialog_cuts_source_and_target_at_their_cursors(window, qtbot):
    window.grid.go_to_row(1)
    editor = window.grid.current_editor()
    cursor = editor.textCursor()
    cursor.setPosition(len("It has "))
    editor.setTextCursor(cursor)
    window.acts["split_segment"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, SplitDialog) and dialog.isVisible()
    # the source's cursor starts at the word start nearest the target's share
    assert dialog.source.position() == len("Анда 48 ")  # 7 of 18 in the target: ~word 3
    assert dialog.target.position() == len("It has ")
    dialog.source.set_position(len("Анда 48 "))
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)  # Enter splits
    assert not dialog.isVisible()
    assert sources(window) == [
        "Бишкекте мектеп ачылды.",
        "Анда 48",
        "класс бар.",
        "Ошто жол оңдолду.",
    ]
    left, right = list(window.project.segments())[1:3]
    assert (left.target, right.target) == ("It has", "48 classes.")
    assert left.status is right.status is Status.NEEDS_REVIEW  # the pair changed
    assert window.current_segment().id == left.id
    window.undo()
    assert [s.target for s in window.project.segments()][1] == "It has 48 classes."
    assert window.project.segment(left.id).status is Status.CONFIRMED


def test_the_paragraph_view_fills_a_merged_segment_with_its_sentences(qtbot, tmp_path):
    path = tmp_path / "p.wbproj"
    new_project(path, [["Мектеп ачылды.", "Анда 48 класс бар.", "Баары жаңы."]]).close()
    win = next(shown_window(qtbot, path))
    try:
        win.grid.go_to_row(0)
        win.merge_with_next()
        doc = win.project.documents()[0].id
        # three sentences for two segments, the first of which has two source sentences
        assert win.revise_paragraph(doc, 0, "A school opened. It has 48 classes. All is new.")
        assert [s.target for s in win.project.segments()] == [
            "A school opened. It has 48 classes.",
            "All is new.",
        ]
    finally:
        win.close()


def test_split_refused_at_the_start_of_the_source(window, qtbot):
    window.grid.go_to_row(0)
    window.split_segment()
    dialog = window.dialog
    dialog.source.set_position(0)
    dialog.split.click()
    assert "between two words" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 3


def test_chips_in_the_split_dialog_and_a_merged_pair_of_tags(qtbot, tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Бишкекте ")
    p.add_run("жаңы мектеп ачылды. Анда 48").bold = True
    p.add_run(" класс бар. Мугалимдер да жаңы.")
    d.save(str(tmp_path / "news.docx"))
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "en") as project:
        import_file(project, tmp_path / "news.docx")
    win = next(shown_window(qtbot, path))
    try:
        win.grid.go_to_row(0)
        win.merge_with_next()
        merged = win.current_segment()
        assert tagged(merged.source_coded) == (
            "Бишкекте ⟨1⟩жаңы мектеп ачылды. Анда 48⟨/1⟩ класс бар."
        )
        win.split_segment()
        dialog = win.dialog
        # each tag is one chip, one cursor step: positions are the stored text's
        shown = chips.coded_of(dialog.source.document())
        assert shown == merged.source_coded
        dialog.source.set_position(merged.source.index("Анда"))
        dialog.split.click()
        assert sources(win)[:2] == [
            "Бишкекте ⟨1⟩жаңы мектеп ачылды.⟨/1⟩",
            "⟨1⟩Анда 48⟨/1⟩ класс бар.",
        ]
    finally:
        win.close()


def test_shortcuts_in_menus_and_f1(window):
    for name, keys in (
        ("merge_next", "Ctrl+J"),
        ("split_segment", "Alt+Shift+T"),
        ("find_next", "F3"),
        ("find_previous", "Shift+F3"),
    ):
        assert window.acts[name].shortcut().toString() == keys
        assert any(keys in row_keys.split(", ") for _text, row_keys in shortcut_table())


def test_merge_and_split_are_off_in_a_read_only_project(qtbot, tmp_path):
    from tests.conftest import write_foreign_lock  # another computer holds the project

    path = tmp_path / "p.wbproj"
    new_project(path, PARAGRAPHS).close()
    write_foreign_lock(path)
    win = next(shown_window(qtbot, path))
    try:
        assert win.project.read_only
        assert not win.acts["merge_next"].isEnabled()
        assert not win.acts["split_segment"].isEnabled()
        win.merge_with_next()  # called anyway: said, nothing changed
        assert win.statusBar().currentMessage() == "The project is read-only"
    finally:
        win.close()


# -- the status bar ------------------------------------------------------------------


def test_a_long_message_wraps_beside_the_counters_and_keeps_its_full_text(window, qtbot):
    window.resize(900, 600)
    bar = window.statusBar()
    text = (
        "Exported to /home/translator/Documents/projects/bishkek-news/out: wrote 3 documents; "
        "12 of 240 segments are untranslated and keep their source text; 2 segments lacked "
        "formatting tags: they were put at the end of the segment, check them"
    )
    one_line = bar.height()
    bar.showMessage(text, 15000)
    qtbot.waitUntil(lambda: bar.message.height() > bar.message.fontMetrics().height() * 1.5)
    assert bar.currentMessage() == text and bar.message.toolTip() == text
    area = bar.message.geometry()
    counts = window.counts_label.geometry()
    assert window.counts_label.isVisible() and window.counts_label.text()
    assert area.right() < counts.left()  # side by side, never under the counters
    # every line of the message fits in the area it is given (up to MAX_LINES lines: a
    # longer one keeps the rest in the tooltip, so the bar never eats the editor)
    needed = bar.message.heightForWidth(area.width())
    most = bar.message.fontMetrics().lineSpacing() * MAX_LINES + 4
    assert area.height() >= min(needed, most)
    # a short message after it: the bar is one line high again
    bar.showMessage("Saved")
    assert bar.message.minimumHeight() <= bar.message.fontMetrics().lineSpacing() + 4
    qtbot.waitUntil(lambda: bar.height() == one_line)


# -- file dialogs --------------------------------------------------------------------


def test_file_dialogs_open_in_the_project_folder(window, monkeypatch, tmp_path):
    asked: list[str] = []
    elsewhere = tmp_path / "older"  # the project opened before this one
    elsewhere.mkdir()
    window.settings.recent_projects.insert(0, str(elsewhere / "older.wbproj"))

    def dialog(answer):
        def ask(_parent, _caption, folder, *_rest, **_kw):
            asked.append(folder)
            return answer

        return ask

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog(([], "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog(("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", dialog(""))
    window.choose_documents()
    window.choose_export_folder()
    window.choose_project()
    folder = str(Path(window.project.path).parent)
    assert asked == [folder, folder, folder]
    window.close_project()
    window.choose_project()  # no project open: the last project's folder
    assert asked[-1] == str(elsewhere)
