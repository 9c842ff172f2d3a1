"""One writer process per project: editor windows and CLI writers, with real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_foreign_lock
from workbench.core.errors import ProjectError
from workbench.core.project_lock import EDITOR, ProjectLock, ProjectLocked, lock_path
from workbench.core.store import NewSegment, Project

HOLD = """
import sys
from workbench.core.store import Project
p = Project.open(sys.argv[1], purpose=sys.argv[2])
print("ready", flush=True)
sys.stdin.read()
"""


def make_project(folder: Path) -> Path:
    path = folder / "news.wbproj"
    with Project.create(path, "ky", "en") as p:
        segs = [NewSegment(0, i, "", f"Сүйлөм {i}.", " ", f"Сүйлөм {i}.", "ky") for i in range(3)]
        p.add_document("news.txt", "txt", "utf-8", "Сүйлөм 0. Сүйлөм 1.".encode(), segs)
    return path


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "workbench", *args]


def hold(path: Path, purpose: str) -> subprocess.Popen:
    """Another process that holds the project for writing until killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), purpose],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_a_second_writer_is_refused_naming_the_holder(tmp_path):
    path = make_project(tmp_path)
    editor = hold(path, EDITOR)
    try:
        with pytest.raises(ProjectLocked) as caught:
            Project.open(path)
        assert caught.value.holder.pid == editor.pid and caught.value.holder.is_editor
        # Reading is always possible.
        with Project.open(path, read_only=True) as viewer:
            assert viewer.count() == 3
        # A CLI writer says who holds it, in one line, at once (a window may stay open all day).
        for command in (
            ("tm", "fill", str(path)),
            ("project", "add", str(path), str(tmp_path / "x.txt")),
        ):
            proc = subprocess.run(cli(*command), capture_output=True, text=True, timeout=600)
            assert proc.returncode == 1
            lines = proc.stderr.strip().splitlines()
            assert len(lines) == 1, proc.stderr
            assert "editor window" in lines[0] and f"pid {editor.pid}" in lines[0]
    finally:
        editor.kill()
        editor.wait()


def test_cli_writers_wait_for_another_command_and_say_so(tmp_path):
    """`project add` during a long `tmx import` died after 10 s with "database is
    locked" (make open_for_writing's on_wait return False to see it refused)."""
    path = make_project(tmp_path)
    doc = tmp_path / "more.txt"
    doc.write_text("Бишкекте жаңы мектеп ачылды.\n", encoding="utf-8")
    importer = hold(path, "workbench tmx import")
    adder = subprocess.Popen(
        cli("project", "add", str(path), str(doc)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = adder.stderr.readline()
        assert "waiting for `workbench tmx import`" in line and f"pid {importer.pid}" in line
        assert adder.poll() is None  # still waiting, not failed
    finally:
        importer.stdin.close()  # the import finishes
        importer.wait(timeout=600)
    out, err = adder.communicate(timeout=600)
    assert adder.returncode == 0, err
    assert "added more.txt" in out
    with Project.open(path, read_only=True) as p:
        assert [d.name for d in p.documents()] == ["news.txt", "more.txt"]


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    path = make_project(tmp_path)
    editor = hold(path, EDITOR)
    assert ProjectLock(path).current_holder().pid == editor.pid
    editor.send_signal(signal.SIGKILL)
    editor.wait()
    assert lock_path(path).exists()  # left behind by kill -9
    assert ProjectLock(path).current_holder() is None  # but nobody holds it
    with Project.open(path) as p:
        assert p.holder.pid == os.getpid()
        p.set_target(p.segment_ids()[0], "saved after the crash")
    assert not lock_path(path).exists()


def test_another_computers_lock_needs_a_take_over_and_then_stops_the_old_writer(tmp_path):
    path = make_project(tmp_path)
    first = Project.open(path)
    # What a holder on another machine leaves in the shared folder's lock file.
    record = json.loads(lock_path(path).read_text())
    record.update(host="laptop-of-aigul", user="aigul")
    lock_path(path).write_text(json.dumps(record))
    with pytest.raises(ProjectLocked, match="aigul on laptop-of-aigul") as caught:
        Project.open(path)
    assert "take it over in the editor" in str(caught.value)
    second = Project.open(path, purpose=EDITOR, take_over=True)
    try:
        sid = first.segment_ids()[0]
        # The first writer no longer saves silently: its next write is refused.
        with pytest.raises(ProjectError, match="no longer held by this process"):
            first.set_target(sid, "from the machine that lost the lock")
        second.set_target(sid, "from the machine that took over")
    finally:
        first.close()
        second.close()
    with Project.open(path, read_only=True) as p:
        assert p.segment(sid).target == "from the machine that took over"


def test_a_free_lock_file_from_another_computer_is_not_taken_silently(tmp_path):
    path = make_project(tmp_path)
    write_foreign_lock(path)
    proc = subprocess.run(cli("tm", "fill", str(path)), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1
    assert "aigul on laptop-of-aigul" in proc.stderr and "take it over" in proc.stderr
