"""Quality checks on a translation: what is wrong, where, in words a translator acts on.

Segment checks (check_segment) look at one source and its target with the project-wide
knowledge gathered once in a QaContext (the termbase's matchers, the Kyrgyz words known
with ө ү ң); the consistency check (check_consistency) looks across segments. Each
warning names its check, says what and where, and carries a `detail` that identifies it
inside its segment, so a translator can ignore that one warning (the store remembers it,
core/store_terms.py). The text rules live in core/qa_text.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workbench.core import qa_text
from workbench.core.i18n import msg, nmsg
from workbench.core.inline import check_codes
from workbench.core.kyrgyz import normalise_for_matching
from workbench.core.numbers import NumberDifference
from workbench.core.numbers import compare as compare_numbers
from workbench.core.segment import Segment, Status
from workbench.core.termbase import Term, TermEntry
from workbench.core.termmatch import TermMatcher

# Check names (stable: they are stored with ignored warnings and printed by `workbench qa`).
TERM_MISSING = "term-missing"
FORBIDDEN_TERM = "forbidden-term"
NUMBERS = "numbers"
QUOTES = "quotes"
BRACKETS = "brackets"
END_PUNCTUATION = "end-punctuation"
DOUBLE_SPACE = "double-space"
WHITESPACE = "whitespace"
UNTRANSLATED = "untranslated"
EMPTY_CONFIRMED = "empty-confirmed"
INCONSISTENT = "inconsistent"
MIXED_SCRIPT = "mixed-script"
KAZAKH_LETTERS = "kazakh-letters"
KYRGYZ_LETTERS = "kyrgyz-letters"
LENGTH = "length"
INLINE_CODES = "inline-codes"

LABELS = {
    TERM_MISSING: "Term not translated as in the termbase",
    FORBIDDEN_TERM: "Forbidden term used",
    NUMBERS: "Numbers differ",
    QUOTES: "Quotation marks",
    BRACKETS: "Brackets",
    END_PUNCTUATION: "Final punctuation",
    DOUBLE_SPACE: "Double spaces",
    WHITESPACE: "Leading or trailing spaces",
    UNTRANSLATED: "Not translated",
    EMPTY_CONFIRMED: "Confirmed but empty",
    INCONSISTENT: "Inconsistent translations",
    MIXED_SCRIPT: "Latin and Cyrillic in one word",
    KAZAKH_LETTERS: "Kazakh letters in Kyrgyz",
    KYRGYZ_LETTERS: "ө ү ң typed as о у н",
    LENGTH: "Length far from the source's",
    INLINE_CODES: "Inline codes differ",
}


RESULTS_BOUND = 60_000  # check_pair results a context keeps (about a KB each)


@dataclass(frozen=True)
class QaWarning:
    segment: int
    check: str
    message: str
    detail: str = ""  # tells this warning from others of the same check in the segment
    start: int | None = None  # where in the target, when it is one place
    end: int | None = None

    @property
    def key(self) -> tuple[int, str, str]:
        """How an ignored warning is remembered."""
        return (self.segment, self.check, self.detail)

    def as_json(self) -> dict:
        out: dict = {"segment": self.segment, "check": self.check, "message": self.message}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out


class QaText:
    """A segment without inline codes as the checks read it (Store.segment_texts row):
    the attributes of a Segment that they use, without building one per row."""

    __slots__ = ("id", "source_plain", "target_plain", "target", "mt_source", "lang", "status")
    source_codes: tuple = ()
    target_codes: tuple = ()

    def __init__(self, sid: int, source: str, target: str, mt_source: str, lang: str, status: int):
        self.id = sid
        self.source_plain = source
        self.target_plain = self.target = target
        self.mt_source = mt_source
        self.lang = lang
        self.status = status


@dataclass
class QaContext:
    """What the checks need to know about the project, gathered once per run."""

    source_lang: str
    target_lang: str
    entries: Sequence[TermEntry] = ()
    known_words: Iterable[str] = ()  # target-language words as the termbase/memory spell them
    source_terms: TermMatcher = field(init=False)
    target_terms: TermMatcher = field(init=False)
    letters: qa_text.KyrgyzLetters = field(init=False)

    def __post_init__(self) -> None:
        entries = list(self.entries)
        self.source_terms = TermMatcher(entries, self.source_lang, include_forbidden=False)
        self.target_terms = TermMatcher(entries, self.target_lang)
        # Per entry, the forms of its allowed target terms: "is the term translated?"
        # becomes a set lookup on the forms found in the target.
        self.wanted_forms: dict[int, list[int]] = {}
        for entry in entries:
            forms = (self.target_terms.form_of(entry, t) for t in entry.allowed(self.target_lang))
            self.wanted_forms[id(entry)] = [id(f) for f in forms if f is not None]
        words = list(self.known_words)
        for entry in entries:
            words += [t.text for t in entry.allowed(self.target_lang)]
        self.letters = qa_text.KyrgyzLetters(words if self.target_lang == "ky" else ())
        self._source_hits: dict[str, tuple] = {}
        self._source_wanted: dict[str, tuple[list[int], ...] | None] = {}
        self._pairs: dict[tuple[int, str, str, str], tuple[int, tuple[QaWarning, ...]]] = {}

    def source_wanted(self, source: str) -> tuple[list[int], ...] | None:
        """The wanted target forms of each entry with target terms that may be in `source`,
        one list per entry, without looking for places (TermMatcher.candidate_forms: every
        entry source_hits finds, and maybe more); None when only source_hits can tell.
        When the target has a wanted form of each, no term is missing. Remembered per
        source text."""
        if source in self._source_wanted:
            return self._source_wanted[source]
        forms = self.source_terms.candidate_forms(source)
        wanted: tuple[list[int], ...] | None = None
        if forms is not None:
            by_entry: dict[int, list[int]] = {}
            for form in forms:
                for entry, _ in form.pairs:
                    forms_wanted = self.wanted_forms.get(id(entry))
                    if forms_wanted:
                        by_entry[id(entry)] = forms_wanted
            wanted = tuple(by_entry.values())
        if len(self._source_wanted) > 100_000:  # a bound for long sessions
            self._source_wanted.clear()
        self._source_wanted[source] = wanted
        return wanted

    def source_hits(self, source: str) -> tuple[tuple[TermEntry, Term, str, list[int]], ...]:
        """(entry, term, form found, the entry's wanted target forms) for the first hit of
        each entry in `source` that has target terms, in text order (longer first at one
        place, as TermMatcher.find). Remembered per source text: real projects repeat
        sources, and the check on every target change sees the same source each keystroke."""
        cached = self._source_hits.get(source)
        if cached is not None:
            return cached
        firsts: dict[int, tuple[TermEntry, Term, str, list[int]]] = {}
        places = sorted(self.source_terms.find_forms(source), key=lambda f: (f[1], f[1] - f[2]))
        for form, start, end in places:
            for entry, term in form.pairs:
                wanted = self.wanted_forms.get(id(entry))
                if wanted and id(entry) not in firsts:
                    firsts[id(entry)] = (entry, term, source[start:end], wanted)
        hits = tuple(firsts.values())
        if len(self._source_hits) > 100_000:  # a bound for long sessions
            self._source_hits.clear()
        self._source_hits[source] = hits
        return hits

    def results(self) -> dict[tuple, tuple[int, tuple[QaWarning, ...]]]:
        """The check_pair results remembered (see check_pair), to send elsewhere."""
        return self._pairs

    def forget_results(self) -> None:
        self._pairs = {}

    def take_results(self, entries: dict[tuple, tuple[int, tuple[QaWarning, ...]]]) -> None:
        """Takes check_pair results made elsewhere (a forked child: core/qa_run.py) into
        the cache, within its bound; check_pair uses each only under the same stamp."""
        if len(self._pairs) + len(entries) <= RESULTS_BOUND:
            self._pairs.update(entries)


def check_segment(ctx: QaContext, seg: Segment | QaText) -> list[QaWarning]:
    """Every warning about one segment's target (consistency across segments aside)."""
    sid = seg.id
    source, target = seg.source_plain, seg.target_plain
    if seg.status == Status.NOT_NEEDED:
        return []  # kept as it is, by the translator's choice
    if not target.strip():
        if seg.status == Status.CONFIRMED and source.strip():
            message = msg("The segment is confirmed but its target is empty")
            return [QaWarning(sid, EMPTY_CONFIRMED, message)]
        return []
    out = check_pair(ctx, sid, source, target, seg.lang)
    if seg.source_codes or seg.target_codes:
        codes = check_codes(seg.source_coded, seg.target_coded)
        if not codes.ok:
            out.append(
                QaWarning(
                    sid, INLINE_CODES, msg("Inline codes: {summary}", summary=codes.summary())
                )
            )
    return out


def check_pair(ctx: QaContext, sid: int, source: str, target: str, src: str) -> list[QaWarning]:
    """The warnings about a target text for its source text (in language `src`).

    Remembered in the context per segment and texts: the editor's next QA report, its
    "With warnings" filter and the panel check again only what changed. A result is
    used only while the context knows as many Kyrgyz words as when it was made (the
    context learns spellings in place); a changed termbase makes a new context."""
    if not target.strip():
        return []
    key = (sid, source, target, src)
    learnt = ctx.letters.learnt
    cached = ctx._pairs.get(key)
    if cached is not None and cached[0] == learnt:
        return list(cached[1])
    out = _terms(ctx, sid, source, target, src)
    out += [QaWarning(sid, *w) for w in _text_warnings(ctx, source, target, src)]
    if len(ctx._pairs) > RESULTS_BOUND:
        ctx._pairs.clear()
    ctx._pairs[key] = (learnt, tuple(out))
    return out


def _text_warnings(ctx: QaContext, source: str, target: str, src: str) -> Iterable[tuple]:
    tgt = ctx.target_lang
    difference = compare_numbers(source, src, target, tgt)
    if difference:
        yield NUMBERS, _numbers_message(difference), "", None, None
    for check, message in (
        (QUOTES, qa_text.quotes_message(source, target)),
        (BRACKETS, qa_text.brackets_message(source, target)),
        (END_PUNCTUATION, qa_text.end_punctuation_message(source, target)),
        (WHITESPACE, qa_text.edge_space_message(source, target)),
        (LENGTH, qa_text.length_message(source, target)),
    ):
        if message:
            yield check, message, "", None, None
    at = qa_text.double_space_at(source, target)
    if at is not None:
        message = msg("Double space in the target at character {at}", at=at + 1)
        yield DOUBLE_SPACE, message, "", at, at + 2
    if src != tgt and _same(source, target) and qa_text.needs_translation(source):
        yield UNTRANSLATED, msg("The target is the source, untranslated"), "", None, None
    for word, start in qa_text.mixed_script_words(target):
        yield (
            MIXED_SCRIPT,
            msg('"{word}" mixes Latin and Cyrillic letters', word=word),
            word,
            start,
            start + len(word),
        )
    if tgt == "ky":
        for word, start, letters in qa_text.kazakh_words(target):
            message = msg(
                '"{word}" has Kazakh letters ({letters}), not Kyrgyz', word=word, letters=letters
            )
            yield KAZAKH_LETTERS, message, word, start, start + len(word)
        for word, start, right in ctx.letters.mistyped(target):
            message = msg(
                '"{word}" is probably "{right}" (ө ү ң typed as о у н)', word=word, right=right
            )
            yield KYRGYZ_LETTERS, message, word, start, start + len(word)


def _numbers_message(difference: NumberDifference) -> str:
    missing = ", ".join(q.text for q in difference.missing)
    added = ", ".join(q.text for q in difference.added)
    if missing and added:
        return msg(
            "Numbers missing from the target: {missing}; not in the source: {added}",
            missing=missing,
            added=added,
        )
    if missing:
        return msg("Numbers missing from the target: {missing}", missing=missing)
    return msg("Numbers not in the source: {added}", added=added)


def _same(source: str, target: str) -> bool:
    if abs(len(source) - len(target)) > 8:  # keys drop spaces and final marks, no more
        return False
    if qa_text.match_key(source) == qa_text.match_key(target):
        return True
    # Look-alike letters (a Latin "а") can hide a copy; they never change a text's length.
    if len(source.strip()) != len(target.strip()):
        return False
    return normalise_for_matching(source) == normalise_for_matching(target)


def _terms(ctx: QaContext, sid: int, source: str, target: str, src: str) -> list[QaWarning]:
    out: list[QaWarning] = []
    # The target is searched only for what can matter: whether the translations of the
    # source's terms are there, and where forbidden terms are (most projects have none).
    targets = ctx.target_terms
    found = targets.find_forms(target) if targets.has_forbidden else []
    present: set[int] = set()
    hits: tuple = ()
    if src == ctx.source_lang and ctx.source_terms:
        # Where a source term is is needed only for the message of a term missing from the
        # target: when every term that may be in the source is translated, none is missing
        # and the source's places are not sought; otherwise source_hits decides.
        wanted = ctx.source_wanted(source)
        if wanted is None or wanted:
            present = (
                {id(f) for f, _, _ in found}
                if targets.has_forbidden
                else targets.present_forms(target)
            )
            if wanted is None or any(present.isdisjoint(w) for w in wanted):
                hits = ctx.source_hits(source)
    if hits:
        for entry, term, form_text, wanted_forms in hits:
            if not present.isdisjoint(wanted_forms):
                continue
            names = _either(t.text for t in entry.allowed(ctx.target_lang))
            out.append(
                QaWarning(
                    sid,
                    TERM_MISSING,
                    msg(
                        '"{found}" (term "{term}") should be translated as {names}',
                        found=form_text,
                        term=term.text,
                        names=names,
                    ),
                    term.text,
                )
            )
    for form, start, end in sorted(found, key=lambda f: f[1]):
        for entry, term in form.forbidden:
            better = entry.allowed(ctx.target_lang)
            said = target[start:end]
            message = (
                msg(
                    'Forbidden term "{term}" in the target ("{found}"); use "{better}"',
                    term=term.text,
                    found=said,
                    better=better[0].text,
                )
                if better
                else msg(
                    'Forbidden term "{term}" in the target ("{found}")', term=term.text, found=said
                )
            )
            out.append(
                QaWarning(
                    sid,
                    FORBIDDEN_TERM,
                    message,
                    term.text,
                    start,
                    end,
                )
            )
    return out


def _either(terms: Iterable[str]) -> str:
    """'"a" or "b" or "c"', each "or" translatable."""
    said = ""
    for term in terms:
        said = (
            msg('{terms} or "{term}"', terms=said, term=term)
            if said
            else msg('"{term}"', term=term)
        )
    return said


def check_consistency(segments: Iterable[Segment | QaText]) -> list[QaWarning]:
    """One source translated differently, or one target given to different sources."""
    keyed: list[tuple[int, str, str]] = []
    first_target: dict[str, str] = {}  # source key -> the first target key seen with it
    first_source: dict[str, str] = {}
    split_sources: set[str] = set()  # keys seen with two different keys on the other side
    split_targets: set[str] = set()
    for seg in segments:
        if not seg.target.strip():
            continue
        skey = qa_text.match_key(seg.mt_source)  # look-alikes already replaced on import
        tkey = qa_text.match_key(seg.target_plain)
        if not skey or not tkey:
            continue
        keyed.append((seg.id, skey, tkey))
        if first_target.setdefault(skey, tkey) != tkey:
            split_sources.add(skey)
        if first_source.setdefault(tkey, skey) != skey:
            split_targets.add(tkey)
    # Groups only for the keys that have variants (most have none), in the order the
    # keys and their variants first came.
    by_source: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    by_target: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    if split_sources or split_targets:
        for sid, skey, tkey in keyed:
            if skey in split_sources:
                by_source[skey][tkey].append(sid)
            if tkey in split_targets:
                by_target[tkey][skey].append(sid)
    out: list[QaWarning] = []
    for groups, other in ((by_source, "translations"), (by_target, "sources")):
        for key, variants in groups.items():
            if len(variants) < 2:
                continue
            ids = sorted(i for seg_ids in variants.values() for i in seg_ids)
            for sid in ids:
                others = ", ".join(f"#{i}" for i in ids if i != sid)
                what = "source" if other == "translations" else "target"
                if what == "source":
                    message = nmsg(
                        "The same source has {n} different translation (segments {others})",
                        "The same source has {n} different translations (segments {others})",
                        len(variants),
                        others=others,
                    )
                else:
                    message = nmsg(
                        "The same target has {n} different source (segments {others})",
                        "The same target has {n} different sources (segments {others})",
                        len(variants),
                        others=others,
                    )
                out.append(QaWarning(sid, INCONSISTENT, message, f"{what}:{key[:80]}"))
    return out
