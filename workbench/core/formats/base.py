"""Shared pieces of the format readers and writers: cleaning paragraphs, text encodings."""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core import flags, text
from workbench.core.document import Paragraph
from workbench.core.inline import Coded, complete, trim_frame


def make_paragraph(raw: str | Coded) -> Paragraph:
    """A Paragraph from text as found in a file: control characters removed, mojibake repaired.

    Paragraph.original keeps the file's text whenever the cleaning changed it. `raw` may be
    coded text (inline codes); its markers pass through the cleaning untouched.
    """
    codes: tuple = ()
    if isinstance(raw, Coded):
        raw, codes = raw.text, raw.codes
    cleaned, removed = text.clean_control_chars(raw)
    repaired, fixed = text.repair_mojibake(cleaned)
    found: set[str] = set()
    if removed:
        found.add(flags.CONTROL_CHARS_REMOVED)
    if fixed:
        found.add(flags.ENCODING_REPAIRED)
    return Paragraph(repaired, frozenset(found), raw if found else None, codes)


def coded_paragraph(value: Coded) -> tuple[Paragraph, list, list]:
    """A Paragraph from coded text with surrounding whitespace and whole-paragraph formatting
    taken off: returns it with the frame's opening and closing codes, which stay in the file."""
    inner, head, tail = trim_frame(value)
    return make_paragraph(inner), head, tail


def unchanged(translation: str | Coded, original: Coded) -> bool:
    """Is this translation the paragraph as read (a plain string: its plain text)?"""
    if isinstance(translation, Coded):
        return translation == original
    return translation == original.plain


def as_coded(translation: str | Coded, original: Coded | None = None) -> Coded:
    """Writers take plain strings too (the translate command, older callers): the
    original's codes then go at the end of the text, as export does with codes a target
    lacks, so no formatting, link or picture is dropped."""
    if isinstance(translation, Coded):
        return translation
    if original is None or not original.codes:
        return Coded(translation)
    return complete(original, Coded(translation))[0]


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML cannot hold (lxml refuses them)."""
    return _NOT_XML.sub("", text)


def is_translatable(raw: str) -> bool:
    """Readers and writers skip blocks without visible text, the same way in both directions."""
    return bool(raw.strip())


def check_count(expected: int, translations: Sequence[str], what: str) -> None:
    if len(translations) != expected:
        raise ValueError(f"{what}: got {len(translations)} translations for {expected} paragraphs")


@dataclass(frozen=True)
class TextFile:
    """A decoded text file plus what is needed to write a translated copy in the same style."""

    text: str  # newlines normalised to "\n"
    encoding: str
    bom: bool
    newline: str  # "\r\n" or "\n", as found in the file


def decode(data: bytes, name: str) -> TextFile:
    decoded = text.decode_bytes(data, name)
    crlf = "\r\n".encode(decoded.encoding, errors="ignore")
    lf = "\n".encode(decoded.encoding, errors="ignore")
    newline = "\r\n" if crlf and data.count(crlf) * 2 >= data.count(lf) > 0 else "\n"
    return TextFile(decoded.text, decoded.encoding, decoded.bom, newline)


def encode(content: str, source: TextFile) -> bytes:
    """Translated text files are always UTF-8 (CP1251 cannot hold ң ө ү); the BOM and the
    line-ending style of the source are kept."""
    content = text.normalise_newlines(content)
    if source.newline != "\n":
        content = content.replace("\n", source.newline)
    body = content.encode("utf-8")
    return codecs.BOM_UTF8 + body if source.bom else body
