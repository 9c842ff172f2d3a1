"""Merging a segment with the next one and splitting a segment in two.

Both stay inside one paragraph: a document's paragraphs are what its writer puts back,
so a segment never spans two of them. The paragraph's segments still join into the same
text on export (core/importer.paragraph_coded): the merged source is the two sources with
the whitespace that was between them, and a formatting pair the segmenter had cut at the
sentence end becomes one pair again (inline_split.join_segments); a split closes a pair
open across the cut and opens it again (inline_split.split_at), as the segmenter does.

A Change holds the rows before and after, so undo puts the exact rows back (ids, texts,
statuses, MT data) and redo writes the same rows again. The memory side (the merged pair
as one unit) is app/segments.py's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core import flags as F
from workbench.core import store_terms
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import msg
from workbench.core.importer import segment_language
from workbench.core.inline import (
    MARKER_FIRST,
    Coded,
    codes_from_json,
    codes_to_json,
    is_marker,
    strip_markers,
)
from workbench.core.inline_split import join_segments, split_at
from workbench.core.kyrgyz import normalise_lookalikes
from workbench.core.segment import Origin, Status
from workbench.core.store import Project, now

Row = dict[str, object]
# Flags that describe a text and are worked out again for the new source.
_TEXT_FLAGS = frozenset({F.OTHER_LANGUAGE, F.LOOKALIKES_NORMALISED})


class CannotRestructure(WorkbenchError):
    """A merge or split that would cross a paragraph, touch a locked segment, or cut
    nothing off: refused with the reason."""


@dataclass(frozen=True)
class Change:
    """One merge or split: the rows it replaced and the rows it wrote."""

    kind: str  # "merge" | "split"
    before: tuple[Row, ...]
    after: tuple[Row, ...]
    ignored: tuple[tuple, ...] = ()  # the QA warnings ignored on the segments before

    @property
    def before_ids(self) -> list[int]:
        return [int(r["id"]) for r in self.before]  # type: ignore[call-overload]

    @property
    def after_ids(self) -> list[int]:
        return [int(r["id"]) for r in self.after]  # type: ignore[call-overload]


def plan_merge(project: Project, segment_id: int) -> tuple[Row, Row, Row]:
    """(first, second, merged) for merging a segment with the next one of its paragraph."""
    first = _row(project, segment_id)
    nxt = project.connection.execute(
        "SELECT id FROM segments WHERE document_id = ? AND paragraph = ? AND position = ?",
        (first["document_id"], first["paragraph"], int(first["position"]) + 1),  # type: ignore[call-overload]
    ).fetchone()
    if nxt is None:
        later = project.connection.execute(
            "SELECT 1 FROM segments WHERE document_id = ? AND paragraph > ? LIMIT 1",
            (first["document_id"], first["paragraph"]),
        ).fetchone()
        where = (
            msg("the next segment starts a new paragraph") if later else msg("it ends its document")
        )
        raise CannotRestructure(
            msg(
                "this segment is the last of its paragraph ({where}): segments merge only "
                "within a paragraph",
                where=where,
            )
        )
    second = _row(project, int(nxt[0]))
    _refuse_locked(first, second)
    return first, second, merged_row(project, first, second)


def plan_split(
    project: Project, segment_id: int, source_at: int, target_at: int | None = None
) -> tuple[Row, Row, Row]:
    """(segment, first part, second part) for cutting a segment's source at `source_at`
    (a position in Segment.source, a code counting as one character) and its target at
    `target_at` (None: the whole target stays with the first part)."""
    row = _row(project, segment_id)
    _refuse_locked(row)
    left, right = split_row(project, row, source_at, target_at)
    return row, left, right


def apply(project: Project, kind: str, before: Sequence[Row], after: Sequence[Row]) -> Change:
    """Write a planned merge or split (one transaction); the Change can be undone."""
    before_ids = [int(r["id"]) for r in before]  # type: ignore[call-overload]
    ignored = store_terms.ignored_rows(project, before_ids)
    ids = project.replace_segments(before_ids, after, recheck=True)
    return Change(kind, tuple(before), tuple(project.segment_rows(ids)), tuple(ignored))


def undo(project: Project, change: Change) -> None:
    with project.transaction():
        project.replace_segments(change.after_ids, change.before)
        # a removed segment took its ignored warnings with it (ON DELETE CASCADE)
        store_terms.restore_ignored(project, list(change.ignored))


def redo(project: Project, change: Change) -> None:
    project.replace_segments(change.before_ids, change.after)


# -- the rows ------------------------------------------------------------------------


def merged_row(project: Project, a: Row, b: Row) -> Row:
    gap = f"{a['trail']}{b['lead']}"
    source = join_segments([("", _coded(a, "source"), gap), ("", _coded(b, "source"), "")])
    status_a, status_b = Status(a["status"]), Status(b["status"])  # type: ignore[call-overload]
    ta, tb = _target_part(a, status_b), _target_part(b, status_a)
    if ta.text.strip() and tb.text.strip():
        target = join_segments([("", ta, gap or " "), ("", tb, "")])
    else:
        target = ta if ta.text.strip() else tb
    if status_a == status_b:
        status = status_a
    else:
        status = Status.NEEDS_REVIEW if target.text.strip() else Status.NEW
    origin = a["origin"] if a["origin"] == b["origin"] and target.text.strip() else None
    origin = (
        origin if origin is not None else (Origin.HUMAN if target.text.strip() else Origin.NONE)
    )
    mt = a["mt_text"] and b["mt_text"]
    row = _common(a)
    row.update(
        lead=a["lead"],
        trail=b["trail"],
        target=target.text,
        target_codes=codes_to_json(target.codes),
        status=int(status),
        origin=str(origin),
        mt_text=f"{a['mt_text']}{gap or ' '}{b['mt_text']}" if mt else None,
        mt_model=a["mt_model"] if mt and a["mt_model"] == b["mt_model"] else None,
        mt_score=min(a["mt_score"], b["mt_score"])  # type: ignore[type-var]
        if mt and a["mt_score"] is not None and b["mt_score"] is not None
        else None,
        match_score=a["match_score"] if a["match_score"] == b["match_score"] else None,
        revision=max(int(a["revision"]), int(b["revision"])) + 1,  # type: ignore[call-overload]
        created=min(str(a["created"]), str(b["created"])),
        translator=a["translator"] or b["translator"],
        source_original=_joined_original(a, b, gap),
    )
    doc_lang = str(b["lang"] if F.OTHER_LANGUAGE in _flags(a) else a["lang"])
    flags = [f for f in (*_flags(a), *_flags(b)) if f not in _TEXT_FLAGS and f not in F.MT_FLAGS]
    return _with_source(row, source, doc_lang, flags)


def split_row(project: Project, row: Row, source_at: int, target_at: int | None) -> tuple[Row, Row]:
    source = _coded(row, "source")
    left, trail, lead, right = split_at(source, source_at)
    if not left.plain.strip() or not right.plain.strip():
        raise CannotRestructure(
            msg(
                "a split must fall between two words of the source: one at "
                "its start or end (or beside a tag there) would leave an "
                "empty segment"
            )
        )
    target = _coded(row, "target")
    if target_at is None or not target.text.strip():
        t_left, t_right = target, Coded("")
    else:
        t_left, _, _, t_right = split_at(target, target_at)
    status = Status(row["status"])  # type: ignore[call-overload]
    flags = [f for f in _flags(row) if f not in _TEXT_FLAGS and f not in F.MT_FLAGS]
    doc_lang = str(row["lang"])
    if F.OTHER_LANGUAGE in _flags(row):
        doc_lang = project.source_lang
    parts = []
    for k, (src, tgt) in enumerate(((left, t_left), (right, t_right))):
        part = _common(row)
        if status == Status.NOT_NEEDED:
            part_status, origin = Status.NOT_NEEDED, Origin.NONE
        elif not tgt.text.strip():
            part_status, origin = Status.NEW, Origin.NONE
        else:
            # The pair changed: a confirmed translation is looked at again.
            part_status = Status.MT_DRAFT if status == Status.MT_DRAFT else Status.NEEDS_REVIEW
            origin = Origin(str(row["origin"])) if row["origin"] else Origin.HUMAN
        tgt = tgt.strip() if tgt.text.strip() else Coded("")
        part.update(
            id=row["id"] if k == 0 else None,
            lead=row["lead"] if k == 0 else lead,
            trail=trail if k == 0 else row["trail"],
            target=tgt.text,
            target_codes=codes_to_json(tgt.codes),
            status=int(part_status),
            origin=str(origin),
            mt_text=None,
            mt_model=None,
            mt_score=None,
            match_score=None,
            revision=int(row["revision"]) + 1,  # type: ignore[call-overload]
            source_original=_split_original(row, source, source_at, k),
        )
        if k == 1:
            part["created"] = now()
        parts.append(_with_source(part, src, doc_lang, flags))
    return parts[0], parts[1]


# -- helpers -------------------------------------------------------------------------


def _row(project: Project, segment_id: int) -> Row:
    rows = project.segment_rows([segment_id])
    if not rows:
        raise CannotRestructure(
            msg(
                "there is no segment {segment_id} in {path}",
                segment_id=segment_id,
                path=project.path,
            )
        )
    return rows[0]


def _refuse_locked(*rows: Row) -> None:
    for row in rows:
        if F.LOCKED in _flags(row):
            raise CannotRestructure(
                msg(
                    "a segment locked in its file is given back as it is, so it "
                    "cannot be merged or split"
                )
            )


def _flags(row: Row) -> list[str]:
    return list(json.loads(str(row["flags"])))


def _coded(row: Row, column: str) -> Coded:
    return Coded(str(row[column]), codes_from_json(str(row[f"{column}_codes"])))


def _target_part(row: Row, other: Status) -> Coded:
    """What a segment brings to a merged target: its translation, or its source when it
    needs none (it is exported as it is) and the other part has a translation."""
    if Status(row["status"]) == Status.NOT_NEEDED:  # type: ignore[call-overload]
        return _coded(row, "source") if other != Status.NOT_NEEDED else Coded("")
    return _coded(row, "target")


def _common(row: Row) -> Row:
    out = dict(row)
    out["updated"] = now()
    return out


def _with_source(row: Row, source: Coded, doc_lang: str, flags: list[str]) -> Row:
    """The row with a new source: its plain text for MT and matching, its language and
    the flags that describe the text worked out again."""
    plain = source.plain
    lang = segment_language(plain, doc_lang)
    mt_source, changes = normalise_lookalikes(plain, lang)
    new_flags = list(flags)
    if lang != doc_lang:
        new_flags.append(F.OTHER_LANGUAGE)
    if changes:
        new_flags.append(F.LOOKALIKES_NORMALISED)
    row.update(
        source=source.text,
        source_codes=codes_to_json(source.codes),
        mt_source=mt_source,
        lang=lang,
        flags=json.dumps(list(dict.fromkeys(new_flags))),
    )
    return row


def _joined_original(a: Row, b: Row, gap: str) -> str | None:
    if a["source_original"] is None and b["source_original"] is None:
        return None
    first = a["source_original"] or strip_markers(str(a["source"]))
    second = b["source_original"] or strip_markers(str(b["source"]))
    return f"{first}{gap}{second}"


def _split_original(row: Row, source: Coded, at: int, part: int) -> str | None:
    """The file's own text of a part, where the repair kept the length (else the whole
    text stays with the first part)."""
    original = row["source_original"]
    if original is None:
        return None
    original = str(original)
    plain_at = len(strip_markers(source.text[:at]))
    if len(original) != len(source.plain):
        return original if part == 0 else None
    return (original[:plain_at] if part == 0 else original[plain_at:]).strip()


def index_before(value: Coded, text: str) -> int:
    """Where `text` starts in a coded text's plain words, as a position in value.text
    (what plan_split takes): for the CLI's `--before TEXT`. -1 when it is not there."""
    plain_at = value.plain.find(text)
    if plain_at < 0:
        return -1
    seen = 0
    for i, ch in enumerate(value.text):
        if is_marker(ch) and int(ord(ch)) - MARKER_FIRST < len(value.codes):
            continue
        if seen == plain_at:
            return i
        seen += 1
    return len(value.text)
