"""Reference memories: TMX files or other projects whose units the memory lookups read
and never write, each under its own name, its matches scoring `penalty` points lower.

A project lists them in its tm_references table (core/store_tm.py holds the SQL).

- An attached **project** is read in place, opened read-only (never upgraded: an older
  one is refused with a line saying so); its own key index serves the lookups.
- A **TMX file** is indexed once into a memory-only project in the cache folder
  (references/), named after the file's path, size, modification time and the matching
  keys' version: a changed file or a new normaliser gets a fresh index, an unchanged one
  is never parsed again. app/tm_refs.py builds it with tmx_read's importer (the same
  inline codes, MT marks and duplicate rule as `tmx import`).

Lookups use the references that are ready. One whose file is missing or damaged, or whose
TMX is not indexed yet, is left out, and `problems` says why in one line each. The
opened references belong to the owning Project (same thread) and close with it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from weakref import WeakKeyDictionary

from workbench.core import store_tm, tm_index
from workbench.core.errors import BadInput, WorkbenchError
from workbench.core.i18n import msg
from workbench.core.project_file import SQLITE_HEADER, schema_version_of
from workbench.core.settings import cache_dir
from workbench.core.store import PROJECT_SUFFIX, SCHEMA_VERSION, Project
from workbench.core.tm_score import key_version

KIND_TMX = "tmx"
KIND_PROJECT = "project"
MAX_PENALTY = 100.0


@dataclass(frozen=True)
class Reference:
    id: int
    name: str
    path: Path
    kind: str  # KIND_TMX or KIND_PROJECT
    penalty: float  # points off each of its matches' scores
    added: str

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "path": str(self.path),
            "kind": self.kind,
            "penalty": self.penalty,
            "added": self.added,
        }


def references(project: Project) -> list[Reference]:
    """The project's reference memories, in the order they were attached."""
    return [
        Reference(row[0], row[1], Path(row[2]), row[3], float(row[4]), row[5])
        for row in store_tm.reference_rows(project)
    ]


def find(project: Project, name: str) -> Reference:
    """The reference memory of that name, or BadInput listing the names there are."""
    for ref in references(project):
        if ref.name == name:
            return ref
    names = ", ".join(repr(r.name) for r in references(project)) or "none"
    raise BadInput(
        msg("has no reference memory named {name!r} (attached: {names})", name=name, names=names),
        path=project.path,
    )


def kind_of(path: Path) -> str:
    """KIND_PROJECT for a workbench project (an SQLite file), else KIND_TMX (the TMX
    reader then says whether it is one)."""
    if path.suffix.lower() == PROJECT_SUFFIX:
        return KIND_PROJECT
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError:
        return KIND_TMX  # the checks that follow name the problem
    return KIND_PROJECT if head == SQLITE_HEADER else KIND_TMX


def check_penalty(penalty: float) -> float:
    if not 0 <= penalty <= MAX_PENALTY:
        raise BadInput(
            msg(
                "a penalty is 0 to {MAX_PENALTY:g} points, not {penalty:g}",
                MAX_PENALTY=MAX_PENALTY,
                penalty=penalty,
            )
        )
    return float(penalty)


