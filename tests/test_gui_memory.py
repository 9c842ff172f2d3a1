"""The editor's Memory menu, offscreen: reference memories attached and detached from
the Memories dialog (matches in the side panel with their name and penalty), TMX import
on a worker thread with progress and cancel, bad and missing files in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton  # noqa: E402

from tests.conftest import new_project, wait_for_memory  # noqa: E402
from tests.test_tm_refs import SOURCE, write_tmx  # noqa: E402
from workbench.app import tm_refs as refs_app  # noqa: E402
from workbench.core import tm, tm_refs  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.runner import Outcome  # noqa: E402

OWN = ("Бишкекте жаңы мектеп ачылат.", "A new school will open in Bishkek.")
REFERENCE = (SOURCE, "A new school opened in Bishkek.")


def make_project(path: Path) -> Path:
    with new_project(path, [[SOURCE], ["Бүгүн аба ырайы жакшы болот."]]) as project:
        with project.transaction():
            tm.store_unit(project, "ky", "en", *OWN, origin=tm.ORIGIN_PROJECT)
    return path


def open_window(qtbot, path: Path) -> MainWindow:
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.show()
    qtbot.waitExposed(win)
    wait_for_memory(qtbot, win)
    return win


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, make_project(tmp_path / "news.wbproj"))
    yield win
    win.close()


def big_tmx(path: Path, units: int) -> Path:
    return write_tmx(
        path,
        *((f"Сүйлөм номер {n} жөнүндө.", f"Sentence number {n} about it.") for n in range(units)),
    )


def choose_file(monkeypatch, path: Path) -> None:
    """The file dialog answers `path` (as a person picking it would)."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def details(win: MainWindow) -> list[str]:
    win.update_side_panel()
    return [s.detail for s in win.side.suggestions]


def test_attach_and_detach_from_the_memories_dialog(window, qtbot, tmp_path, monkeypatch):
    ref = write_tmx(tmp_path / "akipress.tmx", REFERENCE)
    window.grid.go_to_row(0)
    assert details(window)[0].startswith("TM 9") and "project" in details(window)[0]

    window.acts["memories"].trigger()
    dialog = window.memory_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert dialog.table.item(0, 2).text() == "1"  # the project's own unit

    dialog.name.setText("Akipress")
    dialog.penalty.setValue(5)
    choose_file(monkeypatch, ref)
    dialog.attach_button.click()
    assert window.tmx_runner.running  # the TMX is read on the worker
    qtbot.waitUntil(lambda: not window.tmx_runner.running, timeout=30000)
    # the reference's match first (100 - 5), named, the own one below it
    assert details(window)[:2] == ["TM 95% · Akipress (−5)", details(window)[1]]
    assert window.side.suggestions[0].text == REFERENCE[1]
    assert "project" in details(window)[1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20000)
    row = [dialog.table.item(1, c).text() for c in range(6)]
    assert row[:4] == ["Akipress", "-5", "2", "English, Kyrgyz"]
    assert row[4] == str(ref) and row[5] == "in use"
    with Project.open(window.project.path, read_only=True) as project:
        assert [(r.name, r.penalty) for r in tm_refs.references(project)] == [("Akipress", 5.0)]

    # a new penalty for the selected reference: its match now ranks below the own one
    dialog.table.selectRow(1)
    dialog.penalty.setValue(20)
    dialog.penalty_button.click()
    assert details(window)[1] == "TM 80% · Akipress (−20)"
    qtbot.waitUntil(lambda: dialog.table.item(1, 1).text() == "-20", timeout=20000)

    dialog.table.selectRow(1)
    dialog.detach_button.click()
    assert not any("Akipress" in d for d in details(window))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert ref.exists()


def test_a_bad_reference_tmx_is_one_line_and_nothing_is_attached(
    window, qtbot, tmp_path, monkeypatch
):
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu>", encoding="utf-8")
    window.acts["memories"].trigger()
    dialog = window.memory_dialog
    choose_file(monkeypatch, bad)
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: "bad.tmx" in dialog.message.text(), timeout=30000)
    text = dialog.message.text()
    assert "is not a valid TMX file" in text and "\n" not in text
    assert tm_refs.references(window.project) == []
    assert dialog.attach_button.isEnabled()  # ready for the next try


