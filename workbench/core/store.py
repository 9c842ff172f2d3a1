"""The project store: one SQLite file (.wbproj) per project.

It holds the language pair and settings, the imported documents (with their
original bytes, so translated copies can be written later), their segments
and the project's translation memory. Every change is one transaction in WAL
mode with full sync, so a killed process loses nothing that was committed.

A Project object belongs to the thread that opened it (SQLite connections are
not shared between threads); worker threads hand their results back to that
thread. A writable Project holds the project's lock file (project_lock): one
writer process at a time; files are recognised before anything is written to
them (project_file).

Longer than most modules (over 450 lines) because the store owns the project file's
schema and SQL (documents, segments, the memory's import bookkeeping) in one place;
the memory's and the termbase's tables have their SQL beside it (store_tm.py,
store_terms.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench import __version__
from workbench.core.commands import command
from workbench.core.errors import ProjectError
from workbench.core.flags import LOCKED
from workbench.core.i18n import msg
from workbench.core.inline import Code, Coded, codes_from_json, codes_to_json, strip_markers
from workbench.core.languages import get_language
from workbench.core.project_file import (
    backup_before_migration,
    connect,
    database_error,
    is_damage,
    schema_version_of,
)
from workbench.core.project_lock import Holder, ProjectLock
from workbench.core.segment import Origin, Segment, Status
from workbench.core.target_checks import MT_TEXT_FLAGS, Checked, CheckedText, refresh_flags

PROJECT_SUFFIX = ".wbproj"
SCHEMA_VERSION = 6
UNITS = ("sentence", "paragraph")

# Migrations: MIGRATIONS[n] turns a schema n-1 database into schema n.
# Version 1 is the first schema; later versions append here.
MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            flags TEXT NOT NULL DEFAULT '[]',
            data BLOB NOT NULL,
            added TEXT NOT NULL
        )""",
        """CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            position INTEGER NOT NULL,
            lead TEXT NOT NULL,
            source TEXT NOT NULL,
            trail TEXT NOT NULL,
            mt_source TEXT NOT NULL,
            lang TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            status INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL DEFAULT '',
            mt_text TEXT,
            mt_model TEXT,
            mt_score REAL,
            match_score REAL,
            flags TEXT NOT NULL DEFAULT '[]',
            revision INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            translator TEXT,
            source_original TEXT
        )""",
        "CREATE INDEX segments_order ON segments(document_id, paragraph, position)",
        "CREATE INDEX segments_status ON segments(status)",
        """CREATE TABLE tm_units (
            id INTEGER PRIMARY KEY,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            source_key TEXT NOT NULL,
            origin TEXT NOT NULL,
            document TEXT,
            creator TEXT,
            created TEXT NOT NULL,
            changed TEXT NOT NULL,
            props TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX tm_units_key ON tm_units(source_lang, target_lang, source_key)",
    ),
    # Inline codes (workbench.core.inline): JSON lists of the codes whose markers are in
    # the text beside them. A memory unit's source and target are plain text plus codes.
    2: (
        "ALTER TABLE segments ADD COLUMN source_codes TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE segments ADD COLUMN target_codes TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE tm_units ADD COLUMN source_codes TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE tm_units ADD COLUMN target_codes TEXT NOT NULL DEFAULT '[]'",
    ),
    # 3: the project's termbase (concept entries with terms per language, as in TBX) and
    # the QA warnings a translator chose to ignore (core/store_terms.py reads and writes them).
    3: (
        """CREATE TABLE term_entries (
            id INTEGER PRIMARY KEY,
            note TEXT NOT NULL DEFAULT '',
            domain TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            changed TEXT NOT NULL
        )""",
        """CREATE TABLE terms (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES term_entries(id) ON DELETE CASCADE,
            lang TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            forbidden INTEGER NOT NULL DEFAULT 0,
            case_sensitive INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX terms_entry ON terms(entry_id, lang, position)",
        """CREATE TABLE qa_ignored (
            segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            check_name TEXT NOT NULL,
            detail TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (segment_id, check_name, detail)
        )""",
    ),
    # 4: segments already in the target language get Status.NOT_NEEDED (done as they
    # are) instead of staying new forever. The version bump keeps older workbenches,
    # which do not know the status, from opening the project.
    4: (
        f"""UPDATE segments SET status = {int(Status.NOT_NEEDED)}
            WHERE status = {int(Status.NEW)} AND target = ''
            AND lang = (SELECT value FROM meta WHERE key = 'target_lang')""",
    ),
    # 5: one writer's guarantees (issue 10).
    5: (
        # Document names are unique (two `project add` of one file at once made two
        # documents of one name); an older project's duplicates get their id first.
        "UPDATE documents SET name = '(' || id || ') ' || name "
        "WHERE id NOT IN (SELECT MIN(id) FROM documents GROUP BY name)",
        "CREATE UNIQUE INDEX documents_name ON documents(name)",
        # A TMX import commits in chunks; its units stay invisible to lookups until
        # its row says it finished, and an unfinished one is rolled back.
        """CREATE TABLE tm_imports (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT
        )""",
        "ALTER TABLE tm_units ADD COLUMN import_id INTEGER",  # tm_imports.id; removed first
        "CREATE INDEX tm_units_import ON tm_units(import_id) WHERE import_id IS NOT NULL",
    ),
    # 6: reference memories (issue 17): TMX files or other projects the memory lookups
    # read, never write, each with its name and the points its matches lose
    # (core/tm_refs.py; the SQL is in core/store_tm.py).
    6: (
        """CREATE TABLE tm_references (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            kind TEXT NOT NULL,
            penalty REAL NOT NULL DEFAULT 0,
            added TEXT NOT NULL
        )""",
    ),
}

