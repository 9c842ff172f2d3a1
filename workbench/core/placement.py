"""Putting a source segment's inline codes into its machine translation.

MT sees plain text only. Afterwards every source code is placed in the draft by a word
alignment between the plain source and the MT text: the engines give one from the model's
cross-attention (CTranslate2 ``return_attention``, transformers ``output_attentions``); the
pipeline marks the words of sentences it copied unchanged as exact. Where there is none,
a lexical alignment (the same word, number or name on both sides) stands in.

A pair goes around the target words aligned to the source words it covered; a placeholder
after the target word aligned to the source word before it. Codes in text copied
unchanged keep their exact place (even inside a word: H⟨1⟩2⟨/1⟩O). Where the alignment
says nothing, or the target words of a pair are interleaved with other words' targets,
the code is placed by relative position and the placement is reported uncertain (the
segment is flagged for review). Every source code is always present in the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.core.inline import Code, Coded, Kind

_WORD = re.compile(r"\S+")
_STRIP = re.compile(r"^\W+|\W+$")


@dataclass(frozen=True)
class WordAlignment:
    """(source word, target word) links between two plain texts' words (\\S+ runs)."""

    pairs: tuple[tuple[int, int], ...] = ()
    exact: frozenset[int] = frozenset()  # source words copied to the target unchanged


@dataclass(frozen=True)
class Placement:
    coded: Coded
    uncertain: bool
    guessed: tuple[Code, ...] = field(default=())  # the codes placed by relative position


def words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def lexical_alignment(source: str, target: str) -> WordAlignment:
    """Words that are the same on both sides (numbers, names, Latin terms), each matched
    once, in order; a stand-in where the model's attention is not available."""
    src = [_norm(source[a:b]) for a, b in words(source)]
    tgt = [_norm(target[a:b]) for a, b in words(target)]
    pairs = []
    used: set[int] = set()
    for i, word in enumerate(src):
        if not word:
            continue
        j = next((j for j, w in enumerate(tgt) if w == word and j not in used), None)
        if j is not None:
            used.add(j)
            pairs.append((i, j))
    return WordAlignment(tuple(pairs))


def _cores(text: str) -> list[tuple[int, int]]:
    """Word spans without the punctuation around them (a pair closes before the full stop)."""
    out = []
    for a, b in words(text):
        word = text[a:b]
        m = re.match(r"^\W*(.*?)\W*$", word, re.DOTALL)
        if m and m.group(1):
            out.append((a + m.start(1), a + m.end(1)))
        else:
            out.append((a, b))
    return out


def _norm(word: str) -> str:
    return _STRIP.sub("", word).casefold()


