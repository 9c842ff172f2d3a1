"""`workbench segment merge|split`: change how a paragraph is cut into segments.

The same operations as the editor's Segment > Merge with next / Split (app/segments.py):
within one paragraph only, a locked segment refused, the memory kept in step.
"""

from __future__ import annotations

import argparse

from workbench.cli.project_access import open_for_writing
from workbench.core.errors import WorkbenchError
from workbench.core.inline import tagged


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "segment",
        help="merge a segment with the next one, or split one in two",
        description="Segment ids are in `project show --segments` (or --json). Merging and "
        "splitting stay within one paragraph; the export joins a paragraph's segments again.",
    )
    cmds = parser.add_subparsers(dest="segment_command", metavar="ACTION", required=True)
    merge = cmds.add_parser("merge", help="merge a segment with the next one of its paragraph")
    merge.add_argument("project")
    merge.add_argument("id", type=int, metavar="SEGMENT_ID")
    merge.set_defaults(func=_merge)
    split = cmds.add_parser("split", help="split a segment in two before the given words")
    split.add_argument("project")
    split.add_argument("id", type=int, metavar="SEGMENT_ID")
    split.add_argument(
        "--before",
        required=True,
        metavar="TEXT",
        help="the source words the second part starts with",
    )
    split.add_argument(
        "--target-before",
        metavar="TEXT",
        help="where the translation is cut (default: all of it stays with the first part)",
    )
    split.set_defaults(func=_split)


def _merge(args: argparse.Namespace) -> int:
    from workbench.app.segments import merge_with_next

    with open_for_writing(args.project, "segment merge") as project:
        edit = merge_with_next(project, args.id)
        _print(project, edit.segment_ids, "merged into")
    return 0


def _split(args: argparse.Namespace) -> int:
    from workbench.app.segments import split
    from workbench.core.segment_ops import index_before

    with open_for_writing(args.project, "segment split") as project:
        seg = project.segment(args.id)
        source_at = index_before(seg.source_coded, args.before)
        if source_at < 0:
            raise WorkbenchError(
                f"segment {seg.id}'s source has no {args.before!r}: give words it contains "
                f"(its source: {tagged(seg.source_coded)})"
            )
        target_at = None
        if args.target_before is not None:
            target_at = index_before(seg.target_coded, args.target_before)
            if target_at < 0:
                raise WorkbenchError(
                    f"segment {seg.id}'s translation has no {args.target_before!r}"
                )
        edit = split(project, seg.id, source_at, target_at)
        _print(project, edit.segment_ids, "split into")
    return 0


def _print(project, ids: list[int], what: str) -> None:  # type: ignore[no-untyped-def]
    print(f"{what} {len(ids)} segment{'s' if len(ids) != 1 else ''}:")
    for seg in project.segments_by_id(ids):
        target = f" -> {tagged(seg.target_coded)}" if seg.target.strip() else ""
        print(f"  {seg.id} [{seg.status.label}] {tagged(seg.source_coded)}{target}")
