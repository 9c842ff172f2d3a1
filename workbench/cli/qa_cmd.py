"""`workbench qa PROJECT`: quality checks over the whole project."""

from __future__ import annotations

import argparse
import json

from workbench.core.store import Project


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "qa",
        help="check the project's translations (terms, numbers, punctuation...)",
        description=(
            "Run the quality checks over every segment and print the warnings. The exit "
            "status is 0 even when there are warnings."
        ),
    )
    parser.add_argument("project")
    parser.add_argument("--json", action="store_true", help="print the warnings as JSON")
    parser.set_defaults(func=_qa)


def _qa(args: argparse.Namespace) -> int:
    from workbench.app.qa import qa_project
    from workbench.core.qa import LABELS

    with Project.open(args.project, read_only=True) as project:
        warnings = qa_project(project, fork=True)  # one thread here: a long run uses 2 CPUs
    if args.json:
        print(json.dumps({"warnings": [w.as_json() for w in warnings]}, ensure_ascii=False))
        return 0
    for w in warnings:
        print(f"#{w.segment}  {LABELS.get(w.check, w.check)}: {w.message}")
    segments = len({w.segment for w in warnings})
    print(f"{len(warnings)} warning(s) in {segments} segment(s)" if warnings else "no warnings")
    return 0
