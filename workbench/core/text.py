"""Turning file bytes into clean text: encodings, line endings, control characters, mojibake.

Readers of plain-text formats call decode_bytes(); every reader may call
clean_control_chars() and repair_mojibake() and flag the paragraphs they changed.
The plausibility score that picks a single-byte code page is core/plausibility.py's;
the mojibake repair is core/mojibake.py's (re-exported here).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from workbench.core.errors import BadInput
from workbench.core.i18n import msg, nmsg
from workbench.core.mojibake import repair_mojibake
from workbench.core.plausibility import guess_single_byte

__all__ = [
    "Decoded",
    "clean_control_chars",
    "decode_bytes",
    "normalise_newlines",
    "repair_mojibake",
]


@dataclass(frozen=True)
class Decoded:
    text: str  # line endings normalised to "\n", BOM removed
    encoding: str  # a Python codec name: utf-8, utf-16-le, utf-16-be, cp1251, koi8-r, cp1252...
    bom: bool  # the file started with a byte-order mark (write it back the same way)


# --------------------------------------------------------------------------- decoding

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", msg("a PNG image")),
    (b"\xff\xd8\xff", msg("a JPEG image")),
    (b"GIF87a", msg("a GIF image")),
    (b"GIF89a", msg("a GIF image")),
    (b"%PDF-", msg("a PDF file")),
    (b"PK\x03\x04", msg("a ZIP archive (a .docx/.xlsx/.odt is one)")),
    (b"PK\x05\x06", msg("a ZIP archive")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", msg("an old Microsoft Office file (.doc/.xls)")),
    (b"\x1f\x8b", msg("a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", msg("a 7-Zip archive")),
    (b"Rar!\x1a\x07", msg("a RAR archive")),
    (b"\x7fELF", msg("a program")),
    (b"SQLite format 3\x00", msg("an SQLite database")),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAVE_AS_TEXT = msg("save it as plain text (UTF-8) and try again")


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes, guessing the encoding.

    Raises BadInput (naming `name`) for binary, damaged or empty files.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BadInput(
                msg("this is {what}, not a text file: {then}", what=what, then=_SAVE_AS_TEXT),
                path=name,
            )

    encoding, bom = _detect_encoding(data, name)
    body = data[len(_bom_bytes(encoding)) :] if bom else data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput(
            msg(
                "the text is not valid {encoding} (byte {at}): {then}",
                encoding=encoding,
                at=exc.start,
                then=_SAVE_AS_TEXT,
            ),
            path=name,
        ) from None
    text = normalise_newlines(text)
    if _looks_binary(text):
        raise BadInput(
            msg("this looks like a binary file, not text: {then}", then=_SAVE_AS_TEXT), path=name
        )
    if not text.strip():
        raise BadInput(msg("file is empty: there is no text to translate"), path=name)
    return Decoded(text, encoding, bom)


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _bom_bytes(encoding: str) -> bytes:
    return next(bom for bom, enc in _BOMS if enc == encoding)


def _detect_encoding(data: bytes, name: str) -> tuple[str, bool]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, True
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16, False
    if b"\x00" in data:
        raise BadInput(
            msg("this looks like a binary file (it has NUL bytes): {then}", then=_SAVE_AS_TEXT),
            path=name,
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _reject_damaged_utf8(data, exc.start, name)
        return guess_single_byte(data), False
    return "utf-8", False


def _reject_damaged_utf8(data: bytes, first_error: int, name: str) -> None:
    """UTF-8 with a few broken bytes (a cut-off or corrupted file) must not be read as cp1251."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    if good >= 3 * bad:
        raise BadInput(
            nmsg(
                "the file is UTF-8 but {n} byte is damaged, the first at byte {at}: "
                "re-save it as UTF-8 in the program that made it",
                "the file is UTF-8 but {n} bytes are damaged, the first at byte {at}: "
                "re-save it as UTF-8 in the program that made it",
                bad,
                at=first_error,
            ),
            path=name,
        )


def _bomless_utf16(data: bytes) -> str | None:
    """utf-16-le/-be if the bytes look like UTF-16 without a BOM (0x00/0x04 in every other byte)."""
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2:
        return None
    for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        # The high byte of Latin/ASCII is 0x00, of Cyrillic 0x04, of quotes and dashes 0x20.
        n = len(high)
        common = sum(high.count(b) for b in (0x00, 0x04, 0x20))
        basic = high.count(0) + high.count(4)
        if basic >= 0.5 * n and common >= 0.9 * n and low.count(0) <= 0.05 * n:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if _is_bad_control(ch))
    return controls > max(2, 0.05 * len(sample))


def _is_bad_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\v\x1a"


# --------------------------------------------------------------------------- control characters

_NEWLINE_LIKE = re.compile(r"\r\n|[\r\f\v\x85\u2028\u2029]")
_REMOVABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ud800-\udfff]")


def clean_control_chars(text: str) -> tuple[str, bool]:
    """Remove C0/C1 control characters except tab and newline; True if anything changed.

    Carriage returns, form feeds (page breaks), vertical tabs, NEL and the Unicode line and
    paragraph separators become "\\n"; stray byte-order marks and lone surrogates are removed.
    """
    cleaned = _REMOVABLE.sub("", _NEWLINE_LIKE.sub("\n", text))
    return cleaned, cleaned != text
