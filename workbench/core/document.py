"""A document as the workbench sees it: ordered paragraphs of translatable text.

Readers (workbench.core.formats) turn a file's bytes into a Document; the
segmenter splits each paragraph into segments; writers take the original bytes
plus one translated text per paragraph and produce a translated copy in the
same format. The original bytes are kept (also in the project store) so a
translated copy can be written long after import.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Paragraph:
    """One translatable block: a text paragraph, a table cell, a subtitle cue..."""

    text: str
    # Flags from reading, e.g. flags.ENCODING_REPAIRED; segments inherit them.
    flags: frozenset[str] = frozenset()
    # The text as found in the file when a repair changed it.
    original: str | None = None


@dataclass
class Document:
    name: str  # file name, e.g. "news.docx"
    format: str  # format name, e.g. "docx"
    paragraphs: list[Paragraph]
    data: bytes  # the original file, needed to write a translated copy
    encoding: str = "utf-8"  # for text formats, the detected encoding
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.paragraphs]
