"""Termbase use cases: import a file (copied into the project, or linked as a shared
termbase, see core/termbase_files.py), export, and find terms in a text with their
target terms (the `workbench terms` commands and the editor).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.commands import command
from workbench.core.errors import BadInput
from workbench.core.i18n import msg
from workbench.core.store import Project
from workbench.core.store_terms import (
    add_term_entries,
    delete_term_entry,
    term_entries,
    update_term_entry,
)
from workbench.core.termbase import TermEntry, edited
from workbench.core.termbase_files import (
    LINKED,
    linked_files,
    read_termbase_file,
    termbase,
    write_termbase_file,
)
from workbench.core.termmatch import TermHit, TermMatcher

__all__ = [
    "termbase",
    "import_terms",
    "export_terms",
    "find_terms",
    "project_entry",
    "edit_term",
    "delete_term",
    "FoundTerm",
    "TermImport",
]


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
        raise BadInput(msg("has no terms in Kyrgyz, Russian or English"), path=path)
    if shared:
        linked = linked_files(project)
        resolved = str(path.resolve())
        if resolved not in linked:
            project.set_setting(LINKED, json.dumps([*linked, resolved], ensure_ascii=False))
        return TermImport(len(entries), 0, True)
    return TermImport(len(entries), add_term_entries(project, entries, origin=path.name), False)


def export_terms(project: Project, path: str | Path) -> int:
    """Write the project's own entries (not linked files) to CSV/TSV/TBX by the suffix."""
    return write_termbase_file(path, term_entries(project), project.source_lang)


def project_entry(project: Project, entry_id: int) -> TermEntry:
    """The project's own entry `entry_id` (entries of linked files cannot be changed here:
    they are the file's, edited where the file is kept)."""
    for entry in term_entries(project):
        if entry.id == entry_id:
            return entry
    raise BadInput(
        msg(
            "has no term entry {entry_id} (the ids: `{command}`)",
            entry_id=entry_id,
            command=command("terms", "list", str(project.path)),
        ),
        path=project.path,
    )


def edit_term(project: Project, entry_id: int, **changes: str | bool | None) -> TermEntry:
    """Change entry `entry_id` (see core.termbase.edited for the changes); returns it as
    stored. The QA flags of the segments it touches follow at once (store_terms)."""
    old = project_entry(project, entry_id)
    new = edited(old, project.source_lang, project.target_lang, **changes)  # type: ignore[arg-type]
    if not new.terms:
        raise BadInput(
            msg(
                "term entry {entry_id} would have no terms left: delete it instead (`{command}`)",
                entry_id=entry_id,
                command=command("terms", "delete", "PROJECT", str(entry_id)),
            ),
            path=project.path,
        )
    update_term_entry(project, new)
    return new


def delete_term(project: Project, entry_id: int) -> TermEntry:
    """Delete entry `entry_id`; returns what it was."""
    old = project_entry(project, entry_id)
    delete_term_entry(project, entry_id)
    return old


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
