"""Unexpected exceptions: one line to the user, the full traceback in a crash log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core import crashlog
from workbench.core.store import Project


def _boom(*args, **kwargs):
    raise RuntimeError("index out of step\nsecond line of the message")


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_cli_bug_is_one_line_and_a_crash_log(tmp_path, monkeypatch, capsys):
    with Project.create(tmp_path / "p.wbproj", "ky", "en"):
        pass
    monkeypatch.setattr(Project, "documents", _boom)  # a bug deep inside a command
    assert main(["project", "show", str(tmp_path / "p.wbproj")]) == 70
    line = _one_error_line(capsys.readouterr().err)
    assert line.startswith(
        "workbench: error: unexpected error (RuntimeError: index out of step); this is a bug: "
        "the details are in "
    )
    log = Path(line.split("the details are in ")[1].split(", please send")[0])
    assert log.parent == crashlog.crash_dir()
    text = log.read_text()
    assert "Traceback (most recent call last)" in text and "second line of the message" in text
    assert "project show" in text and "in _boom" in text


def test_crash_log_falls_back_to_the_temporary_folder(tmp_path, monkeypatch, capsys):
    blocked = tmp_path / "cache-is-a-file"
    blocked.write_text("")
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(blocked))
    monkeypatch.setattr(crashlog.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    monkeypatch.setattr(Project, "create", _boom)
    assert main(["project", "new", str(tmp_path / "p.wbproj"), "--from", "ky", "--to", "en"]) == 70
    line = _one_error_line(capsys.readouterr().err)
    assert f"the details are in {tmp_path / 'tmp' / 'workbench-crash'}" in line


def test_crash_without_anywhere_to_log_still_shows_the_details(tmp_path, monkeypatch, capsys):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(blocked))
    monkeypatch.setattr(crashlog.tempfile, "gettempdir", lambda: str(blocked))
    monkeypatch.setattr(Project, "create", _boom)
    assert main(["project", "new", str(tmp_path / "p.wbproj"), "--from", "ky", "--to", "en"]) == 70
    err = capsys.readouterr().err
    assert err.startswith(
        "workbench: error: unexpected error (RuntimeError: index out of step); this is a bug, "
        "and its details could not be saved"
    )
    assert "Traceback" in err  # the only copy of the details


def test_old_crash_logs_are_pruned(monkeypatch):
    for _ in range(crashlog.KEEP_LOGS + 5):
        monkeypatch.setattr(crashlog.os, "getpid", lambda n=_: 100000 + n)
        crashlog.write_crash_log(ValueError("x"))
    assert len(list(crashlog.crash_dir().glob("crash-*.log"))) == crashlog.KEEP_LOGS


# ------------------------------------------------------------------ the editor


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("where", ["slot", "thread"])
def test_editor_bug_is_a_dialog_line_and_a_crash_log(qtbot, monkeypatch, capsys, where):
    pytest.importorskip("pytestqt")
    import threading

    from PySide6.QtCore import QTimer

    from workbench.core.settings import Settings
    from workbench.gui.crash import install_excepthook
    from workbench.gui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = MainWindow(Settings.load())
    qtbot.addWidget(window)
    window.show()
    install_excepthook(window)
    if where == "slot":
        QTimer.singleShot(0, _boom)
    else:
        threading.Thread(target=_boom).start()
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    text = window.dialog.text()
    assert text.startswith("Unexpected error (RuntimeError: index out of step); this is a bug")
    assert "\n" not in text
    log = Path(text.split("the details are in ")[1].split(", please send")[0])
    assert "Traceback" in log.read_text()
    assert "Traceback" not in capsys.readouterr().err
    assert window.isVisible()  # the editor goes on
    window.dialog.close()
