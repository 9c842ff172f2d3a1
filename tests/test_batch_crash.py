"""Batch runs that are killed, fill the disk, meet a read-only folder or a 1 MB paragraph."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_batch import report_of, sentences, statuses, tree, write_docs
from workbench.app.batch_report import TRANSLATED
from workbench.cli import main
from workbench.core import flags as F

REPO = Path(__file__).resolve().parents[1]


def batch_command(src: Path, out: Path, model: Path) -> list[str]:
    return [sys.executable, "-m", "workbench", "batch", str(src), str(out), "--to", "en",
            "--model", str(model)]  # fmt: skip


def finished_in_manifest(out: Path) -> int:
    try:
        raw = (out / ".workbench" / "manifest.jsonl").read_bytes()
    except OSError:
        return 0
    count = 0
    for line in raw.splitlines():
        try:
            count += "path" in json.loads(line)
        except ValueError:
            pass  # the line being written when the process died
    return count


def test_kill_9_in_the_middle_then_resume_gives_the_same_outputs(tiny_model_dir, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 40, 30)
    command = batch_command(src, out, tiny_model_dir)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline:
        if finished_in_manifest(out) >= 2:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed; give it more work"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_after = finished_in_manifest(out)
    assert 2 <= killed_after < 40

    resumed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    report = report_of(out)
    assert report["totals"]["translated"] == 40
    assert report["totals"]["reused"] == killed_after  # only the unfinished files were redone

    # An uninterrupted run, with an empty MT cache, writes exactly the same files.
    fresh = {**env, "WORKBENCH_CACHE_DIR": str(tmp_path / "fresh-cache")}
    reference = tmp_path / "reference"
    done = subprocess.run(batch_command(src, reference, tiny_model_dir), cwd=REPO, env=fresh,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert tree(out) == tree(reference)  # no temporary files left behind either


@pytest.fixture
def small_disk(tmp_path):
    """A 160 KB tmpfs: a real full disk (needs root; skipped elsewhere)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_really_full_disk_stops_the_run_and_a_rerun_finishes(tiny_model_dir, tmp_path,
                                                               small_disk, capsys):  # fmt: skip
    src = tmp_path / "src"
    src.mkdir()
    text = "\n\n".join(sentences(20, only_kyrgyz=True) * 30)  # ~60 KB, 20 distinct sentences
    for f in range(10):
        (src / f"doc {f}.txt").write_text(f"{f}. {text}", encoding="utf-8")
    out = small_disk / "out"
    args = ["batch", str(src), str(out), "--to", "en", "--model", str(tiny_model_dir)]

    assert main(args) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "run the same command again" in err
    assert "Traceback" not in err
    written = tree(out)
    assert 0 < len(written) < 10
    assert not [p for p in out.rglob("*.tmp") if ".workbench" not in p.parts]

    subprocess.run(["mount", "-o", "remount,size=8m", str(small_disk)], check=True)
    assert main(args) == 0
    capsys.readouterr()
    complete = tree(out)
    assert len(complete) == 10
    assert all(complete[name] == data for name, data in written.items())  # the copies were whole
    assert report_of(out)["totals"]["translated"] == 10


def test_output_folder_that_is_not_writable(tiny_model_dir, tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Бишкек шаарында жаңы мектеп ачылды.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: use a read-only file system instead
        made = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(locked)],
                              capture_output=True)  # fmt: skip
        if made.returncode != 0:
            pytest.skip("running as root without permission to mount a read-only tmpfs")
    else:
        locked.chmod(0o555)
    try:
        rc = main(["batch", str(src), str(locked / "out"), "--to", "en",
                   "--model", str(tiny_model_dir)])  # fmt: skip
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(locked)], check=False)
        else:
            locked.chmod(0o755)
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.startswith("workbench:")]
    assert rc == 1 and len(lines) == 1 and "cannot write in the output folder" in lines[0]
    assert "Traceback" not in err


def test_a_1_mb_paragraph_without_punctuation_is_split_and_nothing_is_lost(
    tiny_model_dir, tmp_path, capsys
):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    words = "Бишкек шаарында жаңы мектеп ачылды жолдор оңдолуп жатат".split()
    text = " ".join(words[i % len(words)] for i in range(110_000))  # about 1 MB, one line
    assert len(text.encode("utf-8")) > 1_000_000
    (src / "long.txt").write_text(text, encoding="utf-8")
    (src / "short.txt").write_text("Ош облусунда жолдор оңдолуп жатат.", encoding="utf-8")

    # To Russian: the copy-trained model can copy Cyrillic within the target shortlist.
    assert main(["batch", str(src), str(out), "--to", "ru", "--model", str(tiny_model_dir)]) == 0
    capsys.readouterr()
    got = statuses(out)
    assert got["long.txt"][0] == got["short.txt"][0] == TRANSLATED
    files = {f["path"]: f for f in report_of(out)["files"]}
    assert F.MT_SPLIT in files["long.txt"]["flags"]  # split for the model, and said so
    copy = (out / "long.txt").read_text(encoding="utf-8")
    # The tiny model copies short inputs only, so the parts' outputs are rough; but one
    # 512-token part gives at most about 2,000 characters: 20,000 means the paragraph was
    # translated part by part to its end, not cut to its first part.
    assert len(copy) > 20_000


def test_ctrl_c_stops_after_the_current_batch_and_says_how_to_resume(tiny_model_dir, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write_docs(src, 40, 30)
    command = batch_command(src, out, tiny_model_dir)
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)  # fmt: skip
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline:
        if finished_in_manifest(out) >= 1:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 130, err
    assert "stopping after the current batch" in err
    assert "to finish, run again: workbench batch" in err and "Traceback" not in err
    assert f"--model {tiny_model_dir}" in err
    report = report_of(out)
    assert report["interrupted"] is True
    assert 1 <= report["totals"]["translated"] < 40 and report["totals"]["pending"] > 0
    assert len(tree(out)) == report["totals"]["translated"]  # every copy there is finished

    again = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert report_of(out)["totals"]["translated"] == 40
