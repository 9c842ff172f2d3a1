"""Segmenting text with inline codes, and joining translated segments back into a paragraph.

The segmenter sees only the plain text; the cuts it finds are mapped back onto the coded
text. Codes between two sentences go with the sentence they belong to (a closing code with
the one before, an opening code or a placeholder with the one after). A pair that spans a
sentence end is split into two pairs (closed at the end of the first sentence, opened
again at the start of the next), as CAT tools do; joining the segments merges them again.
A pair marked ``whole`` (a link, a code span) is never cut: the sentences around such a cut
stay one segment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core.inline import Code, Coded, Kind, is_marker
from workbench.core.segmenter import split_paragraph


@dataclass(frozen=True)
class CodedPiece:
    lead: str  # whitespace before the segment (no codes)
    text: Coded
    trail: str  # whitespace after it (no codes)


def split_coded(value: Coded, lang: str, unit: str = "sentence") -> list[CodedPiece]:
    if not value.codes:
        return [
            CodedPiece(p.lead, Coded(p.text), p.trail)
            for p in split_paragraph(value.text, lang, unit)
        ]
    coded_text = value.text
    positions = [i for i, ch in enumerate(coded_text) if not is_marker(ch)]
    plain = "".join(coded_text[i] for i in positions)
    pieces = split_paragraph(plain, lang, unit)
    if not pieces:
        return []
    spans: list[list[int]] = []  # [start, end) of each piece's text in the plain text
    offset = 0
    for p in pieces:
        start = offset + len(p.lead)
        spans.append([start, start + len(p.text)])
        offset = start + len(p.text) + len(p.trail)
    spans = _keep_whole_pairs(value, positions, spans)
    # Plain spans to coded spans.
    cspans = [[positions[a], positions[b - 1] + 1] for a, b in spans]
    _attach_gap_codes(value, cspans)
    out: list[CodedPiece] = []
    for k, (a, b) in enumerate(cspans):
        lead = coded_text[:a] if k == 0 else ""
        trail = coded_text[b : cspans[k + 1][0]] if k + 1 < len(cspans) else coded_text[b:]
        out.append(CodedPiece(lead, Coded(coded_text[a:b], value.codes), trail))
    return _balance(value, out)


def _keep_whole_pairs(
    value: Coded, positions: list[int], spans: list[list[int]]
) -> list[list[int]]:
    """Merge the pieces on both sides of a cut that falls inside a `whole` pair."""
    plain_at = {c: k for k, c in enumerate(positions)}  # coded index -> plain index
    inside: list[tuple[int, int]] = []  # plain ranges of whole pairs
    opened: dict[str, int] = {}
    count = 0
    for i in range(len(value.text)):
        if i in plain_at:
            count = plain_at[i] + 1
            continue
        code = value.code_at(i)
        if not code.whole:
            continue
        if code.kind == Kind.OPEN:
            opened[code.id] = count
        elif code.kind == Kind.CLOSE and code.id in opened:
            inside.append((opened.pop(code.id), count))
    merged = [spans[0]]
    for span in spans[1:]:
        cut = span[0]
        if any(a < cut and merged[-1][1] < b for a, b in inside):
            merged[-1] = [merged[-1][0], span[1]]
        else:
            merged.append(span)
    return merged


def _attach_gap_codes(value: Coded, cspans: list[list[int]]) -> None:
    """Widen the spans over the markers that lie outside every span."""
    text = value.text
    first, last = cspans[0], cspans[-1]
    for i in range(first[0]):
        if is_marker(text[i]):
            first[0] = i
            break
    for i in range(len(text) - 1, last[1] - 1, -1):
        if is_marker(text[i]):
            last[1] = i + 1
            break
    for k in range(len(cspans) - 1):
        before, after = cspans[k], cspans[k + 1]
        gap = range(before[1], after[0])
        closes = [i for i in gap if is_marker(text[i]) and value.code_at(i).kind == Kind.CLOSE]
        others = [i for i in gap if is_marker(text[i]) and value.code_at(i).kind != Kind.CLOSE]
        if closes:
            before[1] = closes[-1] + 1
        if others:
            after[0] = max(others[0], before[1])


def _balance(value: Coded, pieces: list[CodedPiece]) -> list[CodedPiece]:
    """Close the pairs still open at the end of a piece and open them again in the next."""
    closing = {c.id: c for c in value.codes if c.kind == Kind.CLOSE}
    carried: list[Code] = []
    out = []
    for piece in pieces:
        stack = list(carried)
        parts: list[str | Code] = list(carried)
        for part in piece.text.parts():
            parts.append(part)
            if isinstance(part, Code):
                if part.kind == Kind.OPEN:
                    stack.append(part)
                elif part.kind == Kind.CLOSE:
                    match = next((o for o in reversed(stack) if o.id == part.id), None)
                    if match is not None:
                        stack.remove(match)
        for opening in reversed(stack):
            parts.append(
                closing.get(opening.id)
                or Code(opening.id, Kind.CLOSE, "", opening.display, opening.whole)
            )
        carried = stack
        out.append(CodedPiece(piece.lead, Coded.from_parts(parts), piece.trail))
    return out


def join_segments(pieces: Sequence[tuple[str, Coded, str]]) -> Coded:
    """One paragraph from its segments' (lead, text, trail), merging a pair that segmentation
    split at a sentence end (a closing code, whitespace, the same pair opening again)."""
    parts: list[str | Code] = []
    for lead, text, trail in pieces:
        parts.append(lead)
        parts.extend(text.parts())
        parts.append(trail)
    return Coded.from_parts(_merge_split_pairs([p for p in parts if p != ""]))


def _merge_split_pairs(parts: list[str | Code]) -> list[str | Code]:
    out: list[str | Code] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if isinstance(part, Code) and part.kind == Kind.CLOSE:
            # closes C1..Cn, whitespace, opens O1..Om: remove matching innermost pairs
            j = i
            closes: list[Code] = []
            while j < len(parts) and isinstance(parts[j], Code) and parts[j].kind == Kind.CLOSE:
                closes.append(parts[j])  # type: ignore[arg-type]
                j += 1
            space: list[str] = []
            while j < len(parts) and isinstance(parts[j], str) and not parts[j].strip():
                space.append(parts[j])  # type: ignore[arg-type]
                j += 1
            opens: list[Code] = []
            while j < len(parts) and isinstance(parts[j], Code) and parts[j].kind == Kind.OPEN:
                opens.append(parts[j])  # type: ignore[arg-type]
                j += 1
            while closes and opens and closes[-1].id == opens[0].id:
                closes.pop()
                opens.pop(0)
            out.extend(closes)
            out.extend(space)
            out.extend(opens)
            i = j
            continue
        out.append(part)
        i += 1
    return out


def split_at(value: Coded, index: int) -> tuple[Coded, str, str, Coded]:
    """A coded text cut in two at `index` (a position in value.text, where each code is
    one character, as in the editor): (left, whitespace after left, whitespace before
    right, right). A closing code right after the cut stays with the left part, an opening
    code right before it goes with the right part; a pair open across the cut is closed
    at the end of the left part and opened again in the right one, as the segmenter does
    (join_segments merges them again). Either part may come back empty."""
    text = value.text
    index = max(0, min(index, len(text)))
    while index < len(text) and is_marker(text[index]) and value.code_at(index).kind == Kind.CLOSE:
        index += 1
    while index > 0 and is_marker(text[index - 1]) and value.code_at(index - 1).kind == Kind.OPEN:
        index -= 1
    left, right = text[:index], text[index:]
    trail = left[len(left.rstrip()) :]
    lead = right[: len(right) - len(right.lstrip())]
    pieces = [
        CodedPiece("", Coded(left[: len(left) - len(trail)], value.codes), trail),
        CodedPiece(lead, Coded(right[len(lead) :], value.codes), ""),
    ]
    first, second = _balance(value, pieces)
    return first.text, trail, lead, second.text