def place_codes(source: Coded, target: str, alignment: WordAlignment | None = None) -> Placement:
    """The target text with the source's codes placed in it (see the module's docstring)."""
    if not source.codes:
        return Placement(Coded(target), False)
    plain = source.plain
    if target == plain:  # returned unchanged: the codes stay exactly where they were
        return Placement(source, False)
    alignment = alignment or lexical_alignment(plain, target)
    anchors = _anchors(source)
    src_words = words(plain)
    tgt_words = _cores(target)
    exact_words = words(target)
    links: dict[int, list[int]] = {}
    for s, t in alignment.pairs:
        if 0 <= s < len(src_words) and 0 <= t < len(tgt_words):
            links.setdefault(s, []).append(t)
    inserts: list[tuple[int, int, int, Code]] = []  # (offset, order, sequence, code)
    guessed: list[Code] = []
    uncertain = False
    opened: dict[str, int] = {}  # pair id -> index in inserts of its opening

    def exact_offset(offset: int) -> int | None:
        """The target offset of a source offset inside (or at the edge of) an exact word."""
        for s, (a, b) in enumerate(src_words):
            if a <= offset <= b and s in alignment.exact and links.get(s):
                t = links[s][0]
                return exact_words[t][0] + (offset - a)
        return None

    def proportional(offset: int) -> int:
        if not plain:
            return len(target)
        ratio = offset / len(plain)
        spots = [0] + [b for _, b in tgt_words] + [len(target)]
        return min(spots, key=lambda x: abs(x - ratio * len(target)))

    for sequence, (code, offset, covered) in enumerate(anchors):
        order = {Kind.CLOSE: 0, Kind.PLACEHOLDER: 1, Kind.OPEN: 2}[code.kind]
        at = exact_offset(offset)
        if at is None:
            if code.kind == Kind.PLACEHOLDER or not covered:
                # the word it ends (or sits inside, before its full stop), else the one before
                before = [s for s, (a, b) in enumerate(src_words) if a < offset]
                after = [s for s, (a, b) in enumerate(src_words) if a >= offset]
                if before and links.get(before[-1]):
                    at = tgt_words[max(links[before[-1]])][1]
                elif after and links.get(after[0]):
                    at = tgt_words[min(links[after[0]])][0]
                elif not before:
                    at = 0
                elif not after:
                    at = len(target)
            else:
                targets = sorted({t for s in covered for t in links.get(s, [])})
                if targets:
                    if code.kind == Kind.OPEN:
                        at = tgt_words[targets[0]][0]
                    else:
                        at = tgt_words[targets[-1]][1]
                    inside = range(targets[0], targets[-1] + 1)
                    others = {s for s, ts in links.items() if s not in covered for t in ts}
                    if any(t in inside for s in others for t in links[s]):
                        uncertain = True  # the pair's words are interleaved with others
        if at is None:
            at = proportional(offset)
            uncertain = True
            guessed.append(code)
        if code.kind == Kind.OPEN:
            opened[code.id] = len(inserts)
        elif code.kind == Kind.CLOSE and code.id in opened:
            start = inserts[opened[code.id]][0]
            if at < start:  # a pair cannot close before it opens
                at, uncertain = start, True
        inserts.append((at, order, sequence, code))
    inserts.sort(key=lambda x: (x[0], x[1], x[2]))
    parts: list[str | Code] = []
    pos = 0
    for at, _, _, code in inserts:
        parts.append(target[pos:at])
        parts.append(code)
        pos = max(pos, at)
    parts.append(target[pos:])
    return Placement(Coded.from_parts(parts), uncertain, tuple(guessed))


def _anchors(source: Coded) -> list[tuple[Code, int, frozenset[int]]]:
    """Each code with its offset in the plain text and, for a pair's halves, the indexes
    of the words its content touches."""
    offsets: list[tuple[Code, int]] = []
    pos = 0
    for part in source.parts():
        if isinstance(part, str):
            pos += len(part)
        else:
            offsets.append((part, pos))
    plain = source.plain
    spans = words(plain)
    starts: dict[str, int] = {}
    covered: dict[str, frozenset[int]] = {}
    for code, offset in offsets:
        if code.kind == Kind.OPEN:
            starts[code.id] = offset
        elif code.kind == Kind.CLOSE and code.id in starts:
            a = starts.pop(code.id)
            covered[code.id] = frozenset(
                i for i, (s, e) in enumerate(spans) if s < offset and e > a
            )
    out = []
    for code, offset in offsets:
        words_in = (
            covered.get(code.id, frozenset()) if code.kind != Kind.PLACEHOLDER else frozenset()
        )
        out.append((code, offset, words_in))
    return out


def combine(
    pieces: Sequence[tuple[int, int, WordAlignment | None]],
) -> WordAlignment | None:
    """One alignment from per-sentence ones: (source word offset, target word offset,
    alignment) for each piece; None when no piece had one."""
    pairs: list[tuple[int, int]] = []
    exact: set[int] = set()
    seen = False
    for s_off, t_off, piece in pieces:
        if piece is None:
            continue
        seen = True
        pairs += [(s + s_off, t + t_off) for s, t in piece.pairs]
        exact |= {s + s_off for s in piece.exact}
    return WordAlignment(tuple(pairs), frozenset(exact)) if seen else None


def identity(text: str) -> WordAlignment:
    n = len(words(text))
    return WordAlignment(tuple((i, i) for i in range(n)), frozenset(range(n)))