def test_import_tmx_runs_on_a_worker_with_progress(window, qtbot, tmp_path, monkeypatch):
    tmx = big_tmx(tmp_path / "big.tmx", 1500)
    choose_file(monkeypatch, tmx)
    progress: list[int] = []
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    window.acts["import_tmx"].trigger()
    assert window.tmx_runner.running  # started, not done inside the menu click
    window.tmx_runner.progress.connect(lambda p: progress.append(p.done))
    timer.start()
    with qtbot.waitSignal(window.tmx_runner.finished, timeout=120000) as blocker:
        pass
    timer.stop()
    assert blocker.args[0] == Outcome.DONE
    assert len(progress) >= 2 and progress == sorted(progress)  # bytes read, growing
    assert ticks  # the event loop turned while the worker read the file
    assert tm.count_units(window.project)[("ky", "en")] == 1 + 1500
    assert "big.tmx: imported 1500 of 1500 units" in window.statusBar().currentMessage()
    assert window.tmx_progress is None  # the progress dialog is gone


def test_cancelling_an_import_leaves_the_memory_as_it_was(window, qtbot, tmp_path, monkeypatch):
    tmx = big_tmx(tmp_path / "big.tmx", 20000)  # far more than is read before the cancel
    choose_file(monkeypatch, tmx)
    before = tm.count_units(window.project)
    window.acts["import_tmx"].trigger()
    runner = window.tmx_runner
    # cancel from the progress dialog once the first chunks are committed
    with qtbot.waitSignal(runner.progress, timeout=60000):
        pass
    with qtbot.waitSignal(runner.finished, timeout=120000) as blocker:
        window.tmx_progress.findChild(QPushButton).click()  # its Cancel button
    assert blocker.args[0] == Outcome.CANCELLED
    assert tm.count_units(window.project) == before
    count = window.project.connection.execute("SELECT COUNT(*) FROM tm_units").fetchone()[0]
    assert count == 1  # the committed chunks were rolled back, not only hidden
    assert window.statusBar().currentMessage() == "Stopped; nothing was added"


def test_a_bad_tmx_import_is_one_line_and_nothing_is_lost(window, qtbot, tmp_path, monkeypatch):
    tmx = big_tmx(tmp_path / "cut.tmx", 3000)
    data = tmx.read_bytes()
    tmx.write_bytes(data[: len(data) * 2 // 3])  # cut off half way through
    choose_file(monkeypatch, tmx)
    before = tm.count_units(window.project)
    window.acts["import_tmx"].trigger()
    with qtbot.waitSignal(window.tmx_runner.finished, timeout=120000) as blocker:
        pass
    assert blocker.args[0] == Outcome.FAILED
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "cut.tmx: is not a valid TMX file" in box.text() and "\n" not in box.text()
    box.close()
    assert tm.count_units(window.project) == before


def test_missing_and_changed_references_at_open(qtbot, tmp_path):
    path = make_project(tmp_path / "news.wbproj")
    gone = write_tmx(tmp_path / "gone.tmx", ("Жок.", "Gone."))
    changed = write_tmx(tmp_path / "changed.tmx", (SOURCE, "Old text."))
    with Project.open(path) as project:
        refs_app.attach(project, gone, "Gone", 1)
        refs_app.attach(project, changed, "Changed", 1)
    gone.unlink()
    write_tmx(changed, REFERENCE)  # edited since it was indexed
    win = open_window(qtbot, path)
    try:
        assert win.project is not None  # the project opens all the same
        message = win.statusBar().currentMessage()
        assert "reference memory 'Gone' left out" in message and "gone.tmx is missing" in message
        # the changed one is indexed again on the worker, then used
        assert win.tmx_runner is not None
        qtbot.waitUntil(lambda: not win.tmx_runner.running, timeout=60000)
        win.grid.go_to_row(0)
        assert details(win)[0] == "TM 99% · Changed (−1)"
        # the left-out one stays in view in the side panel (the status bar moves on)
        note = win.side.memory_note
        assert note.isVisible() and "'Gone' left out" in note.text()
        assert "Changed" not in note.text()
        assert win.side.suggestions[0].text == REFERENCE[1]
    finally:
        win.close()
