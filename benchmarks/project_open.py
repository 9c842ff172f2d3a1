"""How long opening a 20,000-segment project takes (goal: under a second), and how
long the real window's event loop stalls from opening it to the first memory match.

    python -m benchmarks.project_open [--segments N]
    python -m benchmarks.project_open --window [--units 20000] [--runs 5]
                                      [--compare OLD_TREE]

Builds the project once in a temporary folder, then times, in fresh
processes, what the editor does on open: open the file, read the language
pair, list the documents with their progress, fetch every segment id in
order and the first screenful of rows.

--window: the project also has a translation memory of --units ky->en units, each a
fuzzy match of a segment. Each fresh process shows the real main window (offscreen
unless a display is set), runs a 2 ms timer on the GUI thread, and opens the project
from the event loop; it reports the open call itself, the longest event-loop gap from
the start of the open until the side panel shows the first memory match, when that
match appeared, and the process's CPU time over that span. The goal is a longest gap
under 50 ms; the open call itself is one gap (the document list, the grid, the first
lookup). --compare OLD_TREE alternates runs of the code in OLD_TREE (a checkout of an
older commit) with runs of this tree, so both see the same machine load. Printed,
never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.trees import alternate, trees_to_compare

OPEN = """
import sys, time
t0 = time.perf_counter()
from workbench.core.store import Project
p = Project.open(sys.argv[1])
docs = p.documents()
ids = p.segment_ids()
rows = p.segments_by_id(ids[:60])
t1 = time.perf_counter()
assert len(ids) == int(sys.argv[2]) and len(rows) == 60
print(t1 - t0)
"""


WINDOW = """
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from workbench.core.settings import Settings
from workbench.gui.app import make_app, make_window

app = make_app()
settings = Settings.load()
settings.without_mt = True  # the memory is measured here, not the MT worker
window = make_window(None, settings)
window.resize(1280, 800)
window.show()
for _ in range(20):
    app.processEvents()
clock = QElapsedTimer()
clock.start()
gaps = []  # (ms since the open started, gap ms, GUI thread's CPU ms, process CPU ms)
state = {"last": clock.nsecsElapsed(), "t0": None, "open_ms": None, "first": None,
         "cpu0": None, "cpu": None, "thread": time.thread_time(), "process": time.process_time()}
loop = QEventLoop()

def shown():
    return any(s.score is not None for s in window.side.suggestions)

def tick():
    now, thread, process = clock.nsecsElapsed(), time.thread_time(), time.process_time()
    if state["t0"] is not None and state["first"] is None:
        gaps.append(((now - state["t0"]) / 1e6, (now - state["last"]) / 1e6,
                     (thread - state["thread"]) * 1000, (process - state["process"]) * 1000))
        if shown():
            state["first"] = (now - state["t0"]) / 1e6
            state["cpu"] = time.process_time() - state["cpu0"]
            QTimer.singleShot(300, loop.quit)
    state["last"], state["thread"], state["process"] = now, thread, process

def open_it():
    state["cpu0"] = time.process_time()
    state["t0"] = clock.nsecsElapsed()
    window.open_project(sys.argv[1])
    state["open_ms"] = (clock.nsecsElapsed() - state["t0"]) / 1e6

timer = QTimer()
timer.setInterval(2)
timer.timeout.connect(tick)
timer.start()
QTimer.singleShot(50, open_it)
QTimer.singleShot(120_000, loop.quit)
loop.exec()
timer.stop()
window.close()
worst = max(gaps, key=lambda gap: gap[1])
after = [gap for gap in gaps if gap[0] - gap[1] >= state["open_ms"]]
worst_after = max(after, key=lambda gap: gap[1], default=(0.0, 0.0, 0.0, 0.0))
print(json.dumps({
    "open_ms": state["open_ms"],
    "longest_gap_ms": worst[1],
    "longest_after_open_ms": worst_after[1],
    "after_gui_cpu_ms": worst_after[2],
    "after_process_cpu_ms": worst_after[3],
    "first_match_ms": state["first"],
    "cpu_s": state["cpu"],
}))
"""


def build_memory(path: Path, units: int, segments: int) -> None:
    """A memory of `units` ky->en units, each a fuzzy match of one segment (another number)."""
    from workbench.core import tm
    from workbench.core.store import Project

    per_doc = segments // 10
    with Project.open(path) as project, project.transaction():
        for n in range(units):
            d, i = divmod(n % segments, per_doc)
            pupils = 400 + n // segments
            tm.store_unit(
                project,
                "ky",
                "en",
                f"Бишкекте {d}-{i} жаңы мектеп ачылды, анда {pupils} окуучу окуйт.",
                f"A new school {d}-{i} opened in Bishkek; {pupils} pupils study there.",
                origin=tm.ORIGIN_TMX,
                skip_duplicate=False,
            )


WINDOW_KEYS = (
    "open_ms",
    "longest_gap_ms",
    "longest_after_open_ms",
    "after_gui_cpu_ms",
    "after_process_cpu_ms",
    "first_match_ms",
    "cpu_s",
)


def fmt(data: dict) -> str:
    return (
        f"open call {data['open_ms']:6.0f} ms  longest gap {data['longest_gap_ms']:6.0f} ms  "
        f"longest gap after the open call {data['longest_after_open_ms']:5.0f} ms "
        f"(GUI CPU {data['after_gui_cpu_ms']:3.0f}, process {data['after_process_cpu_ms']:3.0f})  "
        f"first match shown at {data['first_match_ms']:6.0f} ms  CPU {data['cpu_s']:.2f} s"
    )


def build(path: Path, n: int) -> None:
    from workbench.core.store import NewSegment, Project

    with Project.create(path, "ky", "en") as project:
        per_doc = n // 10
        for d in range(10):
            segments = [
                NewSegment(
                    paragraph=i // 4,
                    position=i % 4,
                    lead="",
                    source=f"Бишкекте {d}-{i} жаңы мектеп ачылды, анда 500 окуучу окуйт.",
                    trail=" ",
                    mt_source=f"Бишкекте {d}-{i} жаңы мектеп ачылды, анда 500 окуучу окуйт.",
                    lang="ky",
                )
                for i in range(per_doc)
            ]
            project.add_document(f"doc{d}.txt", "txt", "utf-8", b"x" * 20_000, segments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--segments", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--window", action="store_true", help="open it in the real window")
    parser.add_argument("--units", type=int, default=20_000, help="memory units (--window)")
    parser.add_argument("--compare", help="an older tree to alternate with this one (--window)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.wbproj"
        t0 = time.perf_counter()
        build(path, args.segments)
        print(f"built {args.segments} segments in {time.perf_counter() - t0:.2f} s")
        if args.window:
            t0 = time.perf_counter()
            build_memory(path, args.units, args.segments)
            print(f"built {args.units} memory units in {time.perf_counter() - t0:.2f} s")
            alternate(
                WINDOW,
                [str(path)],
                trees_to_compare(args.compare),
                args.runs,
                fmt,
                keys=WINDOW_KEYS,
                fresh_config=True,
            )
            return
        times = []
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", OPEN, str(path), str(args.segments)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            times.append(float(out))
        print(
            f"open {args.segments}-segment project: "
            f"median {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms over {args.runs} runs (goal < 1000 ms)"
        )


if __name__ == "__main__":
    main()
