"""`workbench tm attach|detach|list|stats`: reference memories and the memory's figures."""

from __future__ import annotations

import argparse
import json
import sys

from workbench.cli.project_access import open_for_writing
from workbench.core.languages import LANGUAGES
from workbench.core.store import Project


def register(cmds: argparse._SubParsersAction) -> None:
    """Add the reference-memory actions to `workbench tm`'s sub-commands."""
    attach = cmds.add_parser(
        "attach",
        help="use a TMX file or another project as a read-only reference memory",
        description="Its matches appear beside the project's own, named, their scores "
        "lowered by the penalty. The file is never written to.",
    )
    attach.add_argument("project")
    attach.add_argument("file", metavar="FILE", help="a .tmx file or a .wbproj project")
    attach.add_argument("--name", help="shown with its matches (default: the file's name)")
    attach.add_argument(
        "--penalty",
        type=float,
        default=0.0,
        metavar="POINTS",
        help="points taken off each of its matches' scores (0-100, default 0)",
    )
    attach.add_argument("--json", action="store_true", help="print the reference as JSON")
    attach.set_defaults(func=_attach)

    detach = cmds.add_parser("detach", help="stop using a reference memory (its file stays)")
    detach.add_argument("project")
    detach.add_argument("name", metavar="NAME")
    detach.set_defaults(func=_detach)

    penalty = cmds.add_parser("penalty", help="change a reference memory's penalty")
    penalty.add_argument("project")
    penalty.add_argument("name", metavar="NAME")
    penalty.add_argument("points", type=float, metavar="POINTS", help="0-100")
    penalty.set_defaults(func=_penalty)

    listing = cmds.add_parser("list", help="list the project's reference memories")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(func=_list)

    stats = cmds.add_parser(
        "stats", help="count the memory's units per language pair, and each reference's"
    )
    stats.add_argument("project")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.set_defaults(func=_stats)


def _attach(args: argparse.Namespace) -> int:
    from workbench.app.tm_refs import attach

    with open_for_writing(args.project, "tm attach") as project:
        if not args.json:
            print(f"reading {args.file}…", file=sys.stderr, flush=True)
        ref = attach(project, args.file, args.name, args.penalty)
        problem = _problem_of(project, ref.name)
    if args.json:
        json.dump(ref.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(
            f"{args.project}: attached {ref.path} as reference memory {ref.name!r} "
            f"(penalty {ref.penalty:g} points)"
        )
    if problem:
        print(f"workbench: warning: {problem}", file=sys.stderr)
    return 0


def _detach(args: argparse.Namespace) -> int:
    from workbench.app.tm_refs import detach

    with open_for_writing(args.project, "tm detach") as project:
        ref = detach(project, args.name)
    print(f"{args.project}: detached reference memory {ref.name!r} ({ref.path} is unchanged)")
    return 0


def _penalty(args: argparse.Namespace) -> int:
    from workbench.core import tm_refs

    with open_for_writing(args.project, "tm penalty") as project:
        ref = tm_refs.set_penalty(project, args.name, args.points)
    print(f"{args.project}: reference memory {ref.name!r} now loses {ref.penalty:g} points")
    return 0


def _list(args: argparse.Namespace) -> int:
    from workbench.core import tm_refs

    with Project.open(args.project, read_only=True) as project:
        rows = [(ref, tm_refs.problem(project, ref)) for ref in tm_refs.references(project)]
    if args.json:
        data = [{**ref.to_json(), "usable": not why, "problem": why} for ref, why in rows]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not rows:
        print("no reference memories (attach one with `workbench tm attach`)")
    for ref, why in rows:
        print(f"{ref.name}: {ref.kind} {ref.path}, penalty {ref.penalty:g}")
        if why:
            print(f"    {why}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from workbench.app.tm_refs import memory_stats

    with Project.open(args.project, read_only=True) as project:
        own, refs = memory_stats(project)
    if args.json:
        data = {**own.to_json(), "references": [r.to_json() for r in refs]}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not own.pairs:
        print("the translation memory is empty")
    for (src, tgt), n in own.pairs.items():
        print(f"{LANGUAGES[src].tmx} -> {LANGUAGES[tgt].tmx}: {n} units")
    for ref in refs:
        print(f"reference memory {ref.name!r} (penalty {ref.penalty:g}, {ref.path}):")
        if ref.problem:
            print(f"    {ref.problem}")
            continue
        for (src, tgt), n in ref.pairs.items():
            print(f"    {LANGUAGES[src].tmx} -> {LANGUAGES[tgt].tmx}: {n} units")
    return 0


def _problem_of(project: Project, name: str) -> str:
    from workbench.core import tm_refs

    return tm_refs.problem(project, tm_refs.find(project, name))


def ready_references(project: Project) -> None:
    """Before a lookup: index the TMX references that changed since they were indexed
    (saying so), and say on stderr which ones the lookup leaves out, and why."""
    from workbench.app.tm_refs import index_changed, pending
    from workbench.core import tm_refs

    for ref in pending(project):
        print(f"indexing reference memory {ref.name!r} ({ref.path})…", file=sys.stderr)
    index_changed(project)
    for line in tm_refs.problems(project):
        print(f"workbench: warning: {line}", file=sys.stderr)
