"""Concordance: a word or phrase looked up across the whole memory, in both languages.

Each unit's source and target are searched, each in its own language, with the
terminology's morphology (core/morph): a Kyrgyz word matches where the two share a stem
(stems_of: мектеп finds мектепте, мектеби, мектептерибизде; тоо never finds тоок), a
Russian one where they share a lemma (pymorphy3: школа finds школе, школами), an English
one where one is an inflection of the other (lemminflect). Look-alike letters, case and
ё/е are folded first.

Relevance, best first: the share of the query's words found (at least half of them must
be), then 20 points when they stand together in the query's order (the phrase itself),
then 5 per word found in exactly the form typed; ties go to the shorter text, then to
units confirmed here before imported before MT. Hits come as keyword-in-context: the
matched side's words as (start, end) spans, and kwic() cuts the text around the first.
The project's reference memories (core/tm_refs) are searched too: their hits carry the
reference's name and score its penalty lower.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.core import store_tm, tm_refs
from workbench.core.morph import WORD, analyser, fold, normalise_text
from workbench.core.store import Project
from workbench.core.tm import ORIGIN_MT, ORIGIN_PROJECT

PHRASE_BONUS = 20.0
EXACT_FORM_BONUS = 5.0
_ORIGIN_RANK = {ORIGIN_PROJECT: 0, ORIGIN_MT: 2}  # imported TMX: 1


@dataclass(frozen=True)
class ConcordanceHit:
    unit_id: int
    score: float
    side: str  # "source" or "target": where the query was found
    source_lang: str
    target_lang: str
    source: str  # plain text (inline codes left out)
    target: str
    spans: tuple[tuple[int, int], ...]  # the found words in the matched side's text
    origin: str
    document: str | None
    memory: str = ""  # the reference memory it comes from ("": the project's own)

    @property
    def text(self) -> str:
        """The side the query was found in."""
        return self.source if self.side == "source" else self.target

    @property
    def other(self) -> str:
        return self.target if self.side == "source" else self.source


def kwic(text: str, spans: tuple[tuple[int, int], ...], width: int = 40) -> tuple[str, str, str]:
    """Keyword in context: (left, hit, right), the hit running from the first found word
    to the last one within reach, the context cut to `width` characters at a space."""
    if not spans:
        return "", "", text[:width]
    start, end = spans[0]
    for s, e in spans[1:]:
        if s - end <= width:
            end = e
    left, right = text[:start], text[end:]
    if len(left) > width:
        cut = left[-width:]
        left = "…" + (cut.split(" ", 1)[1] if " " in cut else cut)
    if len(right) > width:
        cut = right[:width]
        right = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
    return left, text[start:end], right


class _Query:
    """The query's words and their keys in one language."""

    def __init__(self, text: str, lang: str) -> None:
        self.lang = lang
        self.analyser = analyser(lang)
        normal = normalise_text(text, lang)
        self.words = [fold(m.group()) for m in WORD.finditer(normal)]
        # A query word is typed in any form: compare the stems/lemmas both can be.
        self.keys = [self._keys(w) for w in self.words]
        self._hit: dict[str, int] = {}  # text word -> the query word it is a form of, or -1

    def _which(self, word: str) -> int:
        keys = self._keys(word)
        return next((i for i, q in enumerate(self.keys) if word == self.words[i] or keys & q), -1)

    def _keys(self, word: str) -> frozenset[str]:
        keys = set(self.analyser.text_keys(word, True))
        if self.lang == "en":  # lemminflect: the word's own inflections
            keys |= self.analyser.term_keys(word, True)
        keys.add(word)
        return frozenset(keys)

    def match(self, text: str) -> tuple[float, tuple[tuple[int, int], ...]] | None:
        """The score and spans of `text`, or None when too few query words are in it."""
        if not self.words:
            return None
        normal = normalise_text(text, self.lang)
        found: dict[int, list[tuple[int, int, bool]]] = {}  # query word -> (start, end, exact)
        order: list[int] = []  # for each text word, the query word it matched (or -1)
        for m in WORD.finditer(normal):
            word = fold(m.group())
            which = self._hit.get(word)
            if which is None:
                which = self._hit[word] = self._which(word)
            if which >= 0:
                found.setdefault(which, []).append((m.start(), m.end(), word == self.words[which]))
            order.append(which)
        need = max(1, math.ceil(len(self.words) / 2))
        if len(found) < need:
            return None
        score = 100.0 * len(found) / len(self.words)
        if len(self.words) > 1 and _contains_run(order, list(range(len(self.words)))):
            score += PHRASE_BONUS
        score += EXACT_FORM_BONUS * sum(any(e for *_, e in hits) for hits in found.values())
        spans = sorted((s, e) for hits in found.values() for s, e, _ in hits)
        return score, tuple(spans)


def _contains_run(seq: list[int], run: list[int]) -> bool:
    n = len(run)
    return any(seq[i : i + n] == run for i in range(len(seq) - n + 1))


def concordance(project: Project, query: str, limit: int = 50) -> list[ConcordanceHit]:
    """The memory's units holding `query` (in either language), most relevant first."""
    queries: dict[str, _Query] = {}
    hits = list(_scan(project, query, queries))
    for ref, memory in tm_refs.usable(project):
        try:
            hits.extend(_scan(memory, query, queries, ref.name, ref.penalty))
        except sqlite3.DatabaseError as exc:  # damaged pages met while reading it
            tm_refs.set_broken(project, ref, exc)
    hits.sort(
        key=lambda h: (
            -h.score,
            len(h.text),
            bool(h.memory),
            _ORIGIN_RANK.get(h.origin, 1),
            h.unit_id,
        )
    )
    return hits[:limit]


def _scan(
    project: Project,
    query: str,
    queries: dict[str, _Query],
    memory: str = "",
    penalty: float = 0.0,
) -> Iterator[ConcordanceHit]:
    seen: set[tuple[str, str, str, str]] = set()
    for row in store_tm.all_unit_rows(project):
        unit_id, src, tgt, source, target, origin, document = row[:7]
        if (tgt, target, src, source) in seen:  # the same pair, stored the other way round
            continue
        seen.add((src, source, tgt, target))
        best = None
        for side, lang, text in (("source", src, source), ("target", tgt, target)):
            q = queries.get(lang) or queries.setdefault(lang, _Query(query, lang))
            result = q.match(text)
            if result and (best is None or result[0] > best[0]):
                best = (result[0], side, result[1])
        if best is None:
            continue
        yield ConcordanceHit(
            unit_id,
            round(best[0] - penalty, 1),
            best[1],
            src,
            tgt,
            source,  # stored plain: the codes are kept beside it
            target,
            best[2],
            origin,
            document,
            memory,
        )
