"""A project's termbase as the checks and the editor see it: the project's own entries
plus those of linked (shared) termbase files, which are CSV/TSV/TBX files several
projects use; they are read when needed (cached by modification time) and never
written by the workbench. Reading and writing termbase files by their suffix.
"""

from __future__ import annotations

import json
from pathlib import Path

from workbench.core.errors import BadInput, WorkbenchError
from workbench.core.i18n import msg
from workbench.core.languages import CODES
from workbench.core.store import Project
from workbench.core.store_terms import cleaned, entry_identity, term_entries
from workbench.core.tbx import read_tbx, write_tbx
from workbench.core.termbase import TermEntry
from workbench.core.termbase_csv import read_csv, write_csv

CSV_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")
TBX_SUFFIXES = (".tbx", ".xml")
LINKED = "termbase_files"  # project setting: JSON list of linked file paths


def read_termbase_file(path: str | Path) -> list[TermEntry]:
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise BadInput(msg("no such termbase file; check the path"), path=path)
    if suffix in CSV_SUFFIXES:
        return read_csv(path)
    if suffix in TBX_SUFFIXES:
        return read_tbx(path)
    raise BadInput(
        msg("is not a termbase file the workbench reads: use .csv, .tsv or .tbx"), path=path
    )


def write_termbase_file(path: str | Path, entries: list[TermEntry], source_lang: str) -> int:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in CSV_SUFFIXES:
            langs = [source_lang, *(c for c in CODES if c != source_lang)]
            return write_csv(path, entries, langs)
        if suffix in TBX_SUFFIXES:
            return write_tbx(path, entries, source_lang)
    except OSError as exc:  # a full disk, a missing or read-only folder: not a bug
        raise WorkbenchError(
            msg(
                "cannot write the file ({value}); it was not written (an "
                "earlier file of that name is left as it was)",
                value=exc.strerror or exc,
            ),
            path=path,
        ) from None
    raise BadInput(msg("cannot be written: name it .csv, .tsv or .tbx"), path=path)


def linked_files(project: Project) -> list[str]:
    try:
        value = json.loads(project.get_setting(LINKED) or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


_SHARED_CACHE: dict[str, tuple[float, list[TermEntry]]] = {}


def termbase(project: Project, on_warning=None) -> list[TermEntry]:  # noqa: ANN001
    """The project's entries followed by those of its linked termbase files.

    A linked file that has gone or become unreadable is skipped, reported through
    `on_warning(message)` when given: the project still opens and checks run.
    """
    entries = term_entries(project)
    seen = {entry_identity(e) for e in entries}
    for name in linked_files(project):
        path = Path(name)
        try:
            stamp = path.stat().st_mtime
            cached = _SHARED_CACHE.get(name)
            if cached is None or cached[0] != stamp:
                cached = _SHARED_CACHE[name] = (stamp, read_termbase_file(path))
            for entry in cached[1]:
                ident = entry_identity(cleaned(entry))
                if ident not in seen:
                    seen.add(ident)
                    entries.append(entry)
        except (OSError, BadInput) as exc:
            if on_warning is not None:
                on_warning(f"{path}: shared termbase skipped ({exc})")
    return entries