def check_file(project: Project, path: Path) -> Path:
    """The file as it will be recorded (absolute), or BadInput saying why it cannot be
    a reference memory of this project."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise BadInput(msg("is a folder; attach a TMX file or a workbench project"), path=path)
    if not path.is_file():
        raise BadInput(msg("no such file; check the path"), path=path)
    if not os.access(path, os.R_OK):
        raise BadInput(msg("cannot be read; check the file's permissions"), path=path)
    if path.resolve() == project.path.resolve():
        raise BadInput(msg("is this project itself; its memory is always used"), path=path)
    if kind_of(path) == KIND_PROJECT:
        check_project_file(path)
    return path


def check_project_file(path: Path) -> None:
    """Refuse a project this build may not read as it is (reading never upgrades it)."""
    version = schema_version_of(path, SCHEMA_VERSION)
    if version < SCHEMA_VERSION:
        raise BadInput(
            msg(
                "was written by an older workbench; open it once with this "
                "version (which upgrades it) before using it as a reference "
                "memory"
            ),
            path=path,
        )


def add(project: Project, path: Path, kind: str, name: str, penalty: float) -> Reference:
    """Record a checked reference (see app.tm_refs.attach, which checks and indexes it)."""
    name = " ".join(name.split())
    if not name:
        raise BadInput(msg("a reference memory needs a name"))
    if any(r.name == name for r in references(project)):
        raise BadInput(
            msg("already has a reference memory named {name!r}; choose another --name", name=name),
            path=project.path,
        )
    if any(r.path == path for r in references(project)):
        raise BadInput(msg("is already attached to {name}", name=project.path.name), path=path)
    with project.transaction():
        store_tm.insert_reference(project, name, str(path), kind, check_penalty(penalty))
    return find(project, name)  # the next lookup opens it (the others stay open)


def remove(project: Project, name: str) -> Reference:
    ref = find(project, name)
    with project.transaction():
        store_tm.delete_reference(project, name)
    opened = _OPEN.get(project, {}).pop(ref.id, None)
    if opened is not None and opened.memory is not None:
        opened.memory.close()
    return ref


def set_penalty(project: Project, name: str, penalty: float) -> Reference:
    find(project, name)
    with project.transaction():
        store_tm.set_reference_penalty(project, name, check_penalty(penalty))
    return find(project, name)  # lookups read the penalty from the table each time


# ----------------------------------------------------------------------------- the index


def index_path(path: Path) -> Path:
    """Where a TMX file's index lives for its present content (OSError if it is gone)."""
    info = path.stat()
    where = hashlib.sha1(str(path).encode()).hexdigest()[:16]
    what = hashlib.sha1(
        f"{info.st_size}:{info.st_mtime_ns}:{key_version()}:{SCHEMA_VERSION}".encode()
    ).hexdigest()[:12]
    return index_folder() / f"{where}-{what}{PROJECT_SUFFIX}"


def index_folder() -> Path:
    return cache_dir() / "references"


def needs_index(ref: Reference) -> bool:
    """A TMX reference whose file is there but not indexed as it is now."""
    if ref.kind != KIND_TMX:
        return False
    try:
        return not index_path(ref.path).is_file()
    except OSError:
        return False  # missing: a problem, not work to do


# ----------------------------------------------------------------------------- reading


@dataclass
class _Opened:
    signature: tuple[object, ...]
    memory: Project | None
    problem: str


_OPEN: WeakKeyDictionary[Project, dict[int, _Opened]] = WeakKeyDictionary()


def usable(project: Project) -> list[tuple[Reference, Project]]:
    """The references lookups can read now, each with its memory (opened read-only)."""
    out = []
    for ref in references(project):
        opened = _opened(project, ref)
        if opened.memory is not None:
            out.append((ref, opened.memory))
    return out


def problems(project: Project) -> list[str]:
    """One line for each reference memory that lookups leave out, and why; and one while
    a usable reference's keys are still being read (tm_index.waiting). Each reference is
    looked at once (the side panel asks on every segment change, after a lookup did)."""
    pair = (project.source_lang, project.target_lang)
    lines: list[str] = []
    being_read = False
    for ref in references(project):
        opened = _opened(project, ref)
        if opened.problem:
            lines.append(opened.problem)
        if opened.memory is not None and not being_read:
            being_read = tm_index.waiting(project, opened.memory, *pair)
    if being_read:
        lines.append(msg("reference memories are being read; their matches follow shortly"))
    return lines


def problem(project: Project, ref: Reference) -> str:
    return _opened(project, ref).problem


def set_broken(project: Project, ref: Reference, exc: BaseException) -> None:
    """A reference failed while being read (damaged pages): left out from now on."""
    opened = _opened(project, ref)
    if opened.memory is not None:
        opened.memory.close()
    opened.memory = None
    opened.problem = _line(ref, f"{ref.path}: could not be read ({exc})")


