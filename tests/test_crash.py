"""A process killed (kill -9) in the middle of edits loses nothing it had committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from workbench.core.segment import Status
from workbench.core.store import NewSegment, Project

EDITOR = textwrap.dedent(
    """
    import sys
    from workbench.core.segment import Status
    from workbench.core.store import Project

    project = Project.open(sys.argv[1])
    ids = project.segment_ids()
    n = 0
    while True:  # edit until killed
        sid = ids[n % len(ids)]
        status = Status.CONFIRMED if n % 3 == 0 else None
        project.set_target(sid, f"edit {n}", status=status)
        print(sid, n, flush=True)  # reported only after the commit returned
        n += 1
    """
)


def test_kill_9_during_edits_loses_nothing_committed(tmp_path):
    path = tmp_path / "crash.wbproj"
    with Project.create(path, "ky", "en") as p:
        p.add_document(
            "a.txt",
            "txt",
            "utf-8",
            b"x",
            [NewSegment(i, 0, "", f"Сап {i}.", "", f"Сап {i}.", "ky") for i in range(40)],
        )
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    last: dict[int, int] = {}
    assert proc.stdout is not None
    for _ in range(150):
        line = proc.stdout.readline()
        assert line, "the editing process died before it was killed"
        sid, n = map(int, line.split())
        last[sid] = n
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Any edits committed after the last line we read are newer still: each
    # segment must hold its last reported edit or a later one.
    with Project.open(path) as p:
        for sid, n in last.items():
            seg = p.segment(sid)
            stored = int(seg.target.split()[1])
            assert stored >= n, (sid, seg.target, n)
            assert stored % 40 == n % 40
            expected = Status.CONFIRMED if stored % 3 == 0 else Status.NEEDS_REVIEW
            assert seg.status is expected
        assert p.count() == 40
