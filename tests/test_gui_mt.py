"""Machine translation from the editor, through the real worker thread, pipeline and
engine on the tiny NLLB-architecture model."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.conftest import tiny_settings  # noqa: E402
from tests.test_gui_editor import PARAGRAPHS, make_project  # noqa: E402
from workbench.core.segment import Origin, Status  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.gui.dialogs import MissingModelDialog  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402

MT_TIMEOUT_MS = 600_000  # a hang guard, generous for a loaded machine


@pytest.fixture
def make_window(qtbot):
    windows: list[MainWindow] = []

    def make(project_path: Path, settings: Settings) -> MainWindow:
        win = MainWindow(settings)
        qtbot.addWidget(win)
        assert win.open_project(project_path)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()  # stops the worker thread


def many_paragraphs(count: int) -> list[list[str]]:
    """`count` distinct sentences from the tiny model's training templates."""
    from tests.fixtures.make_tiny_model import corpus

    sentences = corpus()
    out = []
    for n in range(count):
        out.append([f"{sentences[n % len(sentences)]} {n}"])
    return out


def test_pretranslate_document_fills_drafts(qtbot, tmp_path, tiny_model_dir, make_window):
    win = make_window(make_project(tmp_path), tiny_settings(tiny_model_dir))
    ids = list(win.model.ids)
    win.project.set_target(ids[1], "My own translation.")  # must be left alone
    messages: list[str] = []
    win.mt.statusMessage.connect(messages.append)
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        assert win.pretranslate_document() is not None
        assert win.progress.isVisible() and win.cancel_button.isVisible()
    assert finished.args[1] == "done", finished.args
    assert not win.progress.isVisible()
    # Model loading was shown while it happened.
    assert any(m.startswith("Loading model") for m in messages), messages
    assert any("loaded" in m for m in messages), messages
    for sid in ids:
        seg = win.project.segment(sid)
        if sid == ids[1]:
            assert seg.target == "My own translation." and seg.origin == Origin.HUMAN
            continue
        assert seg.status == Status.MT_DRAFT and seg.origin == Origin.MT
        assert seg.target and seg.target == seg.mt_text
        assert seg.mt_model and seg.mt_score is not None
    assert win.mt.filled == len(ids) - 1
    # The grid shows the new drafts (the model followed the store's events).
    assert win.model.data(win.model.index(0, 2)) == win.project.segment(ids[0]).target
    assert "MT" in win.model.data(win.model.index(0, 5))


def test_cancel_pretranslation(qtbot, tmp_path, tiny_model_dir, make_window):
    path = make_project(tmp_path, many_paragraphs(1500))
    win = make_window(path, tiny_settings(tiny_model_dir))
    progress: list[tuple[int, int]] = []
    win.mt.progressChanged.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_document()
        # Cancel once some results have been stored: mid-run, not before it starts.
        qtbot.waitUntil(
            lambda: win.project.count(status=Status.MT_DRAFT) > 0, timeout=MT_TIMEOUT_MS
        )
        win.cancel_button.click()
    assert finished.args[1] == "cancelled"
    drafts = win.project.count(status=Status.MT_DRAFT)
    assert 0 < drafts < 1500
    assert win.project.count(status=Status.NEW) == 1500 - drafts
    assert any(done > 0 for done, _total in progress)
    assert all(total == 1500 for _done, total in progress)
    assert "cancelled" in win.statusBar().currentMessage()


def test_late_result_never_overwrites_an_edit(qtbot, tmp_path, tiny_model_dir, make_window):
    win = make_window(make_project(tmp_path), tiny_settings(tiny_model_dir))
    sid = win.model.ids[0]
    win.grid.go_to_row(0)
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.translate_current()  # request made at the segment's current revision
        # The translator types before the result is back (no event was processed between).
        win.model.edit_target(sid, "Typed while MT was running")
    assert finished.args[1] == "done"
    seg = win.project.segment(sid)
    assert seg.target == "Typed while MT was running"
    assert seg.origin == Origin.HUMAN and seg.status == Status.NEEDS_REVIEW
    assert seg.mt_text  # the suggestion is still recorded for the side panel
    assert win.mt.filled == 0


def test_translate_segment_then_copy_and_insert_suggestion(
    qtbot, tmp_path, tiny_model_dir, make_window
):
    win = make_window(make_project(tmp_path), tiny_settings(tiny_model_dir))
    sid = win.model.ids[2]
    win.project.set_target(sid, "draft by hand")
    win.grid.go_to_row(2)
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS):
        win.translate_current()
    seg = win.project.segment(sid)
    assert seg.target == "draft by hand" and seg.mt_text
    qtbot.waitUntil(lambda: bool(win.side.suggestions), timeout=30_000)
    assert win.side.suggestions[-1].text == seg.mt_text
    assert seg.mt_model in win.side.suggestions[-1].detail
    editor = win.grid.current_editor()
    assert editor is not None
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_M, mods)
    seg = win.project.segment(sid)
    assert seg.target == seg.mt_text and seg.origin == Origin.MT
    win.undo()
    assert win.project.segment(sid).target == "draft by hand"
    n = len(win.side.suggestions)
    qtbot.keyClick(
        win.grid.current_editor(), getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier
    )
    assert win.project.segment(sid).target == seg.mt_text