# ----------------------------------------------------------------------------- loading keys
# A large reference's matching keys take seconds to read (100,000 units: see
# benchmarks/RESULTS.md). The editor reads them on a worker (read_keys) and hands them to
# its own Projects (adopt_keys); while that runs, lookups skip the references whose
# keys are not in memory yet (tm_index.waiting) instead of reading them on the GUI thread.

Pair = tuple[str, str]


def read_keys(paths: list[Path], pairs: list[Pair]) -> dict[str, dict[Pair, tm_index.PairKeys]]:
    """The keys of each memory file (a project or a TMX's index) for each language pair,
    read on the calling thread's own connections; a file that cannot be read is left out."""
    out = {}
    for path in paths:
        try:
            with Project.open(path, read_only=True) as memory:
                out[str(path)] = tm_index.read_pairs(memory, pairs)
        except (WorkbenchError, sqlite3.Error, OSError):
            continue  # the lookup that opens it says why
    return out


def adopt_keys(project: Project, keys: dict[str, dict[Pair, tm_index.PairKeys]]) -> None:
    """Give the project's open references the keys read_keys read for them."""
    for _ref, memory in usable(project):
        for (src, tgt), found in keys.get(str(memory.path), {}).items():
            tm_index.adopt(memory, src, tgt, found)


def forget(project: Project) -> None:
    """Close what was opened for the project's references (the list changed, or the
    project closes); the next lookup opens them again."""
    for opened in _OPEN.pop(project, {}).values():
        if opened.memory is not None:
            opened.memory.close()


def _opened(project: Project, ref: Reference) -> _Opened:
    per_project = _OPEN.get(project)
    if per_project is None:
        per_project = _OPEN[project] = {}
        project.on_close.append(lambda: forget(project))
    signature = _signature(ref)
    opened = per_project.get(ref.id)
    if opened is not None and opened.signature == signature:
        return opened
    if opened is not None and opened.memory is not None:
        opened.memory.close()
    opened = per_project[ref.id] = _open(ref, signature)
    return opened


def _signature(ref: Reference) -> tuple[object, ...]:
    """What must stay the same for an opened reference to stay valid: the file's identity
    (a project is read live, in place), or its content and whether it is indexed (a TMX)."""
    try:
        if ref.kind == KIND_TMX:  # the index of its present content, and whether it is built
            where = index_path(ref.path)  # stats the file (once: this runs on every lookup)
            return (where, where.is_file())
        info = ref.path.stat()
    except OSError:
        return ("missing",)
    return (info.st_dev, info.st_ino)


def _open(ref: Reference, signature: tuple[object, ...]) -> _Opened:
    if signature == ("missing",):
        return _Opened(
            signature,
            None,
            _line(
                ref,
                f"{ref.path} is missing; put it back, or detach it "
                f"(Memory > Reference memories and statistics…, or `workbench tm detach`)",
            ),
        )
    if ref.kind == KIND_TMX:
        where = index_path(ref.path)
        if not where.is_file():
            return _Opened(
                signature,
                None,
                _line(
                    ref,
                    msg(
                        "{name} changed or is not indexed yet; it is left out until it is "
                        "indexed again",
                        name=ref.path.name,
                    ),
                ),
            )
    else:
        where = ref.path
    try:
        if ref.kind == KIND_PROJECT:
            check_project_file(where)
        return _Opened(signature, Project.open(where, read_only=True), "")
    except WorkbenchError as exc:
        return _Opened(signature, None, _line(ref, str(exc)))
    except (sqlite3.Error, OSError) as exc:
        why = msg("{path}: cannot be read ({error})", path=str(ref.path), error=str(exc))
        return _Opened(signature, None, _line(ref, why))


def _line(ref: Reference, why: str) -> str:
    return msg("reference memory {name!r} left out: {why}", name=ref.name, why=why)
