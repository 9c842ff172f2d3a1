"""Formatting tags in the editor: chips, one character each, inserted by shortcut, undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from tests.conftest import shown_window  # noqa: E402
from workbench.core.importer import import_file  # noqa: E402
from workbench.core.inline import tagged  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.gui.chips import OBJECT_CHAR  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.segment_model import COL_SOURCE, COL_STATUS, COL_TARGET  # noqa: E402

TEXT = "Бишкекте **жаңы мектеп** ачылды, [сайтта](https://example.kg) жазылды.\n"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    doc = tmp_path / "news.md"
    doc.write_text(TEXT, encoding="utf-8")
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "en") as project:
        import_file(project, doc)
    yield from shown_window(qtbot, path)


def _editor(win: MainWindow):
    win.grid.go_to_row(0)
    editor = win.grid.current_editor()
    assert editor is not None
    return editor


def _stored(win: MainWindow):
    return win.project.segment(win.model.ids[0])


def test_the_grid_shows_numbered_chips_never_markup(window) -> None:
    model = window.model
    source = model.data(model.index(0, COL_SOURCE))
    assert source == "Бишкекте ⟨1⟩жаңы мектеп⟨/1⟩ ачылды, ⟨2⟩сайтта⟨/2⟩ жазылды."
    tip = model.data(model.index(0, COL_SOURCE), Qt.ItemDataRole.ToolTipRole)
    assert "⟨2⟩ link https://example.kg" in tip and "**" not in source


def test_a_chip_is_one_character_and_is_deleted_whole(window, qtbot) -> None:
    editor = _editor(window)
    editor.set_coded(_stored(window).source_coded)
    assert editor.toPlainText().count(OBJECT_CHAR) == 4  # one character per code
    cursor = editor.textCursor()
    cursor.setPosition(len("Бишкекте ") + 1)  # just after the first chip
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert tagged(editor.coded()).startswith("Бишкекте жаңы мектеп⟨/1⟩")  # the chip, whole


def test_shortcuts_insert_missing_tags_and_undo_takes_them_back(window, qtbot) -> None:
    editor = _editor(window)
    qtbot.keyClicks(editor, "In Bishkek a new school opened")
    cursor = editor.textCursor()
    cursor.setPosition(len("In Bishkek "))
    cursor.setPosition(len("In Bishkek a new school"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.insert_next_tag()  # a missing pair goes around the selection
    assert tagged(_stored(window).target_coded) == "In Bishkek ⟨1⟩a new school⟨/1⟩ opened"
    editor.moveCursor(QTextCursor.MoveOperation.End)
    window.insert_all_tags()  # the rest, in source order
    assert tagged(_stored(window).target_coded) == ("In Bishkek ⟨1⟩a new school⟨/1⟩ opened⟨2⟩⟨/2⟩")
    window.undo()
    assert tagged(_stored(window).target_coded) == "In Bishkek ⟨1⟩a new school⟨/1⟩ opened"
    window.undo()
    assert _stored(window).target == "In Bishkek a new school opened"


def test_a_warning_when_the_tags_differ(window, qtbot) -> None:
    model = window.model
    editor = _editor(window)
    qtbot.keyClicks(editor, "No tags at all")
    window.grid.flush_editor()
    assert model.data(model.index(0, COL_STATUS)).endswith("⚠")
    tip = model.data(model.index(0, COL_TARGET), Qt.ItemDataRole.ToolTipRole)
    assert "missing ⟨1⟩ ⟨/1⟩ ⟨2⟩ ⟨/2⟩" in tip
