"""Two editor windows on one project, in two real processes: no edit lost silently."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.conftest import write_foreign_lock  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.segment_model import COL_TARGET  # noqa: E402

# Window A, in its own process: opens the project, then edits segment 1 on request.
WINDOW_A = """
import sys
from PySide6.QtWidgets import QApplication
from workbench.core.settings import Settings
from workbench.gui.main_window import MainWindow

app = QApplication([])
win = MainWindow(Settings.load())
win.open_project(sys.argv[1])
print("ready", win.project.read_only, flush=True)
for line in sys.stdin:
    win.model.edit_target(win.model.ids[0], line.strip())
    app.processEvents()
    print(win.saved_label.text(), flush=True)
"""


def make_project(folder: Path) -> Path:
    path = folder / "news.wbproj"
    with Project.create(path, "ky", "en") as p:
        texts = ["Бишкекте жаңы мектеп ачылды.", "Анда 500 окуучу окуйт."]
        segs = [NewSegment(0, i, "", t, " ", t, "ky") for i, t in enumerate(texts)]
        p.add_document("news.txt", "txt", "utf-8", " ".join(texts).encode(), segs)
    return path


def test_a_second_window_opens_read_only_names_the_holder_and_takes_over_after_it(qtbot, tmp_path):
    """B's edit used to be overwritten by A's while B said "All changes saved"
    (take the lock out of Project.open to see B open for writing)."""
    path = make_project(tmp_path)
    a = subprocess.Popen(
        [sys.executable, "-c", WINDOW_A, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert a.stdout.readline().split() == ["ready", "False"]
        b = MainWindow(Settings.load())
        qtbot.addWidget(b)
        assert b.open_project(path)
        assert b.project.read_only
        banner = b.lock_banner
        assert not banner.isHidden()
        assert "editor window" in banner.label.text() and f"pid {a.pid}" in banner.label.text()
        assert banner.take_button.isHidden()  # same computer: the OS knows when A is gone
        assert b.saved_label.text() == "Read-only"
        assert not b.acts["confirm"].isEnabled() and not b.acts["add_term"].isEnabled()
        assert not b.terms_panel.add_term.isEnabled()
        index = b.model.index(0, COL_TARGET)
        assert not b.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        # Even an edit that got through would be refused out loud, not lost silently.
        b.model.edit_target(b.model.ids[0], "B's translation")
        assert b.saved_label.text() == "NOT SAVED"

        a.stdin.write("A's translation\n")
        a.stdin.flush()
        assert a.stdout.readline().strip() == "All changes saved"
        banner.reopen_button.click()  # Reload: B sees A's saved work
        assert b.project.segment(b.model.ids[0]).target == "A's translation"
        assert b.project.read_only and not banner.isHidden()

        a.send_signal(signal.SIGKILL)  # A crashes; its lock file stays behind
        a.wait()
        b.lock_banner.check()
        assert banner.reopen_button.text() == "Open for editing"
        banner.reopen_button.click()
        assert not b.project.read_only and banner.isHidden()
        assert b.acts["confirm"].isEnabled() and b.terms_panel.add_term.isEnabled()
        b.model.edit_target(b.model.ids[0], "B's translation")
        assert b.saved_label.text() == "All changes saved"
        b.close()
    finally:
        if a.poll() is None:
            a.kill()
            a.wait()
    with Project.open(path, read_only=True) as p:
        assert p.segment(p.segment_ids()[0]).target == "B's translation"


def test_a_damaged_project_opens_to_one_line_not_a_traceback(qtbot, tmp_path):
    """The grid's first read hit the damage and raised in the window (remove the
    sqlite3.DatabaseError handler in LockMixin.open_project to see it)."""
    import sqlite3

    path = make_project(tmp_path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='segments'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert not win.open_project(path)
    assert win.project is None
    text = win.dialog.text()
    assert "is damaged" in text and "PRAGMA integrity_check" in text
    win.dialog.close()
    assert not (tmp_path / "news.wbproj.lock").exists()


def test_a_lock_from_another_computer_is_taken_over_only_when_asked(qtbot, tmp_path):
    import json

    from workbench.core.project_lock import lock_path

    path = make_project(tmp_path)
    write_foreign_lock(path)
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert win.open_project(path)
    assert win.project.read_only
    banner = win.lock_banner
    assert "aigul on laptop-of-aigul" in banner.label.text()
    assert not banner.take_button.isHidden()  # this machine cannot check that one
    banner.take_button.click()
    box = win.dialog
    take = next(b for b in box.buttons() if b.text() == "Take over")
    take.click()
    qtbot.waitUntil(lambda: win.project is not None and not win.project.read_only)
    assert banner.isHidden()
    assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    win.close()


def test_a_closed_project_leaves_the_grid_nothing_to_read(qtbot, tmp_path):
    """A grid waiting for deleteLater still sizes and paints its rows; reading a
    closed (or damaged) project from inside Qt crashed the process (segfault seen
    when the damaged-project test ran after other GUI tests). Closing empties the
    model (remove the reset in SegmentTableModel.close to see this fail)."""
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert win.open_project(make_project(tmp_path))
    model, grid = win.model, win.grid
    assert model.rowCount() > 0
    win.close_project()
    assert model.rowCount() == 0
    grid.fit_visible_rows()  # what the grid's sizing timer does before its deletion
