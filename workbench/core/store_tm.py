"""The project store's translation-memory table (tm_units) and the segment rows the
memory reads (core/store.py creates the tables; the SQL on them for the memory lives
here and nowhere else).

core/tm.py decides what to store and how to match; these functions only read and
write rows. Writers run inside the caller's `project.transaction()`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from workbench.core.segment import Status
from workbench.core.store import VISIBLE_UNITS, Project, now

UNIT_COLUMNS = (
    "id, source, target, source_key, origin, document, creator, changed, source_codes, target_codes"
)
_CHUNK = 500  # ids per IN (...) query


def has_unit(project: Project, src: str, tgt: str, key: str, source: str, target: str) -> bool:
    return (
        project.connection.execute(
            "SELECT 1 FROM tm_units WHERE source_lang = ? AND target_lang = ? AND source_key = ? "
            "AND source = ? AND target = ? LIMIT 1",
            (src, tgt, key, source, target),
        ).fetchone()
        is not None
    )


def insert_unit(
    project: Project,
    src: str,
    tgt: str,
    source: str,
    target: str,
    key: str,
    *,
    origin: str,
    document: str | None,
    creator: str | None,
    created: str | None,
    changed: str | None,
    props: dict[str, object] | None,
    import_id: int | None = None,
    source_codes: str = "[]",
    target_codes: str = "[]",
) -> int:
    """Insert one row (inside the caller's transaction); returns its id. `import_id`
    marks a unit of an import that is not finished yet (see Project.begin_import);
    the codes are inline-code positions (inline.positions_json)."""
    stamp = now()
    cursor = project.connection.execute(
        "INSERT INTO tm_units(source_lang, target_lang, source, target, source_key, origin, "
        "document, creator, created, changed, props, import_id, source_codes, target_codes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            src,
            tgt,
            source,
            target,
            key,
            origin,
            document,
            creator,
            created or stamp,
            changed or created or stamp,
            json.dumps(props or {}, ensure_ascii=False),
            import_id,
            source_codes,
            target_codes,
        ),
    )
    return int(cursor.lastrowid or 0)


def unit_id_for_source(
    project: Project, src: str, tgt: str, key: str, origin: str, source: str
) -> int | None:
    row = project.connection.execute(
        "SELECT id FROM tm_units WHERE source_lang = ? AND target_lang = ? "
        "AND source_key = ? AND origin = ? AND source = ?",
        (src, tgt, key, origin, source),
    ).fetchone()
    return int(row[0]) if row else None


def update_unit(
    project: Project,
    unit_id: int,
    target: str,
    target_codes: str,
    document: str | None,
    creator: str | None,
    props: dict[str, object],
) -> None:
    project.connection.execute(
        "UPDATE tm_units SET target = ?, target_codes = ?, document = ?, creator = ?, "
        "changed = ?, props = ? WHERE id = ?",
        (target, target_codes, document, creator, now(), json.dumps(props), unit_id),
    )


def units_per_pair(project: Project) -> dict[tuple[str, str], int]:
    rows = project.connection.execute(
        f"SELECT source_lang, target_lang, COUNT(*) FROM tm_units WHERE {VISIBLE_UNITS} "
        "GROUP BY 1, 2 ORDER BY 1, 2"
    )
    return {(r[0], r[1]): r[2] for r in rows}


def keys_blob(project: Project, src: str, tgt: str) -> bytes | None:
    """A language pair's matching keys stored whole (tm_index.PairKeys.to_blob), if any:
    a reference TMX's index keeps them, so reading them is one row, not every unit."""
    row = project.connection.execute(
        "SELECT value FROM meta WHERE key = ?", (f"tm_keys:{src}:{tgt}",)
    ).fetchone()
    return bytes(row[0]) if row and isinstance(row[0], bytes) else None


def set_keys_blob(project: Project, src: str, tgt: str, blob: bytes) -> None:
    """Store a pair's keys whole (inside the caller's transaction)."""
    project.connection.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"tm_keys:{src}:{tgt}", blob),
    )


