"""The parts of a batch run that need no model: scanning, folder checks, manifest, report."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from workbench.app.batch_check import Note, check_folders, output_note, source_note, tmx_note
from workbench.app.batch_manifest import Manifest, ManifestEntry, atomic_write, sha256_file
from workbench.app.batch_report import FAILED, SKIPPED, TRANSLATED, BatchReport, FileResult
from workbench.app.batch_scan import scan_folder
from workbench.core.errors import WorkbenchError


def by_rel(entries):
    return {e.rel: e for e in entries}


def test_scan_mirrors_tree_and_says_why_files_are_skipped(tmp_path):
    src = tmp_path / "src"
    (src / "sub dir" / "Кыргыз тили").mkdir(parents=True)
    (src / "a.txt").write_text("Салам.", encoding="utf-8")
    (src / "sub dir" / "b.md").write_text("# Салам", encoding="utf-8")
    (src / "sub dir" / "Кыргыз тили" / "жаңылык 1.srt").write_text("1\n", encoding="utf-8")
    (src / "photo.JPG").write_bytes(b"\xff\xd8\xff")
    (src / "NOTES").write_text("no extension", encoding="utf-8")
    (src / ".git").mkdir()
    (src / ".git" / "config.txt").write_text("x", encoding="utf-8")

    entries = scan_folder(src, tmp_path / "out")
    found = by_rel(entries)
    assert entries == scan_folder(src, tmp_path / "out")  # a stable order, run after run
    assert found["a.txt"].status == "" and found["a.txt"].format == "txt"
    assert found["sub dir/b.md"].format == format_name("b.md")
    assert found["sub dir/Кыргыз тили/жаңылык 1.srt"].status == ""
    assert found["photo.JPG"].status == SKIPPED and "'.jpg'" in found["photo.JPG"].reason
    assert found["NOTES"].status == SKIPPED and "without an extension" in found["NOTES"].reason
    assert found[".git/"].status == SKIPPED  # hidden folders are listed, not read
    assert ".git/config.txt" not in found


def test_scan_formats_filter(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a", encoding="utf-8")
    (src / "b.md").write_text("b", encoding="utf-8")
    md = format_name("b.md")
    found = by_rel(scan_folder(src, tmp_path / "out", (md,)))
    assert found["b.md"].status == ""
    assert found["a.txt"].status == SKIPPED and "formats asked for" in found["a.txt"].reason


def format_name(name: str) -> str:
    from workbench.core.formats import format_for

    return format_for(name).name


def test_scan_links_loops_and_outside_targets(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret", encoding="utf-8")
    src = tmp_path / "src"
    (src / "inner").mkdir(parents=True)
    (src / "inner" / "real.txt").write_text("real", encoding="utf-8")
    (src / "inner" / "loop").symlink_to("..")  # a loop back to src
    (src / "self").symlink_to(".")
    (src / "to_outside").symlink_to(outside)
    (src / "secret.txt").symlink_to(outside / "secret.txt")
    (src / "alias.txt").symlink_to(src / "inner" / "real.txt")
    (src / "broken.txt").symlink_to(src / "nothing.txt")

    found = by_rel(scan_folder(src, tmp_path / "out"))
    assert found["inner/real.txt"].status == ""
    assert "link loop" in found["inner/loop/"].reason
    assert "link loop" in found["self/"].reason
    assert found["to_outside/"].status == SKIPPED and "not followed" in found["to_outside/"].reason
    assert "outside the source folder" in found["secret.txt"].reason
    assert found["alias.txt"].status == ""  # a file link inside SRC is an ordinary file
    assert "broken link" in found["broken.txt"].reason
    assert not any("secret" in rel and found[rel].status == "" for rel in found)


def test_scan_never_reads_an_output_folder_inside_the_source(tmp_path):
    src = tmp_path / "src"
    out = src / "translated"
    (out / ".workbench").mkdir(parents=True)
    (out / "a.txt").write_text("old copy", encoding="utf-8")
    (src / "a.txt").write_text("Салам.", encoding="utf-8")
    found = by_rel(scan_folder(src, out))
    assert found["translated/"].status == SKIPPED and "output folder" in found["translated/"].reason
    assert "translated/a.txt" not in found


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_scan_unreadable_folder_fails_visibly(tmp_path):
    src = tmp_path / "src"
    (src / "locked").mkdir(parents=True)
    (src / "locked" / "a.txt").write_text("x", encoding="utf-8")
    (src / "locked").chmod(0)
    try:
        found = by_rel(scan_folder(src, tmp_path / "out"))
    finally:
        (src / "locked").chmod(0o755)
    assert found["locked/"].status == FAILED


def test_check_folders_refuses_dangerous_layouts(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    with pytest.raises(WorkbenchError, match="is the source folder"):
        check_folders(src, src)
    with pytest.raises(WorkbenchError, match="contains the source folder"):
        check_folders(src, tmp_path)
    with pytest.raises(WorkbenchError, match="does not exist"):
        check_folders(tmp_path / "missing", tmp_path / "out")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(WorkbenchError, match="is a file"):
        check_folders(src, tmp_path / "file")
    with pytest.raises(WorkbenchError, match="TMX"):
        check_folders(src, tmp_path / "out", src / "pairs.tmx")
    assert check_folders(src, src / "out") == (src.resolve(), (src / "out").resolve())


def test_atomic_write_leaves_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")
    real_fsync = os.fsync

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        atomic_write(target, b"new" * 1000)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary left
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"


def entry(path: str, source_sha: str, out: Path, settings: str = "s1") -> ManifestEntry:
    return ManifestEntry(path, source_sha, settings, sha256_file(out), {"sentences": 3})


def test_manifest_survives_a_torn_line_and_checks_sources_settings_outputs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("copy a", encoding="utf-8")
    (out / "b.txt").write_text("copy b", encoding="utf-8")
    m = Manifest(out)
    m.open()
    m.record(entry("a.txt", "sha-a", out / "a.txt"))
    m.record(entry("b.txt", "sha-b", out / "b.txt"))
    with open(m.path, "ab") as f:  # a crash in the middle of appending the next line
        f.write(b'{"path": "c.txt", "source_sha')
    m.close()

    again = Manifest(out)
    again.load()
    assert set(again.entries) == {"a.txt", "b.txt"}
    assert again.is_done("a.txt", "sha-a", "s1", out / "a.txt")
    assert not again.is_done("a.txt", "sha-CHANGED", "s1", out / "a.txt")  # source changed
    assert not again.is_done("a.txt", "sha-a", "s2", out / "a.txt")  # model or settings changed
    (out / "b.txt").write_text("edited", encoding="utf-8")
    assert not again.is_done("b.txt", "sha-b", "s1", out / "b.txt")  # copy changed
    (out / "b.txt").unlink()
    assert not again.is_done("b.txt", "sha-b", "s1", out / "b.txt")  # copy missing
    assert not again.is_done("c.txt", "x", "s1", out / "c.txt")

    again.open()  # compacts: the torn line is gone, later lines are readable
    lines = m.path.read_bytes().splitlines()
    assert all(json.loads(line) for line in lines)
    assert len(lines) == 3
    again.close()


def test_report_json_and_summary(tmp_path):
    report = BatchReport(tmp_path / "src", tmp_path / "out", "en", "auto")
    ok = FileResult("жаңылык.txt", TRANSLATED, sentences=4, machine_translated=4)
    ok.flags["mt-repetition"] = 1
    report.files = [
        ok,
        FileResult("bin.txt", FAILED, "this looks like a binary file"),
        FileResult("a.pdf", SKIPPED, "'.pdf' files are not a supported format"),
    ]
    data = report.to_json()
    assert data["totals"]["translated"] == 1 and data["totals"]["failed"] == 1
    assert data["files"][0]["flags"] == {"mt-repetition": 1}
    assert not report.ok
    text = report.summary()
    assert "1 translated, 1 skipped, 1 failed" in text
    assert "bin.txt: this looks like a binary file" in text
    assert "possible repetition loop" in text
    # What the manifest keeps is enough to report a reused file in full.
    again = FileResult.from_info("жаңылык.txt", ok.info())
    assert again.reused and again.sentences == 4 and again.flags == ok.flags


def test_one_run_at_a_time_per_output_folder(tmp_path):
    first = Manifest(tmp_path / "out")
    first.open()
    second = Manifest(tmp_path / "out")
    with pytest.raises(WorkbenchError, match="another batch run"):
        second.open()
    first.close()
    second.open()  # free again once the first run is over
    second.close()


def test_a_state_folder_that_is_a_link_is_refused_and_nothing_elsewhere_is_removed(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "tmp").mkdir(parents=True)
    (elsewhere / "tmp" / "keep.txt").write_text("someone's file", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".workbench").symlink_to(elsewhere, target_is_directory=True)
    manifest = Manifest(out)
    with pytest.raises(WorkbenchError, match="is a link"):
        manifest.open()
    manifest.close()
    assert (elsewhere / "tmp" / "keep.txt").read_text(encoding="utf-8") == "someone's file"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["tmp"]  # no lock, no journal


def test_the_dialog_s_field_notes_come_from_the_run_s_own_checks(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    assert source_note(tmp_path / "none") == Note("This folder does not exist.", True)
    assert source_note(src) == Note()
    same = output_note(src, src)
    assert same.error and same.text == "The output folder is the source folder; choose another one."
    inside = output_note(src, src / "out")
    assert not inside.error
    assert "Inside the source folder" in inside.text and "It will be created." in inside.text
    assert tmx_note(src, tmp_path / "out", src / "pairs.tmx").error
    assert tmx_note(src, tmp_path / "out", tmp_path / "pairs.tmx") == Note()
