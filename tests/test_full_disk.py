"""Full disks and links in the batch's state folder: one line, true statuses, a report that
is written or not promised, and nothing written outside the output folder."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_batch import engine, options, tree, write_docs  # noqa: F401 - fixture
from tests.test_batch_crash import small_disk  # noqa: F401 - fixture
from workbench.app import batch as batch_module
from workbench.app.batch import run_batch
from workbench.app.batch_manifest import atomic_write
from workbench.app.batch_report import FAILED, TRANSLATED
from workbench.cli import main
from workbench.core.export_guard import RECORD
from workbench.core.segment import Status
from workbench.core.store import NewSegment, Project

REPO = Path(__file__).resolve().parents[1]


def _fill(disk: Path) -> None:
    """Fill a small file system to the last block."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


def _project(tmp_path: Path, units: int = 400) -> Path:
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "en") as p:
        p.add_document(
            "a.txt",
            "txt",
            "utf-8",
            b"x",
            [NewSegment(i, 0, "", f"Сап {i}.", "", f"Сап {i}.", "ky") for i in range(units)],
        )
        for sid in p.segment_ids():
            p.set_target(sid, f"Line {sid}.", status=Status.CONFIRMED)
    return path


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# ------------------------------------------------------------------ tmx export


def test_tmx_export_on_a_full_disk_is_one_line_and_keeps_the_old_file(
    tmp_path,
    small_disk,  # noqa: F811
    capsys,
):
    project = _project(tmp_path)
    out = small_disk / "memory.tmx"
    out.write_bytes(b"the earlier export")
    _fill(small_disk)
    assert main(["tmx", "export", str(project), str(out)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line == (
        f"workbench: error: {out}: cannot write the TMX file (No space left on device); it was "
        "not written (an earlier file of that name is left as it was)"
    )
    assert out.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "memory.tmx"]


def test_tmx_export_past_the_file_size_limit_is_one_line(tmp_path):
    """The same write failure without root: a file size limit (RLIMIT_FSIZE) makes the
    operating system refuse the write, as a full disk does."""
    project = _project(tmp_path, units=3000)
    limit = project.stat().st_size + 64 * 1024  # room for the project's journal, not the TMX
    out = tmp_path / "memory.tmx"
    child = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from workbench.cli import main\n"
        f"sys.exit(main(['tmx', 'export', {str(project)!r}, {str(out)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    line = _one_line(done.stderr)
    assert line.startswith(f"workbench: error: {out}: cannot write the TMX file (File too large)")
    assert not out.exists()
    assert not list(tmp_path.glob(".memory.tmx.*"))  # no temporary left either


# ------------------------------------------------------------------ project export


def test_project_export_on_a_full_disk_says_what_was_written(
    tmp_path,
    small_disk,  # noqa: F811
    capsys,
):
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "en") as p:
        for name in ("a.txt", "b.txt", "c.txt"):
            data = ("Сап.\n\n" * 3000).encode()
            p.add_document(name, "txt", "utf-8", data, [])
    out = small_disk / "out"
    out.mkdir()
    (small_disk / "filler").write_bytes(b"\0" * (small_disk_free(small_disk) - 48 * 1024))
    assert main(["project", "export", str(path), str(out)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "cannot write the translated file (No space left on device)" in line
    assert line.endswith("; 1 of 3 documents were written before it: a.txt")
    assert sorted(p.name for p in out.iterdir() if p.name != RECORD) == ["a.txt"]


def small_disk_free(disk: Path) -> int:
    stat = os.statvfs(disk)
    return stat.f_bavail * stat.f_frsize


# ------------------------------------------------------------------ batch


def test_batch_file_whose_copy_is_complete_is_not_reported_failed(engine, tmp_path):  # noqa: F811
    """The disk fills after a copy is in place, while the run records it: the copy is
    reported translated (it is complete) and the run stops."""
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 4, 3)
    copies: list[Path] = []

    def filling_disk(path: Path, data: bytes) -> None:
        if path.suffix == ".json" and len(copies) >= 2:  # the run's record of a copy
            raise OSError(errno.ENOSPC, "No space left on device")
        atomic_write(path, data)
        if path.suffix == ".txt":
            copies.append(path)

    report = run_batch(options(src, out), writer=filling_disk, engine=engine)
    assert "No space left on device" in report.error
    assert len(copies) == 2  # the second copy is in place, its record failed
    by_path = {f.path: f for f in report.files}
    for copy in copies:
        assert by_path[str(copy.relative_to(out))].status == TRANSLATED
    last = by_path[str(copies[-1].relative_to(out))]
    assert last.reason.startswith("the copy is complete, but the run could not record it")
    assert not [f for f in report.files if f.status == FAILED]
    # A rerun redoes only that one (its record is missing) and gives the same copy.
    written = tree(out)
    again = run_batch(options(src, out), engine=engine)
    assert again.ok and sum(f.reused for f in again.files) == 1
    assert all(tree(out)[name] == data for name, data in written.items())


def test_batch_report_that_cannot_be_written_is_not_promised(
    engine,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 2, 2)
    real_write = batch_module.atomic_write

    def no_room_for_the_report(path, data, tmp_dir=None):
        if path.name == "report.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data, tmp_dir)

    monkeypatch.setattr(batch_module, "atomic_write", no_room_for_the_report)
    report = run_batch(options(src, out), engine=engine)
    assert report.error.startswith("cannot write the report (No space left on device); ")
    assert report.report_file == ""
    assert not (out / ".workbench" / "report.json").exists()
    summary = report.summary()
    assert "report.json" not in summary
    assert summary.endswith("no report file was written (see above)")
    assert report.count(TRANSLATED) == 2


def test_batch_tmx_on_a_full_disk_is_one_line_and_the_report_says_so(
    tiny_model_dir,
    tmp_path,
    small_disk,  # noqa: F811
    capsys,
):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 2, 3)
    tmx = small_disk / "run.tmx"
    _fill(small_disk)
    args = ["batch", str(src), str(out), "--to", "en", "--model", str(tiny_model_dir)]
    assert main([*args, "--tmx", str(tmx)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    error_lines = [x for x in err.splitlines() if x.startswith("workbench: error:")]
    assert error_lines == [
        f"workbench: error: {tmx}: cannot write the TMX file (No space left on device); it "
        "was not written (an earlier file of that name is left as it was)"
    ]
    report = (out / ".workbench" / "report.json").read_text()
    assert "cannot write the TMX file" in report
    assert f"report: {out / '.workbench' / 'report.json'}" in err
    assert len(tree(out)) == 2  # the copies themselves are complete


# ------------------------------------------------------------------ links in the state folder


@pytest.mark.parametrize("link", [".workbench", ".workbench/tmp", ".workbench/pairs"])
def test_state_folder_link_is_refused_and_the_other_folder_untouched(
    tiny_model_dir, tmp_path, capsys, link
):
    src, out, other = tmp_path / "src", tmp_path / "out", tmp_path / "other"
    write_docs(src, 2, 2)
    (other / "tmp").mkdir(parents=True)
    (other / "tmp" / "keep.txt").write_text("someone else's file")
    (other / "pairs").mkdir()
    where = out / link
    where.parent.mkdir(parents=True, exist_ok=True)
    where.symlink_to(other if link == ".workbench" else other / link.split("/")[1])
    before = tree(other)
    args = ["batch", str(src), str(out), "--to", "en", "--model", str(tiny_model_dir)]
    assert main(args) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"workbench: error: {where}: is a link (to {os.readlink(where)}); ")
    assert tree(other) == before  # nothing deleted there, no lock, journal or report made
    assert not [p for p in out.rglob("*") if p.is_file()]  # no copy written either


@pytest.mark.parametrize("name", ["lock", "manifest.jsonl", "report.json"])
def test_state_file_link_is_refused_and_its_target_untouched(
    tiny_model_dir, tmp_path, capsys, name
):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 1, 2)
    precious = tmp_path / "precious.txt"
    precious.write_text("do not truncate me")
    (out / ".workbench").mkdir(parents=True)
    (out / ".workbench" / name).symlink_to(precious)
    args = ["batch", str(src), str(out), "--to", "en", "--model", str(tiny_model_dir)]
    assert main(args) == 1
    line = _one_line(capsys.readouterr().err)
    assert "is a link" in line and "remove the link" in line
    assert precious.read_text() == "do not truncate me"


# ------------------------------------------------------------------ termbase export


@pytest.mark.parametrize("name", ["terms.csv", "terms.tbx"])
def test_terms_export_on_a_full_disk_is_one_line(tmp_path, small_disk, capsys, name):  # noqa: F811
    project = tmp_path / "p.wbproj"
    source = tmp_path / "in.csv"
    source.write_text(
        "ky,en\n" + "".join(f"мектеп {i},school {i}\n" for i in range(300)), encoding="utf-8"
    )
    assert main(["project", "new", str(project), "--from", "ky", "--to", "en"]) == 0
    assert main(["terms", "import", str(project), str(source)]) == 0
    capsys.readouterr()
    _fill(small_disk)
    out = small_disk / name
    assert main(["terms", "export", str(project), str(out)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line == (
        f"workbench: error: {out}: cannot write the file (No space left on device); it was not "
        "written (an earlier file of that name is left as it was)"
    )
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
