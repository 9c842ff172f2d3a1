"""Interactive MT in the paragraph view, through the real MT worker on the tiny model.

The tiny model copies ky->ru, so the completion of a prefix of a segment's Kyrgyz
source is the rest of that source: which segment was completed, from which prefix,
shows in the ghost exactly. The segment-under-the-cursor rule itself is tested on
plain strings at the end.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.conftest import tiny_settings  # noqa: E402
from tests.test_gui_completion import SENTENCES, open_alternatives, type_text  # noqa: E402
from tests.test_gui_mt import MT_TIMEOUT_MS  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.paragraph_editor import ParagraphSegment, cursor_segment  # noqa: E402


def paragraphs_project(folder) -> str:
    """Paragraph 0: three segments (SENTENCES 0-2); paragraph 1: one (SENTENCES 3)."""
    path = folder / "ky-ru.wbproj"
    with Project.create(path, "ky", "ru") as project:
        segments = [
            NewSegment(0, n, "", text, " " if n < 2 else "", text, "ky")
            for n, text in enumerate(SENTENCES[:3])
        ]
        segments.append(NewSegment(1, 0, "", SENTENCES[3], "", SENTENCES[3], "ky"))
        data = (" ".join(SENTENCES[:3]) + "\n\n" + SENTENCES[3]).encode()
        project.add_document("news.txt", "txt", "utf-8", data, segments)
    return path


@pytest.fixture
def window(qtbot, tmp_path, tiny_model_dir):
    win = MainWindow(tiny_settings(tiny_model_dir))  # look-ahead off
    qtbot.addWidget(win)
    assert win.open_project(paragraphs_project(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.toggle_view()
    assert win.stack.currentWidget() is win.paragraphs
    yield win
    win.close()


def open_paragraph(qtbot, win, row: int, select: int | None = None):
    """Open the paragraph's editor; select its `select`-th "…" (or put the cursor at the end)."""
    view = win.paragraphs
    with qtbot.waitSignal(view.delegate.editorOpened) as opened:
        view.setCurrentCell(row, 1)
        view.editItem(view.item(row, 1))
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.isVisible() and editor.toPlainText() != "", timeout=5000)
    editor.setFocus()
    cursor = editor.textCursor()
    if select is None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    else:
        at = [i for i, ch in enumerate(editor.toPlainText()) if ch == "…"][select]
        cursor.setPosition(at)
        cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    return editor


def wait_shown(qtbot, win, typed: str):
    with qtbot.waitSignal(
        win.assist.shown, timeout=MT_TIMEOUT_MS, check_params_cb=lambda done: done.typed == typed
    ) as blocker:
        pass
    return blocker.args[0]


def laid_ghost(editor) -> str:
    """What the cursor's line shows as the ghost (the layout's uncommitted text)."""
    return editor.textCursor().block().layout().preeditAreaText()


def test_the_segment_under_the_cursor_is_completed_and_tab_takes_a_word(qtbot, window):
    editor = open_paragraph(qtbot, window, 0, select=1)  # the second segment's "…"
    assert editor.toPlainText() == "… … …"
    with qtbot.waitSignal(window.assist.shown, timeout=MT_TIMEOUT_MS) as shown:
        type_text(editor, "Ош обл")
    # Its own source and only its own typed part: the rest of SENTENCES[1].
    assert shown.args[0].typed == "Ош обл"
    assert editor.ghost == "усунда жолдор оңдолуп жатат."
    assert editor.ghost_visible() and laid_ghost(editor) == editor.ghost
    assert editor.toPlainText() == "… Ош обл …"  # drawn, not typed
    assert window.acts["accept_word"].isEnabled() and window.acts["accept_all"].isEnabled()

    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "… Ош облусунда …"
    assert editor.ghost == " жолдор оңдолуп жатат." == laid_ghost(editor)

    # The cursor leaves: the ghost goes (Tab is Tab again); it comes back with the cursor.
    at = editor.textCursor().position()
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert not editor.ghost_visible() and laid_ghost(editor) == ""
    assert not window.acts["accept_word"].isEnabled()
    cursor = editor.textCursor()
    cursor.setPosition(at)
    editor.setTextCursor(cursor)
    assert editor.ghost_visible() and laid_ghost(editor) == editor.ghost
    assert window.acts["accept_all"].isEnabled()

    QTest.keyClick(editor, Qt.Key.Key_End)  # the rest
    assert editor.toPlainText() == f"… {SENTENCES[1]} …"
    assert editor.ghost == "" and laid_ghost(editor) == ""
    assert not window.acts["accept_word"].isEnabled()


def test_the_saved_target_never_holds_the_ghost(qtbot, window):
    project = window.project
    editor = open_paragraph(qtbot, window, 1, select=0)  # a one-segment paragraph
    with qtbot.waitSignal(window.assist.shown, timeout=MT_TIMEOUT_MS):
        type_text(editor, "Талас ")
    ghost = editor.ghost  # the rest of SENTENCES[3], up to NEW_TOKENS of it
    assert ghost.startswith("өрөөнүндө аба ") and SENTENCES[3].startswith("Талас " + ghost)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.ghost == ghost.removeprefix("өрөөнүндө") and editor.ghost_visible()
    QTest.keyClick(editor, Qt.Key.Key_Return)  # saves and closes, ghost still showing
    qtbot.waitUntil(lambda: window.paragraphs.item(1, 1).text() == "Талас өрөөнүндө")
    seg = next(s for s in project.segments() if s.paragraph == 1)
    assert seg.target == "Талас өрөөнүндө"


