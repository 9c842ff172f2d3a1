"""Old code against new in one run: a child script alternated over source trees.

A benchmark given `--compare OLD_TREE` (a checkout of an older commit) runs its child
script once per tree per round, old then new, so load falls on both alike; each child
prints one JSON line last, and the medians per tree close the run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path


def trees_to_compare(compare: str | None) -> list[tuple[str, str]]:
    """("old", OLD_TREE) if one is given, then ("new", this checkout)."""
    here = str(Path(__file__).resolve().parents[1])
    old = [("old", str(Path(compare).resolve()))] if compare else []
    return [*old, ("new", here)]


def alternate(
    script: str,
    args: Sequence[str],
    trees: list[tuple[str, str]],
    runs: int,
    fmt: Callable[[dict], str],
    keys: Sequence[str] | None = None,
    env: dict[str, str] | None = None,
    fresh_config: bool = False,
) -> dict[str, list[dict]]:
    """Run `python -c script *args` in each tree `runs` times, alternately, printing each
    run (with the load average before it) and then each tree's medians over `keys` (all
    of the child's keys by default). `fresh_config`: each run gets an empty settings
    folder (WORKBENCH_CONFIG_DIR), as a first start would."""
    results: dict[str, list[dict]] = {name: [] for name, _ in trees}
    for run in range(runs):
        for name, tree in trees:
            child_env = dict(os.environ, **(env or {}), PYTHONPATH=tree)
            with tempfile.TemporaryDirectory() as config:
                if fresh_config:
                    child_env["WORKBENCH_CONFIG_DIR"] = config
                load = os.getloadavg()[0]
                out = subprocess.run(
                    [sys.executable, "-c", script, *args],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=child_env,
                    cwd=tree,  # python -c puts the current folder first on sys.path
                ).stdout
            data = json.loads(out.strip().splitlines()[-1])
            results[name].append(data)
            print(f"run {run + 1} {name:5} load {load:4.2f}  " + fmt(data), flush=True)
    for name, _ in trees:
        rows = results[name]
        median = {key: statistics.median(r[key] for r in rows) for key in (keys or rows[0])}
        print(f"median {name:5}  " + fmt(median))
    return results
