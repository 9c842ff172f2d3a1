"""Inline codes: formatting and markup inside a segment (Okapi Framework's TextFragment).

A coded text is a string in which each inline code is one private-use marker character,
chr(MARKER_FIRST + i) standing for codes[i], plus the list of codes. A code is the opening
or closing half of a pair (bold, a link...) or a standalone placeholder (an image, a
footnote reference, a code span). The two halves of a pair share an id; ids are strings so
that XLIFF and TMX ids (``i``, ``x``, ``id``) map onto them unchanged.

Everything that works on words (segmentation, language detection, MT, memory matching,
search) sees ``plain``: the text without the markers. Writers put ``Code.data`` (the
original markup, in the format's own terms) back where the markers are.

Markers live in U+E000..U+EFFF; U+F000.. is left alone because symbol fonts in Word files
use it for real characters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from workbench.core.i18n import msg

MARKER_FIRST = 0xE000
MARKER_LAST = 0xEFFF
MARKERS = re.compile(f"[{chr(MARKER_FIRST)}-{chr(MARKER_LAST)}]")


class Kind(StrEnum):
    OPEN = "open"
    CLOSE = "close"
    PLACEHOLDER = "ph"


@dataclass(frozen=True)
class Code:
    id: str  # shared by the two halves of a pair
    kind: Kind
    data: str  # the original markup (format-specific), what a writer puts back
    display: str = ""  # what it stands for, in a few words ("bold", "link to https://...")
    # A pair whose content must stay in one sentence (a link, a code span): the segmenter
    # never cuts inside it. Other pairs (bold over two sentences) are split into two pairs.
    whole: bool = False

    def to_json(self) -> list:
        item: list = [self.id, str(self.kind), self.data, self.display]
        if self.whole:
            item.append(1)
        return item

    @classmethod
    def from_json(cls, item: Sequence) -> Code:
        whole = bool(item[4]) if len(item) > 4 else False
        return cls(str(item[0]), Kind(item[1]), str(item[2]), str(item[3]), whole)

    def matches(self, other: Code) -> bool:
        """The same code: same id and kind (the data may differ, e.g. after a TMX import)."""
        return self.id == other.id and self.kind == other.kind


def marker(index: int) -> str:
    if not 0 <= index <= MARKER_LAST - MARKER_FIRST:
        raise ValueError(f"too many inline codes in one segment ({index + 1})")
    return chr(MARKER_FIRST + index)


def is_marker(char: str) -> bool:
    return len(char) == 1 and MARKER_FIRST <= ord(char) <= MARKER_LAST


def strip_markers(text: str) -> str:
    return MARKERS.sub("", text)


@dataclass(frozen=True)
class Coded:
    """Text with inline codes. Build it with from_parts() so codes follow the text's order."""

    text: str
    codes: tuple[Code, ...] = ()

    @property
    def plain(self) -> str:
        if not self.codes:
            return self.text
        return "".join(p for p in self.parts() if isinstance(p, str))

    def parts(self) -> Iterator[str | Code]:
        """The text as alternating strings and codes, in order (no empty strings)."""
        start = 0
        for m in MARKERS.finditer(self.text):
            index = ord(m.group()) - MARKER_FIRST
            if index >= len(self.codes):
                continue  # a private-use character in text without codes (a .txt file)
            if m.start() > start:
                yield self.text[start : m.start()]
            yield self.codes[index]
            start = m.end()
        if start < len(self.text):
            yield self.text[start:]

    def code_at(self, index: int) -> Code:
        i = ord(self.text[index]) - MARKER_FIRST
        if not 0 <= i < len(self.codes):
            raise ValueError(f"marker {i} has no code ({len(self.codes)} codes)")
        return self.codes[i]

    @classmethod
    def from_parts(cls, parts: Iterable[str | Code]) -> Coded:
        text: list[str] = []
        codes: list[Code] = []
        for part in parts:
            if isinstance(part, Code):
                text.append(marker(len(codes)))
                codes.append(part)
            elif part:
                text.append(part)
        return cls("".join(text), tuple(codes))

    @classmethod
    def plain_text(cls, text: str) -> Coded:
        return cls(text, ())

    def with_text(self, text: str) -> Coded:
        """The same codes with an edited text (markers in `text` index into self.codes);
        normalised so the codes list follows the new text's order."""
        return Coded(text, self.codes).normalised()

    def normalised(self) -> Coded:
        return Coded.from_parts(self.parts())

    def __add__(self, other: Coded | str) -> Coded:
        other = Coded(other) if isinstance(other, str) else other
        return Coded.from_parts([*self.parts(), *other.parts()])

    def codes_json(self) -> str:
        return codes_to_json(self.codes)

    def __bool__(self) -> bool:
        return bool(self.text)

    def strip(self) -> Coded:
        """Without whitespace around the text (codes stay)."""
        return Coded(self.text.strip(), self.codes).normalised()


