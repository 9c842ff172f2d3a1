"""Merging and splitting segments, with what the memory keeps of them.

The rows are core/segment_ops.py's. Here the memory follows, in the same transaction:
a merged pair that is confirmed enters the memory as one unit, and the units the
project's own confirmations made of the parts are removed once no confirmed segment
has that source any more (they described segments that no longer exist; units from
TMX files are never touched). Every unit written or removed is recorded, so undo and
redo put the memory back exactly with the segments. The GUI's undo command and the
CLI's `segment merge` / `segment split` call these; nothing else changes segments'
shapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core import segment_ops, store_tm, tm
from workbench.core.segment import Segment, Status
from workbench.core.segment_ops import CannotRestructure, Change
from workbench.core.store import Project

__all__ = ["CannotRestructure", "SegmentEdit", "merge_with_next", "redo", "split", "undo"]

UnitRow = dict[str, object]


@dataclass
class SegmentEdit:
    change: Change
    # (unit id, row before or None if it was added, row after or None if it was removed)
    units: list[tuple[int, UnitRow | None, UnitRow | None]] = field(default_factory=list)

    @property
    def segment_ids(self) -> list[int]:
        """The segments the edit left (the merged one; the two parts of a split)."""
        return self.change.after_ids


def merge_with_next(
    project: Project, segment_id: int, translator: str | None = None
) -> SegmentEdit:
    """Merge a segment with the next one of its paragraph (CannotRestructure says why not)."""
    first, second, merged = segment_ops.plan_merge(project, segment_id)
    return _apply(project, "merge", [first, second], [merged], translator)


def split(
    project: Project,
    segment_id: int,
    source_at: int,
    target_at: int | None = None,
    translator: str | None = None,
) -> SegmentEdit:
    """Split a segment's source at `source_at` (its target at `target_at`, or all of the
    target to the first part); see segment_ops.plan_split."""
    row, left, right = segment_ops.plan_split(project, segment_id, source_at, target_at)
    return _apply(project, "split", [row], [left, right], translator)


def undo(project: Project, edit: SegmentEdit) -> None:
    with project.transaction():
        segment_ops.undo(project, edit.change)
        for unit_id, before, _after in reversed(edit.units):
            _put(project, unit_id, before)


def redo(project: Project, edit: SegmentEdit) -> None:
    with project.transaction():
        segment_ops.redo(project, edit.change)
        for unit_id, _before, after in edit.units:
            _put(project, unit_id, after)


def _apply(project, kind, before, after, translator) -> SegmentEdit:  # type: ignore[no-untyped-def]
    old = project.segments_by_id([int(r["id"]) for r in before])
    with project.transaction():
        edit = SegmentEdit(segment_ops.apply(project, kind, before, after))
        new = project.segments_by_id(edit.change.after_ids)
        for seg in old:
            _retire(project, seg, edit)
        for seg in new:
            if seg.status == Status.CONFIRMED:
                _remember(project, seg, translator, edit)
    return edit


def _unit_id(project: Project, seg: Segment) -> int | None:
    plain = seg.source_coded.strip().plain
    key = tm.match_key(plain, seg.lang)
    return store_tm.unit_id_for_source(
        project, seg.lang, project.target_lang, key, tm.ORIGIN_PROJECT, plain
    )


def _retire(project: Project, seg: Segment, edit: SegmentEdit) -> None:
    """Remove the project unit a part's confirmation made, unless a confirmed segment
    still has that source (a repetition elsewhere)."""
    if seg.status != Status.CONFIRMED:
        return
    unit_id = _unit_id(project, seg)
    if unit_id is None or store_tm.confirmed_with_source(project, seg.lang, seg.source, []):
        return
    (row,) = store_tm.full_unit_rows(project, [unit_id])
    store_tm.delete_unit(project, unit_id)
    edit.units.append((unit_id, row, None))


def _remember(project: Project, seg: Segment, translator: str | None, edit: SegmentEdit) -> None:
    existing = _unit_id(project, seg)
    before = store_tm.full_unit_rows(project, [existing])[0] if existing is not None else None
    unit_id = tm.add_confirmed(project, seg, translator)
    if unit_id is not None:
        (after,) = store_tm.full_unit_rows(project, [unit_id])
        edit.units.append((unit_id, before, after))


def _put(project: Project, unit_id: int, row: UnitRow | None) -> None:
    if row is None:
        store_tm.delete_unit(project, unit_id)
    else:
        store_tm.put_unit_row(project, row)
