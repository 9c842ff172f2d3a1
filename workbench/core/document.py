"""A document as the workbench sees it: ordered paragraphs of translatable text.

Readers (workbench.core.formats) turn a file's bytes into a Document; the
segmenter splits each paragraph into segments; writers take the original bytes
plus one translated text per paragraph (a Coded text: inline codes included)
and produce a translated copy in the same format. The original bytes are kept
(also in the project store) so a translated copy can be written long after import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.inline import Code, Coded, strip_markers


@dataclass
class Paragraph:
    """One translatable block: a text paragraph, a table cell, a subtitle cue..."""

    text: str  # with one marker character per inline code (see workbench.core.inline)
    # Flags from reading, e.g. flags.ENCODING_REPAIRED; segments inherit them.
    flags: frozenset[str] = frozenset()
    # The text as found in the file when a repair changed it.
    original: str | None = None
    codes: tuple[Code, ...] = ()  # the inline codes the markers in `text` stand for
    # Bilingual files (XLIFF): the file's own translation and its workflow status
    # (a Status value) and origin ("mt"...), and what the file says about the segment
    # (ids, notes, context) for the translator.
    target: Coded | None = None
    status: int | None = None
    origin: str = ""
    note: str = ""

    @property
    def coded(self) -> Coded:
        return Coded(self.text, self.codes)

    @property
    def plain(self) -> str:
        return strip_markers(self.text) if self.codes else self.text


@dataclass
class Document:
    name: str  # file name, e.g. "news.docx"
    format: str  # format name, e.g. "docx"
    paragraphs: list[Paragraph]
    data: bytes  # the original file, needed to write a translated copy
    encoding: str = "utf-8"  # for text formats, the detected encoding
    flags: frozenset[str] = field(default_factory=frozenset)
    # The file brings its own segments (XLIFF): each paragraph is one segment, never split.
    segmented: bool = False
    # The languages the file declares (source, target) as written there, when it does.
    languages: tuple[str | None, str | None] = (None, None)

    @property
    def texts(self) -> list[str]:
        """The paragraphs' plain text (inline codes left out)."""
        return [p.plain for p in self.paragraphs]

    @property
    def coded(self) -> list[Coded]:
        return [p.coded for p in self.paragraphs]
