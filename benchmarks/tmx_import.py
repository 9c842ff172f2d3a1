"""A long TMX import: chunked commits against one transaction, and a writer waiting.

    python -m benchmarks.tmx_import [--units 300000]

Builds a TMX of N ky/ru units, imports it into a fresh project twice (chunks of
CHUNK_UNITS, then everything in one chunk), and reports the time, the largest
-wal file seen while it ran, and how long a `workbench project add` started
half way waited (it waits for the import's lock and then succeeds).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.core.tmx_read import CHUNK_UNITS, import_tmx


def write_tmx(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="b" '
            'creationtoolversion="1" segtype="sentence" o-tmf="b" adminlang="en" srclang="ky" '
            'datatype="plaintext"/><body>\n'
        )
        for i in range(n):
            f.write(
                f'<tu><tuv xml:lang="ky"><seg>Бишкекте {i}-мектеп ачылды, анда {i % 977} '
                f'окуучу окуйт.</seg></tuv><tuv xml:lang="ru"><seg>В Бишкеке открылась школа '
                f"№{i}, в ней учатся {i % 977} учеников.</seg></tuv></tu>\n"
            )
        f.write("</body></tmx>\n")


def run(folder: Path, tmx: Path, chunk: int, adder: bool) -> dict[str, float]:
    path = folder / f"p{chunk}.wbproj"
    Project.create(path, "ky", "ru").close()
    wal = Path(f"{path}-wal")
    peak = [0]
    stop = threading.Event()

    def watch_wal() -> None:
        while not stop.is_set():
            try:
                peak[0] = max(peak[0], wal.stat().st_size)
            except OSError:
                pass
            time.sleep(0.05)

    doc = folder / f"doc{chunk}.txt"
    doc.write_text("Бишкекте жаңы мектеп ачылды.\n", encoding="utf-8")
    started: dict[str, float] = {}
    proc: list[subprocess.Popen] = []

    def progress(p) -> None:
        if adder and not proc and p.total and p.done > p.total // 2:
            started["add"] = time.monotonic()
            proc.append(
                subprocess.Popen(
                    [sys.executable, "-m", "workbench", "project", "add", str(path), str(doc)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )

    watcher = threading.Thread(target=watch_wal)
    watcher.start()
    begun = time.monotonic()
    with Project.open(path, purpose="workbench tmx import") as project:
        import_tmx(project, tmx, TaskState(progress), chunk_units=chunk)
    took = time.monotonic() - begun
    stop.set()
    watcher.join()
    result = {"seconds": took, "peak_wal_mb": peak[0] / 1e6}
    if proc:
        out, err = proc[0].communicate()
        result["add_rc"] = proc[0].returncode
        result["add_waited_s"] = time.monotonic() - started["add"]
        result["add_said_waiting"] = float("waiting for" in err)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=300_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tmx = folder / "big.tmx"
        write_tmx(tmx, args.units)
        print(f"{args.units} units, {tmx.stat().st_size / 1e6:.1f} MB TMX; load {os.getloadavg()}")
        for chunk, adder in ((CHUNK_UNITS, True), (10**9, False)):
            r = run(folder, tmx, chunk, adder)
            label = f"chunks of {chunk}" if chunk < 10**9 else "one transaction"
            print(label, {k: round(v, 2) for k, v in r.items()}, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
