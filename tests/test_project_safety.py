"""Project files that are not projects, damaged, read-only, or added to twice at once."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.errors import ProjectError
from workbench.core.project_file import ProjectDamaged
from workbench.core.store import MIGRATIONS, SCHEMA_VERSION, DuplicateDocument, NewSegment, Project


def _segments(n: int) -> list[NewSegment]:
    return [NewSegment(i, 0, "", f"Сүйлөм {i}.", "", f"Сүйлөм {i}.", "ky") for i in range(n)]


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        timeout=600,  # a hang guard, generous for a loaded machine
        **kwargs,
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# ----------------------------------------------------------------------------- not a project


def test_files_that_are_not_projects_are_never_written(tmp_path):
    """Opening used to switch on WAL (growing an empty file to 4 KB), and a database
    with a `meta` table got a .schema0.bak before being refused (remove the read-only
    look, schema_version_of in Project.open, to see it)."""
    empty = tmp_path / "empty.wbproj"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.wbproj"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")  # looks a little like ours
    conn.execute("INSERT INTO meta VALUES ('owner', 'another program')")
    conn.commit()
    conn.close()
    before = _snapshot(tmp_path)
    stamps = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    with pytest.raises(ProjectError, match="empty file"):
        Project.open(empty)
    with pytest.raises(ProjectError, match="not a workbench project; nothing was changed"):
        Project.open(foreign)
    assert _snapshot(tmp_path) == before  # no -wal, -shm, .bak or .lock left either
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == stamps
    proc = run_cli("project", "add", str(foreign), str(empty))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert _snapshot(tmp_path) == before


# ----------------------------------------------------------------------------- damaged


def _damaged_project(tmp_path: Path) -> Path:
    path = tmp_path / "broken.wbproj"
    with Project.create(path, "ky", "en") as p:
        p.add_document("a.txt", "txt", "utf-8", b"x" * 20000, _segments(3000))
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='segments'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    # Overwrite the segments table's root page: the file still opens (its header,
    # schema and settings are fine) but every read of a segment hits the damage.
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)
    return path


def test_a_damaged_project_is_one_line_naming_the_recovery(tmp_path):
    """Each command ended in a sqlite3.DatabaseError traceback (remove the
    translation in Project.__exit__ to see it)."""
    path = _damaged_project(tmp_path)
    with pytest.raises(ProjectDamaged):
        with Project.open(path, read_only=True) as p:
            list(p.segments())
    commands = [
        ("project", "show", str(path), "--segments"),
        ("project", "export", str(path), str(tmp_path / "out")),
        ("tm", "fill", str(path)),
    ]
    for command in commands:
        proc = run_cli(*command)
        assert proc.returncode == 1, (command, proc.stderr)
        assert "Traceback" not in proc.stderr, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1, proc.stderr
        assert "is damaged" in lines[0] and "PRAGMA integrity_check" in lines[0]
        assert "workbench project check" in lines[0]
    assert not (tmp_path / "broken.wbproj.lock").exists()
    check = run_cli("project", "check", str(path))
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "PRAGMA integrity_check: " in check.stdout and "problems" in check.stdout
    assert "documents: 1 rows read" in check.stdout
    assert "segments: damaged" in check.stdout
    assert "can still be exported with: `workbench terms export`" in check.stdout


# ----------------------------------------------------------------------------- read-only


def _in_read_only_mount(folder: Path, *cli_args: str) -> subprocess.CompletedProcess:
    """Run the CLI with `folder` bind-mounted read-only (a real read-only filesystem)."""
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'
    return subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            script,
            "sh",
            str(folder),
            sys.executable,
            "-m",
            "workbench",
            *cli_args,
        ],
        capture_output=True,
        text=True,
        timeout=600,  # a hang guard, generous for a loaded machine
    )


def _can_mount_read_only() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /mnt"], capture_output=True
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs user namespaces to mount")
def test_a_project_on_a_read_only_filesystem_shows_looks_up_and_exports(tmp_path):
    """It said "damaged... restore it from a backup" (remove the immutable fallback
    in project_file.connect to see it)."""
    ro = tmp_path / "cd"
    ro.mkdir()
    path = ro / "p.wbproj"
    with Project.create(path, "ky", "ru") as p:
        p.add_document("a.txt", "txt", "utf-8", "Салам, дүйнө.".encode(), _segments(2))
        p.set_target(p.segment_ids()[0], "Привет, мир.")
        with p.transaction() as conn:
            conn.execute(
                "INSERT INTO tm_units(source_lang, target_lang, source, target, source_key, "
                "origin, created, changed) VALUES ('ky','ru','Салам, дүйнө.','Привет, мир.',"
                "'салам, дүйнө.','tmx','2026-01-01','2026-01-01')"
            )
    before = _snapshot(ro)
    show = _in_read_only_mount(ro, "project", "show", str(path))
    assert show.returncode == 0, show.stderr
    assert "read-only" in show.stdout and "2 segments" in show.stdout
    look = _in_read_only_mount(ro, "tm", "lookup", str(path), "Салам, дүйнө.", "--json")
    assert look.returncode == 0, look.stderr
    assert json.loads(look.stdout)[0]["target"] == "Привет, мир."
    out = tmp_path / "out"
    export = _in_read_only_mount(ro, "project", "export", str(path), str(out))
    assert export.returncode == 0, export.stderr
    assert (out / "a.txt").exists()
    add = _in_read_only_mount(ro, "tm", "fill", str(path))
    assert add.returncode == 1 and "Traceback" not in add.stderr
    assert "read-only" in add.stderr and len(add.stderr.strip().splitlines()) == 1
    assert _snapshot(ro) == before


# ----------------------------------------------------------------------------- unique names


def test_document_names_are_checked_inside_the_write(tmp_path):
    """Two `project add` of one file at once both passed the name check before either
    inserted (remove the SELECT in add_document to see it)."""
    with Project.create(tmp_path / "p.wbproj", "ky", "en") as p:
        p.add_document("a.txt", "txt", "utf-8", b"x", _segments(2))
        with pytest.raises(DuplicateDocument, match="already has a document named 'a.txt'"):
            p.add_document("a.txt", "txt", "utf-8", b"x", _segments(2))
        assert [d.name for d in p.documents()] == ["a.txt"] and p.count() == 2
        # And the file itself refuses a second one, whoever writes it.
        with pytest.raises(sqlite3.IntegrityError):
            p.connection.execute(
                "INSERT INTO documents(name, format, encoding, data, added) "
                "VALUES ('a.txt', 'txt', 'utf-8', x'00', 'now')"
            )


def test_two_adds_of_one_file_at_once_give_one_document(tmp_path):
    path = tmp_path / "p.wbproj"
    Project.create(path, "ky", "en").close()
    doc = tmp_path / "news.txt"
    doc.write_text("Бишкекте жаңы мектеп ачылды. Анда 500 окуучу окуйт.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "workbench", "project", "add", str(path), str(doc)]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    with Project.open(path, read_only=True) as p:
        assert [d.name for d in p.documents()] == ["news.txt"]
    assert sorted(code for code, _ in results) == [0, 1, 1], results
    assert all("already" in err for code, err in results if code)


def test_upgrade_renames_duplicates_of_an_older_project_and_keeps_a_backup(tmp_path):
    path = tmp_path / "old.wbproj"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[1]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("source_lang", "ky"), ("target_lang", "en")]
    )
    for _ in range(2):  # what the race left behind
        conn.execute(
            "INSERT INTO documents(name, format, encoding, data, added) "
            "VALUES ('a.txt', 'txt', 'utf-8', x'00', 'then')"
        )
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        assert [d.name for d in p.documents()] == ["a.txt", "(2) a.txt"]
    assert (tmp_path / "old.wbproj.schema1.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