def codes_to_json(codes: Sequence[Code]) -> str:
    return json.dumps([c.to_json() for c in codes], ensure_ascii=False) if codes else "[]"


def codes_from_json(text: str | None) -> tuple[Code, ...]:
    if not text or text == "[]":
        return ()
    return tuple(Code.from_json(item) for item in json.loads(text))


def coded(text: str, codes_json: str | None) -> Coded:
    return Coded(text, codes_from_json(codes_json))


# -- comparing a target's codes with its source's ------------------------------------------


@dataclass(frozen=True)
class CodeCheck:
    missing: tuple[Code, ...] = ()  # in the source, not in the target
    extra: tuple[Code, ...] = ()  # in the target, not in the source
    order: bool = False  # the pairs are nested differently (a close before its open...)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.order)

    def summary(self) -> str:
        said: list[str] = []
        if self.missing:
            said.append(msg("missing {codes}", codes=" ".join(chip(c) for c in self.missing)))
        if self.extra:
            said.append(msg("extra {codes}", codes=" ".join(chip(c) for c in self.extra)))
        if self.order:
            said.append(msg("tags out of order"))
        text = said[0] if said else ""
        for part in said[1:]:  # "a; b", each part translated
            text = msg("{first}; {then}", first=text, then=part)
        return text


def _keys(codes: Iterable[Code]) -> list[tuple[str, Kind]]:
    return [(c.id, c.kind) for c in codes]


def check_codes(source: Coded, target: Coded) -> CodeCheck:
    """Missing and extra codes (by id and kind, as many times as they occur) and whether the
    target's pairs are well nested. The order of separate pairs may change freely: another
    language puts words in another order."""
    missing = _unmatched(source.codes, target.codes)
    extra = _unmatched(target.codes, source.codes)
    return CodeCheck(missing, extra, not _well_nested(target.codes))


def _unmatched(codes: Sequence[Code], others: Sequence[Code]) -> tuple[Code, ...]:
    """The codes of `codes` with no counterpart (same id and kind) left in `others`."""
    left = _keys(others)
    unmatched = []
    for code in codes:
        key = (code.id, code.kind)
        if key in left:
            left.remove(key)
        else:
            unmatched.append(code)
    return tuple(unmatched)


def _well_nested(codes: Sequence[Code]) -> bool:
    stack: list[str] = []
    for c in codes:
        if c.kind == Kind.OPEN:
            stack.append(c.id)
        elif c.kind == Kind.CLOSE:
            if not stack or stack[-1] != c.id:
                return False
            stack.pop()
    return not stack


def complete(source: Coded, target: Coded) -> tuple[Coded, int]:
    """The target with the source codes it lacks added at its end (so export never drops
    formatting) and how many were added."""
    missing = check_codes(source, target).missing
    if not missing:
        return target, 0
    return Coded.from_parts([*target.parts(), *missing]), len(missing)


def next_missing(source: Coded, target: Coded) -> Code | None:
    """The first source code (in source order) that the target does not have yet."""
    missing = check_codes(source, target).missing
    return missing[0] if missing else None


# -- showing codes -------------------------------------------------------------------------


def chip(code: Code) -> str:
    """The short label a translator sees: ⟨1⟩ … ⟨/1⟩ for a pair, ⟨1/⟩ for a placeholder."""
    if code.kind == Kind.OPEN:
        return f"⟨{code.id}⟩"
    if code.kind == Kind.CLOSE:
        return f"⟨/{code.id}⟩"
    return f"⟨{code.id}/⟩"


