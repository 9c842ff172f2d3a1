"""The project store's termbase and ignored-QA-warning tables (schema 2, core/store.py).

Kept beside store.py so the store's main module stays about segments; the SQL for these
tables lives here and nowhere else. Every change is one transaction and tells the
project's listeners ("terms" for the termbase, "changed" for a segment whose ignored
warnings changed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from workbench.core.inline import strip_markers
from workbench.core.segment import Status
from workbench.core.store import Project, now
from workbench.core.termbase import Term, TermEntry, clean_term


def term_entries(project: Project) -> list[TermEntry]:
    """Every entry of the project's termbase, oldest first."""
    conn = project.connection
    rows = conn.execute(
        "SELECT t.entry_id, t.lang, t.text, t.forbidden, t.case_sensitive "
        "FROM terms t ORDER BY t.entry_id, t.lang, t.position"
    ).fetchall()
    terms: dict[int, dict[str, list[Term]]] = {}
    for entry_id, lang, text, forbidden, case_sensitive in rows:
        terms.setdefault(entry_id, {}).setdefault(lang, []).append(
            Term(text, bool(forbidden), bool(case_sensitive))
        )
    entries = []
    for entry_id, note, domain in conn.execute(
        "SELECT id, note, domain FROM term_entries ORDER BY id"
    ):
        by_lang = {lang: tuple(ts) for lang, ts in terms.get(entry_id, {}).items()}
        entries.append(TermEntry(by_lang, note, domain, entry_id))
    return entries


def term_count(project: Project) -> int:
    return int(project.connection.execute("SELECT COUNT(*) FROM term_entries").fetchone()[0])


def add_term_entries(project: Project, entries: Iterable[TermEntry], origin: str = "") -> int:
    """Add entries in one transaction, skipping any the termbase already has (same terms,
    note and domain); returns how many were added."""
    known = {entry_identity(e) for e in term_entries(project)}
    added: list[int] = []
    changed: list[TermEntry] = []
    stamp = now()
    with project.transaction() as conn:
        for entry in entries:
            entry = cleaned(entry)
            ident = entry_identity(entry)
            if not entry.terms or ident in known:
                continue
            known.add(ident)
            cur = conn.execute(
                "INSERT INTO term_entries(note, domain, origin, created, changed) "
                "VALUES (?, ?, ?, ?, ?)",
                (entry.note, entry.domain, origin, stamp, stamp),
            )
            entry_id = int(cur.lastrowid or 0)
            _insert_terms(conn, entry_id, entry)
            added.append(entry_id)
            changed.append(entry)
        if added:
            _refresh_flags(project, conn, changed)
            project._notify("terms", added)  # noqa: SLF001 - the store's own listener hook
    return len(added)


def update_term_entry(project: Project, entry: TermEntry) -> None:
    """Replace the stored entry `entry.id` with `entry`."""
    if entry.id is None:
        raise ValueError("update_term_entry needs an entry that has an id")
    entry = cleaned(entry)
    old = [e for e in term_entries(project) if e.id == entry.id]
    with project.transaction() as conn:
        conn.execute(
            "UPDATE term_entries SET note = ?, domain = ?, changed = ? WHERE id = ?",
            (entry.note, entry.domain, now(), entry.id),
        )
        conn.execute("DELETE FROM terms WHERE entry_id = ?", (entry.id,))
        _insert_terms(conn, entry.id, entry)
        _refresh_flags(project, conn, [*old, entry])
        project._notify("terms", [entry.id])  # noqa: SLF001


def delete_term_entry(project: Project, entry_id: int) -> None:
    old = [e for e in term_entries(project) if e.id == entry_id]
    with project.transaction() as conn:
        conn.execute("DELETE FROM term_entries WHERE id = ?", (entry_id,))
        _refresh_flags(project, conn, old)
        project._notify("terms", [entry_id])  # noqa: SLF001


def _refresh_flags(project: Project, conn, entries: list[TermEntry]) -> None:  # noqa: ANN001
    """The target checks again on the translated segments where `entries` occur (in the
    source or the target), so their QA flags follow the changed termbase."""
    from workbench.core.qa_hook import forget
    from workbench.core.termmatch import TermMatcher

    forget(project)  # the checks must see the termbase as it is now
    if not entries:
        return
    in_source = TermMatcher(entries, project.source_lang)
    in_target = TermMatcher(entries, project.target_lang)
    changed = []
    rows = conn.execute("SELECT id, mt_source, target, flags FROM segments WHERE target != ''")
    for sid, source, target, flags in rows.fetchall():
        if not (in_source.find(source) or in_target.find(target)):
            continue
        new = project._flags_for(sid, target)  # noqa: SLF001 - the store's own check runner
        if new != flags:
            conn.execute("UPDATE segments SET flags = ? WHERE id = ?", (new, sid))
            changed.append(sid)
    if changed:
        project._notify("changed", changed)  # noqa: SLF001


def _insert_terms(conn, entry_id: int, entry: TermEntry) -> None:  # noqa: ANN001
    conn.executemany(
        "INSERT INTO terms(entry_id, lang, position, text, forbidden, case_sensitive) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (entry_id, lang, i, t.text, int(t.forbidden), int(t.case_sensitive))
            for lang, terms in entry.terms.items()
            for i, t in enumerate(terms)
        ],
    )


