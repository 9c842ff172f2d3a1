"""Document formats: read a file into a Document, write a translated copy in the same format.

Every format implements the same small protocol. A writer gets the ORIGINAL file bytes and
one translated text per paragraph (a Coded text with inline codes, or a plain string), in the
order read() produced them; it parses the bytes
again (deterministically, the same way) and puts each translation in its paragraph's place,
leaving everything that is not translated (markup, code, timings...) as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from workbench.core.document import Document
from workbench.core.errors import BadInput, UnsupportedFile, WorkbenchError
from workbench.core.fileio import atomic_write
from workbench.core.formats.archive import check_archive, looks_like_zip
from workbench.core.formats.docx import DocxFormat
from workbench.core.formats.html import HtmlFormat
from workbench.core.formats.markdown import MarkdownFormat
from workbench.core.formats.srt import SrtFormat
from workbench.core.formats.txt import TxtFormat
from workbench.core.formats.xliff import XliffFormat
from workbench.core.i18n import msg
from workbench.core.inline import Coded

MAX_FILE_BYTES = 200 * 1024 * 1024


class Format(Protocol):
    name: str
    extensions: tuple[str, ...]

    def read(self, data: bytes, name: str) -> Document: ...

    def write(self, data: bytes, translations: Sequence[str | Coded]) -> bytes: ...


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        TxtFormat(),
        MarkdownFormat(),
        DocxFormat(),
        HtmlFormat(),
        SrtFormat(),
        XliffFormat(),
    )
}
_BY_EXTENSION: dict[str, Format] = {ext: f for f in FORMATS.values() for ext in f.extensions}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(_BY_EXTENSION)


def format_for(path: str | Path) -> Format:
    """The format that reads `path`, chosen by its extension (any case)."""
    suffix = Path(path).suffix.lower()
    try:
        return _BY_EXTENSION[suffix]
    except KeyError:
        use = ", ".join(SUPPORTED_EXTENSIONS)
        raise UnsupportedFile(
            msg("'{suffix}' files are not supported; use one of {use}", suffix=suffix, use=use)
            if suffix
            else msg("files without an extension are not supported; use one of {use}", use=use),
            path=path,
        ) from None


def read_document(path: Path) -> Document:
    """Read a document file; every problem is a one-line WorkbenchError naming the file."""
    path = Path(path)
    fmt = format_for(path)
    if not path.exists():
        raise BadInput(msg("file not found; check the name and folder"), path=path)
    if path.is_dir():
        raise BadInput(msg("this is a folder, not a file; choose a document inside it"), path=path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BadInput(
                msg(
                    "file is too large ({size} MB, the limit is {limit} MB); "
                    "split it into smaller files",
                    size=size // (1024 * 1024),
                    limit=MAX_FILE_BYTES // (1024 * 1024),
                ),
                path=path,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(
            msg("cannot read the file ({value}); check its permissions", value=exc.strerror or exc),
            path=path,
        ) from None
    if not data.strip():
        raise BadInput(msg("file is empty: there is no text to translate"), path=path)
    if looks_like_zip(data):  # any zip-based format, before its reader unpacks anything
        check_archive(data, path)
    doc = fmt.read(data, str(path))
    doc.name = path.name
    if not doc.paragraphs:
        raise BadInput(msg("no text to translate was found in this file"), path=path)
    return doc


def write_document(
    doc: Document,
    translations: Sequence[str | Coded | None],
    out: Path,
    *,
    states: Sequence[tuple[int, str] | None] | None = None,
) -> None:
    """Write a translated copy of `doc` to `out` atomically (a temporary file, then a rename).
    `states` (a status and origin per paragraph) is for bilingual files (XLIFF), whose
    writer records each segment's state; None translations leave a segment as it was."""
    out = Path(out)
    fmt = FORMATS[doc.format]
    if states is not None:
        data = fmt.write(doc.data, translations, states)  # type: ignore[call-arg]
    else:
        data = fmt.write(doc.data, translations)  # type: ignore[arg-type]
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, data)
    except OSError as exc:
        raise WorkbenchError(
            msg(
                "cannot write the translated file ({value}); choose another folder",
                value=exc.strerror or exc,
            ),
            path=out,
        ) from None


__all__ = [
    "FORMATS",
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "Format",
    "format_for",
    "read_document",
    "write_document",
]
