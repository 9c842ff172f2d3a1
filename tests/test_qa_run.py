"""A project-wide QA run shared with a forked child (core/qa_run.py, the CLI's way):
the same warnings in the same order as one process gives, whatever the child does."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core import qa, qa_run
from workbench.core.qa import QaContext, QaText, QaWarning
from workbench.core.qa_run import run_qa
from workbench.core.segment import Status
from workbench.core.store import NewSegment, Project
from workbench.core.store_terms import add_term_entries
from workbench.core.termbase import Term, TermEntry

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
    reason="the forked run is used on Linux with two CPUs or more",
)

ENTRIES = [
    TermEntry({"ky": (Term("өкмөт"),), "ru": (Term("правительство"),)}),
    TermEntry({"ky": (Term("мыйзам"),), "ru": (Term("закон"),)}),
]
SOURCES = ["Өкмөттүн чечими {n} сом.", "Мыйзамдар кабыл алынды.", "Бүгүн жыйын өттү"]
TARGETS = ["Решение правительства {n} сом.", "Приняты решения.", "Сегодня прошло собрание."]


def _rows(n: int = 60) -> list[QaText]:
    rows = []
    for i in range(n):
        source = SOURCES[i % 3].format(n=i)
        target = TARGETS[i % 3].format(n=i + (i % 5 == 0))  # some numbers differ
        if i % 6 == 5:
            target = "Собрание прошло сегодня."  # one source, two translations
        rows.append(QaText(i + 1, source, target, source, "ky", Status.NEEDS_REVIEW))
    return rows


@pytest.fixture
def forkable(monkeypatch):
    if threading.active_count() > 1:
        pytest.skip("another thread runs in this test process: no fork")
    monkeypatch.setattr(qa_run, "MIN_SEGMENTS", 1)


@pytest.fixture
def checked(monkeypatch):
    """How many segments this process checked itself (a forked child counts its own)."""
    calls = []
    real = qa._terms

    def counting(*args):
        calls.append(args[1])
        return real(*args)

    monkeypatch.setattr(qa, "_terms", counting)
    return calls


def test_a_forked_run_gives_the_same_warnings_and_the_child_does_its_share(forkable, checked):
    rows = _rows()
    alone = run_qa(QaContext("ky", "ru", ENTRIES), rows)
    assert {w.check for w in alone} >= {qa.TERM_MISSING, qa.NUMBERS, qa.END_PUNCTUATION}
    assert any(w.check == qa.INCONSISTENT for w in alone)
    checked.clear()
    ctx = QaContext("ky", "ru", ENTRIES)
    assert run_qa(ctx, rows, fork=True) == alone
    parent_share = len(rows) - int(len(rows) * qa_run.CHILD_SHARE)
    assert sorted(checked) == [row.id for row in rows[:parent_share]]
    # The child's results stay in the context: the editor's next run checks nothing again.
    checked.clear()
    assert run_qa(ctx, rows) == alone and checked == []


def test_a_child_that_fails_or_sends_garbage_costs_only_time(forkable, checked, monkeypatch):
    rows = _rows()
    alone = run_qa(QaContext("ky", "ru", ENTRIES), rows)

    def broken(ctx, share, check, fd):
        raise RuntimeError("a child that fails")

    def garbage(ctx, share, check, fd):
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(b"not a pickle")
        return 0

    def failed_after_sending(ctx, share, check, fd):
        # Entries that look right but come from a child that then failed: never used.
        wrong = {
            (row.id, row.source_plain, row.target_plain, row.lang): (
                ctx.letters.learnt,
                (QaWarning(row.id, "made-up", "not a real warning"),),
            )
            for row in share
        }
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(pickle.dumps(wrong))
        return 3

    for child in (broken, garbage, failed_after_sending):
        monkeypatch.setattr(qa_run, "_child", child)
        checked.clear()
        assert run_qa(QaContext("ky", "ru", ENTRIES), rows, fork=True) == alone, child
        assert len(checked) == len(rows)  # the parent checked the child's share itself


def test_no_fork_while_another_thread_runs(forkable):
    assert qa_run.can_fork(10_000)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not qa_run.can_fork(10_000)
    finally:
        stop.set()
        other.join()
    assert qa_run.can_fork(10_000)
    assert not qa_run.can_fork(qa_run.MIN_SEGMENTS - 1)
    # A project whose results would not all fit in the context's cache: the parent
    # would have to check the child's share again.
    assert qa_run.can_fork(qa.RESULTS_BOUND)
    assert not qa_run.can_fork(qa.RESULTS_BOUND + 1)


def test_the_cli_run_forks_and_prints_what_one_process_prints(
    forkable, tmp_path, capsys, monkeypatch
):
    path = tmp_path / "p.wbproj"
    rows = _rows(30)
    with Project.create(path, "ky", "ru") as p:
        news = [NewSegment(0, i, "", r.source_plain, "", r.source_plain, "ky")
                for i, r in enumerate(rows)]  # fmt: skip
        p.add_document("d.txt", "txt", "utf-8", b"-", news)
        add_term_entries(p, ENTRIES)
        for sid, row in zip(p.segment_ids(), rows, strict=True):
            p.set_target(sid, row.target_plain)
    started = []
    real_start = qa_run.start
    monkeypatch.setattr(qa_run, "start", lambda *a: started.append(1) or real_start(*a))
    assert main(["qa", str(path), "--json"]) == 0
    forked = capsys.readouterr().out
    assert started == [1]
    monkeypatch.setattr(qa_run, "MIN_SEGMENTS", 10**9)
    assert main(["qa", str(path), "--json"]) == 0
    assert capsys.readouterr().out == forked
    assert started == [1]


def test_a_parent_that_fails_leaves_no_child_behind(forkable, monkeypatch):
    """The parent's own share raises (a bug, Ctrl+C): the child is stopped and waited
    for, and the pipe closed, before the error goes on (a long-lived process, such as
    this test run, kept a zombie, or a child blocked writing to a pipe nobody reads)."""
    parent = os.getpid()
    real_check = qa_run.check_segment

    def failing_in_the_parent(ctx, seg):
        if os.getpid() == parent:
            raise RuntimeError("the parent's check failed")
        return real_check(ctx, seg)

    helpers = []
    real_start = qa_run.start
    monkeypatch.setattr(qa_run, "start", lambda *a: helpers.append(real_start(*a)) or helpers[-1])
    monkeypatch.setattr(qa_run, "check_segment", failing_in_the_parent)
    with pytest.raises(RuntimeError, match="the parent's check failed"):
        run_qa(QaContext("ky", "ru", ENTRIES), _rows(), fork=True)
    assert len(helpers) == 1 and helpers[0] is not None
    helper = helpers[0]
    try:
        with pytest.raises(ChildProcessError):  # already waited for: no such child
            os.waitpid(helper.pid, os.WNOHANG)
        with pytest.raises(OSError):  # the read end is closed
            os.fstat(helper.fd)
    finally:  # without the fix: do not leave the child to the rest of the test run
        try:
            os.kill(helper.pid, 9)
            os.waitpid(helper.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def test_the_fork_tests_run_in_a_fresh_process_when_this_one_has_threads():
    """In the full suite the GUI tests before this file leave threads behind (Qt's
    pooled threads, and threading's entry for a finished QThread that ran Python), so
    every test above skips here (`forkable`). They are run again in a fresh
    interpreter, where each must run and pass, none skip."""
    if threading.active_count() == 1:
        pytest.skip("no other thread: the tests above ran in this process")
    root = Path(__file__).resolve().parent.parent
    path = os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__]
        + ["-k", "not fresh_process"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=600,
    )
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert re.search(r"\b[1-9]\d* passed", summary) and "skipped" not in summary, summary
