"""The project's termbase as a whole: its own entries plus linked (shared) termbase files,
importing and exporting files, and finding terms in a text with their target terms.

A shared termbase is a CSV/TSV/TBX file that several projects link to (project setting
"termbase_files"); it is read when needed and never written by the workbench.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import BadInput
from workbench.core.languages import CODES
from workbench.core.store import Project
from workbench.core.store_terms import add_term_entries, cleaned, entry_identity, term_entries
from workbench.core.tbx import read_tbx, write_tbx
from workbench.core.termbase import TermEntry
from workbench.core.termbase_csv import read_csv, write_csv
from workbench.core.termmatch import TermHit, TermMatcher

CSV_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")
TBX_SUFFIXES = (".tbx", ".xml")
LINKED = "termbase_files"


def read_termbase_file(path: str | Path) -> list[TermEntry]:
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise BadInput("no such termbase file; check the path", path=path)
    if suffix in CSV_SUFFIXES:
        return read_csv(path)
    if suffix in TBX_SUFFIXES:
        return read_tbx(path)
    raise BadInput("is not a termbase file the workbench reads: use .csv, .tsv or .tbx", path=path)


def write_termbase_file(path: str | Path, entries: list[TermEntry], source_lang: str) -> int:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        langs = [source_lang, *(c for c in CODES if c != source_lang)]
        return write_csv(path, entries, langs)
    if suffix in TBX_SUFFIXES:
        return write_tbx(path, entries, source_lang)
    raise BadInput("cannot be written: name it .csv, .tsv or .tbx", path=path)


@dataclass(frozen=True)
class TermImport:
    read: int
    added: int
    linked: bool

    def summary(self, name: str) -> str:
        if self.linked:
            return f"{name}: linked as a shared termbase ({self.read} entries)"
        skipped = self.read - self.added
        extra = f", {skipped} already there" if skipped else ""
        return f"{name}: {self.added} entries added to the termbase{extra}"


def import_terms(project: Project, path: str | Path, *, shared: bool = False) -> TermImport:
    """Copy a termbase file's entries into the project, or link it as a shared termbase."""
    path = Path(path)
    entries = read_termbase_file(path)
    if not entries:
        raise BadInput("has no terms in Kyrgyz, Russian or English", path=path)
    if shared:
        linked = linked_files(project)
        resolved = str(path.resolve())
        if resolved not in linked:
            project.set_setting(LINKED, json.dumps([*linked, resolved], ensure_ascii=False))
        return TermImport(len(entries), 0, True)
    return TermImport(len(entries), add_term_entries(project, entries, origin=path.name), False)


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


def export_terms(project: Project, path: str | Path) -> int:
    """Write the project's own entries (not linked files) to CSV/TSV/TBX by the suffix."""
    return write_termbase_file(path, term_entries(project), project.source_lang)


@dataclass(frozen=True)
class FoundTerm:
    hit: TermHit
    targets: tuple[str, ...]  # the allowed target-language terms of the entry

    def as_json(self) -> dict:
        return {
            "term": self.hit.term.text,
            "start": self.hit.start,
            "end": self.hit.end,
            "form": self.hit.form,
            "targets": list(self.targets),
            "forbidden": self.hit.term.forbidden,
        }


def find_terms(
    entries: Iterable[TermEntry] | TermMatcher, text: str, source_lang: str, target_lang: str
) -> list[FoundTerm]:
    """The source-language terms in `text`, each with its entry's target terms."""
    matcher = entries if isinstance(entries, TermMatcher) else TermMatcher(entries, source_lang)
    return [
        FoundTerm(hit, tuple(t.text for t in hit.entry.allowed(target_lang)))
        for hit in matcher.find(text)
    ]
