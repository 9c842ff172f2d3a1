"""The first fuzzy lookup on a large memory that keeps its keys whole (a reference TMX's
index, app/tm_refs.build_index): what a CLI command pays once per run.

    python -m benchmarks.memory_keys [--units 100000] [--runs 5] [--compare OLD_TREE]

Builds a memory-only project of --units ky->en units the way an index is built (then its
keys stored whole, tm_index.store_keys), then in fresh processes opens it read-only and
times the first lookup (which reads the keys) and a second one. --compare OLD_TREE runs
the code in OLD_TREE (a checkout from before the keys were stored whole: it reads them
unit by unit) alternately with this tree, so both see the same machine load. Printed,
never asserted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.trees import alternate, trees_to_compare

CHILD = """
import json, sys, time
t0 = time.perf_counter(); c0 = time.process_time()
from workbench.core import tm
from workbench.core.store import Project
with Project.open(sys.argv[1], read_only=True) as memory:
    t1 = time.perf_counter()
    first = tm.lookup(memory, sys.argv[2], "ky", "en", references=False)
    t2 = time.perf_counter()
    tm.lookup(memory, sys.argv[2], "ky", "en", references=False)
    t3 = time.perf_counter()
assert first, "no match"
print(json.dumps({"first_s": t2 - t1, "second_s": t3 - t2, "cpu_s": time.process_time() - c0}))
"""


def build(path: Path, units: int) -> None:
    from workbench.core import tm, tm_index
    from workbench.core.store import Project

    with Project.create(path, "ky", "en", purpose="reference index") as memory:
        with memory.transaction():
            for n in range(units):
                tm.store_unit(
                    memory,
                    "ky",
                    "en",
                    f"Бишкекте {n}-мектеп ачылды, анда {n % 900} окуучу окуйт, дейт үй-бүлө.",
                    f"School {n} opened in Bishkek; {n % 900} pupils study there.",
                    origin=tm.ORIGIN_TMX,
                    skip_duplicate=False,
                )
        with memory.transaction():
            if hasattr(tm_index, "store_keys"):
                tm_index.store_keys(memory)
        memory.connection.execute("PRAGMA journal_mode=DELETE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", help="an older tree to alternate with this one")
    args = parser.parse_args()
    query = "Бишкекте 777-мектеп ачылды, анда 70 окуучу окуйт, дешет."
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.wbproj"
        t0 = time.perf_counter()
        build(path, args.units)
        size = path.stat().st_size / 1e6
        print(f"built {args.units} units ({size:.1f} MB) in {time.perf_counter() - t0:.1f} s")
        alternate(CHILD, [str(path), query], trees_to_compare(args.compare), args.runs, fmt)


def fmt(data: dict) -> str:
    return (
        f"first lookup {data['first_s'] * 1000:7.0f} ms  second {data['second_s'] * 1000:5.0f} ms"
        f"  process CPU {data['cpu_s']:.2f} s"
    )


if __name__ == "__main__":
    main()
