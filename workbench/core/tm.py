"""The project's translation memory: storing pairs, finding matches, reusing them.

Units live in the project's tm_units table, one row per direction (a TMX unit
with ky, ru and en variants gives six rows). Each row keeps a matching key,
normalise_for_matching(source): look-alike letters, case, quotes, dashes and
whitespace folded, so "Кыргызстан" typed with a Latin "о" still matches.

Scores run 0-100:
- 100: the keys are equal and the letters have the same case pattern;
- 99: the keys are equal but the case differs ("Hello" / "hello");
- below: rapidfuzz's ratio over the keys (capped at 99), minus NUMBER_PENALTY for
  each number present on one side only, so "2021-жылы" never looks like "2022-жылы".

Fuzzy lookup keeps every key of a language pair in memory (per open Project) and
lets rapidfuzz.process.extract pick candidates in C, then rescores those few.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process

from workbench.core.inline import Code, Coded, from_positions, positions_json, strip_markers
from workbench.core.kyrgyz import normalise_for_matching
from workbench.core.languages import get_language
from workbench.core.placement import place_codes
from workbench.core.segment import Origin, Segment, Status
from workbench.core.settings import Settings
from workbench.core.store import VISIBLE_UNITS, Project, now

# tm_units.origin values
ORIGIN_PROJECT = "project"  # confirmed in this project
ORIGIN_TMX = "tmx"  # imported from a TMX file (human translation)
ORIGIN_MT = "mt"  # imported, marked as machine translation

NUMBER_PENALTY = 8.0  # points per number found on one side only
NUMBER_PENALTY_CAP = 30.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ORIGIN_RANK = {ORIGIN_PROJECT: 0, ORIGIN_TMX: 1, ORIGIN_MT: 2}
_UNIT_COLUMNS = (
    "id, source, target, source_key, origin, document, creator, changed, source_codes, target_codes"
)
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

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("source_coded")
        data.pop("target_coded")
        return data


# ----------------------------------------------------------------------------- scoring


def match_key(text: str, lang: str = "ky") -> str:
    """The text as the memory compares it (`lang` settles look-alike letters; inline codes
    are left out: matching ignores them)."""
    return normalise_for_matching(strip_markers(text), lang)


_END_PUNCT = re.compile(r"[\s.!?;:,…]*$")


def _surface(text: str) -> tuple[list[bool], str]:
    """What the key folds away but a 100% match must still share: case and final punctuation."""
    text = strip_markers(text)
    end = _END_PUNCT.search(text)
    return [ch.isupper() for ch in text if ch.isalpha()], "".join(
        (end.group() if end else "").split()
    )


def repetition_key(text: str, lang: str) -> tuple[str, tuple[bool, ...], str]:
    """Two sources with equal keys are repetitions (a 100% match of each other): what
    propagation gives a target to and what the analysis counts as a repetition."""
    case, end = _surface(text)
    return match_key(text, lang), tuple(case), end


def number_penalty(a: str, b: str) -> float:
    """Points off when the two texts do not carry the same numbers."""
    na, nb = Counter(_NUMBER.findall(a)), Counter(_NUMBER.findall(b))
    differing = sum(((na - nb) + (nb - na)).values())
    return min(NUMBER_PENALTY_CAP, NUMBER_PENALTY * differing)


def similarity(
    a: str, b: str, a_key: str | None = None, b_key: str | None = None, lang: str = "ky"
) -> float:
    """How well `b` (a memory source) matches `a` (the text to translate), 0-100."""
    a_key = match_key(a, lang) if a_key is None else a_key
    b_key = match_key(b, lang) if b_key is None else b_key
    if not a_key or not b_key:
        return 0.0
    if a_key == b_key:
        base = 100.0 if _surface(a) == _surface(b) else 99.0
    else:
        base = min(fuzz.ratio(a_key, b_key), 99.0)
    return round(max(0.0, base - number_penalty(a, b)), 1)


# ----------------------------------------------------------------------------- storing


def store_unit(
    conn: sqlite3.Connection,
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
    if (
        skip_duplicate
        and conn.execute(
            "SELECT 1 FROM tm_units WHERE source_lang = ? AND target_lang = ? AND source_key = ? "
            "AND source = ? AND target = ? LIMIT 1",
            (source_lang, target_lang, key, source, target),
        ).fetchone()
    ):
        return False
    stamp = now()
    conn.execute(
        "INSERT INTO tm_units(source_lang, target_lang, source, target, source_key, origin, "
        "document, creator, created, changed, props, import_id, source_codes, target_codes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            source_lang,
            target_lang,
            source,
            target,
            key,
            origin,
            document,
            creator,
            created or stamp,
            changed or created or stamp,
            json.dumps(props or {}, ensure_ascii=False),
            import_id,
            source_codes,
            target_codes,
        ),
    )
    return True


def _text_of(value: str | Coded) -> str:
    """The plain text a unit stores (its codes go beside it, by position)."""
    return value.strip().plain if isinstance(value, Coded) else value


def _codes_of(value: str | Coded) -> str:
    return positions_json(value.strip()) if isinstance(value, Coded) else "[]"


def add_confirmed(project: Project, segment: Segment, translator: str | None = None) -> int | None:
    """Put a confirmed segment into the memory; returns the unit id (None if not eligible).

    A later confirmation of the same source (same text) in this project updates
    that unit instead of adding a second one.
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
    creator = translator or segment.translator or Settings.load().translator_name or None
    props: dict[str, object] = {"segment_origin": str(segment.origin)}
    if segment.origin == Origin.MT and segment.mt_model:
        props["mt_model"] = segment.mt_model
    check_key_version(project)
    with project.transaction() as conn:
        row = conn.execute(
            "SELECT id FROM tm_units WHERE source_lang = ? AND target_lang = ? "
            "AND source_key = ? AND origin = ? AND source = ?",
            (src, tgt, key, ORIGIN_PROJECT, source),
        ).fetchone()
        if row:
            conn.execute(
                "UPDATE tm_units SET target = ?, target_codes = ?, document = ?, creator = ?, "
                "changed = ?, props = ? WHERE id = ?",
                (
                    target,
                    positions_json(target_coded),
                    segment.document,
                    creator,
                    now(),
                    json.dumps(props),
                    row[0],
                ),
            )
            return int(row[0])
        store_unit(
            conn,
            src,
            tgt,
            source_coded,
            target_coded,
            origin=ORIGIN_PROJECT,
            document=segment.document,
            creator=creator,
            props=props,
            skip_duplicate=False,
        )
        return int(conn.execute("SELECT last_insert_rowid()").fetchone()[0])


