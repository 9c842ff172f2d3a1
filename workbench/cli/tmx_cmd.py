"""`workbench tmx ...` (TMX exchange) and `workbench tm ...` (the translation memory)."""

from __future__ import annotations

import argparse
import json
import sys

from workbench.cli import tm_refs_cmd
from workbench.cli.project_access import open_for_writing
from workbench.core.languages import CODES
from workbench.core.store import Project


def register(sub: argparse._SubParsersAction) -> None:
    _register_tmx(sub)
    _register_tm(sub)


def _register_tmx(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "tmx",
        help="export translated pairs as TMX, import TMX into the translation memory",
        description="Exchange aligned pairs with OmegaT, memoQ, Trados and other tools (TMX 1.4b).",
    )
    cmds = parser.add_subparsers(dest="tmx_command", metavar="ACTION", required=True)

    export = cmds.add_parser("export", help="write the project's translated segments as TMX")
    export.add_argument("project")
    export.add_argument("out", metavar="OUT.tmx")
    export.add_argument(
        "--status",
        choices=("confirmed", "any"),
        default="confirmed",
        help="which segments: confirmed only (default) or any translated one",
    )
    export.set_defaults(func=_export)

    imp = cmds.add_parser("import", help="add a TMX file (1.1-1.4) to the project's memory")
    imp.add_argument("project")
    imp.add_argument("tmx", metavar="IN.tmx")
    imp.set_defaults(func=_import)


def _register_tm(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "tm",
        help="look up and reuse the project's translation memory",
        description="Exact and fuzzy matches from the project's translation memory.",
    )
    cmds = parser.add_subparsers(dest="tm_command", metavar="ACTION", required=True)

    look = cmds.add_parser("lookup", help="print the memory's matches for a text")
    look.add_argument("project")
    look.add_argument("text")
    look.add_argument("--from", dest="source", choices=CODES, help="default: the project's")
    look.add_argument("--to", dest="target", choices=CODES, help="default: the project's")
    look.add_argument("--limit", type=int, default=5, metavar="N", help="at most N matches (5)")
    look.add_argument(
        "--threshold", type=float, metavar="S", help="lowest score, 0-100 (default: the setting)"
    )
    look.add_argument("--json", action="store_true", help="print the matches as JSON")
    look.set_defaults(func=_lookup)

    conc = cmds.add_parser(
        "concordance", help="find a word or phrase (any form) in the memory, both languages"
    )
    conc.add_argument("project")
    conc.add_argument("query")
    conc.add_argument("--limit", type=int, default=20, metavar="N", help="at most N units (20)")
    conc.add_argument("--json", action="store_true", help="print the units as JSON")
    conc.set_defaults(func=_concordance)

    export = cmds.add_parser(
        "export", help="write the whole memory (every unit, every language pair) as TMX"
    )
    export.add_argument("project")
    export.add_argument("out", metavar="OUT.tmx")
    export.set_defaults(func=_export_memory)

    clear = cmds.add_parser("clear", help="remove every unit from the memory (asks for --yes)")
    clear.add_argument("project")
    clear.add_argument("--yes", action="store_true", help="yes, remove them all")
    clear.set_defaults(func=_clear)

    fill = cmds.add_parser("fill", help="fill new segments that have a 100%% match")
    fill.add_argument("project")
    fill.set_defaults(func=_fill)
    tm_refs_cmd.register(cmds)


def _export(args: argparse.Namespace) -> int:
    from workbench.app.qa import export_warning
    from workbench.core.tmx_write import export_project

    with Project.open(args.project, read_only=True) as project:
        result = export_project(
            project, args.out, status=args.status, on_warning=lambda w: _warn(args.out, w)
        )
        qa_line = export_warning(project)  # exports never wait for QA; they say so
    if qa_line:
        print(f"workbench: warning: {qa_line}", file=sys.stderr)
    print(result.summary())
    return 0


def _import(args: argparse.Namespace) -> int:
    from workbench.core.tmx_read import import_tmx

    with open_for_writing(args.project, "tmx import") as project:
        report = import_tmx(project, args.tmx)
        print(report.summary(project))
    return 0


def _lookup(args: argparse.Namespace) -> int:
    from workbench.core import tm
    from workbench.core.settings import Settings

    threshold = args.threshold if args.threshold is not None else Settings.load().tm_threshold
    with Project.open(args.project, read_only=True) as project:
        tm_refs_cmd.ready_references(project)
        matches = tm.lookup(project, args.text, args.source, args.target, args.limit, threshold)
    if args.json:
        json.dump([m.to_json() for m in matches], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not matches:
        print("no matches")
        return 0
    for m in matches:
        where = f"{m.memory}, -{m.penalty:g}" if m.memory else m.origin
        print(f"{m.score:5.1f}%  [{where}]  {m.source}")
        print(f"        -> {m.target}")
    return 0


def _concordance(args: argparse.Namespace) -> int:
    from workbench.app.concordance import concordance, kwic

    with Project.open(args.project, read_only=True) as project:
        tm_refs_cmd.ready_references(project)
        hits = concordance(project, args.query, args.limit)
    if args.json:
        data = [
            {
                "id": h.unit_id,
                "score": h.score,
                "side": h.side,
                "source_lang": h.source_lang,
                "target_lang": h.target_lang,
                "source": h.source,
                "target": h.target,
                "spans": [list(span) for span in h.spans],
                "origin": h.origin,
                "document": h.document,
                "memory": h.memory,
            }
            for h in hits
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not hits:
        print(f"{args.query!r} is not in the memory")
    for h in hits:
        left, hit, right = kwic(h.text, h.spans)
        print(f"{left}[{hit}]{right}")
        print(f"    -> {h.other}" + (f"  [{h.memory}]" if h.memory else ""))
    return 0


def _export_memory(args: argparse.Namespace) -> int:
    from workbench.core.tm_admin import export_memory

    with Project.open(args.project, read_only=True) as project:
        result = export_memory(project, args.out, on_warning=lambda w: _warn(args.out, w))
    print(f"{result.path}: wrote {result.units} translation units (the whole memory)")
    return 0


def _clear(args: argparse.Namespace) -> int:
    from workbench.core.tm_admin import clear_memory, count_memory

    if not args.yes:
        with Project.open(args.project, read_only=True) as project:
            n = count_memory(project)
        print(
            f"workbench: {args.project}: this removes all {n} units of the translation memory "
            "(export it first with `workbench tm export`); run again with --yes to do it",
            file=sys.stderr,
        )
        return 1
    with open_for_writing(args.project, "tm clear") as project:
        removed = clear_memory(project)
    print(f"{args.project}: removed {removed} translation units; the memory is empty")
    return 0


def _fill(args: argparse.Namespace) -> int:
    from workbench.core import tm

    with open_for_writing(args.project, "tm fill") as project:
        filled = tm.fill_exact_matches(project)
    print(f"filled {filled} segments from 100% memory matches (status: needs review)")
    return 0


def _warn(out: str, message: str) -> None:
    print(f"workbench: warning: {out}: {message}", file=sys.stderr)
