"""How long opening a 20,000-segment project takes (goal: under a second).

    python -m benchmarks.project_open [--segments N]

Builds the project once in a temporary folder, then times, in fresh
processes, what the editor does on open: open the file, read the language
pair, list the documents with their progress, fetch every segment id in
order and the first screenful of rows.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.wbproj"
        t0 = time.perf_counter()
        build(path, args.segments)
        print(f"built {args.segments} segments in {time.perf_counter() - t0:.2f} s")
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
