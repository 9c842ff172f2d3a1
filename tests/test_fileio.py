"""Atomic writes: the target is the old file or the whole new one, with normal permissions."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.fileio import atomic_write, replacing
from workbench.core.settings import Settings


def test_atomic_write_replaces_and_uses_normal_permissions(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    atomic_write(target, "новый".encode())
    assert target.read_text(encoding="utf-8") == "новый"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary left


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with replacing(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk full half way")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_settings_do_not_keep_the_environment_model(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    Settings(model="nllb-200-distilled-1.3B", translator_name="Aida").save(path)
    monkeypatch.setenv("WORKBENCH_MODEL", "/tmp/some-model")
    settings = Settings.load(path)
    assert settings.model == "/tmp/some-model"  # this run uses the environment's model
    settings.font_size = 14
    settings.save(path)
    monkeypatch.delenv("WORKBENCH_MODEL")
    again = Settings.load(path)
    assert again.model == "nllb-200-distilled-1.3B" and again.font_size == 14
    settings.model = "nllb-200-3.3B"  # chosen by the user while the variable was set
    settings.save(path)
    assert Settings.load(path).model == "nllb-200-3.3B"


# A writer that is killed (SIGKILL) in the middle of a write, as a crashed export would be.
_KILLED_WRITER = """
import sys, time
from pathlib import Path
from workbench.core.fileio import replacing
with replacing(Path(sys.argv[1])) as tmp:
    tmp.write_bytes(b"half a document")
    print(tmp, flush=True)
    time.sleep(120)
"""


def _start_writer(target: Path) -> tuple[subprocess.Popen, Path]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


def test_a_killed_writers_temporary_is_removed_by_the_next_write(tmp_path):
    target = tmp_path / "report.docx"
    target.write_text("old")
    proc, tmp = _start_writer(target)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert tmp.exists() and tmp.name.startswith(".report.docx.")  # what kill -9 leaves
    unrelated = tmp_path / ".report.docx.notes.tmp"  # not of our naming: left alone
    unrelated.write_text("mine")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == [unrelated.name, "report.docx"]


def test_a_live_writers_temporary_is_left_alone(tmp_path):
    target = tmp_path / "out.tmx"
    proc, tmp = _start_writer(target)
    try:
        atomic_write(target, b"other")
        assert tmp.read_bytes() == b"half a document"
    finally:
        proc.kill()
        proc.wait()


def test_temporaries_go_to_the_folder_given(tmp_path):
    target, state = tmp_path / "out" / "doc.txt", tmp_path / "state"
    target.parent.mkdir()
    state.mkdir()
    seen: list[Path] = []
    with replacing(target, state) as tmp:
        seen.append(tmp)
        tmp.write_bytes(b"whole")
    assert seen[0].parent == state and seen[0].name.startswith(".doc.txt.")
    assert target.read_bytes() == b"whole"
    assert list(state.iterdir()) == [] and [p.name for p in target.parent.iterdir()] == ["doc.txt"]


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs a second file system")
def test_a_temporary_folder_on_another_file_system_still_gives_a_whole_file(tmp_path):
    import tempfile

    if os.stat("/dev/shm").st_dev == tmp_path.stat().st_dev:
        pytest.skip("/dev/shm is on the same file system here")
    target = tmp_path / "out.txt"
    target.write_text("old")
    with tempfile.TemporaryDirectory(dir="/dev/shm") as other:
        atomic_write(target, "жаңы".encode(), Path(other))  # rename fails across devices
        assert os.listdir(other) == []
    assert target.read_text(encoding="utf-8") == "жаңы"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_killed_writers_temporary_is_found_whatever_the_name(tmp_path):
    # Glob characters in a document name must not hide its temporaries.
    target = tmp_path / "[draft] report*?.txt"
    proc, tmp = _start_writer(target)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert tmp.exists()
    atomic_write(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_writing_through_a_link_replaces_the_link_not_what_it_points_to(tmp_path):
    elsewhere = tmp_path / "someone's.txt"
    elsewhere.write_text("theirs")
    link = tmp_path / "out.txt"
    link.symlink_to(elsewhere)
    atomic_write(link, b"ours")
    assert not link.is_symlink() and link.read_bytes() == b"ours"
    assert elsewhere.read_text() == "theirs"


def test_a_missing_folder_is_an_error_and_nothing_is_created(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "no such folder" / "out.txt", b"x")
    assert list(tmp_path.iterdir()) == []
