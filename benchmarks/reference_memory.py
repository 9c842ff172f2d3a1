"""Memory lookups with a large reference memory attached.

    python -m benchmarks.reference_memory [--own 20000] [--reference 100000] [--queries 40]

Builds a project whose own memory holds N random ky/en units and a TMX file of M more,
attaches the TMX as a reference memory (which indexes it once into the cache folder),
then times the side panel's lookup (tm.lookup, 5 matches, threshold 70) for the same
queries without and with the reference, the first lookup after opening (which loads the
reference's keys), and, for scale, one plain read of the TMX file: what every lookup
would cost if a reference TMX were read again per lookup instead of indexed. The share
of the machine that other processes took is printed (benchmarks/noise.py).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks import noise
from workbench.app.tm_refs import attach
from workbench.core import tm, tm_refs
from workbench.core.store import Project
from workbench.core.tmx_read import TmxReader

KY = "мектеп китеп шаар тоо бала үй жол суу кол аба ырайы жакшы жаңы эски чоң кичине".split()
SUFFIXES = ["", "тер", "ке", "де", "дин", "ди", "ибиз", "лер", "га", "да"]
EN = "school book city mountain child house road water hand weather good new old big".split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(KY) + rng.choice(SUFFIXES) for _ in range(8)) + f" {n}."


def build(folder: Path, own: int, reference: int) -> tuple[Path, Path, list[str]]:
    rng = random.Random(7)
    project = folder / "p.wbproj"
    with Project.create(project, "ky", "en") as p, p.transaction():
        for i in range(own):
            target = " ".join(rng.choice(EN) for _ in range(8)) + f" {i}."
            tm.store_unit(p, "ky", "en", sentence(rng, i), target, origin="tmx")
    tmx = folder / "reference.tmx"
    sources = []
    with open(tmx, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header ')
        f.write('creationtool="b" creationtoolversion="1" segtype="sentence" o-tmf="b" ')
        f.write('adminlang="en" srclang="ky-KG" datatype="plaintext"/>\n<body>\n')
        for i in range(reference):
            source = sentence(rng, own + i)
            sources.append(source)
            target = " ".join(rng.choice(EN) for _ in range(8)) + f" {own + i}."
            f.write(
                f'<tu><tuv xml:lang="ky-KG"><seg>{escape(source)}</seg></tuv>'
                f'<tuv xml:lang="en-US"><seg>{escape(target)}</seg></tuv></tu>\n'
            )
        f.write("</body></tmx>\n")
    # queries: reference sources with a word changed (fuzzy matches there and here)
    queries = []
    for source in rng.sample(sources, 40):
        words = source.split()
        words[rng.randrange(len(words) - 1)] = rng.choice(KY)
        queries.append(" ".join(words))
    return project, tmx, queries


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--own", type=int, default=20_000)
    parser.add_argument("--reference", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKBENCH_CACHE_DIR"] = str(Path(tmp) / "cache")
        project, tmx, queries = build(Path(tmp), args.own, args.reference)
        queries = queries[: args.queries]
        size = tmx.stat().st_size / 1e6
        print(f"own memory {args.own} units; reference TMX {args.reference} units, {size:.1f} MB")
        before = noise.sample()

        took, _ = timed(lambda: sum(1 for _ in TmxReader(tmx)))
        print(f"one plain read of the TMX (what a lookup re-reading it would cost): {took:.2f} s")

        with Project.open(project) as p:
            took, _ = timed(lambda: attach(p, tmx, "Reference", 5))
            index = tm_refs.index_path(tmx)
        print(
            f"attach = index once: {took:.1f} s; index {index.stat().st_size / 1e6:.1f} MB "
            "in the cache folder"
        )

        with Project.open(project, read_only=True) as p:
            first, _ = timed(lambda: tm.lookup(p, queries[0], references=False))
            print(f"first lookup after opening, own memory (loads its keys): {first * 1000:.0f} ms")
            first, _ = timed(lambda: tm.lookup(p, queries[0]))
            print(
                f"first lookup with the reference (opens it, loads its keys): {first * 1000:.0f} ms"
            )
            own_only = [timed(lambda q=q: tm.lookup(p, q, references=False))[0] for q in queries]
            both = [timed(lambda q=q: tm.lookup(p, q))[0] for q in queries]
            hits = sum(bool(m.memory) for q in queries for m in tm.lookup(p, q)[:1])
        for label, times in (("own memory only", own_only), ("with the reference", both)):
            print(
                f"lookup, {label}: p50 {statistics.median(times) * 1000:.0f} ms, "
                f"max {max(times) * 1000:.0f} ms over {len(times)} queries"
            )
        print(f"best match from the reference for {hits} of {len(queries)} queries")
        share = noise.between(before, noise.sample())
        print(f"others took {share.share:.0%} of the machine{' (NOISY)' if share.noisy else ''}")


if __name__ == "__main__":
    main()
