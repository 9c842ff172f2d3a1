"""Analysis and concordance on a large memory.

    python -m benchmarks.memory_tools [--units 20000] [--segments 200]

Builds a project whose memory holds N random ky/ru units (words from a small
vocabulary with Kyrgyz suffixes, so inflected forms abound) and a document of M
segments, then times a one-word and a two-word concordance search and a full
analysis (`project stats`). Noisy machine: compare runs made together.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from workbench.app.analysis import analyse
from workbench.app.concordance import concordance
from workbench.core import tm
from workbench.core.store import NewSegment, Project

KY = "мектеп китеп шаар тоо бала үй жол суу кол аба ырайы жакшы жаңы эски чоң кичине".split()
SUFFIXES = ["", "тер", "ке", "де", "дин", "ди", "ибиз", "лер", "га", "да"]
RU = "школа книга город гора ребёнок дом дорога вода рука погода хорошая новая старая".split()


def build(path: Path, units: int, segments: int) -> None:
    rng = random.Random(1)
    with Project.create(path, "ky", "ru") as p:
        with p.transaction():
            for i in range(units):
                s = " ".join(rng.choice(KY) + rng.choice(SUFFIXES) for _ in range(8)) + f" {i}."
                t = " ".join(rng.choice(RU) for _ in range(8)) + f" {i}."
                tm.store_unit(p, "ky", "ru", s, t, origin="tmx", skip_duplicate=False)
        segs = [
            NewSegment(0, i, "", " ".join(rng.choice(KY) for _ in range(8)) + ".", "", "x", "ky")
            for i in range(segments)
        ]
        p.add_document("d.txt", "txt", "utf-8", b"-", segs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=20_000)
    parser.add_argument("--segments", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.wbproj"
        build(path, args.units, args.segments)
        with Project.open(path, read_only=True) as p:
            for query in ("мектеп", "жаңы мектеп", "школами"):
                start = time.perf_counter()
                hits = concordance(p, query)
                took = time.perf_counter() - start
                print(f"concordance {query!r}: {took:.2f} s, {len(hits)} hits shown")
            start = time.perf_counter()
            analyse(p)
            took = time.perf_counter() - start
            print(f"analysis of {args.segments} segments: {took:.2f} s")


if __name__ == "__main__":
    main()