def cleaned(entry: TermEntry) -> TermEntry:
    terms: dict[str, tuple[Term, ...]] = {}
    for lang, ts in entry.terms.items():
        kept = tuple(
            Term(clean_term(t.text), t.forbidden, t.case_sensitive) for t in ts if t.text.strip()
        )
        if kept:
            terms[lang] = kept
    return TermEntry(terms, entry.note.strip(), entry.domain.strip(), entry.id)


def entry_identity(entry: TermEntry) -> tuple:
    """What makes two entries the same: their terms, note and domain (not the id)."""
    return (
        tuple(sorted((lang, ts) for lang, ts in entry.terms.items())),
        entry.note,
        entry.domain,
    )


# -- QA warnings the translator ignored ------------------------------------------------
def ignored_warnings(project: Project) -> set[tuple[int, str, str]]:
    """(segment id, check, detail) of every ignored warning."""
    rows = project.connection.execute("SELECT segment_id, check_name, detail FROM qa_ignored")
    return {(int(s), c, d) for s, c, d in rows}


def set_warning_ignored(
    project: Project, segment_id: int, check: str, detail: str, ignored: bool = True
) -> None:
    with project.transaction() as conn:
        if ignored:
            conn.execute(
                "INSERT OR IGNORE INTO qa_ignored(segment_id, check_name, detail, created) "
                "VALUES (?, ?, ?, ?)",
                (segment_id, check, detail, now()),
            )
        else:
            conn.execute(
                "DELETE FROM qa_ignored WHERE segment_id = ? AND check_name = ? AND detail = ?",
                (segment_id, check, detail),
            )
        row = conn.execute("SELECT target FROM segments WHERE id = ?", (segment_id,)).fetchone()
        if row is not None:  # the segment's QA flags without (or with again) this warning
            flags = project._flags_for(segment_id, row[0])  # noqa: SLF001
            conn.execute("UPDATE segments SET flags = ? WHERE id = ?", (flags, segment_id))
        project._notify("changed", [segment_id])  # noqa: SLF001


# -- the memory's texts, for the QA's known spellings --------------------------------------
def memory_texts(project: Project, lang: str, limit: int = 200_000) -> list[str]:
    """Texts in `lang` from the translation memory (either side), newest first."""
    rows = project.connection.execute(
        "SELECT source FROM tm_units WHERE source_lang = ? "
        "UNION ALL SELECT target FROM tm_units WHERE target_lang = ? LIMIT ?",
        (lang, lang, limit),
    )
    return [r[0] for r in rows]


def memory_texts_after(project: Project, lang: str, unit_id: int) -> list[str]:
    """Texts in `lang` of the memory units added after unit `unit_id` (either side)."""
    rows = project.connection.execute(
        "SELECT source FROM tm_units WHERE id > ? AND source_lang = ? "
        "UNION ALL SELECT target FROM tm_units WHERE id > ? AND target_lang = ?",
        (unit_id, lang, unit_id, lang),
    )
    return [r[0] for r in rows]


def last_unit_id(project: Project) -> int:
    """The highest memory unit id (0 for an empty memory): cheap, read on every check."""
    return int(
        project.connection.execute("SELECT COALESCE(MAX(id), 0) FROM tm_units").fetchone()[0]
    )


def confirmed_targets(project: Project, ids: Sequence[int], not_lang: str) -> list[str]:
    """The targets of those of `ids` that are confirmed, whose source is not in `not_lang`."""
    out: list[str] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rows = project.connection.execute(
            f"SELECT target FROM segments WHERE id IN ({','.join('?' * len(chunk))}) "
            "AND status = ? AND lang != ? AND target != ''",
            (*chunk, int(Status.CONFIRMED), not_lang),
        )
        out += [strip_markers(r[0]) for r in rows]
    return out


def ignored_for(project: Project, segment_id: int) -> set[tuple[str, str]]:
    """(check, detail) of the warnings ignored in one segment."""
    rows = project.connection.execute(
        "SELECT check_name, detail FROM qa_ignored WHERE segment_id = ?", (segment_id,)
    )
    return {(c, d) for c, d in rows}


def ignored_rows(project: Project, segment_ids: list[int]) -> list[tuple]:
    """The ignored warnings of these segments as stored (for undoing a merge or split,
    which removes segments and with them their rows)."""
    if not segment_ids:
        return []
    marks = ",".join("?" * len(segment_ids))
    sql = (
        "SELECT segment_id, check_name, detail, created FROM qa_ignored "
        f"WHERE segment_id IN ({marks})"
    )
    return project.connection.execute(sql, segment_ids).fetchall()


def restore_ignored(project: Project, rows: list[tuple]) -> None:
    """Put rows of ignored_rows back (inside the caller's transaction)."""
    project.connection.executemany(
        "INSERT OR IGNORE INTO qa_ignored(segment_id, check_name, detail, created) "
        "VALUES (?, ?, ?, ?)",
        rows,
    )
