"""Reading documents for import, one file after another, on any thread.

The slow part of `File > Add documents` (reading and segmenting) needs no project,
so the editor runs read_documents on a worker and stores each ReadFile on its own
thread with core.importer.store_document; `workbench project add` runs
core.importer.import_file, which does the same three steps in one thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core import importer
from workbench.core.document import Document
from workbench.core.errors import WorkbenchError, first_line
from workbench.core.i18n import msg
from workbench.core.store import NewSegment
from workbench.core.task import TaskState


@dataclass
class ReadFile:
    """One file as read: the document and its segments, or the error."""

    path: Path
    doc: Document | None = None
    segments: list[NewSegment] = field(default_factory=list)
    error: str = ""  # one line naming the file


def read_documents(
    paths: list[Path],
    source_lang: str,
    unit: str,
    state: TaskState,
    on_reading: Callable[[Path], None] | None = None,
) -> Iterator[ReadFile]:
    """Each file read and segmented, or its one-line error; stops before the next
    file once the state is cancelled (files already read are still given).
    `on_reading(path)` is called before each file."""
    for path in paths:
        if state.is_cancelled:
            return
        if on_reading is not None:
            on_reading(path)
        try:
            doc, segments = importer.read_and_segment(path, source_lang, unit)
        except WorkbenchError as exc:
            yield ReadFile(path, error=first_line(exc))
        except Exception as exc:  # noqa: BLE001 - a reader's bug costs one file, not the import
            message = msg(
                "{path}: could not be read ({error}); please report this",
                path=str(path),
                error=first_line(exc),
            )
            yield ReadFile(path, error=message)
        else:
            yield ReadFile(path, doc, segments)