def test_a_stale_answer_never_shows(qtbot, window):
    editor = open_paragraph(qtbot, window, 0, select=2)
    type_text(editor, "Нарын ")
    window.assist._pause.stop()
    request = window.assist.request(0)
    assert request is not None and request.typed == "Нарын "
    assert request.segment_id == list(window.project.segment_ids())[2]
    type_text(editor, "р")  # the text moves on before the answer arrives
    # Its own request only after the stale answer: asked at the pause (250 ms) while the
    # first still ran (a loaded machine), its answer could be handled in the same
    # event-loop pass as the stale one, drawn before the checks below and shown before
    # wait_shown listened.
    window.assist._pause.stop()
    with qtbot.waitSignal(
        window.mt.completed, timeout=MT_TIMEOUT_MS, check_params_cb=lambda r, *_: r is request
    ):
        pass
    assert editor.ghost == "" and laid_ghost(editor) == ""  # "районунда" after "р": wrong
    assert window.assist.stale >= 1
    window.assist._pause.start()  # the pause that asks for "Нарын р"
    done = wait_shown(qtbot, window, "Нарын р")
    assert editor.ghost == done.best.ghost and editor.ghost.startswith("айонунда дыйкандар")
    assert SENTENCES[2].startswith("Нарын р" + editor.ghost)


def test_an_answer_for_another_place_in_the_paragraph_never_shows(qtbot, window):
    """Same text, the cursor moved back a little: the answer continues "Бишкек ", which
    drawn after "Бишкек" would glue its next word on."""
    editor = open_paragraph(qtbot, window, 0, select=0)
    type_text(editor, "Бишкек ")
    window.assist._pause.stop()
    request = window.assist.request(0)
    assert request is not None and request.typed == "Бишкек "
    cursor = editor.textCursor()
    cursor.setPosition(len("Бишкек"))
    editor.setTextCursor(cursor)
    assert editor.completion_point().typed == "Бишкек"  # a place that could be completed
    stale = window.assist.stale
    with qtbot.waitSignal(
        window.mt.completed, timeout=MT_TIMEOUT_MS, check_params_cb=lambda r, *_: r is request
    ):
        pass
    assert window.assist.stale == stale + 1
    assert editor.ghost == "" and laid_ghost(editor) == ""


def test_a_ghost_is_not_carried_to_another_segment(qtbot, window):
    """The first segment's ghost continues "Бишкек "; the same letters typed into the
    third segment (another source) must ask that segment's own completion."""
    editor = open_paragraph(qtbot, window, 0, select=0)
    with qtbot.waitSignal(window.assist.shown, timeout=MT_TIMEOUT_MS):
        type_text(editor, "Бишкек ")
    assert editor.ghost.startswith("шаарында")
    cursor = editor.textCursor()
    at = editor.toPlainText().rindex("…")
    cursor.setPosition(at)
    cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.insertPlainText("Бишкек ш")  # one edit, as a paste
    point = editor.completion_point()
    assert point.typed == "Бишкек ш" and point.segment_id == window.project.segment_ids()[2]
    assert editor.ghost == "" and window.assist._pause.isActive()  # asked anew


def test_alternatives_popup_in_the_paragraph(qtbot, window):
    editor = open_paragraph(qtbot, window, 0, select=0)
    type_text(editor, "Бишкек ")
    popup, items = open_alternatives(qtbot, window)
    assert len(items) >= 2 and items[0] == "…" + SENTENCES[0].removeprefix("Бишкек ")
    chosen = popup.item(1).data(Qt.ItemDataRole.UserRole)
    popup.setCurrentRow(1)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Бишкек " + chosen + " … …"  # at the cursor, in its segment


def test_switched_off_in_settings_nothing_is_asked(qtbot, window):
    window.settings.interactive_mt = False
    editor = open_paragraph(qtbot, window, 0, select=0)
    type_text(editor, "Бишкек ")
    assert not window.assist._pause.isActive()
    assert window.assist.request(0) is None
    assert editor.ghost == ""


SEGS = [
    ParagraphSegment(1, "Бишкек шаарында жаңы мектеп ачылды. ", 1),
    ParagraphSegment(2, "… ", 1),
    ParagraphSegment(3, "…", 1),
]


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        ("Бишкек ша|", (0, "Бишкек ша")),  # the whole paragraph typed over
        ("Бишкек ша| … …", (0, "Бишкек ша")),
        ("Бишкек шаарында жаңы мектеп ачылды. Ош обл| …", (1, "Ош обл")),
        ("… Ош обл| …", (1, "Ош обл")),
        ("… … Нарын р|", (2, "Нарын р")),
        ("Бишкек шаарында жаңы мектеп ачылды. |… …", (1, "")),  # a new sentence begins
        ("Бишкек шаарында жаңы мектеп ачылды. …| …", None),  # just after a "…"
        ("Биш|кек ша … …", None),  # inside a word
        ("Бишкек ша| Ош облусунда. …", None),  # the sentence may go on after the cursor
    ],
)
def test_the_segment_under_the_cursor(marked, expected):
    at = marked.index("|")
    assert cursor_segment(marked.replace("|", ""), at, SEGS, "ru", "sentence") == expected


