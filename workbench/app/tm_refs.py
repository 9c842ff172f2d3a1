"""Reference memories as use cases: attach (checked, and a TMX indexed first), detach,
index what changed, and the memory's statistics (`tm stats` and Memory > Statistics).

The rules for reading references are core/tm_refs.py's; this layer drives the TMX
importer to build a TMX's index (a memory-only project in the cache folder, built under
a temporary name and renamed when complete, so a cancel or a bad file leaves nothing).
"""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core import store_tm, tm_index, tm_refs
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import msg
from workbench.core.store import PROJECT_SUFFIX, Project
from workbench.core.task import TaskState
from workbench.core.tm_refs import KIND_PROJECT, KIND_TMX, Reference
from workbench.core.tmx_read import import_tmx

# The index's language pair is only its label: every pair of a TMX unit is stored.
_INDEX_PAIR = ("ky", "ru")


def attach(
    project: Project,
    path: str | Path,
    name: str | None = None,
    penalty: float = 0.0,
    task: TaskState | None = None,
) -> Reference:
    """Attach a TMX file or another project as a reference memory. A TMX is read (and
    indexed) before anything is recorded: a bad file is one BadInput line and the
    project is unchanged."""
    tm_refs.check_penalty(penalty)
    path = tm_refs.check_file(project, Path(path))
    kind = tm_refs.kind_of(path)
    if kind == KIND_TMX:
        build_index(path, task)
    return tm_refs.add(project, path, kind, name or path.stem, penalty)


def detach(project: Project, name: str) -> Reference:
    """Stop using a reference memory (its file and its index are left alone)."""
    return tm_refs.remove(project, name)


def build_index(path: Path, task: TaskState | None = None) -> Path:
    """The index of a TMX file as it is now, built unless it is already there."""
    target = tm_refs.index_path(path)
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.stem}-{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        with Project.create(temp, *_INDEX_PAIR, purpose="reference index") as memory:
            import_tmx(memory, path, task)
            with memory.transaction():  # its keys in one piece: a first lookup reads one row
                tm_index.store_keys(memory)
            # a plain database file: opened read-only later without a -wal/-shm beside it
            memory.connection.execute("PRAGMA journal_mode=DELETE")
        os.replace(temp, target)
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
    _remove_older_indexes(target)
    return target


def _remove_older_indexes(current: Path) -> None:
    """Indexes of earlier versions of the same file (same name prefix) are not needed."""
    prefix = current.name.split("-", 1)[0]
    for old in current.parent.glob(f"{prefix}-*{PROJECT_SUFFIX}"):
        if old != current:
            with contextlib.suppress(OSError):
                old.unlink()


def index_changed(project: Project, task: TaskState | None = None) -> list[str]:
    """Index every TMX reference that changed (or was never indexed here); returns one
    line per reference that could not be (the others are ready)."""
    failed = []
    for ref in tm_refs.references(project):
        if not tm_refs.needs_index(ref):
            continue
        if task is not None:
            task.set_status(msg("indexing reference memory {name}", name=ref.name))
        try:
            build_index(ref.path, task.step() if task is not None else None)
        except WorkbenchError as exc:
            failed.append(
                msg("reference memory {name!r} left out: {why}", name=ref.name, why=str(exc))
            )
    return failed


def pending(project: Project) -> list[Reference]:
    """The TMX references that need indexing before lookups can use them."""
    return [ref for ref in tm_refs.references(project) if tm_refs.needs_index(ref)]


# ----------------------------------------------------------------------------- statistics


@dataclass
class MemoryStats:
    """Units per language pair and the languages of one memory."""

    name: str  # "" for the project's own
    pairs: dict[tuple[str, str], int] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)
    path: str = ""
    kind: str = ""
    penalty: float = 0.0
    problem: str = ""  # why lookups leave it out ("" when they use it)

    @property
    def units(self) -> int:
        return sum(self.pairs.values())

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "units": self.units,
            "languages": self.languages,
            "pairs": [
                {"source": s, "target": t, "units": n} for (s, t), n in sorted(self.pairs.items())
            ],
        }
        if self.name:
            data = {
                "name": self.name,
                "path": self.path,
                "kind": self.kind,
                "penalty": self.penalty,
                "usable": not self.problem,
                "problem": self.problem,
                **data,
            }
        return data


def memory_stats(project: Project) -> tuple[MemoryStats, list[MemoryStats]]:
    """The project's own memory and each reference memory (left-out ones with the reason)."""
    own = _stats_of(project, "")
    memories = dict((ref.id, memory) for ref, memory in tm_refs.usable(project))
    refs = []
    for ref in tm_refs.references(project):
        memory = memories.get(ref.id)
        stats = _stats_of(memory, ref.name) if memory is not None else MemoryStats(ref.name)
        stats.path, stats.kind, stats.penalty = str(ref.path), ref.kind, ref.penalty
        stats.problem = tm_refs.problem(project, ref)
        refs.append(stats)
    return own, refs


def _stats_of(memory: Project, name: str) -> MemoryStats:
    return MemoryStats(name, store_tm.units_per_pair(memory), store_tm.languages_of_units(memory))


__all__ = [
    "KIND_PROJECT",
    "KIND_TMX",
    "MemoryStats",
    "Reference",
    "attach",
    "build_index",
    "detach",
    "index_changed",
    "memory_stats",
    "pending",
]
