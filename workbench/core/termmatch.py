"""Finding termbase terms in text, inflected forms included (see core/morph/).

A TermMatcher indexes the terms of one language by the keys of their last word; each
word of a text is turned into its keys once (cached), looked up, and the earlier words of
a multi-word term are checked backwards. Words of a multi-word term may be separated only
by spaces or a hyphen in the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.morph import WORD, analyser, fold, normalise_text, text_words
from workbench.core.termbase import Term, TermEntry


@dataclass(frozen=True)
class TermHit:
    entry: TermEntry
    term: Term
    start: int  # character offsets of the inflected form in the text
    end: int
    form: str  # the text found


class TermForm:
    """One way a term is written (its words), shared by every entry that has it: a text is
    searched once per form however many entries use the same term."""

    __slots__ = ("words", "keys", "case_sensitive", "pairs", "forbidden")

    def __init__(
        self, words: tuple[str, ...], keys: tuple[frozenset[str], ...], case_sensitive: bool
    ) -> None:
        self.words = words  # surface words of the term
        self.keys = keys  # keys of each word
        self.case_sensitive = case_sensitive
        self.pairs: list[tuple[TermEntry, Term]] = []  # the entries' terms written so
        self.forbidden: list[tuple[TermEntry, Term]] = []  # those of pairs that are forbidden


class TermMatcher:
    """The terms of `lang` in `entries`, ready to be found in text of that language."""

    def __init__(
        self, entries: Iterable[TermEntry], lang: str, *, include_forbidden: bool = True
    ) -> None:
        self.lang = lang
        self._analyser = analyser(lang)
        self._index: dict[str, list[TermForm]] = {}
        self._forms: dict[tuple, TermForm] = {}
        self._by_term: dict[tuple[int, Term], TermForm] = {}
        self._word_forms: dict[str, tuple[TermForm, ...]] = {}  # text word -> candidate forms
        self._hot: set[str] = set()  # the words of _word_forms that have candidate forms
        self._prepared: object | None = None  # the analyser's prepare(index), made when needed
        self._is_prepared = False
        self._last_words: tuple[str | None, str, list[str]] = (None, "", [])
        self.has_forbidden = False  # whether any term indexed is forbidden
        for entry in entries:
            for term in entry.in_lang(lang):
                if term.forbidden and not include_forbidden:
                    continue
                self.add(entry, term)

    def add(self, entry: TermEntry, term: Term) -> None:
        words = tuple(m.group() for m in WORD.finditer(normalise_text(term.text, self.lang)))
        if not words:
            return
        folded = tuple(fold(w) for w in words)
        ident = (words if term.case_sensitive else folded, term.case_sensitive)
        form = self._forms.get(ident)
        if form is None:
            keys = tuple(
                self._analyser.term_keys(w, i == len(folded) - 1, len(folded) > 1)
                for i, w in enumerate(folded)
            )
            form = self._forms[ident] = TermForm(words, keys, term.case_sensitive)
            for key in keys[-1]:
                self._index.setdefault(key, []).append(form)
        self._word_forms.clear()
        self._hot.clear()
        self._is_prepared = False
        form.pairs.append((entry, term))
        if term.forbidden:
            form.forbidden.append((entry, term))
            self.has_forbidden = True
        self._by_term[(id(entry), term)] = form

    def __bool__(self) -> bool:
        return bool(self._index)

    def form_of(self, entry: TermEntry, term: Term) -> TermForm | None:
        """The form `term` of `entry` was indexed under (None if it has no words)."""
        return self._by_term.get((id(entry), term))

    def find_forms(self, text: str) -> list[tuple[TermForm, int, int]]:
        """(form, start, end) of every term form in `text`, each place once."""
        if not self._index or not text:
            return []
        last = self._last_words  # one tuple, read once: other threads may replace it
        tokens: list[tuple[int, int, str]] = []  # (start, end, word), found when needed
        if last[0] == text:  # candidate_forms just read this text's words
            folded, words = last[1], last[2]
        elif len(folded := fold(norm := normalise_text(text, self.lang))) == len(norm):
            words = text_words(folded)  # the usual case: fold the whole text at once
        else:  # a letter whose lower case is longer (İ): fold word by word
            tokens = [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(norm)]
            words = [word for _, _, word in tokens]
        self._analyse(words)
        word_forms, hot = self._word_forms, self._hot
        if hot.isdisjoint(words):
            return []  # no word of the text may end a term
        found: dict[tuple[int, int, int], tuple[TermForm, int, int]] = {}
        for i in [i for i, word in enumerate(words) if word in hot]:
            forms = word_forms[words[i]]
            if len(tokens) <= i:
                # Where the words up to this one are: each is the first occurrence after
                # the one before (only non-letters lie between two words).
                pos = tokens[-1][1] if tokens else 0
                for w in words[len(tokens) : i + 1]:
                    at = folded.find(w, pos)
                    pos = at + len(w)
                    tokens.append((at, pos, w))
            end = tokens[i][1]
            for form in forms:
                first = i - len(form.words) + 1
                if first < 0:
                    continue
                if len(form.words) > 1 and not self._earlier_words_match(form, tokens, first, text):
                    continue
                if form.case_sensitive and not _same_case(form.words, tokens, first, text):
                    continue
                start = tokens[first][0]
                found.setdefault((start, end, id(form)), (form, start, end))
        return list(found.values())

    def present_forms(self, text: str) -> set[int]:
        """ids of the forms find_forms(text) finds, without their places: a word's forms of
        one word (not case-sensitive) are there wherever the word is; only when a word
        may end a longer or case-sensitive form is the full search needed."""
        forms = self.candidate_forms(text)
        if forms is None or any(len(f.words) > 1 or f.case_sensitive for f in forms):
            return {id(form) for form, _, _ in self.find_forms(text)}
        return {id(form) for form in forms}

    def candidate_forms(self, text: str) -> list[TermForm] | None:
        """The forms whose last word is a word of `text`, each once, without looking for
        places: all that find_forms(text) finds and maybe more (a longer form whose
        earlier words are not there, a case-sensitive one in the wrong case); None when
        folding changes the text's length (only find_forms can tell then)."""
        words = self._words(text)
        if words is None:
            return None
        forms: dict[int, TermForm] = {}
        word_forms = self._word_forms
        for word in words.intersection(self._hot):
            for form in word_forms[word]:
                forms[id(form)] = form
        return list(forms.values())

    def _words(self, text: str) -> set[str] | None:
        """The folded words of `text` as a set, each analysed (None when folding changes
        lengths)."""
        if not self._index or not text:
            return set()
        folded = fold(normalise_text(text, self.lang))
        if len(folded) != len(text):
            return None
        words = text_words(folded)
        distinct = self._analyse(words)
        self._last_words = (text, folded, words)  # find_forms(text) may follow
        return distinct

    def _analyse(self, words: list[str]) -> set[str]:
        """Analyses the words not seen before (each once); gives the set of `words`."""
        word_forms = self._word_forms
        if len(word_forms) > 500_000:  # a bound for very long sessions (never inside a call)
            word_forms.clear()
            self._hot.clear()
        distinct = set(words)
        for word in distinct.difference(word_forms):
            self._forms_ending_in(word)
        return distinct

    def _forms_ending_in(self, word: str) -> tuple[TermForm, ...]:
        """The forms whose last word `word` (folded) may be, remembered per word."""
        seen: dict[int, TermForm] = {}
        index = self._index
        if not self._is_prepared:
            self._prepared, self._is_prepared = self._analyser.prepare(index), True
        # Keys sorted: forms found at one place come in the same order in every process
        # (a set's order follows the string hash seed), and so do the warnings about them.
        for key in sorted(self._analyser.text_keys_in(word, True, index, self._prepared)):
            for form in index[key]:
                seen.setdefault(id(form), form)
        forms = tuple(seen.values())
        self._word_forms[word] = forms
        if forms:
            self._hot.add(word)
        return forms

    def find(self, text: str) -> list[TermHit]:
        """Every term occurrence in `text`, by start (longer first at the same start)."""
        hits: dict[tuple[int, int, int, str], TermHit] = {}
        for form, start, end in self.find_forms(text):
            for entry, term in form.pairs:
                ident = (start, end, id(entry), term.text)
                if ident not in hits:
                    hits[ident] = TermHit(entry, term, start, end, text[start:end])
        return sorted(hits.values(), key=lambda h: (h.start, -(h.end - h.start)))

    def _earlier_words_match(
        self, form: TermForm, tokens: list[tuple[int, int, str]], first: int, text: str
    ) -> bool:
        keys = self._analyser.text_keys
        for j in range(len(form.words) - 1):
            start, end, word = tokens[first + j]
            if not keys(word, False) & form.keys[j]:
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