# The memory units lookups may see: not those of an import still running (or
# one that died half way and waits to be rolled back).
VISIBLE_UNITS = (
    "(import_id IS NULL OR import_id NOT IN (SELECT id FROM tm_imports WHERE finished IS NULL))"
)

_SEGMENT_COLUMNS = (
    "s.id, s.document_id, d.name, s.paragraph, s.position, s.lead, s.source, s.trail, "
    "s.mt_source, s.lang, s.target, s.status, s.origin, s.mt_text, s.mt_model, s.mt_score, "
    "s.match_score, s.flags, s.revision, s.created, s.updated, s.translator, s.source_original, "
    "s.source_codes, s.target_codes"
)
_ORDER = "s.document_id, s.paragraph, s.position"


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    name: str
    format: str
    encoding: str
    flags: tuple[str, ...]
    segments: int
    translated: int
    confirmed: int
    not_needed: int = 0  # already in the target language

    @property
    def done(self) -> int:
        """Confirmed or needing no translation: the work that is finished."""
        return self.confirmed + self.not_needed


@dataclass(frozen=True)
class NewSegment:
    """A segment about to be stored by an import."""

    paragraph: int
    position: int
    lead: str
    source: str
    trail: str
    mt_source: str
    lang: str
    flags: tuple[str, ...] = ()
    source_original: str | None = None
    source_codes: tuple[Code, ...] = ()  # the codes of the markers in source
    # A bilingual file's own translation (XLIFF), its status and origin; None: a new segment.
    target: str = ""
    target_codes: tuple[Code, ...] = ()
    status: Status | None = None
    origin: str = ""


class DuplicateDocument(ProjectError):
    """A document of that name is already in the project."""


class SegmentLocked(ProjectError):
    """A write to a segment locked in its file (flags.LOCKED): refused."""


# A listener receives (event, segment ids): "added", "changed", "removed".
Listener = Callable[[str, Sequence[int]], None]