def count_units(project: Project) -> dict[tuple[str, str], int]:
    """Units per (source, target) language pair."""
    rows = project.connection.execute(
        f"SELECT source_lang, target_lang, COUNT(*) FROM tm_units WHERE {VISIBLE_UNITS} "
        "GROUP BY 1, 2 ORDER BY 1, 2"
    )
    return {(r[0], r[1]): r[2] for r in rows}


# ----------------------------------------------------------------------------- lookup


class _Keys:
    """All matching keys of one language pair, in a compact form for rapidfuzz to scan.

    rapidfuzz compares strings of code points below 256 several times faster than
    Cyrillic ones, so each character seen in the keys gets a one-byte code (a charmap
    codec does the conversion in C). Past 255 distinct characters the rarest ones all
    share the code of "?"; sharing a code can only raise a ratio, so this prefilter
    never loses a candidate. Final scores are computed on the real keys.
    """

    def __init__(self, count: int, max_id: int) -> None:
        self.count = count
        self.max_id = max_id
        self.stamp: tuple[int, int] = (-1, -1)
        self.ids: list[int] = []
        self.compact: list[str] = []
        self._chars: list[str] = ["\n", "?"]  # codes 0 (separator) and 1 (shared)
        self._map = codecs.charmap_build(self._table())

    def extend(self, rows: Iterable[tuple[int, str]]) -> None:
        rows = list(rows)
        if not rows:
            return
        text = "\n".join(key for _, key in rows)  # keys never hold a newline
        new = sorted(set(text).difference(self._chars))
        if new and len(self._chars) < 256:
            self._chars.extend(new[: 256 - len(self._chars)])
            self._map = codecs.charmap_build(self._table())
        self.ids.extend(unit_id for unit_id, _ in rows)
        self.compact.extend(self.query(text).split("\x00"))  # the newline's code

    def query(self, key: str) -> str:
        """The key in compact form."""
        return codecs.charmap_encode(key, "replace", self._map)[0].decode("latin-1")

    def _table(self) -> str:
        """256 characters: byte i stands for table[i]; unused bytes get unused characters."""
        used = set(self._chars)
        fillers = (ch for ch in map(chr, range(0xE000, 0xF900)) if ch not in used)
        return "".join(self._chars) + "".join(next(fillers) for _ in range(256 - len(self._chars)))


_CACHE: WeakKeyDictionary[Project, dict[tuple[str, str], _Keys]] = WeakKeyDictionary()
_KEYS_CHECKED: WeakKeyDictionary[Project, bool] = WeakKeyDictionary()
# Stored keys depend on normalise_for_matching; if it changes, they are recomputed.
_KEY_PROBE = "«Ɵзгɵчɵ» ÿй — ӊ Hello,  “World” 2021-ж. ЁЛКА ёлка\u00a0x"
_KEY_SETTING = "tm_key_version"


