"""Zip bombs: the one check every zip-based format (.docx now, any later one) passes first.

A document of a few hundred KB can unpack to gigabytes of XML; parsing that took minutes and
gigabytes of memory before failing. Before a reader opens an archive, its directory is read
(no data is unpacked) and the archive is refused when

- it has more than MAX_ENTRIES members,
- its members together unpack to more than MAX_UNPACKED_BYTES, or
- a member over RATIO_MIN_BYTES unpacks to more than MAX_RATIO times its packed size.

The sizes checked are the ones the archive declares. That is enough because every reader
unpacks with Python's zipfile, which stops a member at its declared size and then fails on
the checksum (a member that lies is reported as a damaged file, not unpacked further).

read_document() runs the check on any file that starts like a zip archive, whatever its
extension, so a new zip-based format is covered before its reader sees the bytes; readers
that open archives (which also happens on export, from the stored original) call it too.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from workbench.core.errors import BadInput
from workbench.core.i18n import msg

ZIP_MAGIC = b"PK\x03\x04"
MAX_ENTRIES = 10_000
# The file itself may be up to 200 MB (formats.MAX_FILE_BYTES); pictures and other media
# barely compress, so a real document unpacks to little more than its size. Parsing XML
# takes a few times its size in memory: more than this does not fit a modest laptop.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
# Deflate cannot exceed about 1030:1. Apache POI refuses members above 100:1; a real
# python-docx document with a 2,000-row empty table reached 214:1 here, so the line is
# drawn higher, where only repetition made on purpose goes.
MAX_RATIO = 400
RATIO_MIN_BYTES = 1024 * 1024


def looks_like_zip(data: bytes) -> bool:
    return data[:4] == ZIP_MAGIC


def check_archive(data: bytes, name: str | Path) -> None:
    """Refuse a zip archive that would unpack to far more than a document needs.

    Raises BadInput (one line naming the file) for a bomb; a file that is not a readable
    zip archive is left to the format's reader, which says what it expected.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    refuse = msg("; refused as a likely zip bomb: check where the file came from")
    if len(members) > MAX_ENTRIES:
        raise BadInput(
            msg(
                "the archive holds {count:,} files (the limit is {MAX_ENTRIES:,}){refuse}",
                count=len(members),
                MAX_ENTRIES=MAX_ENTRIES,
                refuse=refuse,
            ),
            path=name,
        )
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES:
        raise BadInput(
            msg(
                "unpacks to {mb} (the limit is {mb2}){refuse}",
                mb=_mb(total),
                mb2=_mb(MAX_UNPACKED_BYTES),
                refuse=refuse,
            ),
            path=name,
        )
    for m in members:
        if m.file_size > RATIO_MIN_BYTES and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            ratio = m.file_size // max(m.compress_size, 1)
            raise BadInput(
                msg(
                    "{filename} unpacks from {mb} to {mb2} ({ratio}:1, the limit "
                    "is {MAX_RATIO}:1){refuse}",
                    filename=m.filename,
                    mb=_mb(m.compress_size),
                    mb2=_mb(m.file_size),
                    ratio=ratio,
                    MAX_RATIO=MAX_RATIO,
                    refuse=refuse,
                ),
                path=name,
            )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"