def has_units(project: Project) -> bool:
    """Whether the memory holds any unit (one row read)."""
    return project.connection.execute("SELECT 1 FROM tm_units LIMIT 1").fetchone() is not None


def change_stamp(project: Project) -> tuple[int, int]:
    """Changes with any commit, by this connection (total_changes) or another (data_version)."""
    conn = project.connection
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


def pair_extent(project: Project, src: str, tgt: str) -> tuple[int, int]:
    """(number of units, highest id) of one language pair (units of unfinished imports
    are not counted: see VISIBLE_UNITS)."""
    count, max_id = project.connection.execute(
        "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM tm_units "
        f"WHERE source_lang = ? AND target_lang = ? AND {VISIBLE_UNITS}",
        (src, tgt),
    ).fetchone()
    return int(count), int(max_id)


def pair_keys(project: Project, src: str, tgt: str, after_id: int = 0) -> list[tuple[int, str]]:
    """(id, matching key) of a language pair's units above `after_id`, by id."""
    return project.connection.execute(
        "SELECT id, source_key FROM tm_units WHERE source_lang = ? AND target_lang = ? "
        f"AND id > ? AND {VISIBLE_UNITS} ORDER BY id",
        (src, tgt, after_id),
    ).fetchall()


def unit_sources(project: Project) -> list[tuple[int, str, str]]:
    """(id, source, source language) of every unit."""
    return project.connection.execute("SELECT id, source, source_lang FROM tm_units").fetchall()


def set_unit_keys(project: Project, keys: Iterable[tuple[str, int]]) -> None:
    """(key, id) pairs, inside the caller's transaction."""
    project.connection.executemany("UPDATE tm_units SET source_key = ? WHERE id = ?", keys)


def unit_ids_with_key(project: Project, src: str, tgt: str, key: str) -> set[int]:
    rows = project.connection.execute(
        "SELECT id FROM tm_units WHERE source_lang = ? AND target_lang = ? AND source_key = ? "
        f"AND {VISIBLE_UNITS}",
        (src, tgt, key),
    )
    return {r[0] for r in rows}


def unit_rows(project: Project, ids: Iterable[int]) -> list[Sequence]:
    """Rows of UNIT_COLUMNS for these ids."""
    ids = list(ids)
    out: list[Sequence] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out.extend(
            project.connection.execute(
                f"SELECT {UNIT_COLUMNS} FROM tm_units WHERE id IN ({marks})", chunk
            )
        )
    return out


def unit_rows_with_key(
    project: Project, src: str, tgt: str, key: str, except_origin: str
) -> list[Sequence]:
    """Rows of UNIT_COLUMNS with this key, of any origin but `except_origin`."""
    return project.connection.execute(
        f"SELECT {UNIT_COLUMNS} FROM tm_units WHERE source_lang = ? AND target_lang = ? "
        f"AND source_key = ? AND origin != ? AND {VISIBLE_UNITS}",
        (src, tgt, key, except_origin),
    ).fetchall()


def segment_languages(project: Project) -> list[str]:
    """The languages of the project's segments (a scan: the editor runs it on a worker)."""
    rows = project.connection.execute("SELECT DISTINCT lang FROM segments ORDER BY 1")
    return [r[0] for r in rows]


def unconfirmed_in_language(
    project: Project, lang: str, except_id: int
) -> list[tuple[int, str, int, str, str]]:
    """(id, source, status, origin, target) of every segment in `lang` but one that is
    neither confirmed nor marked as needing no translation: the candidates for
    receiving a confirmed repetition's target."""
    return project.connection.execute(
        "SELECT id, source, status, origin, target FROM segments "
        "WHERE lang = ? AND status NOT IN (?, ?) AND id != ?",
        (lang, int(Status.CONFIRMED), int(Status.NOT_NEEDED), except_id),
    ).fetchall()


# The whole memory (core/tm_admin.py: `tm export`, `tm clear`).
EXPORT_COLUMNS = (
    "id, source_lang, target_lang, source, target, origin, document, creator, created, "
    "changed, props, source_codes, target_codes"
)


