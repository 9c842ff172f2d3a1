"""A long TMX import commits in chunks, yet stays all or nothing for the user."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core import tm
from workbench.core.errors import BadInput, Cancelled
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.core.tmx_read import import_tmx


def write_tmx(path: Path, n: int, *, truncate: bool = False) -> Path:
    units = "".join(
        f'<tu tuid="{i}"><tuv xml:lang="ky"><seg>Сүйлөм номер {i} жазылды.</seg></tuv>'
        f'<tuv xml:lang="ru"><seg>Предложение номер {i} написано.</seg></tuv></tu>\n'
        for i in range(n)
    )
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ky" '
        f'datatype="plaintext"/><body>\n{units}</body></tmx>\n'
    )
    if truncate:
        text = text[: len(text) * 2 // 3]
    path.write_text(text, encoding="utf-8")
    return path


def raw_units(project: Project) -> int:
    return project.connection.execute("SELECT COUNT(*) FROM tm_units").fetchone()[0]


def test_units_of_an_unfinished_import_are_invisible_to_lookups(tmp_path):
    """Committed chunks would be seen half way (set VISIBLE_UNITS to "1" to see it)."""
    path = tmp_path / "p.wbproj"
    project = Project.create(path, "ky", "ru")
    viewer = Project.open(path, read_only=True)  # another window, reading
    seen: list[tuple[int, dict, list]] = []

    def watch(progress) -> None:
        if not seen and progress.done < progress.total:
            seen.append(
                (
                    raw_units(viewer),
                    tm.count_units(viewer),
                    tm.lookup(viewer, "Сүйлөм номер 7 жазылды.", "ky", "ru", threshold=50),
                )
            )

    report = import_tmx(
        project, write_tmx(tmp_path / "big.tmx", 1200), TaskState(watch), chunk_units=100
    )
    assert report.imported == 1200
    committed, counted, found = seen[0]
    assert committed >= 400 * 2  # whole chunks were already in the file...
    assert counted == {} and found == []  # ...but nobody saw them
    assert tm.count_units(viewer) == {("ky", "ru"): 1200, ("ru", "ky"): 1200}
    assert tm.lookup(viewer, "Сүйлөм номер 7 жазылды.", "ky", "ru")[0].score == 100
    viewer.close()
    project.close()


@pytest.mark.parametrize("how", ["cancel", "truncated"])
def test_a_cancelled_or_failed_import_takes_all_its_chunks_back(tmp_path, how):
    """Remove discard_import in import_tmx to see the first chunks stay."""
    with Project.create(tmp_path / "p.wbproj", "ky", "ru") as project:
        import_tmx(project, write_tmx(tmp_path / "small.tmx", 5))
        before = tm.count_units(project)
        state = TaskState()
        if how == "cancel":
            state = TaskState(lambda p: state.cancel() if p.done < p.total else None)
            source, error = write_tmx(tmp_path / "big.tmx", 1200), Cancelled
        else:
            source, error = write_tmx(tmp_path / "bad.tmx", 1200, truncate=True), BadInput
        with pytest.raises(error):
            import_tmx(project, source, state, chunk_units=100)
        assert tm.count_units(project) == before and raw_units(project) == 10
        unfinished = project.connection.execute(
            "SELECT COUNT(*) FROM tm_imports WHERE finished IS NULL"
        ).fetchone()[0]
        assert unfinished == 0


KILLED_IMPORT = """
import sys, time
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.core.tmx_read import import_tmx

def stop_here(progress):
    if progress.done < progress.total:
        print("half way", flush=True)
        time.sleep(600)

with Project.open(sys.argv[1], purpose="workbench tmx import") as p:
    import_tmx(p, sys.argv[2], TaskState(stop_here), chunk_units=100)
"""


def test_an_import_killed_half_way_is_rolled_back_on_the_next_writable_open(tmp_path):
    """Remove _roll_back_unfinished_imports from Project.open to see the chunks stay."""
    path = tmp_path / "p.wbproj"
    Project.create(path, "ky", "ru").close()
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(path), str(write_tmx(tmp_path / "b.tmx", 1200))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "half way"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stats = subprocess.run(
        [sys.executable, "-m", "workbench", "tm", "stats", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "the translation memory is empty" in stats.stdout  # invisible while it waits
    fill = subprocess.run(
        [sys.executable, "-m", "workbench", "tm", "fill", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert fill.returncode == 0, fill.stderr
    assert "the import of b.tmx started" in fill.stderr and "rolled back" in fill.stderr
    with Project.open(path, read_only=True) as p:
        assert raw_units(p) == 0
        assert p.connection.execute("SELECT COUNT(*) FROM tm_imports").fetchone()[0] == 0
