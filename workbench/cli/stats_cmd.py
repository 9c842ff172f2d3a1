"""`workbench project stats P`: the analysis agencies quote from (app/analysis.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.errors import WorkbenchError
from workbench.core.store import Project

if TYPE_CHECKING:
    from workbench.app.analysis import Counts

_COLUMNS = ("segments", "words", "characters", "no spaces")


def add_stats(cmds: argparse._SubParsersAction) -> None:
    stats = cmds.add_parser(
        "stats",
        help="analysis: words, characters, repetitions and memory match bands per document",
        description="Count segments, source words and characters per document and in total, "
        "with repetitions and match bands against the memory (as memoQ and Trados analyses).",
    )
    stats.add_argument("project")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.add_argument("--csv", metavar="FILE", help="also write the figures to a CSV file")
    stats.set_defaults(func=_stats)


def _stats(args: argparse.Namespace) -> int:
    from workbench.app.analysis import CATEGORIES, analyse

    csv_path = Path(args.csv) if args.csv else None
    if csv_path is not None and not csv_path.parent.is_dir():
        raise WorkbenchError("folder does not exist; create it first", path=csv_path.parent)
    with Project.open(args.project, read_only=True) as project:
        result = analyse(project)
    if csv_path is not None:
        result.write_csv(csv_path)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for item in [*result.documents, result.total]:
            print(item.name)
            print(f"  {'':28}" + "".join(f"{c:>12}" for c in _COLUMNS))
            for name in CATEGORIES:
                print(f"  {name:28}" + _row(item.categories[name]))
            print(f"  {'total':28}" + _row(item.total))
    if csv_path is not None:
        print(f"{csv_path}: wrote the analysis as CSV", file=sys.stderr)
    return 0


def _row(c: Counts) -> str:
    values = (c.segments, c.words, c.characters, c.characters_no_spaces)
    return "".join(f"{v:>12}" for v in values)
