"""The project file itself: recognising it without writing, connecting, damage.

A file is only ever opened for writing (WAL switched on, schema upgraded, a
backup made) once a read-only look has shown it is a workbench project: an
empty file, another program's SQLite database or a text file stays untouched.
A project on a read-only folder or filesystem opens read-only. A damaged one
(corrupted pages) is reported in one line that says how to recover.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core.errors import ProjectError
from workbench.core.i18n import msg

SQLITE_HEADER = b"SQLite format 3\x00"
# The tables every schema version has; a database without them is someone else's.
PROJECT_TABLES = frozenset({"meta", "documents", "segments", "tm_units"})
_DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR_SHORT_READ"})


class ProjectDamaged(ProjectError):
    """The project file has damaged pages."""

    def __init__(self, path: Path, detail: str) -> None:
        self.detail = detail
        super().__init__(damage_advice(path, detail), path=path)


def damage_advice(path: Path, detail: str) -> str:
    backups = sorted(path.parent.glob(f"{path.name}.schema*.bak"))
    backup = (
        msg("; {backup} is the copy kept before its last upgrade", backup=backups[-1].name)
        if backups
        else ""
    )
    return msg(
        "is damaged ({detail}); keep a copy of it, then `workbench project check "
        "'{path}'` runs SQLite's PRAGMA integrity_check and says which parts still read "
        "and what can still be exported{backup}",
        detail=detail,
        path=str(path),
        backup=backup,
    )


# The parts of a project, the tables that hold them, and what needs them to export.
PARTS = (
    ("settings", "meta", ""),
    ("documents", "documents", "project export"),
    ("segments", "segments", "project export, tmx export"),
    ("translation memory", "tm_units", ""),
    ("termbase", "terms", "terms export"),
)


def check_project(path: Path) -> list[str]:
    """A damaged (or healthy) project's report, line by line; reads only."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise database_error(path, exc) from exc
    try:
        lines = []
        try:
            problems = [
                line
                for row in conn.execute("PRAGMA integrity_check(20)")
                for line in str(row[0]).splitlines()
                if line and not line.startswith("***")
            ]
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems == ["ok"]:
            lines.append("PRAGMA integrity_check: ok")
        else:
            count = f"{len(problems)}+" if len(problems) >= 20 else str(len(problems))
            lines.append(f"PRAGMA integrity_check: {count} problems, first: {problems[0]}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        broken: set[str] = set()
        for label, table, _needs in PARTS:
            if table not in tables:
                continue
            try:
                rows = sum(1 for _ in conn.execute(f"SELECT * FROM {table}"))
                lines.append(f"{label}: {rows} rows read")
            except sqlite3.DatabaseError as exc:
                broken.add(table)
                lines.append(f"{label}: damaged ({exc})")
        exportable = [
            f"`workbench {what}`"
            for what in ("project export", "tmx export", "terms export")
            if not any(t in broken for _l, t, needs in PARTS if what in needs)
        ]
        lines.append(
            "can still be exported with: " + (", ".join(exportable) if exportable else "nothing")
        )
        backups = sorted(path.parent.glob(f"{path.name}.schema*.bak"))
        for backup in backups:
            lines.append(f"backup from before an upgrade: {backup}")
        return lines
    finally:
        conn.close()


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error means the file's pages are damaged (not just busy)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name in _DAMAGE_CODES:
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def schema_version_of(path: Path, known: int) -> int:
    """Look at the file read-only and return its schema version, or raise a
    ProjectError saying why it is not a workbench project. Writes nothing."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProjectError(
            msg("cannot be read ({strerror})", strerror=exc.strerror), path=path
        ) from exc
    if not header:
        raise ProjectError(msg("is an empty file, not a workbench project"), path=path)
    if header != SQLITE_HEADER:
        raise ProjectError(msg("is not a workbench project (not an SQLite file)"), path=path)
    try:
        conn = connect(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise database_error(path, exc) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version < 1 or not PROJECT_TABLES <= tables:
            # Schema 1 is the first: every project has a version and these tables.
            raise ProjectError(
                msg("is an SQLite database but not a workbench project; nothing was changed"),
                path=path,
            )
        if version > known:
            raise ProjectError(
                msg(
                    "was made by a newer workbench (project schema {version}, "
                    "this version reads up to {known}); update the workbench to "
                    "open it",
                    version=version,
                    known=known,
                ),
                path=path,
            )
        keys = {r[0] for r in conn.execute("SELECT key FROM meta")}
        if not {"source_lang", "target_lang"} <= keys:
            raise ProjectError(
                msg("is not a valid workbench project (its language pair is missing)"), path=path
            )
        return version
    except sqlite3.DatabaseError as exc:
        raise database_error(path, exc) from exc
    finally:
        conn.close()


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit)."""
    if read_only:
        uri = path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=10, isolation_level=None)
        except sqlite3.OperationalError as exc:
            raise ProjectError(msg("cannot be opened ({exc})", exc=exc), path=path) from exc
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        except sqlite3.OperationalError as exc:
            conn.close()
            if "unable to open" not in str(exc):
                raise
            # A WAL project in a folder nobody here may write (a read-only filesystem,
            # a CD, a shared folder): SQLite cannot make its -shm index. Nobody can
            # be changing the file from here, so read it as an immutable file.
            conn = sqlite3.connect(
                f"{uri}?mode=ro&immutable=1", uri=True, timeout=10, isolation_level=None
            )
    else:
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before the call returns, even across power loss.
        conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def database_error(path: Path, exc: sqlite3.DatabaseError) -> ProjectError:
    """The one-line error for an SQLite failure on this project file."""
    if is_damage(exc):
        return ProjectDamaged(path, str(exc))
    if "unable to open" in str(exc):
        return ProjectError(
            msg("cannot be opened (check the file's and its folder's permissions)"), path=path
        )
    return ProjectError(msg("could not be read ({exc})", exc=exc), path=path)


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Keep a copy of the project as it was before an upgrade."""
    backup = path.with_name(f"{path.name}.schema{version}.bak")
    if not backup.exists():
        target = sqlite3.connect(backup)
        conn.backup(target)
        target.close()
