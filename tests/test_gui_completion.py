"""Interactive MT in the editor, through the real MT worker thread on the tiny model.

The tiny model copies ky->ru, so the completion of any prefix of a Kyrgyz source
is the rest of that source: what the ghost must show is known exactly.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.conftest import tiny_settings  # noqa: E402
from tests.test_gui_mt import MT_TIMEOUT_MS  # noqa: E402
from workbench.core.segment import Status  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402

SENTENCES = [
    "Бишкек шаарында жаңы мектеп ачылды.",
    "Ош облусунда жолдор оңдолуп жатат.",
    "Нарын районунда дыйкандар буудай орушту.",
    "Талас өрөөнүндө аба ырайы суук болот.",
    "Баткен облусунда мугалимдер жыйынга чогулушту.",
    "Чүй өрөөнүндө жаштар спорт мелдешине катышты.",
]


def ky_ru_project(folder) -> str:
    path = folder / "ky-ru.wbproj"
    with Project.create(path, "ky", "ru") as project:
        segments = [NewSegment(p, 0, "", text, "", text, "ky") for p, text in enumerate(SENTENCES)]
        data = "\n\n".join(SENTENCES).encode()
        project.add_document("news.txt", "txt", "utf-8", data, segments)
    return path


@pytest.fixture
def window(qtbot, tmp_path, tiny_model_dir):
    settings = tiny_settings(tiny_model_dir)  # look-ahead off (it has its own tests)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_project(ky_ru_project(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def open_editor(qtbot, win, row: int):
    win.grid.go_to_row(row)
    qtbot.waitUntil(lambda: win.grid.current_editor() is not None, timeout=5000)
    editor = win.grid.current_editor()
    editor.setFocus()
    return editor


def open_alternatives(qtbot, win):
    """Ask for alternatives now (the pause cut short); the shown popup and its lines."""
    win.assist._pause.stop()
    win.acts["alternatives"].trigger()
    qtbot.waitUntil(lambda: win.assist.popup is not None, timeout=MT_TIMEOUT_MS)
    popup = win.assist.popup
    qtbot.waitExposed(popup)
    return popup, [popup.item(i).text() for i in range(popup.count())]


def type_text(editor, text: str) -> None:
    """Key presses carrying the letters (QTest.keyClicks knows only ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def wait_shown(qtbot, win, typed: str):
    """Wait for the ghost drawn for exactly this text."""
    with qtbot.waitSignal(
        win.assist.shown, timeout=MT_TIMEOUT_MS, check_params_cb=lambda done: done.typed == typed
    ) as blocker:
        pass
    return blocker.args[0]


def test_ghost_shows_the_continuation_and_tab_and_end_take_it(qtbot, window):
    editor = open_editor(qtbot, window, 0)
    with qtbot.waitSignal(window.assist.shown, timeout=MT_TIMEOUT_MS) as shown:
        type_text(editor, "Бишкек ша")
    assert shown.args[0].typed == "Бишкек ша"
    assert editor.toPlainText() == "Бишкек ша"
    assert "Бишкек ша" + editor.ghost == SENTENCES[0]  # the copy model: the rest of it
    assert editor.ghost_visible()
    assert window.acts["accept_word"].isEnabled() and window.acts["accept_all"].isEnabled()

    QTest.keyClick(editor, Qt.Key.Key_Tab)  # the menu action's shortcut
    assert editor.toPlainText() == "Бишкек шаарында"
    assert editor.ghost == " жаңы мектеп ачылды."  # the rest stays, nothing asked again
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "Бишкек шаарында жаңы"
    QTest.keyClick(editor, Qt.Key.Key_End)
    assert editor.toPlainText() == SENTENCES[0]
    assert editor.ghost == "" and not window.acts["accept_word"].isEnabled()
    # Without a ghost, Tab is the editor's own key again (it leaves the editor).
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == SENTENCES[0]


def test_typing_the_ghost_keeps_it_and_departing_hides_it(qtbot, window):
    editor = open_editor(qtbot, window, 1)
    with qtbot.waitSignal(window.assist.shown, timeout=MT_TIMEOUT_MS):
        type_text(editor, "Ош ")
    assert editor.ghost == "облусунда жолдор оңдолуп жатат."
    type_text(editor, "обл")  # the ghost's own letters
    assert editor.ghost == "усунда жолдор оңдолуп жатат."
    assert not window.assist._pause.isActive()  # nothing to ask: the ghost still fits
    type_text(editor, "x")  # departs from it
    assert editor.ghost == "" and not editor.ghost_visible()
    assert window.assist._pause.isActive()  # a new request after the pause
    done = wait_shown(qtbot, window, "Ош облx")
    assert done.typed == editor.toPlainText()


def test_a_stale_answer_never_shows(qtbot, window):
    editor = open_editor(qtbot, window, 2)
    type_text(editor, "Нарын ")
    window.assist._pause.stop()
    request = window.assist.request(0)
    assert request is not None and request.text == "Нарын "
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
    assert editor.ghost == ""  # "районунда..." after "Нарын р" would be wrong
    assert window.assist.stale >= 1
    window.assist._pause.start()  # the pause that asks for "Нарын р"
    done = wait_shown(qtbot, window, "Нарын р")
    assert editor.ghost == done.best.ghost and SENTENCES[2].startswith("Нарын р" + editor.ghost)


def test_superseded_requests_are_dropped_before_they_run(qtbot, window):
    editor = open_editor(qtbot, window, 3)
    type_text(editor, "Талас ")
    window.assist._pause.stop()
    answered = []
    window.mt.completed.connect(lambda request, *_: answered.append(request))
    dropped = window.mt.mailbox.dropped
    requests = [window.assist.request(0) for _ in range(6)]  # no event loop turn between
    qtbot.waitUntil(lambda: requests[-1] in answered, timeout=MT_TIMEOUT_MS)
    sentinel = window.assist.request(0)  # the queue is drained once this one is answered
    qtbot.waitUntil(lambda: sentinel in answered, timeout=MT_TIMEOUT_MS)
    ran = [r for r in answered if r in requests]
    # The idle worker may take the first one or two as they come; the rest wait in
    # the one-slot mailbox, where each newer one drops the one before.
    assert requests[-1] in ran and len(ran) <= 3
    skipped = [r for r in requests if r not in ran]
    assert len(skipped) >= 3 and all(r.state.is_cancelled for r in skipped)
    assert window.mt.mailbox.dropped - dropped == len(skipped)


def test_alternatives_popup_inserts_the_chosen_continuation(qtbot, window):
    editor = open_editor(qtbot, window, 4)
    type_text(editor, "Баткен ")
    popup, items = open_alternatives(qtbot, window)
    assert 2 <= len(items) <= 6 and items[0] == "…" + SENTENCES[4].removeprefix("Баткен ")
    assert len({item.split()[0] for item in items}) == len(items)  # different next words
    chosen = popup.item(1).data(Qt.ItemDataRole.UserRole)
    popup.setCurrentRow(1)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Баткен " + chosen
    assert window.assist.popup is None


def test_switched_off_in_settings_nothing_is_asked(qtbot, window):
    window.settings.interactive_mt = False
    editor = open_editor(qtbot, window, 5)
    type_text(editor, "Чүй ")
    assert not window.assist._pause.isActive()
    assert window.assist.request(0) is None
    assert editor.ghost == ""


def test_look_ahead_translates_the_next_segments_quietly(qtbot, tmp_path, tiny_model_dir):
    settings = tiny_settings(tiny_model_dir)
    settings.lookahead_segments = 2
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_project(ky_ru_project(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    project = win.project

    def translated() -> list[int]:
        return [r for r, s in enumerate(project.segments()) if s.mt_text is not None]

    try:
        win.grid.go_to_row(0)
        qtbot.waitUntil(lambda: translated() == [0, 1, 2], timeout=MT_TIMEOUT_MS)
        assert not win.mt.busy and not win.progress.isVisible()  # background work
        segs = list(project.segments())
        assert [s.status for s in segs[:3]] == [Status.MT_DRAFT] * 3
        assert segs[0].target == SENTENCES[0]
        # Jumping elsewhere: the segments ahead of the new place, not those in between.
        win.grid.go_to_row(4)
        qtbot.waitUntil(lambda: translated() == [0, 1, 2, 4, 5], timeout=MT_TIMEOUT_MS)
        win.grid.go_to_row(2)  # nothing ahead needs MT but row 3
        qtbot.waitUntil(lambda: translated() == [0, 1, 2, 3, 4, 5], timeout=MT_TIMEOUT_MS)
    finally:
        win.close()


def test_look_ahead_is_cancelled_when_the_translator_moves_on(qtbot, tmp_path, tiny_model_dir):
    settings = tiny_settings(tiny_model_dir)
    settings.lookahead_segments = 2
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_project(ky_ru_project(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    try:
        win.grid.go_to_row(0)
        qtbot.waitUntil(lambda: win.assist._lookahead_job is not None, timeout=5000)
        first = win.mt._jobs[win.assist._lookahead_job]
        win.grid.go_to_row(4)
        win.assist._settle.stop()
        win.assist._look_ahead()  # what the settle timer does
        assert first.state.is_cancelled
        assert win.assist._lookahead_ids[0] == win.model.ids[4]
    finally:
        win.close()


def test_the_edited_row_keeps_its_ghost_room_through_autosaves(qtbot, window):
    """Issue 16: an autosave fitted the open editor's row to its stored text, shrinking
    it under a ghost that grew it again: two relayouts and repaints of every row below
    per autosave. The row only grows while the editor is open and fits on close."""
    window.settings.interactive_mt = False  # the ghost is set here, not asked for
    grid = window.grid
    editor = open_editor(qtbot, window, 0)
    type_text(editor, "Бишкек ш")
    editor.set_ghost(" ".join(["аарында жаңы мектеп ачылды."] * 6))
    assert editor.ghost_visible()
    grid.fit_visible_rows()  # every row in view sized
    grown = grid.rowHeight(0)
    assert grown > grid.sizeHintForRow(0)  # room for the ghost's extra lines
    resized: list[tuple[int, int]] = []  # the edited row's (old, new) heights
    grid.verticalHeader().sectionResized.connect(
        lambda row, old, new: resized.append((old, new)) if row == 0 else None
    )
    with qtbot.waitSignal(window.model.dataChanged):
        grid.delegate.flush(editor)  # the autosave
    grid.fit_visible_rows()  # what the size timer runs after a change
    assert resized == [] and grid.rowHeight(0) == grown
    grid.close_editor()
    grid.fit_visible_rows()
    fitted = grid.rowHeight(0)
    grid.resizeRowToContents(0)
    assert grid.rowHeight(0) == fitted < grown  # fitted to its text again
