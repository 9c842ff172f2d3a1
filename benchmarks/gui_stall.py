"""The longest GUI event-loop stall while the editor pre-translates a document,
and while the translator types with completion (ghost text) on.

    python benchmarks/gui_stall.py [--segments 600] [--model PATH_OR_ID] [--engine E]
                                   [--phases pretranslate,completing] [--typed 4] [--hogs N]

Opens the real main window (offscreen unless a display is set), starts
"Pre-translate document" through the real worker thread, and meanwhile a 2 ms
timer on the GUI thread records the gap between its ticks: a gap much longer
than 2 ms is the event loop being blocked. The goal is a longest stall under
50 ms. Phases are reported apart: the worker's warm-up (importing the engine's
libraries, which the window does soon after a project opens), loading the
model, translating, and completing: a simulated translator types the targets
of `--typed` segments with real key events (60-160 ms a letter, a pause of
0.5 s after most words, so the editor asks for a completion and draws its
ghost; a third of the ghosts' next words taken with Tab), with the editor's
completion and look-ahead on as shipped. Without --model it builds the tests'
tiny NLLB-architecture model, so the stalls measured are the GUI side's
(storing results, repainting, signal traffic, the GIL held by the worker).
Beside each gap's length, the GUI thread's own CPU time in it ("busy",
time.thread_time) is reported: on a loaded machine a gap is mostly waiting for
a CPU, while its busy time is what the editor's own code cost; "GUI CPU" is
the phase's total. The whole process's CPU time in each gap tells a gap in which
the process had no CPU at all ("starved": other programs held both cores; seen
here as 0.4-1.4 s gaps with a few ms of process CPU) from one in which a worker
thread held the GIL while it computed. The pre-translate line also gives the time
from the model being ready to the last result stored (translating proper);
`--hogs N` runs N busy-looping processes meanwhile (other programs competing for
the CPUs). Printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOAL_MS = 50.0
FRAME_MS = 16.0  # a frame at 60 Hz: gaps longer than this are counted
TICK_MS = 2


def build_project(folder: Path, count: int) -> Path:
    from tests.fixtures.make_tiny_model import corpus
    from workbench.core.store import NewSegment, Project

    sentences = [s for s in corpus() if any(ch in s for ch in "ңөүабвгд")]
    path = folder / "stall.wbproj"
    with Project.create(path, "ky", "en") as project:
        segments = []
        for n in range(count):
            text = f"{sentences[n % len(sentences)]} ({n})"
            segments.append(NewSegment(n // 3, n % 3, " " if n % 3 else "", text, "", text, "ky"))
        project.add_document("stall.txt", "txt", "utf-8", b"-", segments)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=600)
    parser.add_argument("--model", help="model folder or id (default: build the tiny test model)")
    parser.add_argument("--engine", default="auto", choices=("auto", "ctranslate2", "transformers"))
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument(
        "--phases",
        default="pretranslate,completing",
        help="comma-separated: pretranslate (the whole document), completing (typing)",
    )
    parser.add_argument("--typed", type=int, default=4, help="segments typed while completing")
    parser.add_argument(
        "--cache-dir",
        help="the workbench cache folder (default: a fresh one; a kept one skips a large "
        "model's conversion, and the MT cache is then warm)",
    )
    parser.add_argument(
        "--hogs",
        type=int,
        default=0,
        help="start this many busy-looping processes for the run: other programs competing "
        "for the CPUs (what the MT threads' lower priority costs the translation)",
    )
    parser.add_argument(
        "--no-warm-up",
        action="store_true",
        help="skip the worker's warm-up imports, so the first request pays for them",
    )
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    tmp = Path(tempfile.mkdtemp(prefix="gui-stall-"))
    os.environ["WORKBENCH_CONFIG_DIR"] = str(tmp / "config")
    # A cold MT cache: real work.
    os.environ["WORKBENCH_CACHE_DIR"] = args.cache_dir or str(tmp / "cache")
    phases = {p.strip() for p in args.phases.split(",") if p.strip()}
    model = args.model
    if model is None:
        from tests.fixtures.make_tiny_model import build_tiny_model

        model = str(build_tiny_model(tmp / "tiny-model") or (tmp / "tiny-model"))
    project = build_project(tmp, args.segments)

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from workbench.core.settings import Settings
    from workbench.gui.app import make_app, make_window

    app = make_app()
    settings = Settings.load()
    settings.model, settings.engine = model, args.engine
    settings.device, settings.threads = args.device, args.threads
    window = make_window(project, settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    clock = QElapsedTimer()
    clock.start()
    # (gap ms, phase, GUI thread's CPU ms in it, the whole process's CPU ms in it)
    gaps: list[tuple[float, str, float, float]] = []
    phase = ["warm-up"]
    last = [clock.nsecsElapsed(), time.thread_time_ns(), time.process_time_ns()]

    def tick() -> None:
        now, cpu, process = clock.nsecsElapsed(), time.thread_time_ns(), time.process_time_ns()
        gaps.append(
            ((now - last[0]) / 1e6, phase[0], (cpu - last[1]) / 1e6, (process - last[2]) / 1e6)
        )
        last[:] = [now, cpu, process]

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    loop = QEventLoop()
    if not args.no_warm_up:  # (the window's own warm-up timer then queues behind the job)
        # What a user's session does: the worker imports torch/transformers soon after
        # a project opens; measured as its own phase.
        warm_loop = QEventLoop()
        window.mt._worker.warmed.connect(warm_loop.quit)
        window.mt.warm_up()
        QTimer.singleShot(120_000, warm_loop.quit)
        warm_loop.exec()
    phase[0] = "model load"
    outcome: list[str] = []
    ready: list[float] = []  # when the model was ready: translating from then on
    window.mt.modelReady.connect(lambda _m: ready.append(time.perf_counter()))
    window.mt.modelReady.connect(
        lambda _m: phase.__setitem__(0, "translating" if phase[0] == "model load" else phase[0])
    )
    hogs = start_hogs(args.hogs)
    report: list[str] = []
    if "pretranslate" in phases:
        window.mt.jobFinished.connect(
            lambda _j, result, msg: (outcome.append(f"{result} {msg}"), loop.quit())
        )
        started = time.perf_counter()
        window.pretranslate_document()
        loop.exec()
        ended = time.perf_counter()
        translating = f", {ended - ready[0]:.2f} s of it after the model was ready" if ready else ""
        report.append(
            f"pre-translated {window.mt.filled}/{args.segments} segments in "
            f"{ended - started:.1f} s{translating} ({outcome[0].strip()})"
        )
    if "completing" in phases:
        report.append(type_with_completion(window, phase, args.typed))
    timer.stop()
    for hog in hogs:
        hog.kill()
        hog.wait()
    window.close()

    print("\n".join(report))
    print(f"model: {model} ({args.engine}, {args.device})")
    # "busy": the GUI thread's own CPU time inside a gap (time.thread_time). A gap much
    # longer than its busy time is the thread waiting: for the GIL, or for a CPU on a
    # loaded machine; its busy time is what this process's GUI code cost.
    for name in ("warm-up", "model load", "translating", "completing"):
        values = [g for g, p, _c, _pc in gaps if p == name]
        if not values:
            continue
        busy = max(c for _g, p, c, _pc in gaps if p == name)
        values.sort()
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        janks = sum(1 for g in values if g > FRAME_MS)
        busy_janks = sum(1 for _g, p, c, _pc in gaps if p == name and c > FRAME_MS)
        starved = sum(
            1 for g, p, _c, pc in gaps if p == name and g > FRAME_MS and is_starved(g, pc)
        )
        total = sum(c for _g, p, c, _pc in gaps if p == name) / 1000
        print(
            f"{name:12} ticks {len(values):6}  median {statistics.median(values):6.1f} ms  "
            f"p99 {p99:6.1f} ms  longest stall {values[-1]:6.1f} ms  longest busy {busy:6.1f} ms"
            f"  over {FRAME_MS:.0f} ms: {janks} (busy: {busy_janks}, starved: {starved})"
            f"  GUI CPU {total:.2f} s"
        )
    for title, names in (
        ("pre-translating", ("model load", "translating")),
        ("completing", ("completing",)),
    ):
        chosen = [(g, c, pc) for g, p, c, pc in gaps if p in names]
        if chosen:
            worst, _c, process = max(chosen)
            busy = max(c for _g, c, _pc in chosen)
            verdict = "meets" if worst < GOAL_MS else "misses"
            print(
                f"longest event-loop stall while {title}: {worst:.1f} ms "
                f"({verdict} the {GOAL_MS:.0f} ms goal; longest busy {busy:.1f} ms; "
                f"the process ran {process:.1f} ms in that stall)"
            )
            fed = [g for g, _c, pc in chosen if not is_starved(g, pc)]
            if fed and max(fed) < worst:
                print(
                    f"  longest stall while {title} in which the process was not starved: "
                    f"{max(fed):.1f} ms"
                )
    return 0


def start_hogs(count: int) -> list:
    """`count` processes that only burn a CPU each (at the default priority)."""
    import subprocess

    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def is_starved(gap_ms: float, process_cpu_ms: float) -> bool:
    """Whether the whole process ran for under a quarter of a gap: on a saturated machine
    it then waited for a CPU (runnable, every thread), not for its own work or the GIL
    (a thread holding the GIL while it computes counts as process CPU). Seen here as
    0.4-1.4 s gaps with 4-30 ms of process CPU, no idle and no steal (stall2 note)."""
    return process_cpu_ms < gap_ms / 4


def type_with_completion(window, phase: list[str], count: int) -> str:
    """The simulated translator (see the module docstring); returns a report line."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    assist, mt = window.assist, window.mt
    rng = random.Random(16)
    ids = list(window.model.ids)[:count]
    asked: list[int] = []
    shown: list[int] = []
    taken = [0]
    original = mt.request_completion

    def request_completion(request) -> None:
        asked.append(1)
        original(request)

    mt.request_completion = request_completion
    assist.shown.connect(lambda _done: shown.append(1))
    if mt._worker_thread.worker._engine is None:  # noqa: SLF001 - a benchmark's peek
        phase[0] = "model load"  # the first request loads the model (not typing's stall)
    else:
        phase[0] = "completing"
    mt.modelReady.connect(lambda _m: phase.__setitem__(0, "completing"))
    keys = 0
    started = time.perf_counter()
    for sid in ids:
        window.project.set_target(sid, "")
        window.grid.go_to_row(window.model.row_of(sid))
        QApplication.processEvents()
        editor = window.grid.current_editor()
        if editor is None:
            continue
        editor.setFocus()
        text = window.project.segment(sid).source
        steps: list[tuple[int, str]] = []  # (delay ms, character or "tab")
        for n, ch in enumerate(text):
            steps.append((rng.randint(60, 160), ch))
            if ch == " " and n > 0 and rng.random() < 0.8:
                steps.append((500, "pause"))
                if rng.random() < 0.33:
                    steps.append((rng.randint(100, 200), "tab"))
        loop = QEventLoop()

        def step(editor=editor, steps=steps, loop=loop) -> None:
            nonlocal keys
            if not steps:
                loop.quit()
                return
            delay, what = steps.pop(0)
            if what == "tab":
                if editor.ghost_visible() and assist.accept_word():
                    taken[0] += 1
            elif what != "pause":
                key = Qt.Key.Key_Space if what == " " else Qt.Key.Key_unknown
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, what)
                    )
                keys += 1
            QTimer.singleShot(delay, step)

        QTimer.singleShot(0, step)
        loop.exec()
    elapsed = time.perf_counter() - started
    mt.request_completion = original
    return (
        f"typed {keys} letters into {len(ids)} targets in {elapsed:.1f} s: "
        f"{len(asked)} completions asked, {len(shown)} ghosts shown, {taken[0]} words taken "
        f"with Tab, {assist.stale} answers stale, {mt.mailbox.dropped} requests superseded"
    )


if __name__ == "__main__":
    raise SystemExit(main())
