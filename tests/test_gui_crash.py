"""A GUI process killed with SIGKILL while editing loses nothing it reported as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from tests.test_gui_editor import make_project  # noqa: E402
from workbench.core.store import Project  # noqa: E402

# The child opens the real window offscreen and types into one segment after another,
# printing "saved N" once segment N's text is in the store (read back over a second,
# independent connection), then keeps typing into the next one until it is killed.
CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from workbench.core.store import Project
from workbench.gui.app import make_app, make_window

app = make_app()
win = make_window(sys.argv[1])
win.show()
observer = Project.open(sys.argv[1], read_only=True)
state = {"row": 0}

def step():
    row = state["row"]
    if row >= win.model.rowCount():
        print("done", flush=True)
        return
    win.grid.go_to_row(row)
    text = f"Edited segment {row}"
    QTest.keyClicks(win.grid.current_editor(), text)
    sid = win.model.ids[row]

    def check():
        if observer.segment(sid).target == text:
            print(f"saved {row}", flush=True)
            state["row"] += 1
            QTimer.singleShot(0, step)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(10, check)

QTimer.singleShot(0, step)
app.exec()
"""


def test_kill_while_editing_keeps_every_saved_edit(tmp_path: Path):
    path = make_project(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[1]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=root,
        env=env,
    )
    saved: list[int] = []
    deadline = time.monotonic() + 600
    try:
        assert child.stdout is not None
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("saved "):
                saved.append(int(line.split()[1]))
                if len(saved) == 4:
                    # Kill in the middle of typing segment 4 (its keys are being sent now).
                    os.kill(child.pid, signal.SIGKILL)
                    break
    finally:
        if child.poll() is None:
            child.kill()
        _out, err = child.communicate(timeout=600)
    assert saved == [0, 1, 2, 3], err[-2000:]
    assert child.returncode == -signal.SIGKILL
    with Project.open(path) as project:
        ids = project.segment_ids()
        for row in saved:
            assert project.segment(ids[row]).target == f"Edited segment {row}"
        # Anything after the last report is either absent or a prefix of what was typed.
        last = project.segment(ids[4]).target
        assert "Edited segment 4".startswith(last)
