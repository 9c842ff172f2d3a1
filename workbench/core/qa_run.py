"""A project-wide QA run (run_qa): every segment's checks (core/qa.py), consistency across
segments, less the ignored warnings, in segment order.

A long run in a process that may fork is shared with a forked child, on two CPUs. Only
where forking is safe and pays: a process with no other Python thread (the CLI's
`workbench qa`; the editor has Qt's and its workers' threads, and its runs stay in one
process), on Linux, with two CPUs or more, over many segments. The child checks its
share with the ordinary check_segment, which fills the context's per-segment result
cache (QaContext.results), sends those entries back through a pipe and exits. The parent
checks the rest meanwhile, takes the entries into its cache and then runs the ordinary
loop over every segment, finding the child's share there: the same code decides every
warning and their order. A child that fails, dies or sends nothing costs only time: the
parent checks that share itself.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from workbench.core.qa import (
    RESULTS_BOUND,
    QaContext,
    QaText,
    QaWarning,
    check_consistency,
    check_segment,
)
from workbench.core.segment import Segment

MIN_SEGMENTS = 2_000  # below this a fork (a few ms) and the transfer are not worth it
CHILD_SHARE = 0.6  # the parent also groups for consistency and reads the child's results


def run_qa(
    ctx: QaContext,
    segments: Sequence[Segment | QaText],
    ignored: set[tuple[int, str, str]] = frozenset(),  # type: ignore[assignment]
    *,
    fork: bool = False,
) -> list[QaWarning]:
    """All warnings for `segments`, in segment order, less the ignored ones.

    `fork`: the caller's process may fork (no other thread: the CLI); a long run then
    shares the segments with a forked child (see the module's doc), with the same result."""
    order = {seg.id: i for i, seg in enumerate(segments)}
    found: list[QaWarning] = []
    with gc_paused():
        helper = None
        if fork and can_fork(len(segments)):
            helper = start(ctx, segments, check_segment)
        first = len(segments) if helper is None else helper.first
        try:
            for seg in segments[:first]:
                found += check_segment(ctx, seg)
            consistency = check_consistency(segments)
        except BaseException:
            if helper is not None:  # no child left behind, blocked on a full pipe
                helper.abandon()
            raise
        if helper is not None:
            ctx.take_results(helper.results())
        for seg in segments[first:]:  # the child's share: found in the cache if it worked
            found += check_segment(ctx, seg)
        found += consistency
    found = [w for w in found if w.key not in ignored]
    found.sort(key=lambda w: (order.get(w.segment, 0), w.check))
    return found


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a project-wide run: the run makes hundreds of
    thousands of objects (words, forms, warnings, the caches that keep them) and no
    cycles, and each automatic collection walked every one kept so far (about 6 % of a
    20,000-segment run). Reference counting still frees everything; the collector is
    back as it was afterwards, even after an error."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def can_fork(segments: int) -> bool:
    """Whether a run over `segments` segments may be shared with a forked child here.
    threading only sees Python's threads, not a Qt application's own: that is why the
    caller opts in (run_qa's fork, the CLI only) and this check is a second guard."""
    if not sys.platform.startswith("linux") or segments < MIN_SEGMENTS:
        return False
    if segments > RESULTS_BOUND:  # the results would not all fit in the context's cache
        return False
    if threading.active_count() > 1:  # fork copies only this thread: locks held elsewhere
        return False
    return len(os.sched_getaffinity(0)) >= 2


class Helper:
    """A forked child checking segments[first:] (see start)."""

    def __init__(self, pid: int, fd: int, first: int) -> None:
        self.pid, self.fd, self.first = pid, fd, first

    def results(self) -> dict[tuple, Any]:
        """The child's cache entries (empty if it failed); waits for it to end."""
        try:
            with os.fdopen(self.fd, "rb") as pipe:
                data = pipe.read()
        finally:
            _, status = os.waitpid(self.pid, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or not data:
            return {}
        try:
            entries = pickle.loads(data)
        except Exception:  # a child cut short: the parent checks the share itself
            return {}
        return entries if isinstance(entries, dict) else {}

    def abandon(self) -> None:
        """The parent failed before reading the results: the child is stopped and
        waited for (no zombie, no child blocked writing to a pipe nobody reads)."""
        os.close(self.fd)
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it has ended on its own (it is still waited for below)
        os.waitpid(self.pid, 0)


def start(ctx: QaContext, segments: Sequence[Any], check: Callable) -> Helper | None:
    """Forks a child that runs check(ctx, seg) over the last CHILD_SHARE of `segments`
    and sends the context's new cache entries; None if no child could be started."""
    first = len(segments) - int(len(segments) * CHILD_SHARE)
    try:
        read_fd, write_fd = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read_fd)
            code = _child(ctx, segments[first:], check, write_fd)
        finally:
            os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
    os.close(write_fd)
    return Helper(pid, read_fd, first)


def _child(ctx: QaContext, share: Sequence[Any], check: Callable, fd: int) -> int:
    ctx.forget_results()  # only what this share adds goes back
    for seg in share:
        check(ctx, seg)
    data = pickle.dumps(ctx.results(), protocol=pickle.HIGHEST_PROTOCOL)
    with os.fdopen(fd, "wb") as pipe:
        pipe.write(data)
    return 0
