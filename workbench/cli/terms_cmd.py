"""`workbench terms ...`: the project's termbase (import, export, list, find)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbench.cli.project_access import open_for_writing
from workbench.core.store import Project


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "terms",
        help="import, export, list, find, edit and delete the project's terms",
        description=(
            "The project's termbase: CSV/TSV with a header naming the languages "
            "(ky,ru,en,note) or TBX (TBX-Basic, v2 or v3). Terms are found in their "
            "inflected forms."
        ),
    )
    cmds = parser.add_subparsers(dest="terms_command", metavar="ACTION", required=True)

    imp = cmds.add_parser("import", help="add a CSV/TSV/TBX termbase to the project")
    imp.add_argument("project")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--shared",
        action="store_true",
        help="link the file as a shared termbase (read when used, never copied or changed)",
    )
    imp.set_defaults(func=_import)

    exp = cmds.add_parser("export", help="write the project's terms as CSV, TSV or TBX")
    exp.add_argument("project")
    exp.add_argument("file", metavar="FILE", help=".csv, .tsv or .tbx")
    exp.set_defaults(func=_export)

    lst = cmds.add_parser("list", help="print the project's terms")
    lst.add_argument("project")
    lst.add_argument("--json", action="store_true", help="print the entries as JSON")
    lst.set_defaults(func=_list)

    find = cmds.add_parser("find", help="print the terms found in a text, inflected forms too")
    find.add_argument("project")
    find.add_argument("text")
    find.add_argument("--json", action="store_true", help="print the matches as JSON")
    find.set_defaults(func=_find)

    edit = cmds.add_parser(
        "edit",
        help="change a term entry (ids: terms list); only the options given change",
        description="Change one of the project's term entries; what is not given stays. "
        "Several terms in one option: separate them with ; (the preferred one first).",
    )
    edit.add_argument("project")
    edit.add_argument("id", type=int, metavar="ID", help="the entry's id (terms list shows it)")
    edit.add_argument("--source", help="the source-language terms")
    edit.add_argument("--target", help="the target terms a translator may use")
    edit.add_argument("--forbidden", help="the target terms that must not be used ('' for none)")
    edit.add_argument("--note")
    edit.add_argument("--domain")
    case = edit.add_mutually_exclusive_group()
    case.add_argument("--case", dest="case", action="store_true", default=None,
                      help="match the terms only in their case")  # fmt: skip
    case.add_argument("--no-case", dest="case", action="store_false",
                      help="match the terms in any case")  # fmt: skip
    edit.set_defaults(func=_edit)

    delete = cmds.add_parser("delete", help="delete term entries (ids: terms list)")
    delete.add_argument("project")
    delete.add_argument("ids", type=int, nargs="+", metavar="ID")
    delete.set_defaults(func=_delete)


def _import(args: argparse.Namespace) -> int:
    from workbench.app.terms import import_terms

    with open_for_writing(args.project, "terms import") as project:
        result = import_terms(project, args.file, shared=args.shared)
    print(result.summary(Path(args.file).name))
    return 0


def _export(args: argparse.Namespace) -> int:
    from workbench.app.terms import export_terms

    with Project.open(args.project, read_only=True) as project:
        count = export_terms(project, args.file)
    print(f"{args.file}: {count} entries written")
    return 0


def _list(args: argparse.Namespace) -> int:
    from workbench.app.terms import termbase

    with Project.open(args.project, read_only=True) as project:
        entries = termbase(project, on_warning=_warn)
        source, target = project.source_lang, project.target_lang
    if args.json:
        out = [
            {
                "id": e.id,
                "terms": {
                    lang: [
                        {"text": t.text, "forbidden": t.forbidden, "case": t.case_sensitive}
                        for t in ts
                    ]
                    for lang, ts in e.terms.items()
                },
                "note": e.note,
                "domain": e.domain,
            }
            for e in entries
        ]
        print(json.dumps({"entries": out}, ensure_ascii=False, indent=1))
        return 0
    for e in entries:
        print(f"{_ident(e)}  {_line(e, source, target)}")
    print(f"{len(entries)} entries")
    return 0


def _ident(entry) -> str:  # noqa: ANN001
    return f"#{entry.id}" if entry.id is not None else "shared"


def _line(entry, source: str, target: str) -> str:  # noqa: ANN001
    src = "; ".join(_shown(t) for t in entry.in_lang(source)) or "-"
    tgt = "; ".join(_shown(t) for t in entry.in_lang(target)) or "-"
    extra = f"  ({entry.note})" if entry.note else ""
    return f"{src}  ->  {tgt}{extra}"


def _edit(args: argparse.Namespace) -> int:
    from workbench.app.terms import edit_term

    changes = {
        "source": args.source,
        "targets": args.target,
        "forbidden": args.forbidden,
        "note": args.note,
        "domain": args.domain,
        "case_sensitive": args.case,
    }
    if all(v is None for v in changes.values()):
        print("workbench: terms edit: nothing to change (give --source, --target, --forbidden, "
              "--note, --domain, --case or --no-case)", file=sys.stderr)  # fmt: skip
        return 2
    with open_for_writing(args.project, "terms edit") as project:
        entry = edit_term(project, args.id, **changes)
        print(f"#{args.id} changed: {_line(entry, project.source_lang, project.target_lang)}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from workbench.app.terms import delete_term, project_entry

    with open_for_writing(args.project, "terms delete") as project:
        for entry_id in args.ids:  # every id checked before anything is deleted
            project_entry(project, entry_id)
        for entry_id in dict.fromkeys(args.ids):
            entry = delete_term(project, entry_id)
            print(f"#{entry_id} deleted: {_line(entry, project.source_lang, project.target_lang)}")
    return 0


def _shown(term) -> str:  # noqa: ANN001
    return f"{term.text} [forbidden]" if term.forbidden else term.text


def _find(args: argparse.Namespace) -> int:
    from workbench.app.terms import find_terms, termbase

    with Project.open(args.project, read_only=True) as project:
        entries = termbase(project, on_warning=_warn)
        found = find_terms(entries, args.text, project.source_lang, project.target_lang)
    if args.json:
        print(json.dumps({"matches": [f.as_json() for f in found]}, ensure_ascii=False))
        return 0
    for f in found:
        targets = ", ".join(f.targets) or "(no target term)"
        print(f"{f.hit.start}-{f.hit.end}  {f.hit.form}  [{f.hit.term.text}]  ->  {targets}")
    if not found:
        print("no terms found")
    return 0


def _warn(message: str) -> None:
    print(f"workbench: warning: {message}", file=sys.stderr)