def test_later_segments_left_as_they_were_tell_where_the_typed_one_ends():
    segs = [ParagraphSegment(1, "… ", 1), ParagraphSegment(2, "Ош облусунда жолдор.", 1)]
    text = "Бишкек ша Ош облусунда жолдор."  # one sentence to the splitter
    assert cursor_segment(text, len("Бишкек ша"), segs, "ru", "sentence") == (0, "Бишкек ша")


def test_a_merged_segment_takes_as_many_sentences_as_its_source_has():
    segs = [ParagraphSegment(1, "… ", 2), ParagraphSegment(2, "…", 1)]
    text = "Бишкекте мектеп ачылды. Анда окуучу окуйт. Ош обл"
    assert cursor_segment(text, len(text), segs, "ru", "sentence") == (1, "Ош обл")
    text = "Бишкекте мектеп ачылды. Анда окуу"
    assert cursor_segment(text, len(text), segs, "ru", "sentence") == (0, text)


def test_the_row_grows_to_show_the_ghost_lines(qtbot, window):
    window.settings.interactive_mt = False  # the ghost is set here, not asked for
    view = window.paragraphs
    editor = open_paragraph(qtbot, window, 1, select=0)
    type_text(editor, "Талас ")
    before = view.rowHeight(1)
    editor.set_ghost(" ".join(["өрөөнүндө аба ырайы суук болот."] * 8))
    assert laid_ghost(editor) == editor.ghost
    assert view.rowHeight(1) > before
    view._fit_visible()  # what the size timer does after a scroll or a resize
    assert view.rowHeight(1) >= editor.wanted_height()
    qtbot.waitUntil(lambda: editor.verticalScrollBar().maximum() == 0)  # every line in view
    assert editor.toPlainText() == "Талас "


def test_a_completed_segment_between_untranslated_ones_is_saved(qtbot, window):
    """Typed into the middle "…" and completed: Enter gives each segment its part (the
    splitter alone glued the last "…" to the sentence before it and refused the edit)."""
    project = window.project
    editor = open_paragraph(qtbot, window, 0, select=1)
    with qtbot.waitSignal(window.assist.shown, timeout=MT_TIMEOUT_MS):
        type_text(editor, "Ош облусунда жолдор ")
    QTest.keyClick(editor, Qt.Key.Key_End)
    assert editor.toPlainText() == f"… {SENTENCES[1]} …"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [s.target for s in project.segments()][1] == SENTENCES[1])
    assert [s.target for s in project.segments()] == ["", SENTENCES[1], "", ""]
    assert window.paragraphs.item(0, 1).text() == f"… {SENTENCES[1]} …"


def test_alternatives_with_nothing_to_complete_say_where_the_cursor_goes(qtbot, window):
    open_paragraph(qtbot, window, 0)  # the cursor after the last "…": nothing typed there
    assert window.assist.popup is None
    window.acts["alternatives"].trigger()
    assert "end of the sentence you are typing" in window.statusBar().currentMessage()
    assert window.assist.popup is None


def test_an_input_method_composing_text_is_not_overwritten_by_the_ghost(qtbot, window):
    from PySide6.QtGui import QInputMethodEvent

    window.settings.interactive_mt = False  # the ghost is set here, not asked for
    editor = open_paragraph(qtbot, window, 1, select=0)
    type_text(editor, "Талас ")
    editor.set_ghost("өрөөнүндө")
    assert laid_ghost(editor) == "өрөөнүндө"
    QApplication.sendEvent(editor, QInputMethodEvent("ө", []))  # composing a letter
    assert not editor.ghost_visible() and laid_ghost(editor) == "ө"  # theirs, intact
    assert not window.acts["accept_word"].isEnabled()
    commit = QInputMethodEvent()
    commit.setCommitString("ө")
    QApplication.sendEvent(editor, commit)
    assert editor.toPlainText() == "Талас ө"


def test_a_click_lands_on_the_text_as_seen_without_the_ghost(qtbot, window):
    window.settings.interactive_mt = False  # the ghost is set here, not asked for
    editor = open_paragraph(qtbot, window, 0, select=0)
    type_text(editor, "Бишкек ")
    target = editor.toPlainText().rindex("…")  # the last segment's "…"
    probe = editor.textCursor()
    probe.setPosition(target)
    point = editor.cursorRect(probe).center()
    point.setX(point.x() + 2)
    editor.set_ghost("шаарында")
    assert laid_ghost(editor) == "шаарында"
    # The ghost pushes the text after it along: where the "…" was drawn is now ghost.
    # The click goes to the text under it once the ghost is out of the way.
    QTest.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.textCursor().position() in (target, target + 1)
    assert laid_ghost(editor) == ""
