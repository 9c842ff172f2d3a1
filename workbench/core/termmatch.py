"""Finding termbase terms in text, inflected forms included (see core/morph/).

A TermMatcher indexes the terms of one language by the keys of their last word; each
word of a text is turned into its keys once (cached), looked up, and the earlier words of
a multi-word term are checked backwards. Words of a multi-word term may be separated only
by spaces or a hyphen in the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.morph import WORD, analyser, fold, normalise_text
from workbench.core.termbase import Term, TermEntry


@dataclass(frozen=True)
class TermHit:
    entry: TermEntry
    term: Term
    start: int  # character offsets of the inflected form in the text
    end: int
    form: str  # the text found


@dataclass(frozen=True)
class _Indexed:
    entry: TermEntry
    term: Term
    words: tuple[str, ...]  # surface words of the term
    keys: tuple[frozenset[str], ...]  # keys of each word


class TermMatcher:
    """The terms of `lang` in `entries`, ready to be found in text of that language."""

    def __init__(
        self, entries: Iterable[TermEntry], lang: str, *, include_forbidden: bool = True
    ) -> None:
        self.lang = lang
        self._analyser = analyser(lang)
        self._index: dict[str, list[_Indexed]] = {}
        for entry in entries:
            for term in entry.in_lang(lang):
                if term.forbidden and not include_forbidden:
                    continue
                self.add(entry, term)

    def add(self, entry: TermEntry, term: Term) -> None:
        words = tuple(m.group() for m in WORD.finditer(normalise_text(term.text, self.lang)))
        if not words:
            return
        folded = [fold(w) for w in words]
        keys = tuple(
            self._analyser.term_keys(w, i == len(folded) - 1) for i, w in enumerate(folded)
        )
        item = _Indexed(entry, term, words, keys)
        for key in keys[-1]:
            self._index.setdefault(key, []).append(item)

    def __bool__(self) -> bool:
        return bool(self._index)

    def find(self, text: str) -> list[TermHit]:
        """Every term occurrence in `text`, by start (longer first at the same start)."""
        if not self._index or not text:
            return []
        norm = normalise_text(text, self.lang)
        tokens = [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(norm)]
        hits: dict[tuple[int, int, int, str], TermHit] = {}
        keys = self._analyser.text_keys
        for i, (_, end, word) in enumerate(tokens):
            for key in keys(word, True):
                for item in self._index.get(key, ()):
                    first = i - len(item.words) + 1
                    if first < 0 or not self._earlier_words_match(item, tokens, first, text):
                        continue
                    start = tokens[first][0]
                    if item.term.case_sensitive and not _same_case(item.words, tokens, first, text):
                        continue
                    ident = (start, end, id(item.entry), item.term.text)
                    hits.setdefault(
                        ident, TermHit(item.entry, item.term, start, end, text[start:end])
                    )
        return sorted(hits.values(), key=lambda h: (h.start, -(h.end - h.start)))

    def _earlier_words_match(
        self, item: _Indexed, tokens: list[tuple[int, int, str]], first: int, text: str
    ) -> bool:
        keys = self._analyser.text_keys
        for j in range(len(item.words) - 1):
            start, end, word = tokens[first + j]
            if not keys(word, False) & item.keys[j]:
                return False
            gap = text[end : tokens[first + j + 1][0]]
            if gap.strip(" \u00a0-‐‑–") or len(gap) > 3:
                return False
        return True


def _same_case(
    words: tuple[str, ...], tokens: list[tuple[int, int, str]], first: int, text: str
) -> bool:
    """A case-sensitive term: the letters the text word shares with the term have its case."""
    for j, word in enumerate(words):
        start, end, _ = tokens[first + j]
        surface = text[start:end]
        same = 0
        for a, b in zip(fold(surface), fold(word), strict=False):
            if a != b:
                break
            same += 1
        if surface[:same] != word[:same]:
            return False
    return True


def contains_term(matcher: TermMatcher, text: str, entry: TermEntry, term: Term) -> bool:
    """Whether `term` of `entry` occurs in `text`, inflected or not."""
    return any(h.entry is entry and h.term == term for h in matcher.find(text))