def tagged(value: Coded) -> str:
    """The text with chips in place of markers (for lists, logs, the CLI)."""
    return "".join(p if isinstance(p, str) else chip(p) for p in value.parts())


# -- building coded text from a format's pieces -----------------------------------------


@dataclass
class Builder:
    """Collects text and codes while a reader walks a paragraph; numbers the pairs."""

    parts: list[str | Code] = field(default_factory=list)
    _next: int = 1
    _open: list[Code] = field(default_factory=list)

    def text(self, value: str | None) -> None:
        """Text; a private-use character from the file that looks like a marker becomes a
        placeholder holding it, so it cannot be taken for a code."""
        if not value:
            return
        start = 0
        for m in MARKERS.finditer(value):
            if m.start() > start:
                self.parts.append(value[start : m.start()])
            self.placeholder(m.group(), f"U+{ord(m.group()):04X}")
            start = m.end()
        if start < len(value):
            self.parts.append(value[start:])

    def open(self, data: str, display: str, *, whole: bool = False) -> Code:
        code = Code(str(self._next), Kind.OPEN, data, display, whole)
        self._next += 1
        self.parts.append(code)
        self._open.append(code)
        return code

    def close(self, data: str, opening: Code | None = None) -> Code:
        opening = opening or self._open[-1]
        self._open.remove(opening)
        code = Code(opening.id, Kind.CLOSE, data, opening.display, opening.whole)
        self.parts.append(code)
        return code

    def placeholder(self, data: str, display: str) -> Code:
        code = Code(str(self._next), Kind.PLACEHOLDER, data, display)
        self._next += 1
        self.parts.append(code)
        return code

    def build(self) -> Coded:
        return Coded.from_parts(self.parts)


def trim_frame(value: Coded) -> tuple[Coded, list[Code], list[Code]]:
    """Formatting that covers the whole text is not a code: the pairs that open before the
    first character and close after the last one are taken off (returned as the frame's
    opening and closing codes, outermost first), so only what changes inside remains."""
    parts = list(value.parts())
    head: list[Code] = []
    tail: list[Code] = []
    while len(parts) >= 2:
        first, last = parts[0], parts[-1]
        if not (
            isinstance(first, Code)
            and isinstance(last, Code)
            and first.kind == Kind.OPEN
            and last.kind == Kind.CLOSE
            and last.id == first.id
        ):
            break
        inner = parts[1:-1]
        # The pair must be one pair (not "<b>a</b> x <b>b</b>" with equal ids: never here).
        if any(isinstance(p, Code) and p.id == first.id for p in inner):
            break
        head.append(first)
        tail.insert(0, last)
        parts = inner
    return Coded.from_parts(parts), head, tail


def replace_data(value: Coded, mapping: dict[tuple[str, Kind], Code]) -> Coded:
    """The same text with each code replaced by mapping[(id, kind)] where present."""
    return Coded(value.text, tuple(mapping.get((c.id, c.kind), c) for c in value.codes))


def renumber(value: Coded, ids: dict[str, str]) -> Coded:
    return Coded(value.text, tuple(replace(c, id=ids.get(c.id, c.id)) for c in value.codes))


# -- codes by position (the memory keeps plain text plus where each code goes) -------------


def positions_json(value: Coded) -> str:
    """The codes of `value` with their offsets in its plain text, as JSON."""
    out: list[list] = []
    offset = 0
    for part in value.parts():
        if isinstance(part, str):
            offset += len(part)
        else:
            out.append([offset, *part.to_json()])
    return json.dumps(out, ensure_ascii=False) if out else "[]"


def from_positions(plain: str, data: str | None) -> Coded:
    """Coded text from plain text and positions_json() of its codes."""
    if not data or data == "[]":
        return Coded(plain)
    parts: list[str | Code] = []
    pos = 0
    for item in json.loads(data):
        offset = min(max(int(item[0]), pos), len(plain))
        parts.append(plain[pos:offset])
        parts.append(Code.from_json(item[1:]))
        pos = offset
    parts.append(plain[pos:])
    return Coded.from_parts(parts)
