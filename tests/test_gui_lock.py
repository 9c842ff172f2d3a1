"""Two editor windows on one project, in two real processes: no edit lost silently."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

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
        b.model.edit_target(b.model.ids[0], "B's translation")
        assert b.saved_label.text() == "All changes saved"
        b.close()
    finally:
        if a.poll() is None:
            a.kill()
            a.wait()
    with Project.open(path, read_only=True) as p:
        assert p.segment(p.segment_ids()[0]).target == "B's translation"