def test_missing_model_dialog_and_editor_stays_usable(qtbot, tmp_path, make_window):
    settings = Settings.load()
    settings.model = "nllb-200-distilled-600M"  # not downloaded here (offline)
    win = make_window(make_project(tmp_path), settings)
    with qtbot.waitSignal(win.mt.modelMissing, timeout=MT_TIMEOUT_MS) as missing:
        win.pretranslate_document()
    assert "workbench models download nllb-200-distilled-600M" in missing.args[0]
    dialog = win.dialog
    assert isinstance(dialog, MissingModelDialog) and dialog.isVisible()
    text = " ".join(label.text() for label in dialog.findChildren(type(win.saved_label)))
    assert "nllb-200-distilled-600M" in text and "CC-BY-NC-4.0" in text
    assert "workbench models download nllb-200-distilled-600M" in text
    dialog.reject()  # auto-closed, as a user would
    qtbot.waitUntil(lambda: not win.mt.busy, timeout=30_000)
    # Manual translation goes on.
    win.grid.go_to_row(0)
    qtbot.keyClicks(win.grid.current_editor(), "By hand")
    qtbot.waitUntil(
        lambda: win.project.segment(win.model.ids[0]).target == "By hand", timeout=30_000
    )
    assert win.project.count(status=Status.MT_DRAFT) == 0


def test_missing_model_folder_can_be_chosen(
    qtbot, tmp_path, tiny_model_dir, make_window, monkeypatch
):
    settings = Settings.load()
    settings.model = str(tmp_path / "no-such-model")
    win = make_window(make_project(tmp_path), settings)
    with qtbot.waitSignal(win.mt.modelMissing, timeout=MT_TIMEOUT_MS):
        win.pretranslate_document()
    dialog = win.dialog
    assert isinstance(dialog, MissingModelDialog)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tiny_model_dir))
    dialog._choose()
    assert win.settings.model == str(tiny_model_dir)
    assert Settings.load().model == str(tiny_model_dir)  # persisted


def test_pretranslated_project_reopens(qtbot, tmp_path, tiny_model_dir, make_window):
    path = make_project(tmp_path)
    win = make_window(path, tiny_settings(tiny_model_dir))
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS):
        win.pretranslate_project()
    win.close()
    with Project.open(path, read_only=True) as project:
        assert project.count(status=Status.MT_DRAFT) == sum(len(p) for p in PARAGRAPHS)


def test_closing_during_pretranslation_stops_the_worker_and_keeps_results(
    qtbot, tmp_path, tiny_model_dir, make_window
):
    path = make_project(tmp_path, many_paragraphs(1500))
    win = make_window(path, tiny_settings(tiny_model_dir))
    win.pretranslate_document()
    qtbot.waitUntil(lambda: win.project.count(status=Status.MT_DRAFT) > 0, timeout=MT_TIMEOUT_MS)
    win.close()  # cancels, waits for the worker thread, stores what had arrived
    assert win.mt is None and win.project is None
    with Project.open(path, read_only=True) as project:
        drafts = project.count(status=Status.MT_DRAFT)
        assert 0 < drafts < 1500
        for seg in project.segments(status=Status.MT_DRAFT):
            assert seg.target == seg.mt_text


def test_pretranslate_fills_exact_memory_matches_before_mt(
    qtbot, tmp_path, tiny_model_dir, make_window
):
    paragraphs = [
        ["Ош облусунда жолдор оңдолуп жатат."],
        ["Нарын районунда дыйкандар буудай орушту."],
    ]
    paragraphs.append(paragraphs[0])  # a repetition of the first sentence
    settings = tiny_settings(tiny_model_dir)
    settings.propagate_repetitions = False  # leave the repetition to pre-translation
    win = make_window(make_project(tmp_path, paragraphs), settings)
    first, second, repeated = win.model.ids
    win.grid.go_to_row(0)
    qtbot.keyClicks(win.grid.current_editor(), "Roads are being repaired in Osh.")
    win.confirm_and_next()
    assert win.project.segment(repeated).status == Status.NEW
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_document()
    assert finished.args[1] == "done"
    seg = win.project.segment(repeated)
    assert seg.target == "Roads are being repaired in Osh."
    assert seg.origin == Origin.TM and seg.match_score == 100
    assert win.project.segment(second).origin == Origin.MT
    assert win.mt.prefilled == 1 and win.mt.filled == 1
    assert "1 from the memory" in win.statusBar().currentMessage()


def test_pretranslate_with_nothing_left_says_so(qtbot, tmp_path, tiny_model_dir, make_window):
    win = make_window(make_project(tmp_path), tiny_settings(tiny_model_dir))
    for sid in win.model.ids:
        win.project.set_target(sid, "done by hand")
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_document()
    assert finished.args[1] == "empty"
    assert "Nothing to translate" in win.statusBar().currentMessage()
    assert not win.mt.busy and not win.progress.isVisible()


def test_pretranslate_prepares_a_small_chunk_per_event_loop_turn(
    qtbot, tmp_path, tiny_model_dir, make_window, monkeypatch
):
    """Issue 16: each turn of the preparation reads and memory-matches the GUI's
    chunk (the CLI's 250 segments took about 20 ms of the GUI thread a turn)."""
    from workbench.app import pretranslate
    from workbench.gui import mt_controller

    chunks: list[int] = []
    fill = pretranslate.fill_from_memory
    monkeypatch.setattr(
        pretranslate, "fill_from_memory", lambda p, ids: chunks.append(len(ids)) or fill(p, ids)
    )
    win = make_window(make_project(tmp_path, many_paragraphs(130)), tiny_settings(tiny_model_dir))
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_document()
    assert finished.args[1] == "done" and win.mt.filled == 130
    assert sum(chunks) == 130
    assert max(chunks) == mt_controller.PREPARE_CHUNK < pretranslate.PREPARE_CHUNK
