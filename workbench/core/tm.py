"""The project's translation memory: storing pairs, finding matches, reusing them.

Units live in the project's tm_units table (core/store_tm.py holds its SQL), one
row per direction (a TMX unit with ky, ru and en variants gives six rows), as plain
text with their inline codes beside it. Scores (0-100) come from core/tm_score.py;
fuzzy lookup scans the in-memory key index of core/tm_index.py, then rescores its
few candidates. The word differences the side panel highlights are core/tm_diff.py's.
Settings (threshold, translator name, repetitions) are passed in by the caller:
nothing here reads the settings file. Reference memories (core/tm_refs.py) are searched
by lookup beside the project's own memory.

Over 450 lines because storing, lookup and reuse share Match, the ranking and the key
version check; the code carrying and scoring are apart already (tm_carry, tm_score).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process

from workbench.core import store_tm, tm_index, tm_refs
from workbench.core.inline import Code, Coded, from_positions, positions_json, strip_markers
from workbench.core.languages import get_language
from workbench.core.segment import Origin, Segment, Status
from workbench.core.store import Project
from workbench.core.tm_carry import carry_codes, same_codes
from workbench.core.tm_diff import ADDED, EQUAL, REMOVED, diff_spans
from workbench.core.tm_score import (
    NUMBER_PENALTY,
    NUMBER_PENALTY_CAP,
    key_version,
    match_key,
    number_penalty,
    repetition_key,
    similarity,
)

__all__ = [
    "ADDED",
    "EQUAL",
    "NUMBER_PENALTY",
    "NUMBER_PENALTY_CAP",
    "REMOVED",
    "Match",
    "add_confirmed",
    "carry_codes",
    "count_units",
    "diff_spans",
    "exact_match",
    "fill_exact_matches",
    "lookup",
    "match_key",
    "matches_for",
    "number_penalty",
    "propagate",
    "repetition_key",
    "same_codes",
    "similarity",
    "store_unit",
]

# tm_units.origin values
ORIGIN_PROJECT = "project"  # confirmed in this project
ORIGIN_TMX = "tmx"  # imported from a TMX file (human translation)
ORIGIN_MT = "mt"  # imported, marked as machine translation

DEFAULT_THRESHOLD = 70  # the lowest fuzzy score lookup returns unless told otherwise
_ORIGIN_RANK = {ORIGIN_PROJECT: 0, ORIGIN_TMX: 1, ORIGIN_MT: 2}
CODES_PENALTY = 1.0  # a match whose inline codes differ from the segment's scores this lower


@dataclass(frozen=True)
class Match:
    id: int  # tm_units row
    score: float
    source: str  # plain text (inline codes left out)
    target: str
    origin: str  # project | tmx | mt
    source_lang: str
    target_lang: str
    document: str | None
    creator: str | None
    changed: str
    source_coded: Coded = Coded("")  # with the unit's inline codes
    target_coded: Coded = Coded("")
    memory: str = ""  # the reference memory it comes from ("" : the project's own)
    penalty: float = 0.0  # the points that reference memory took off its score

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("source_coded")
        data.pop("target_coded")
        return data


# ----------------------------------------------------------------------------- storing


def store_unit(
    project: Project,
    source_lang: str,
    target_lang: str,
    source: str | Coded,
    target: str | Coded,
    *,
    origin: str,
    document: str | None = None,
    creator: str | None = None,
    created: str | None = None,
    changed: str | None = None,
    props: dict[str, object] | None = None,
    skip_duplicate: bool = True,
    key: str | None = None,
    import_id: int | None = None,
) -> bool:
    """Insert one pair inside the caller's transaction; False if the same pair is stored.

    `key` may be passed when the caller already has match_key(source, source_lang);
    `import_id` marks a unit of an import that is not finished yet (see Project.begin_import).
    """
    source_codes, target_codes = _codes_of(source), _codes_of(target)
    source, target = _text_of(source).strip(), _text_of(target).strip()
    key = match_key(source, source_lang) if key is None else key
    if skip_duplicate and store_tm.has_unit(project, source_lang, target_lang, key, source, target):
        return False
    store_tm.insert_unit(
        project,
        source_lang,
        target_lang,
        source,
        target,
        key,
        origin=origin,
        document=document,
        creator=creator,
        created=created,
        changed=changed,
        props=props,
        import_id=import_id,
        source_codes=source_codes,
        target_codes=target_codes,
    )
    return True


def _text_of(value: str | Coded) -> str:
    """The plain text a unit stores (its codes go beside it, by position)."""
    return value.strip().plain if isinstance(value, Coded) else value


def _codes_of(value: str | Coded) -> str:
    return positions_json(value.strip()) if isinstance(value, Coded) else "[]"


def add_confirmed(project: Project, segment: Segment, translator: str | None = None) -> int | None:
    """Put a confirmed segment into the memory; returns the unit id (None if not eligible).

    The unit's creator is `translator`, else the segment's own translator. A later
    confirmation of the same source (same text) in this project updates that unit
    instead of adding a second one.
    """
    if segment.status != Status.CONFIRMED or not segment.target.strip():
        return None
    src, tgt = segment.lang, project.target_lang
    if src == tgt:
        return None
    source_coded, target_coded = segment.source_coded.strip(), segment.target_coded.strip()
    source, target = source_coded.plain, target_coded.plain
    key = match_key(source, src)
    if not key:
        return None
    creator = translator or segment.translator or None
    props: dict[str, object] = {"segment_origin": str(segment.origin)}
    if segment.origin == Origin.MT and segment.mt_model:
        props["mt_model"] = segment.mt_model
    check_key_version(project)
    with project.transaction():
        unit_id = store_tm.unit_id_for_source(project, src, tgt, key, ORIGIN_PROJECT, source)
        if unit_id is not None:
            store_tm.update_unit(
                project,
                unit_id,
                target,
                positions_json(target_coded),
                segment.document,
                creator,
                props,
            )
            return unit_id
        return store_tm.insert_unit(
            project,
            src,
            tgt,
            source,
            target,
            key,
            origin=ORIGIN_PROJECT,
            document=segment.document,
            creator=creator,
            created=None,
            changed=None,
            props=props,
            source_codes=positions_json(source_coded),
            target_codes=positions_json(target_coded),
        )


def count_units(project: Project) -> dict[tuple[str, str], int]:
    """Units per (source, target) language pair."""
    return store_tm.units_per_pair(project)


# ----------------------------------------------------------------------------- lookup


_KEYS_CHECKED: WeakKeyDictionary[Project, bool] = WeakKeyDictionary()
# Stored keys depend on normalise_for_matching; if it changes, they are recomputed.
_KEY_SETTING = "tm_key_version"


def check_key_version(project: Project) -> None:
    """Recompute stored keys once if normalise_for_matching changed since they were made."""
    if _KEYS_CHECKED.get(project):
        return
    version = key_version()
    stored = project.get_setting(_KEY_SETTING)
    if stored is None and not project.read_only:
        # Every writer checks first, so a memory without a recorded version has no
        # keys yet (or keys from this same normaliser): just record it.
        project.set_setting(_KEY_SETTING, version)
    elif stored != version and not project.read_only:
        with project.transaction():
            rows = store_tm.unit_sources(project)
            store_tm.set_unit_keys(
                project, ((match_key(source, lang), unit_id) for unit_id, source, lang in rows)
            )
            project.set_setting(_KEY_SETTING, version)
        tm_index.forget(project)
    _KEYS_CHECKED[project] = True


def lookup(
    project: Project,
    text: str,
    src: str | None = None,
    tgt: str | None = None,
    limit: int = 5,
    threshold: float = DEFAULT_THRESHOLD,
    *,
    include_mt: bool = True,
    codes: Sequence[Code] | None = None,
    references: bool = True,
) -> list[Match]:
    """The best memory matches for `text` scoring `threshold` or more, best first (one
    per distinct target). With the segment's inline `codes`, a match whose codes differ
    scores CODES_PENALTY lower. The project's reference memories (core/tm_refs) are
    searched too, unless `references` is False: their matches lose the reference's
    penalty and carry its name, and rank with the project's own (which go first on a tie).
    """
    src = get_language(src).code if src else project.source_lang
    tgt = get_language(tgt).code if tgt else project.target_lang
    key = match_key(text, src)
    if not key or limit <= 0:
        return []
    check_key_version(project)
    matches = []
    # A memory whose keys a worker is reading (the editor opening) is skipped meanwhile:
    # reading them here would stall the GUI thread.
    if not tm_index.waiting(project, project, src, tgt):
        matches = _find(project, text, key, src, tgt, limit, threshold, codes)
    if references:
        for ref, memory in tm_refs.usable(project):
            if tm_index.waiting(project, memory, src, tgt):
                continue
            try:
                found = _find(memory, text, key, src, tgt, limit, threshold + ref.penalty, codes)
            except sqlite3.DatabaseError as exc:  # damaged pages met while reading it
                tm_refs.set_broken(project, ref, exc)
                continue
            matches.extend(
                replace(
                    m,
                    score=round(max(0.0, m.score - ref.penalty), 1),
                    memory=ref.name,
                    penalty=ref.penalty,
                )
                for m in found
            )
    matches = [m for m in matches if m.score >= threshold and (include_mt or m.origin != ORIGIN_MT)]
    matches.sort(key=_rank)
    best: dict[str, Match] = {}
    for m in matches:
        best.setdefault(m.target, m)
    return list(best.values())[:limit]


def _find(
    project: Project,
    text: str,
    key: str,
    src: str,
    tgt: str,
    limit: int,
    threshold: float,
    codes: Sequence[Code] | None,
) -> list[Match]:
    """The candidates of one memory (the project's own or a reference) scoring
    `threshold` or more."""
    keys = tm_index.pair_keys(project, src, tgt)
    candidate_ids = store_tm.unit_ids_with_key(project, src, tgt, key)
    # Penalties only lower a score, so the ratio cut-off loses nothing; a few extra
    # candidates leave room for the rescoring to reorder them.
    for _, _, index in process.extract(
        keys.query(key),
        keys.compact,
        scorer=fuzz.ratio,
        limit=limit * 3 + 5,
        score_cutoff=threshold,
    ):
        candidate_ids.add(keys.ids[index])
    rows = store_tm.unit_rows(project, candidate_ids)
    return [m for m in _to_matches(rows, text, key, src, tgt, codes) if m.score >= threshold]


def _rank(m: Match) -> tuple[float, bool, int, tuple[int, ...]]:
    """Best score first, then the project's own before a reference's, then confirmed
    here before imported before MT, then newest."""
    return (
        -m.score,
        bool(m.memory),
        _ORIGIN_RANK.get(m.origin, 9),
        tuple(-ord(ch) for ch in m.changed),
    )


def _to_matches(
    rows: Iterable[Sequence],
    text: str,
    key: str,
    src: str,
    tgt: str,
    codes: Sequence[Code] | None = None,
) -> list[Match]:
    out = []
    text = strip_markers(text)
    for row in rows:
        unit_id, source, target, source_key, origin, document, creator, changed = row[:8]
        source_coded = from_positions(source, row[8])
        target_coded = from_positions(target, row[9])
        plain = source_coded.plain
        score = similarity(text, plain, key, source_key, src)
        if codes is not None and not same_codes(codes, source_coded.codes):
            score = max(0.0, round(score - CODES_PENALTY, 1))
        out.append(
            Match(
                unit_id,
                score,
                plain,
                target_coded.plain,
                origin,
                src,
                tgt,
                document,
                creator,
                changed,
                source_coded,
                target_coded,
            )
        )
    return out


def with_own_codes(segment: Segment, match: Match) -> Coded:
    """The match's target carrying the segment's own codes (see carry_codes)."""
    return carry_codes(match.source_coded, match.target_coded, segment.source_coded)


def matches_for(
    project: Project, segment: Segment, limit: int = 5, threshold: float = DEFAULT_THRESHOLD
) -> list[Match]:
    """The memory's matches for a segment of the project (its own source language)."""
    if segment.lang == project.target_lang:
        return []
    return lookup(
        project,
        segment.source_plain,
        segment.lang,
        project.target_lang,
        limit,
        threshold,
        codes=segment.source_codes,
    )


# ----------------------------------------------------------------------------- reuse


def exact_match(
    project: Project, text: str, src: str, tgt: str, codes: Sequence[Code] | None = None
) -> Match | None:
    """The best 100% human match (confirmed here first, then imported, newest first).

    Uses only the key index, so filling a whole project stays fast on a big memory.
    """
    check_key_version(project)
    key = match_key(text, src)
    if not key:
        return None
    rows = store_tm.unit_rows_with_key(project, src, tgt, key, except_origin=ORIGIN_MT)
    found = [m for m in _to_matches(rows, text, key, src, tgt) if m.score >= 100]
    found.sort(key=_rank)
    if codes is not None:  # those whose codes correspond first
        found.sort(key=lambda m: not same_codes(codes, m.source_coded.codes))
    return found[0] if found else None


def fill_exact_matches(project: Project, segment_ids: Sequence[int] | None = None) -> int:
    """Fill new, empty segments that have a 100% human match; returns how many were filled.

    Run before MT. Filled segments get origin TM, match score 100 and status NEEDS_REVIEW:
    not MT_DRAFT, because a later "overwrite MT drafts" run must never replace a human
    translation with MT, and not CONFIRMED, because the same sentence may need another
    translation in another context; the translator confirms it.
    """
    ids = project.segment_ids(status=Status.NEW) if segment_ids is None else list(segment_ids)
    filled = 0
    with project.transaction():
        for seg in project.segments_by_id(ids):
            if seg.status != Status.NEW or seg.target.strip() or seg.lang == project.target_lang:
                continue
            match = exact_match(
                project, seg.source_plain, seg.lang, project.target_lang, seg.source_codes
            )
            if match is None:
                continue
            project.set_target(
                seg.id,
                with_own_codes(seg, match),
                status=Status.NEEDS_REVIEW,
                origin=Origin.TM,
                translator=match.creator,
                match_score=100,
            )
            filled += 1
    return filled


def propagate(project: Project, segment: Segment) -> list[int]:
    """Give a just-confirmed segment's target to its unconfirmed repetitions in the project.

    Repetitions are segments in the same language whose source is a 100% match. Those
    that are new, MT drafts or filled from the memory/MT receive the target (status
    NEEDS_REVIEW, origin TM, score 100); a person's own unconfirmed edit is left alone.
    Returns the changed ids. (Whether to propagate at all is the user's setting: the
    caller's, see app.confirm.)
    """
    if segment.status != Status.CONFIRMED or not segment.target.strip():
        return []
    key = repetition_key(segment.source, segment.lang)
    rows = store_tm.unconfirmed_in_language(project, segment.lang, segment.id)
    targets = []
    for seg_id, source, status, origin, target in rows:
        if status == Status.NEEDS_REVIEW and origin == Origin.HUMAN:
            continue
        if target == segment.target:
            continue
        if repetition_key(source, segment.lang) == key:
            targets.append(seg_id)
    with project.transaction():
        for repetition in project.segments_by_id(targets):
            # the repetition keeps its own codes (another document's markup)
            project.set_target(
                repetition.id,
                carry_codes(segment.source_coded, segment.target_coded, repetition.source_coded),
                status=Status.NEEDS_REVIEW,
                origin=Origin.TM,
                translator=segment.translator,
                match_score=100,
            )
    return targets