class Project:
    """An open project file. Use Project.create or Project.open.

    A writable Project holds the project's lock file (see project_lock): one writer
    process at a time. Other processes open it read-only or wait.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        read_only: bool,
        lock: ProjectLock | None = None,
        read_only_reason: str = "",
    ) -> None:
        self.path = path
        self._conn = conn
        self.read_only = read_only
        # Why a project asked for writing opened read-only ("" when asked for reading).
        self.read_only_reason = read_only_reason
        self._lock = lock
        self._listeners: list[Listener] = []
        self._depth = 0  # nesting of _write blocks: only the outermost commits
        self._pending: list[tuple[str, Sequence[int]]] = []  # news held until the commit
        self.notices: list[str] = []  # what opening repaired (an unfinished import rolled back)
        # Called once by close(): what was opened for this project (its reference memories)
        self.on_close: list[Callable[[], None]] = []
        # (not the memory's stored key blobs: store_tm reads those when they are wanted)
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key NOT LIKE 'tm_keys:%'"))
        try:
            self.source_lang = get_language(meta["source_lang"]).code
            self.target_lang = get_language(meta["target_lang"]).code
        except Exception as exc:  # missing keys or unknown codes
            raise ProjectError(
                msg("is not a valid workbench project (its language pair is missing)"), path=path
            ) from exc
        self._meta = meta

    # -- opening ---------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        source_lang: str,
        target_lang: str,
        unit: str = "sentence",
        *,
        purpose: str = "workbench",
    ) -> Project:
        path = Path(path)
        src, tgt = get_language(source_lang).code, get_language(target_lang).code
        if src == tgt:
            raise ProjectError(msg("source and target language are the same"), path=path)
        if unit not in UNITS:
            raise ProjectError(
                msg("unknown segmentation unit {unit!r}: use sentence or paragraph", unit=unit)
            )
        if path.exists():
            raise ProjectError(msg("already exists; open it, or choose another name"), path=path)
        if not path.parent.is_dir():
            raise ProjectError(msg("folder does not exist; create it first"), path=path.parent)
        lock = ProjectLock(path)
        lock.acquire(purpose)  # another process creating the same file at once waits out
        conn = None
        try:
            if path.exists():
                raise ProjectError(
                    msg("already exists; open it, or choose another name"), path=path
                )
            conn = connect(path, read_only=False)
            with _transaction(conn):
                _migrate(conn, 0, path)
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("source_lang", src),
                        ("target_lang", tgt),
                        ("unit", unit),
                        ("created", now()),
                        ("app_version", __version__),
                    ],
                )
            return cls(path, conn, read_only=False, lock=lock)
        except (sqlite3.Error, ProjectError) as exc:
            # Nothing was there before: leave nothing half made behind.
            if conn is not None:
                conn.close()
                for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    leftover.unlink(missing_ok=True)
            lock.release()
            if isinstance(exc, ProjectError):
                raise
            raise ProjectError(
                msg("cannot create the project ({exc})", exc=exc), path=path
            ) from exc
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        purpose: str = "workbench",
        on_wait: Callable[[Holder | None, float], bool] | None = None,
        take_over: bool = False,
    ) -> Project:
        """Open a project; for writing (the default) this process takes its lock.

        When another process holds the lock, ProjectLocked names it, unless on_wait
        is given: it is called every half second with the holder and the seconds
        waited, and returns whether to go on waiting. Nothing is written to a file
        before it is known to be a project of a version this build reads.
        """
        path = Path(path)
        if not path.exists():
            raise ProjectError(
                msg(
                    "no such project; create it with `{command}`", command=command("project", "new")
                ),
                path=path,
            )
        if path.is_dir():
            raise ProjectError(msg("is a folder, not a project file"), path=path)
        if not os.access(path, os.R_OK):
            raise ProjectError(msg("cannot be read; check the file's permissions"), path=path)
        reason = ""
        if not read_only and not _writable(path):
            read_only, reason = True, msg("the file or its folder cannot be written")
        version = schema_version_of(path, SCHEMA_VERSION)  # refuses non-projects, read-only
        if read_only and version < SCHEMA_VERSION and _writable(path):
            # A look (project show, export) at a project an older workbench wrote: upgrade it
            # first, as opening it for writing would (a backup of the old file is kept),
            # instead of calling a writable file read-only.
            cls.open(path, purpose=purpose, on_wait=on_wait, take_over=take_over).close()
        lock = None
        if not read_only:
            lock = ProjectLock(path)
            if on_wait is None or take_over:
                lock.acquire(purpose, take_over=take_over)
            else:
                lock.acquire_waiting(purpose, on_wait)
        conn = None
        try:
            conn = connect(path, read_only=read_only)
            project = cls._from_connection(conn, path, read_only, lock, reason)
            if not read_only:
                project._roll_back_unfinished_imports()
            return project
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if lock is not None:
                lock.release()
            if isinstance(exc, sqlite3.DatabaseError):
                raise database_error(path, exc) from exc
            raise

    @classmethod
    def _from_connection(
        cls,
        conn: sqlite3.Connection,
        path: Path,
        read_only: bool,
        lock: ProjectLock | None,
        reason: str,
    ) -> Project:
        """Check the schema (upgrading an older one) and make the Project."""
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version < SCHEMA_VERSION:
            if read_only:
                raise ProjectError(
                    msg("needs an upgrade but is read-only; make it writable and open it again"),
                    path=path,
                )
            backup_before_migration(conn, path, version)
            with _transaction(conn):
                _migrate(conn, version, path)
        return cls(path, conn, read_only, lock, reason)

    def _roll_back_unfinished_imports(self) -> None:
        """An import whose process died (this one holds the lock now) never finished:
        remove its units, so the memory is as it was before it began."""
        rows = self._conn.execute(
            "SELECT id, file, started FROM tm_imports WHERE finished IS NULL"
        ).fetchall()
        for import_id, file, started in rows:
            self.discard_import(import_id)
            self.notices.append(
                msg(
                    "the import of {file} started {started} did not finish; it was rolled back",
                    file=file,
                    started=started,
                )
            )

    def for_another_thread(self) -> Project:
        """The same project on a connection of its own, for a worker thread of this
        process (an SQLite connection belongs to the thread that made it): writable
        under this Project's lock, which stays with this one (closing the other releases
        nothing). The two connections' writes wait for each other (SQLite's busy
        timeout), so a worker commits in small transactions."""
        conn = connect(self.path, read_only=self.read_only)
        try:
            return Project(self.path, conn, self.read_only, None, self.read_only_reason)
        except BaseException:
            conn.close()
            raise

    @property
    def holder(self) -> Holder | None:
        """This process's lock record, when it opened the project for writing."""
        return self._lock.holder if self._lock is not None else None

    def close(self) -> None:
        closers, self.on_close = self.on_close, []
        for closer in closers:
            closer()
        try:
            self._conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self.close()
        if isinstance(exc, sqlite3.DatabaseError):
            # Damaged pages show up when a query reaches them: one line, not a traceback.
            raise database_error(self.path, exc) from exc

    # -- project settings ------------------------------------------------------
    @property
    def unit(self) -> str:
        return self._meta.get("unit", "sentence")

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self._meta.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        with self._write():
            self._conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        self._meta[key] = value

    # -- listeners (the GUI's Qt models subscribe here) ---------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, event: str, ids: Sequence[int]) -> None:
        """Tell listeners, once the change is committed (inside an outer transaction,
        when that commits; a rollback drops the news with the change)."""
        if self._depth:
            self._pending.append((event, ids))
            return
        for listener in list(self._listeners):
            listener(event, ids)

    # -- documents -------------------------------------------------------------
    def add_document(
        self,
        name: str,
        format: str,
        encoding: str,
        data: bytes,
        segments: Iterable[NewSegment],
        flags: Iterable[str] = (),
    ) -> int:
        """Store a document and its segments in one transaction; returns its id."""
        stamp = now()
        with self._write():
            # Checked inside the write transaction: another process adding the same
            # file at once waits for this one and then finds the name taken.
            if self._conn.execute("SELECT 1 FROM documents WHERE name = ?", (name,)).fetchone():
                raise DuplicateDocument(
                    msg(
                        "already has a document named {name!r}; rename the file to add it again",
                        name=name,
                    ),
                    path=self.path,
                )
            cur = self._conn.execute(
                "INSERT INTO documents(name, format, encoding, flags, data, added) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, format, encoding, json.dumps(sorted(flags)), data, stamp),
            )
            doc_id = int(cur.lastrowid or 0)
            first = self._conn.execute("SELECT COALESCE(MAX(id), 0) FROM segments").fetchone()[0]
            self._conn.executemany(
                "INSERT INTO segments(document_id, paragraph, position, lead, source, trail, "
                "mt_source, lang, status, flags, source_original, source_codes, created, "
                "updated, target, target_codes, origin) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        doc_id,
                        s.paragraph,
                        s.position,
                        s.lead,
                        s.source,
                        s.trail,
                        s.mt_source,
                        s.lang,
                        int(self.initial_status(s.lang) if s.status is None else s.status),
                        json.dumps(list(s.flags)),
                        s.source_original,
                        codes_to_json(s.source_codes),
                        stamp,
                        stamp,
                        s.target,
                        codes_to_json(s.target_codes),
                        s.origin,
                    )
                    for s in segments
                ),
            )
            # A target the file brings (XLIFF) gets the same target checks as any
            # other target write, so its flags describe it (set_target does the same).
            for seg_id, target in self._conn.execute(
                "SELECT id, target FROM segments WHERE document_id = ? AND id > ? AND target != ''",
                (doc_id, first),
            ).fetchall():
                self._conn.execute(
                    "UPDATE segments SET flags = ? WHERE id = ?",
                    (self._flags_for(seg_id, target), seg_id),
                )
        ids = [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM segments WHERE document_id = ? AND id > ? ORDER BY id",
                (doc_id, first),
            )
        ]
        self._notify("added", ids)
        return doc_id

    def initial_status(self, lang: str) -> Status:
        """A new segment's status: text already in the target language needs no translation."""
        return Status.NOT_NEEDED if lang == self.target_lang else Status.NEW

    def remove_document(self, document_id: int) -> None:
        ids = self.segment_ids(document_id=document_id)
        with self._write():
            self._conn.execute("DELETE FROM segments WHERE document_id = ?", (document_id,))
            self._conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        self._notify("removed", ids)

    def documents(self) -> list[DocumentInfo]:
        rows = self._conn.execute(
            "SELECT d.id, d.name, d.format, d.encoding, d.flags, COUNT(s.id), "
            "COALESCE(SUM(s.target != ''), 0), COALESCE(SUM(s.status = ?), 0), "
            "COALESCE(SUM(s.status = ?), 0) "
            "FROM documents d LEFT JOIN segments s ON s.document_id = d.id "
            "GROUP BY d.id ORDER BY d.id",
            (int(Status.CONFIRMED), int(Status.NOT_NEEDED)),
        )
        return [
            DocumentInfo(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], r[7], r[8])
            for r in rows
        ]

    def document_by_name(self, name: str) -> DocumentInfo | None:
        return next((d for d in self.documents() if d.name == name), None)

    def document_data(self, document_id: int) -> bytes:
        row = self._conn.execute(
            "SELECT data FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise ProjectError(
                msg("has no document {document_id}", document_id=document_id), path=self.path
            )
        return bytes(row[0])

    # -- reading segments ------------------------------------------------------
    def count(
        self, document_id: int | None = None, status: Status | Iterable[Status] | None = None
    ) -> int:
        where, params = _filters(document_id, status)
        return self._conn.execute(f"SELECT COUNT(*) FROM segments s {where}", params).fetchone()[0]

    def segment_ids(
        self,
        document_id: int | None = None,
        status: Status | Iterable[Status] | None = None,
        *,
        least_confident_first: bool = False,
    ) -> list[int]:
        """Ids in document order; cheap enough for 20,000 segments.

        least_confident_first: only segments with an MT score, the lowest score
        (the model's least confident translation) first.
        """
        where, params = _filters(document_id, status)
        order = _ORDER
        if least_confident_first:
            where += (" AND " if where else "WHERE ") + "s.mt_score IS NOT NULL"
            order = f"s.mt_score, {_ORDER}"
        sql = f"SELECT s.id FROM segments s {where} ORDER BY {order}"
        return [r[0] for r in self._conn.execute(sql, params)]

    def segment(self, segment_id: int) -> Segment:
        rows = self.segments_by_id([segment_id])
        if not rows:
            raise ProjectError(
                msg("has no segment {segment_id}", segment_id=segment_id), path=self.path
            )
        return rows[0]

    def segments_by_id(self, ids: Sequence[int]) -> list[Segment]:
        """The segments with these ids, in the order given (missing ids are left out)."""
        found: dict[int, Segment] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT {_SEGMENT_COLUMNS} FROM segments s JOIN documents d "
                f"ON d.id = s.document_id WHERE s.id IN ({marks})"
            )
            for row in self._conn.execute(sql, chunk):
                seg = _segment(row)
                found[seg.id] = seg
        return [found[i] for i in ids if i in found]

    def segments(
        self,
        document_id: int | None = None,
        status: Status | Iterable[Status] | None = None,
    ) -> Iterator[Segment]:
        where, params = _filters(document_id, status)
        sql = (
            f"SELECT {_SEGMENT_COLUMNS} FROM segments s JOIN documents d "
            f"ON d.id = s.document_id {where} ORDER BY {_ORDER}"
        )
        for row in self._conn.execute(sql, params).fetchall():
            yield _segment(row)

    def segment_texts(
        self, status: Status | Iterable[Status] | None = None
    ) -> list[tuple[int, str, str, str, str, int, int]]:
        """(id, source, target, mt_source, lang, status as int, 1 if it has inline codes) of each
        segment in document order: the columns a project-wide QA run reads, without a
        Segment (Enums, JSON) per row, which was most of the time reading 20,000 took."""
        where, params = _filters(None, status)
        sql = (
            "SELECT s.id, s.source, s.target, s.mt_source, s.lang, s.status, "
            "s.source_codes NOT IN ('', '[]') OR s.target_codes NOT IN ('', '[]') "
            f"FROM segments s {where} ORDER BY {_ORDER}"
        )
        return self._conn.execute(sql, params).fetchall()

    def target_rows(self) -> dict[int, tuple[str, Status, bool]]:
        """{id: (target, status, locked)} of every segment with a target: what find and
        replace scans (20,000 rows in tens of milliseconds; full Segments take a second)."""
        sql = "SELECT id, target, status, flags LIKE ? FROM segments WHERE target != ''"
        rows = self._conn.execute(sql, (f'%"{LOCKED}"%',))
        return {r[0]: (r[1], Status(r[2]), bool(r[3])) for r in rows}

    # -- editing: each call is one durable transaction ---------------------------------
    def set_target(
        self,
        segment_id: int,
        target: str | Coded,
        *,
        status: Status | None = None,
        origin: Origin = Origin.HUMAN,
        translator: str | None = None,
        match_score: float | None = None,
    ) -> Segment:
        """A translator's edit (or an applied TM match). Status defaults to
        needs-review for a non-empty target and new for an empty one. A Coded target
        stores its inline codes; a plain string has none."""
        target, codes = _split(target)
        if status is None:
            status = Status.NEEDS_REVIEW if target.strip() else Status.NEW
        if not target.strip():
            origin = Origin.NONE
        with self._write():
            self._refuse_locked(segment_id)
            flags = self._flags_for(segment_id, target)
            self._conn.execute(
                "UPDATE segments SET target = ?, target_codes = ?, status = ?, origin = ?, "
                "translator = ?, match_score = ?, flags = ?, revision = revision + 1, "
                "updated = ? WHERE id = ?",
                (
                    target,
                    codes,
                    int(status),
                    str(origin),
                    translator,
                    match_score,
                    flags,
                    now(),
                    segment_id,
                ),
            )
        self._notify("changed", [segment_id])
        return self.segment(segment_id)

    def set_status(self, segment_id: int, status: Status) -> Segment:
        with self._write():
            self._refuse_locked(segment_id)
            row = self._conn.execute(
                "SELECT target FROM segments WHERE id = ?", (segment_id,)
            ).fetchone()
            # The target is unchanged, but a project saved by an older version may hold
            # flags computed on an earlier text: a confirm must not carry them on.
            flags = self._flags_for(segment_id, row[0]) if row else "[]"
            self._conn.execute(
                "UPDATE segments SET status = ?, flags = ?, revision = revision + 1, updated = ? "
                "WHERE id = ?",
                (int(status), flags, now(), segment_id),
            )
        self._notify("changed", [segment_id])
        return self.segment(segment_id)

    def apply_mt(
        self,
        segment_id: int,
        text: str | Coded,
        model: str,
        score: float | None,
        flags: Iterable[str],
        *,
        revision: int,
        overwrite_draft: bool = False,
        checked: Checked | None = None,
    ) -> bool:
        """Store a machine translation for a segment.

        The MT text, model and score are always recorded (the side panel shows
        them), with the flags about how the MT text was made (MT_TEXT_FLAGS). The
        target is filled only when the segment still has the revision the request
        was made at, and it is new (or an MT draft when overwrite_draft): a late
        result never overwrites a translator's edit. The target checks run on the
        target as it is after the call, so the guard-rail flags of an MT text that
        did not fill the target are not put on a translator's text.
        Returns whether the target was filled. A Coded text (codes placed back into the
        draft) fills the target with its codes; mt_text keeps the plain MT output.
        checked: the target checks' findings on the MT text, computed on the MT worker
        (target_checks.check_ahead); used only if it fills the target, and only for
        that very text with the project's current check data (see run_checks).
        """
        target, codes = _split(text)
        plain = text.plain if isinstance(text, Coded) else text
        with self._write():
            row = self._conn.execute(
                "SELECT revision, status, flags FROM segments WHERE id = ?", (segment_id,)
            ).fetchone()
            if row is None or self._locked(segment_id):  # locked: no MT, not even recorded
                return False
            current_rev, status, old_flags = row[0], Status(row[1]), json.loads(row[2])
            kept = [f for f in old_flags if f not in MT_TEXT_FLAGS]
            merged = kept + sorted(f for f in flags if f in MT_TEXT_FLAGS and f not in kept)
            fill = current_rev == revision and (
                status == Status.NEW or (overwrite_draft and status == Status.MT_DRAFT)
            )
            if fill:
                merged = json.loads(self._flags_for(segment_id, target, merged, checked))
                self._conn.execute(
                    "UPDATE segments SET mt_text = ?, mt_model = ?, mt_score = ?, flags = ?, "
                    "target = ?, target_codes = ?, status = ?, origin = ?, match_score = NULL, "
                    "revision = revision + 1, updated = ? WHERE id = ?",
                    (
                        plain,
                        model,
                        score,
                        json.dumps(merged),
                        target,
                        codes,
                        int(Status.MT_DRAFT),
                        str(Origin.MT),
                        now(),
                        segment_id,
                    ),
                )
            else:
                self._conn.execute(
                    "UPDATE segments SET mt_text = ?, mt_model = ?, mt_score = ?, flags = ? "
                    "WHERE id = ?",
                    (plain, model, score, json.dumps(merged), segment_id),
                )
        self._notify("changed", [segment_id])
        return fill

    # -- merging and splitting (core/segment_ops.py decides the rows) ----------------
    def segment_rows(self, ids: Sequence[int]) -> list[dict[str, object]]:
        """The stored rows of these segments, every column, in the order given: what
        replace_segments takes back to undo a merge or a split exactly."""
        marks = ",".join("?" * len(ids))
        cur = self._conn.execute(f"SELECT * FROM segments WHERE id IN ({marks})", list(ids))
        names = [d[0] for d in cur.description]
        found = {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
        return [found[i] for i in ids if i in found]

    def replace_segments(
        self, old_ids: Sequence[int], rows: Sequence[dict[str, object]], *, recheck: bool = False
    ) -> list[int]:
        """Replace consecutive segments of one paragraph by `rows` (full rows; an id of
        None gets a new one), in one transaction: the segments after them in the paragraph
        move up or down, so document order stays (paragraph, position). recheck: run the
        target checks on the new rows (an undo puts back rows exactly as they were).
        Returns the new rows' ids. Locked segments are refused."""
        with self._write():
            old = self.segment_rows(old_ids)
            if len(old) != len(old_ids) or not old or not rows:
                raise ProjectError(msg("has no such segments (changed elsewhere?)"), path=self.path)
            doc, par = old[0]["document_id"], old[0]["paragraph"]
            positions = sorted(int(r["position"]) for r in old)  # type: ignore[call-overload]
            if any((r["document_id"], r["paragraph"]) != (doc, par) for r in old) or (
                positions != list(range(positions[0], positions[0] + len(old)))
            ):
                raise ProjectError(msg("can only replace neighbouring segments of one paragraph"))
            for sid in old_ids:
                self._refuse_locked(sid)
            # A kept id is updated in place (its ignored QA warnings stay with it).
            kept_ids = {r.get("id") for r in rows} & set(old_ids)
            gone_ids = [i for i in old_ids if i not in kept_ids]
            if gone_ids:
                self._conn.execute(
                    f"DELETE FROM segments WHERE id IN ({','.join('?' * len(gone_ids))})",
                    gone_ids,
                )
            self._conn.execute(
                "UPDATE segments SET position = position + ? "
                "WHERE document_id = ? AND paragraph = ? AND position > ?",
                (len(rows) - len(old), doc, par, positions[-1]),
            )
            new_ids: list[int] = []
            for k, row in enumerate(rows):
                values = {**row, "document_id": doc, "paragraph": par}
                values["position"] = positions[0] + k
                names = list(values)
                if values.get("id") in kept_ids:
                    self._conn.execute(
                        f"UPDATE segments SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                        [*(values[n] for n in names), values["id"]],
                    )
                    new_ids.append(int(values["id"]))  # type: ignore[call-overload]
                    continue
                cur = self._conn.execute(
                    f"INSERT INTO segments({', '.join(names)}) "
                    f"VALUES ({', '.join('?' * len(names))})",
                    [values[n] for n in names],
                )
                new_ids.append(int(cur.lastrowid or 0))
            if recheck:
                for sid in new_ids:
                    target = self._conn.execute(
                        "SELECT target FROM segments WHERE id = ?", (sid,)
                    ).fetchone()[0]
                    self._conn.execute(
                        "UPDATE segments SET flags = ? WHERE id = ?",
                        (self._flags_for(sid, target), sid),
                    )
        gone = [i for i in old_ids if i not in new_ids]
        if gone:
            self._notify("removed", gone)
        added = [i for i in new_ids if i not in old_ids]
        if added:
            self._notify("added", added)
        kept = [i for i in new_ids if i in old_ids]
        if kept:
            self._notify("changed", kept)
        return new_ids

    def _locked(self, segment_id: int) -> bool:
        """Whether the segment is locked in its file (flags.LOCKED). Every write of a
        target or status (set_target, set_status, apply_mt) asks here, so no path (the
        editor, find and replace, MT, memory fills, repetitions, the CLI) changes one."""
        sql = "SELECT flags FROM segments WHERE id = ?"
        row = self._conn.execute(sql, (segment_id,)).fetchone()
        return row is not None and LOCKED in json.loads(row[0])

    def _refuse_locked(self, segment_id: int) -> None:
        if self._locked(segment_id):
            raise SegmentLocked(
                msg(
                    "segment {segment_id} is locked in its file (locked or "
                    'translate="no"): it is read-only and is given back as it is',
                    segment_id=segment_id,
                ),
                path=self.path,
            )

    def _flags_for(
        self,
        segment_id: int,
        target: str,
        old: Sequence[str] | None = None,
        ahead: Checked | None = None,
    ) -> str:
        """The segment's flags (JSON) for a new target: the target checks run again
        (workbench.core.target_checks) or taken from `ahead`, other flags kept. Call
        inside _write."""
        row = self._conn.execute(
            "SELECT mt_source, lang, flags FROM segments WHERE id = ?", (segment_id,)
        ).fetchone()
        if row is None:
            return "[]"
        current = json.loads(row[2]) if old is None else old
        # The checks read words: the inline codes' markers are left out (mt_source has none).
        text = CheckedText(
            row[0], strip_markers(target), row[1], self.target_lang, self, segment_id
        )
        return json.dumps(list(refresh_flags(current, text, ahead)))

    # -- translation memory tables (workbench.core.tm builds on these) -------------
    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for the translation memory module's queries."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction for a bulk change (e.g. a TMX import): all or nothing."""
        with self._write():
            yield self._conn

    # -- imports into the memory, committed in chunks ------------------------------
    def begin_import(self, file: str) -> int:
        """Record an import; its units (stored with its id) stay invisible to lookups
        (see VISIBLE_UNITS) until finish_import, and discard_import removes them."""
        with self._write():
            cur = self._conn.execute(
                "INSERT INTO tm_imports(file, started) VALUES (?, ?)", (file, now())
            )
        return int(cur.lastrowid or 0)

    def finish_import(self, import_id: int) -> None:
        """Make all of an import's units visible at once (one small commit)."""
        with self._write():
            self._conn.execute(
                "UPDATE tm_imports SET finished = ? WHERE id = ?", (now(), import_id)
            )

    def discard_import(self, import_id: int, chunk: int = 20_000) -> None:
        """Remove an unfinished import, a chunk per commit (its units are invisible
        meanwhile; if this is interrupted too, the next writable open goes on)."""
        while True:
            with self._write():
                removed = self._conn.execute(
                    "DELETE FROM tm_units WHERE id IN "
                    "(SELECT id FROM tm_units WHERE import_id = ? LIMIT ?)",
                    (import_id, chunk),
                ).rowcount
            if removed < chunk:
                break
        with self._write():
            self._conn.execute("DELETE FROM tm_imports WHERE id = ?", (import_id,))

    # -- internals -------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[None]:
        if self.read_only:
            raise ProjectError(
                msg("is read-only; make the file (and its folder) writable to change it"),
                path=self.path,
            )
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self._lock is not None and not self._lock.still_ours():
            # Someone took the project over (or removed its lock file): saving now
            # could overwrite their work, so nothing more is saved from here.
            raise ProjectError(
                msg(
                    "is no longer held by this process (its lock file was taken "
                    "over or removed); nothing more is saved here: reopen the "
                    "project"
                ),
                path=self.path,
            )
        self._depth = 1
        try:
            with _transaction(self._conn):
                yield
        except sqlite3.Error as exc:
            self._pending.clear()
            if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
                raise database_error(self.path, exc) from exc
            raise ProjectError(
                msg("could not be written ({exc})", exc=exc), path=self.path
            ) from exc
        except BaseException:
            self._pending.clear()
            raise
        finally:
            self._depth = 0
        pending, self._pending = self._pending, []
        for event, ids in pending:
            self._notify(event, ids)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (DDL included)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # also when COMMIT itself failed
            conn.execute("ROLLBACK")
        raise


def _migrate(conn: sqlite3.Connection, current: int, path: Path) -> None:
    """Run the migrations from `current` up to SCHEMA_VERSION (inside the caller's transaction)."""
    for version in range(current + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS[version]:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")


def _filters(
    document_id: int | None, status: Status | Iterable[Status] | None
) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if document_id is not None:
        clauses.append("s.document_id = ?")
        params.append(document_id)
    if status is not None:
        statuses = [status] if isinstance(status, Status) else list(status)
        clauses.append(f"s.status IN ({','.join('?' * len(statuses))})")
        params.extend(int(s) for s in statuses)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _segment(row: Sequence) -> Segment:
    return Segment(
        id=row[0],
        document_id=row[1],
        document=row[2],
        paragraph=row[3],
        position=row[4],
        lead=row[5],
        source=row[6],
        trail=row[7],
        mt_source=row[8],
        lang=row[9],
        target=row[10],
        status=Status(row[11]),
        origin=Origin(row[12]),
        mt_text=row[13],
        mt_model=row[14],
        mt_score=row[15],
        match_score=row[16],
        flags=tuple(json.loads(row[17])),
        revision=row[18],
        created=row[19],
        updated=row[20],
        translator=row[21],
        source_original=row[22],
        source_codes=codes_from_json(row[23]),
        target_codes=codes_from_json(row[24]),
    )


def _split(value: str | Coded) -> tuple[str, str]:
    """(text, codes JSON) to store; a plain string must not carry markers."""
    if isinstance(value, Coded):
        value = value.normalised()
        return value.text, codes_to_json(value.codes)
    return value, "[]"