def _keys(project: Project, src: str, tgt: str) -> _Keys:
    check_key_version(project)
    conn = project.connection
    # Any commit, by this connection (total_changes) or another (data_version), may have
    # changed the memory; without one the cached keys are current and cost nothing.
    stamp = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    per_project = _CACHE.setdefault(project, {})
    cached = per_project.get((src, tgt))
    if cached and cached.stamp == stamp:
        return cached
    count, max_id = conn.execute(
        "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM tm_units "
        f"WHERE source_lang = ? AND target_lang = ? AND {VISIBLE_UNITS}",
        (src, tgt),
    ).fetchone()
    if cached and (cached.count, cached.max_id) == (count, max_id):
        cached.stamp = stamp
        return cached
    if cached and max_id > cached.max_id:
        # Only appended since last time (the usual case: a confirm, an import)?
        rows = conn.execute(
            "SELECT id, source_key FROM tm_units WHERE source_lang = ? AND target_lang = ? "
            f"AND id > ? AND {VISIBLE_UNITS} ORDER BY id",
            (src, tgt, cached.max_id),
        ).fetchall()
        if cached.count + len(rows) == count:
            cached.extend(rows)
            cached.count, cached.max_id, cached.stamp = count, max_id, stamp
            return cached
    keys = _Keys(count, max_id)
    keys.stamp = stamp
    keys.extend(
        conn.execute(
            "SELECT id, source_key FROM tm_units WHERE source_lang = ? AND target_lang = ? "
            f"AND {VISIBLE_UNITS} ORDER BY id",
            (src, tgt),
        )
    )
    per_project[(src, tgt)] = keys
    return keys


def check_key_version(project: Project) -> None:
    """Recompute stored keys once if normalise_for_matching changed since they were made."""
    if _KEYS_CHECKED.get(project):
        return
    version = hashlib.sha1(match_key(_KEY_PROBE).encode()).hexdigest()[:12]
    stored = project.get_setting(_KEY_SETTING)
    if stored is None and not project.read_only:
        # Every writer checks first, so a memory without a recorded version has no
        # keys yet (or keys from this same normaliser): just record it.
        project.set_setting(_KEY_SETTING, version)
    elif stored != version and not project.read_only:
        with project.transaction() as conn:
            rows = conn.execute("SELECT id, source, source_lang FROM tm_units").fetchall()
            conn.executemany(
                "UPDATE tm_units SET source_key = ? WHERE id = ?",
                ((match_key(source, lang), unit_id) for unit_id, source, lang in rows),
            )
            project.set_setting(_KEY_SETTING, version)
        _CACHE.pop(project, None)
    _KEYS_CHECKED[project] = True


def lookup(
    project: Project,
    text: str,
    src: str | None = None,
    tgt: str | None = None,
    limit: int = 5,
    threshold: float | None = None,
    *,
    include_mt: bool = True,
    codes: Sequence[Code] | None = None,
) -> list[Match]:
    """The best memory matches for `text`, best first (one per distinct target). With the
    segment's inline `codes`, a match whose codes differ scores CODES_PENALTY lower."""
    src = get_language(src).code if src else project.source_lang
    tgt = get_language(tgt).code if tgt else project.target_lang
    if threshold is None:
        threshold = Settings.load().tm_threshold
    key = match_key(text, src)
    if not key or limit <= 0:
        return []
    conn = project.connection
    keys = _keys(project, src, tgt)
    candidate_ids = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM tm_units WHERE source_lang = ? AND target_lang = ? AND source_key = ? "
            f"AND {VISIBLE_UNITS}",
            (src, tgt, key),
        )
    }
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
    matches = [
        m
        for m in _matches(conn, candidate_ids, text, key, src, tgt, codes)
        if m.score >= threshold and (include_mt or m.origin != ORIGIN_MT)
    ]
    matches.sort(key=_rank)
    best: dict[str, Match] = {}
    for m in matches:
        best.setdefault(m.target, m)
    return list(best.values())[:limit]


def _rank(m: Match) -> tuple[float, int, tuple[int, ...]]:
    """Best score first, then confirmed here before imported before MT, then newest."""
    return (-m.score, _ORIGIN_RANK.get(m.origin, 9), tuple(-ord(ch) for ch in m.changed))


def _matches(
    conn: sqlite3.Connection,
    ids: Iterable[int],
    text: str,
    key: str,
    src: str,
    tgt: str,
    codes: Sequence[Code] | None = None,
) -> list[Match]:
    ids = list(ids)
    out: list[Match] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT {_UNIT_COLUMNS} FROM tm_units WHERE id IN ({marks})", chunk)
        out.extend(_to_matches(rows, text, key, src, tgt, codes))
    return out


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