def all_unit_rows(project: Project) -> Iterable[Sequence]:
    """Every visible unit, oldest first, as EXPORT_COLUMNS (a cursor: streams)."""
    return project.connection.execute(
        f"SELECT {EXPORT_COLUMNS} FROM tm_units WHERE {VISIBLE_UNITS} ORDER BY id"
    )


def visible_unit_count(project: Project) -> int:
    sql = f"SELECT COUNT(*) FROM tm_units WHERE {VISIBLE_UNITS}"
    return int(project.connection.execute(sql).fetchone()[0])


def delete_all_units(project: Project) -> int:
    """Remove every unit and the record of imports (inside the caller's transaction);
    returns how many rows went."""
    removed = project.connection.execute("DELETE FROM tm_units").rowcount
    project.connection.execute("DELETE FROM tm_imports")
    return int(removed)


# Whole rows, for undoing a change that removed or rewrote units (app/segments.py).
def full_unit_rows(project: Project, ids: Iterable[int]) -> list[dict[str, object]]:
    ids = list(ids)
    if not ids:
        return []
    cur = project.connection.execute(
        f"SELECT * FROM tm_units WHERE id IN ({','.join('?' * len(ids))})", ids
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def put_unit_row(project: Project, row: dict[str, object]) -> None:
    """Write a whole row back (inside the caller's transaction), its id included."""
    names = list(row)
    project.connection.execute(
        f"INSERT OR REPLACE INTO tm_units({', '.join(names)}) "
        f"VALUES ({', '.join('?' * len(names))})",
        [row[n] for n in names],
    )


def delete_unit(project: Project, unit_id: int) -> None:
    project.connection.execute("DELETE FROM tm_units WHERE id = ?", (unit_id,))


def confirmed_with_source(
    project: Project, lang: str, source: str, except_ids: Iterable[int]
) -> bool:
    """Whether a confirmed segment (other than these) has this source text."""
    skip = list(except_ids)
    sql = "SELECT 1 FROM segments WHERE lang = ? AND status = ? AND source = ?"
    if skip:
        sql += f" AND id NOT IN ({','.join('?' * len(skip))})"
    row = project.connection.execute(
        sql + " LIMIT 1", (lang, int(Status.CONFIRMED), source, *skip)
    ).fetchone()
    return row is not None


# Reference memories (core/tm_refs.py): files the lookups read and never write.
REFERENCE_COLUMNS = "id, name, path, kind, penalty, added"


def reference_rows(project: Project) -> list[tuple[int, str, str, str, float, str]]:
    """Every attached reference memory as REFERENCE_COLUMNS, in the order attached."""
    return project.connection.execute(
        f"SELECT {REFERENCE_COLUMNS} FROM tm_references ORDER BY id"
    ).fetchall()


def insert_reference(project: Project, name: str, path: str, kind: str, penalty: float) -> int:
    cursor = project.connection.execute(
        "INSERT INTO tm_references(name, path, kind, penalty, added) VALUES (?, ?, ?, ?, ?)",
        (name, path, kind, penalty, now()),
    )
    return int(cursor.lastrowid or 0)


def delete_reference(project: Project, name: str) -> bool:
    cursor = project.connection.execute("DELETE FROM tm_references WHERE name = ?", (name,))
    return cursor.rowcount > 0


def set_reference_penalty(project: Project, name: str, penalty: float) -> bool:
    cursor = project.connection.execute(
        "UPDATE tm_references SET penalty = ? WHERE name = ?", (penalty, name)
    )
    return cursor.rowcount > 0


def languages_of_units(project: Project) -> list[str]:
    """The languages the memory's visible units are in (as source or target)."""
    rows = project.connection.execute(
        f"SELECT source_lang FROM tm_units WHERE {VISIBLE_UNITS} "
        f"UNION SELECT target_lang FROM tm_units WHERE {VISIBLE_UNITS}"
    )
    return sorted(r[0] for r in rows)
