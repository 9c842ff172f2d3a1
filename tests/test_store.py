"""The project store: schema, edits, MT results, errors on bad project files."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from workbench.core import flags as F
from workbench.core.errors import ProjectError
from workbench.core.segment import Origin, Status
from workbench.core.store import MIGRATIONS, SCHEMA_VERSION, NewSegment, Project


def _segments(n: int, paragraph_size: int = 3) -> list[NewSegment]:
    return [
        NewSegment(
            paragraph=i // paragraph_size,
            position=i % paragraph_size,
            lead="",
            source=f"Сүйлөм {i}.",
            trail=" " if i % paragraph_size != paragraph_size - 1 else "",
            mt_source=f"Сүйлөм {i}.",
            lang="ky",
        )
        for i in range(n)
    ]


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.wbproj", "ky", "en")
    p.add_document("a.txt", "txt", "utf-8", b"x", _segments(6))
    yield p
    p.close()


def test_create_records_pair_unit_and_schema(tmp_path):
    path = tmp_path / "new.wbproj"
    with Project.create(path, "KY", "eng_Latn", unit="paragraph") as p:
        assert (p.source_lang, p.target_lang, p.unit) == ("ky", "en", "paragraph")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_create_refuses_existing_file_and_same_languages(tmp_path):
    path = tmp_path / "p.wbproj"
    path.write_bytes(b"keep me")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path, "ky", "en")
    assert path.read_bytes() == b"keep me"
    with pytest.raises(ProjectError, match="same"):
        Project.create(tmp_path / "q.wbproj", "ru", "ru")


def test_segments_come_back_in_document_order(project):
    ids = project.segment_ids()
    assert len(ids) == 6
    segs = project.segments_by_id(list(reversed(ids)))
    assert [s.id for s in segs] == list(reversed(ids))
    first = project.segment(ids[0])
    assert (first.document, first.paragraph, first.position) == ("a.txt", 0, 0)
    assert first.status is Status.NEW and first.origin is Origin.NONE and first.revision == 0


def test_edit_sets_status_origin_and_revision(project):
    sid = project.segment_ids()[0]
    seg = project.set_target(sid, "Sentence 0.", translator="Aida")
    assert seg.target == "Sentence 0."
    assert seg.status is Status.NEEDS_REVIEW
    assert seg.origin is Origin.HUMAN
    assert seg.translator == "Aida"
    assert seg.revision == 1
    seg = project.set_status(sid, Status.CONFIRMED)
    assert seg.status is Status.CONFIRMED and seg.revision == 2
    assert project.count(status=Status.CONFIRMED) == 1
    assert project.segment_ids(status=[Status.NEW]) == project.segment_ids()[1:]
    cleared = project.set_target(sid, "  ")
    assert cleared.status is Status.NEW and cleared.origin is Origin.NONE


def test_late_mt_result_never_overwrites_an_edit(project):
    sid = project.segment_ids()[0]
    requested_at = project.segment(sid).revision
    project.set_target(sid, "My sentence 0.")
    filled = project.apply_mt(
        sid, "Machine text", "tiny", -0.5, [F.MT_REPETITION, F.MT_SPLIT], revision=requested_at
    )
    seg = project.segment(sid)
    assert filled is False
    assert seg.target == "My sentence 0."
    assert seg.status is Status.NEEDS_REVIEW
    # The suggestion is still recorded for the side panel, with how it was made; the
    # guard rails found on it are not put on the translator's text.
    assert seg.mt_text == "Machine text" and seg.mt_model == "tiny"
    assert seg.flags == (F.MT_SPLIT,)


def test_mt_fills_new_segment_and_replaces_old_mt_flags(project):
    sid = project.segment_ids()[1]
    project.apply_mt(sid, "Sentence one.", "m", -0.1, [F.MT_SPLIT], revision=0)
    seg = project.segment(sid)
    assert (seg.target, seg.status, seg.origin) == ("Sentence one.", Status.MT_DRAFT, Origin.MT)
    # The store checks the target itself: "one" is not the source's 1.
    assert seg.flags == (F.MT_SPLIT, F.MT_NUMBERS_DIFFER)
    # A draft is replaced only when asked to.
    assert not project.apply_mt(sid, "two", "m", -0.1, [], revision=seg.revision)
    assert project.segment(sid).target == "Sentence one."
    assert project.apply_mt(
        sid, "Sentence 1.", "m", -0.1, [], revision=seg.revision, overwrite_draft=True
    )
    seg = project.segment(sid)
    assert seg.target == "Sentence 1."
    assert seg.flags == ()


def test_documents_report_progress(project):
    sid = project.segment_ids()[0]
    project.set_target(sid, "x", status=Status.CONFIRMED)
    (doc,) = project.documents()
    assert (doc.name, doc.segments, doc.translated, doc.confirmed) == ("a.txt", 6, 1, 1)
    assert project.document_data(doc.id) == b"x"


def test_listeners_hear_changes(project):
    events = []
    project.subscribe(lambda event, ids: events.append((event, list(ids))))
    sid = project.segment_ids()[0]
    project.set_target(sid, "t")
    doc_id = project.add_document("b.txt", "txt", "utf-8", b"y", _segments(2))
    assert events[0] == ("changed", [sid])
    assert events[1][0] == "added" and len(events[1][1]) == 2
    project.remove_document(doc_id)
    assert events[2][0] == "removed"
    assert project.count() == 6


def test_failed_transaction_leaves_nothing_behind(project):
    before = project.count()
    bad = _segments(2) + [None]  # the third row cannot be stored
    with pytest.raises(AttributeError):
        project.add_document("bad.txt", "txt", "utf-8", b"z", bad)  # type: ignore[list-item]
    assert project.count() == before
    assert [d.name for d in project.documents()] == ["a.txt"]


def test_missing_folder_corrupt_and_foreign_files(tmp_path):
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "missing.wbproj")
    with pytest.raises(ProjectError, match="is a folder"):
        Project.open(tmp_path)
    corrupt = tmp_path / "corrupt.wbproj"
    corrupt.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    with pytest.raises(ProjectError, match="damaged"):
        Project.open(corrupt)
    text = tmp_path / "text.wbproj"
    text.write_text("hello")
    with pytest.raises(ProjectError, match="not a workbench project"):
        Project.open(text)
    assert text.read_text() == "hello"
    foreign = tmp_path / "foreign.wbproj"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)")
    with pytest.raises(ProjectError, match="not a workbench project"):
        Project.open(foreign)


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.wbproj"
    Project.create(path, "ru", "ky").close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer workbench"):
        Project.open(path)
    assert path.read_bytes() == before


def test_read_only_project_opens_for_reading_and_refuses_edits(tmp_path, monkeypatch):
    path = tmp_path / "ro.wbproj"
    with Project.create(path, "ky", "ru") as p:
        p.add_document("a.txt", "txt", "utf-8", b"x", _segments(3))
    path.chmod(stat.S_IRUSR)
    # Root may write read-only files; make the permission check see what a user sees.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode)
    )
    try:
        with Project.open(path) as p:
            assert p.read_only
            assert p.count() == 3
            with pytest.raises(ProjectError, match="read-only"):
                p.set_target(p.segment_ids()[0], "x")
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_open_never_writes(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "ru") as p:
        p.add_document("a.txt", "txt", "utf-8", b"x", _segments(3))
    with Project.open(path, read_only=True) as p:
        with pytest.raises(ProjectError, match="read-only"):
            p.set_status(p.segment_ids()[0], Status.CONFIRMED)
    with Project.open(path) as p:
        assert p.count(status=Status.NEW) == 3


def test_migration_from_an_older_schema_keeps_data_and_a_backup(tmp_path, monkeypatch):
    import workbench.core.store as store

    path = tmp_path / "old.wbproj"
    with Project.create(path, "ky", "en") as p:
        p.add_document("a.txt", "txt", "utf-8", b"x", _segments(3))
    # Pretend this build knows a schema 2 that adds a column.
    migrations = dict(MIGRATIONS)
    migrations[SCHEMA_VERSION + 1] = ("ALTER TABLE segments ADD COLUMN note TEXT",)
    monkeypatch.setattr(store, "MIGRATIONS", migrations)
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Project.open(path) as p:
        assert p.count() == 3
        cols = [r[1] for r in p.connection.execute("PRAGMA table_info(segments)")]
        assert "note" in cols
    assert (tmp_path / f"old.wbproj.schema{SCHEMA_VERSION}.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_settings_live_in_the_project(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path, "en", "ky") as p:
        p.set_setting("tm_threshold", "80")
    with Project.open(path) as p:
        assert p.get_setting("tm_threshold") == "80"
        assert p.get_setting("missing", "d") == "d"


def test_listeners_hear_of_a_change_only_once_it_is_committed(project):
    events = []
    project.subscribe(lambda event, ids: events.append(event))
    sid = project.segment_ids()[0]
    with pytest.raises(RuntimeError):
        with project.transaction():
            project.set_target(sid, "never saved")
            assert events == []  # not yet committed: nobody is told
            raise RuntimeError("the bulk change fails half way")
    assert events == []
    assert project.segment(sid).target == ""
    with project.transaction():
        project.set_target(sid, "saved")
        assert events == []
    assert events == ["changed"]


def test_a_failed_commit_rolls_back_and_the_project_stays_usable(project):
    sid = project.segment_ids()[0]
    project.connection.execute("PRAGMA foreign_keys=ON")
    project.connection.execute("PRAGMA defer_foreign_keys=ON")
    with pytest.raises(ProjectError, match="could not be written"):
        with project.transaction() as conn:
            # Violates the documents foreign key, which is only checked at COMMIT.
            conn.execute("UPDATE segments SET document_id = 999 WHERE id = ?", (sid,))
    assert not project.connection.in_transaction
    assert project.segment(sid).document == "a.txt"
    assert project.set_target(sid, "still works").target == "still works"
