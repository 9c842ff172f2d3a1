"""Seconds for the large and hostile inputs the tests feed the workbench.

    python -m benchmarks.large_inputs

The tests check that these inputs give the right result; how long they take
is a speed figure, and the suite must pass on a loaded machine, so the times
are measured here, printed with the goal each once had as a test threshold,
and never asserted. Each case runs once in this process (best of --repeat).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def segmenter_cases() -> list[tuple[str, float, Callable[[], object]]]:
    from workbench.core.segmenter import split_paragraph

    return [
        ("split 1 MB paragraph without punctuation", 5.0,
         lambda: split_paragraph("сөз " * 250_000, "ky")),
        ("split 1 MB of 120,000 short sentences", 5.0,
         lambda: split_paragraph("Бул сүйлөм. Ал эмне? Ооба! " * 40_000, "ky")),
        ("split 1 MB 'а.' word without spaces", 5.0,
         lambda: split_paragraph("а." * 500_000, "ru")),
    ]  # fmt: skip


def reading_cases(tmp: Path) -> list[tuple[str, float, Callable[[], object]]]:
    from workbench.core.formats import read_document

    line = tmp / "long.txt"
    line.write_text("Кыргызча сүйлөм ң ө ү. " * (10 * 1024 * 1024 // 40), encoding="utf-8")
    spaces = tmp / "spaces.txt"
    spaces.write_text(" " * (10 * 1024 * 1024) + "\nТекст", encoding="utf-8")
    return [
        ("read a 10 MB single-line text file", 20.0, lambda: read_document(line)),
        ("read 10 MB of spaces, then text", 20.0, lambda: read_document(spaces)),
    ]


def hostile_tmx_cases(tmp: Path) -> list[tuple[str, float, Callable[[], object]]]:
    from tests.test_tmx import HOSTILE
    from workbench.core.errors import BadInput
    from workbench.core.store import Project
    from workbench.core.tmx_read import import_tmx

    project = Project.create(tmp / "tmx.wbproj", "ky", "ru")

    def reject(path: Path) -> None:
        try:
            import_tmx(project, path)
        except BadInput:
            return
        raise AssertionError(f"{path.name} was accepted")

    cases = []
    for name, (text, _expected) in sorted(HOSTILE.items()):
        path = tmp / f"{name}.tmx"
        path.write_text(text, encoding="utf-8")
        cases.append((f"reject hostile TMX {name}", 2.0, lambda path=path: reject(path)))
    return cases


def offline_download_case(tmp: Path) -> list[tuple[str, float, Callable[[], object]]]:
    from huggingface_hub import constants

    from workbench.core.errors import ModelError
    from workbench.mt.models import resolve_model

    def fail() -> None:
        saved = constants.HF_HUB_OFFLINE, constants.ENDPOINT, constants.HF_HUB_CACHE
        constants.HF_HUB_OFFLINE = False
        constants.ENDPOINT = "http://127.0.0.1:9"  # nothing listens there
        constants.HF_HUB_CACHE = str(tmp / "hub")
        try:
            resolve_model("nllb-200-distilled-600M", allow_download=True)
        except ModelError:
            return
        finally:
            constants.HF_HUB_OFFLINE, constants.ENDPOINT, constants.HF_HUB_CACHE = saved
        raise AssertionError("the download did not fail")

    return [("model download with no network fails", 10.0, fail)]


def big_project(tmp: Path) -> Path:
    from workbench.core.store import NewSegment, Project

    path = tmp / "big.wbproj"
    with Project.create(path, "ru", "en") as project:
        segments = [
            NewSegment(n // 4, n % 4, "", f"Предложение {n}.", "", f"Предложение {n}.", "ru")
            for n in range(20_000)
        ]
        project.add_document("big.txt", "txt", "utf-8", b"-", segments)
    return path


def gui_cases(tmp: Path) -> list[tuple[str, float, Callable[[], object]]]:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QUndoStack

    from workbench.core.settings import Settings
    from workbench.core.store import Project
    from workbench.gui.app import make_app
    from workbench.gui.main_window import MainWindow
    from workbench.gui.segment_model import SegmentTableModel

    path = big_project(tmp)
    make_app()

    def lazy_model() -> None:
        with Project.open(path) as project:
            model = SegmentTableModel(project, QUndoStack())
            model.data(model.index(15_000, 1))
            for row in range(15_000, 15_100):
                model.data(model.index(row, 2))
            model.close()

    def window_scroll() -> None:
        window = MainWindow(Settings.load())
        window.resize(1280, 800)
        window.show()
        window.open_project(path)
        window.grid.scrollToBottom()
        window.grid.go_to_row(19_999)
        while window.model.ids[19_999] not in window.model._cache:  # painted
            QCoreApplication.processEvents()
        window.close()

    return [
        ("20,000-segment table model: fetch rows 15,000-15,100", 10.0, lazy_model),
        ("window: open 20,000 segments, scroll to the end", 15.0, window_scroll),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per case; best is shown")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="large-inputs-"))
    os.environ["WORKBENCH_CONFIG_DIR"] = str(tmp / "config")
    os.environ["WORKBENCH_CACHE_DIR"] = str(tmp / "cache")
    cases = [
        *segmenter_cases(),
        *reading_cases(tmp),
        *hostile_tmx_cases(tmp),
        *offline_download_case(tmp),
        *gui_cases(tmp),
    ]
    missed = 0
    for name, goal, run in cases:
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - started)
        verdict = "met" if best < goal else "MISSED"
        missed += best >= goal
        print(f"{name:55} {best:7.2f} s  (goal < {goal:g} s: {verdict})")
    print(f"{len(cases) - missed} of {len(cases)} goals met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