def same_codes(a: Sequence[Code], b: Sequence[Code]) -> bool:
    """The same codes in the same order (by kind; ids and data may differ between files)."""
    return [c.kind for c in a] == [c.kind for c in b]


def with_own_codes(segment: Segment, match: Match) -> Coded:
    """The match's target carrying the segment's own codes (see carry_codes)."""
    return carry_codes(match.source_coded, match.target_coded, segment.source_coded)


def carry_codes(from_source: Coded, from_target: Coded, to_source: Coded) -> Coded:
    """A translation of `from_source` given to `to_source` (the same words): where their
    codes correspond (same count and order), each code of the translation becomes
    to_source's code in that position, placed where the translation has it. Otherwise the
    plain translation with to_source's codes placed by the words they cover (a guess)."""
    mine, theirs = to_source.codes, from_source.codes
    if not mine:
        return Coded(from_target.plain)
    if same_codes(mine, theirs):
        mapping = {(t.id, t.kind): m for t, m in zip(theirs, mine, strict=True)}
        if all((c.id, c.kind) in mapping for c in from_target.codes):
            return Coded(
                from_target.text, tuple(mapping[(c.id, c.kind)] for c in from_target.codes)
            )
    return place_codes(to_source, from_target.plain).coded


def matches_for(project: Project, segment: Segment, limit: int = 5) -> list[Match]:
    """The memory's matches for a segment of the project (its own source language)."""
    if segment.lang == project.target_lang:
        return []
    return lookup(
        project,
        segment.source_plain,
        segment.lang,
        project.target_lang,
        limit,
        codes=segment.source_codes,
    )


# ----------------------------------------------------------------------------- reuse


def on_confirm(project: Project, segment: Segment, settings: Settings | None = None) -> list[int]:
    """What confirming a segment does to the memory: store it, then propagate it.

    Call it after the segment was confirmed; returns the ids of the repetitions that
    received its target (see propagate).
    """
    add_confirmed(project, segment)
    return propagate(project, segment, settings)


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
    rows = project.connection.execute(
        f"SELECT {_UNIT_COLUMNS} FROM tm_units WHERE source_lang = ? AND target_lang = ? "
        f"AND source_key = ? AND origin != ? AND {VISIBLE_UNITS}",
        (src, tgt, key, ORIGIN_MT),
    ).fetchall()
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


def propagate(project: Project, segment: Segment, settings: Settings | None = None) -> list[int]:
    """Give a just-confirmed segment's target to its unconfirmed repetitions in the project.

    Repetitions are segments in the same language whose source is a 100% match. Those
    that are new, MT drafts or filled from the memory/MT receive the target (status
    NEEDS_REVIEW, origin TM, score 100); a person's own unconfirmed edit is left alone.
    Does nothing when Settings.propagate_repetitions is off. Returns the changed ids.
    """
    settings = settings or Settings.load()
    if not settings.propagate_repetitions:
        return []
    if segment.status != Status.CONFIRMED or not segment.target.strip():
        return []
    key = repetition_key(segment.source, segment.lang)
    rows = project.connection.execute(
        "SELECT id, source, status, origin, target FROM segments "
        "WHERE lang = ? AND status NOT IN (?, ?) AND id != ?",
        (segment.lang, int(Status.CONFIRMED), int(Status.NOT_NEEDED), segment.id),
    ).fetchall()
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


# ----------------------------------------------------------------------------- differences

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)

EQUAL, ADDED, REMOVED = "equal", "added", "removed"


def diff_spans(current: str, match_source: str, lang: str = "ky") -> list[tuple[str, str]]:
    """Word-level differences for highlighting a match, as (text, kind) spans.

    kind is "equal", "removed" (in the match's source, not in the current text) or
    "added" (in the current text, not in the match's source). The equal and removed
    spans joined give `match_source`; the equal and added spans give `current` up to
    look-alike letters and case, which count as equal (they are not real differences).
    """
    a, b = _TOKEN.findall(current), _TOKEN.findall(match_source)
    a_keys = [_token_key(t, lang) for t in a]
    b_keys = [_token_key(t, lang) for t in b]
    spans: list[tuple[str, str]] = []

    def add(text: str, kind: str) -> None:
        if not text:
            return
        if spans and spans[-1][1] == kind:
            spans[-1] = (spans[-1][0] + text, kind)
        else:
            spans.append((text, kind))

    matcher = difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add("".join(b[j1:j2]), EQUAL)
        else:
            add("".join(b[j1:j2]), REMOVED)
            add("".join(a[i1:i2]), ADDED)
    return spans


def _token_key(token: str, lang: str) -> str:
    return " " if token.isspace() else match_key(token, lang) or token
