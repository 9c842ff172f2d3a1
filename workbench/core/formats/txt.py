"""Plain text: paragraphs are separated by blank lines; the lines inside one are kept.

A paragraph's text is the block from its first to its last visible character, newlines
included; the indentation before it and the blank lines around it stay in the file.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.document import Document
from workbench.core.formats import base
from workbench.core.inline import Coded


def _spans(content: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of lines with visible text, trimmed."""
    spans: list[tuple[int, int]] = []
    block: tuple[int, int] | None = None  # start and end of the current run of lines
    pos = 0
    for line in content.split("\n"):
        end = pos + len(line)
        if line.strip():
            block = (block[0] if block else pos, end)
        elif block:
            spans.append(block)
            block = None
        pos = end + 1
    if block:
        spans.append(block)
    return [_trim(content, start, end) for start, end in spans]


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    block = content[start:end]
    return start + len(block) - len(block.lstrip()), end - len(block) + len(block.rstrip())


class TxtFormat:
    name = "txt"
    extensions = (".txt",)

    def read(self, data: bytes, name: str) -> Document:
        source = base.decode(data, name)
        paragraphs = [base.make_paragraph(source.text[a:b]) for a, b in _spans(source.text)]
        return Document(name, self.name, paragraphs, data, source.encoding)

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes:
        source = base.decode(data, "document.txt")
        spans = _spans(source.text)
        base.check_count(len(spans), translations, "txt")
        parts, pos = [], 0
        for (start, end), translation in zip(spans, translations, strict=True):
            translation = base.as_coded(translation).plain
            parts += [source.text[pos:start], translation]
            pos = end
        parts.append(source.text[pos:])
        return base.encode("".join(parts), source)
