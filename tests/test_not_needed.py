"""Segments already in the target language: "no translation needed", counted as done,
in the store, `project show` (text and JSON), the export and the TMX export."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workbench.cli import main
from workbench.core.segment import DONE, Status
from workbench.core.store import MIGRATIONS, SCHEMA_VERSION, Project

KY_WITH_CAPTION = "Бишкекте жаңы мектеп ачылды.\n\nPhoto by the Ministry of Education.\n"


@pytest.fixture
def project_path(tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text(KY_WITH_CAPTION, encoding="utf-8")
    path = tmp_path / "news.wbproj"
    assert main(["project", "new", str(path), "--from", "ky", "--to", "en"]) == 0
    assert main(["project", "add", str(path), str(doc)]) == 0
    return path


def _segments(path):
    with Project.open(path) as project:
        return list(project.segments())


def test_import_marks_target_language_text_as_needing_no_translation(project_path):
    ky, en = _segments(project_path)
    assert (ky.lang, ky.status) == ("ky", Status.NEW)
    assert (en.lang, en.status) == ("en", Status.NOT_NEEDED)
    assert Status.NOT_NEEDED.is_done and Status.NOT_NEEDED.label == "No translation needed"
    with Project.open(project_path) as project:
        project.set_target(ky.id, "A new school opened in Bishkek.", status=Status.CONFIRMED)
        (doc,) = project.documents()
        assert (doc.segments, doc.confirmed, doc.not_needed, doc.done) == (2, 1, 1, 2)
        assert project.count(status=DONE) == 2
        # Reversible: the translator takes the mark back, or writes a translation.
        assert project.set_status(en.id, Status.NEW).status is Status.NEW
        assert project.set_target(en.id, "Photo: Ministry of Education.").status is (
            Status.NEEDS_REVIEW
        )


def test_project_show_counts_them_as_done(project_path, capsys):
    with Project.open(project_path) as project:
        ky = project.segments().__next__()
        project.set_target(ky.id, "A new school opened in Bishkek.", status=Status.CONFIRMED)
    capsys.readouterr()
    assert main(["project", "show", str(project_path), "--segments"]) == 0
    text = capsys.readouterr().out
    assert "  No translation needed: 1" in text
    assert "done (confirmed or no translation needed): 2 of 2 (100%)" in text
    assert "  1 document, 2 segments" in text
    assert "news.txt (txt): 2 segments, 1 translated, 1 confirmed, 1 need no translation" in text
    assert "No translation needed en Photo by the Ministry of Education." in text
    assert main(["project", "show", str(project_path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["progress"]["done"] == 2 and shown["progress"]["segments"] == 2
    assert shown["progress"]["statuses"]["not_needed"] == 1
    assert shown["documents"][0]["not_needed"] == 1 and shown["documents"][0]["done"] == 2
    assert [s["status"] for s in shown["segments"]] == ["confirmed", "not_needed"]


def test_export_keeps_them_as_they_are_and_says_so(project_path, tmp_path, capsys):
    out = tmp_path / "out"
    capsys.readouterr()
    assert main(["project", "export", str(project_path), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 of 2 segments are untranslated" in printed  # the Kyrgyz one, not the caption
    assert "(1 already in the target language, kept as they are)" in printed
    assert "Photo by the Ministry of Education." in (out / "news.txt").read_text("utf-8")
    tmx = tmp_path / "all.tmx"
    assert main(["tmx", "export", str(project_path), str(tmx), "--status", "any"]) == 0
    assert "no translation needed" in capsys.readouterr().out


def _schema_3_project(path):
    """A project as a schema 3 workbench left it: the English caption still new."""
    conn = sqlite3.connect(path)
    for version in (1, 2, 3):
        for statement in MIGRATIONS[version]:
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)", [("source_lang", "ky"), ("target_lang", "en")]
    )
    conn.execute(
        "INSERT INTO documents(name, format, encoding, data, added) "
        "VALUES ('a.txt', 'txt', 'utf-8', x'00', 'now')"
    )
    for position, (text, lang) in enumerate([("Салам.", "ky"), ("Photo by AFP.", "en")]):
        conn.execute(
            "INSERT INTO segments(document_id, paragraph, position, lead, source, trail, "
            "mt_source, lang, created, updated) VALUES (1, ?, 0, '', ?, '', ?, ?, 'x', 'x')",
            (position, text, text, lang),
        )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def test_an_older_project_gets_the_status_on_upgrade(tmp_path):
    path = tmp_path / "old.wbproj"
    _schema_3_project(path)
    with Project.open(path) as project:
        assert [s.status for s in project.segments()] == [Status.NEW, Status.NOT_NEEDED]
        version = project.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
    assert (tmp_path / "old.wbproj.schema3.bak").exists()


def test_a_look_at_an_older_writable_project_upgrades_it_instead_of_calling_it_read_only(
    tmp_path, capsys
):
    path = tmp_path / "old.wbproj"
    _schema_3_project(path)
    capsys.readouterr()
    assert main(["project", "show", str(path)]) == 0
    assert "No translation needed: 1" in capsys.readouterr().out
    assert (tmp_path / "old.wbproj.schema3.bak").exists()


def test_a_credit_run_into_its_caption_gets_its_own_segment_and_language(tmp_path):
    doc = tmp_path / "caption.txt"
    doc.write_text("Photo by Aigul Toktogulova Бишкекте жаңы мектеп ачылды.\n", encoding="utf-8")
    path = tmp_path / "c.wbproj"
    assert main(["project", "new", str(path), "--from", "ky", "--to", "en"]) == 0
    assert main(["project", "add", str(path), str(doc)]) == 0
    credit, caption = _segments(path)
    assert (credit.source, credit.lang, credit.status) == (
        "Photo by Aigul Toktogulova",
        "en",
        Status.NOT_NEEDED,
    )
    assert (caption.source, caption.lang, caption.status) == (
        "Бишкекте жаңы мектеп ачылды.",
        "ky",
        Status.NEW,
    )
    out = tmp_path / "out"
    assert main(["project", "export", str(path), str(out)]) == 0
    assert (out / "caption.txt").read_text("utf-8") == doc.read_text("utf-8")  # spacing kept


def test_the_mark_is_reversible_from_the_command_line(project_path, capsys):
    ky, en = _segments(project_path)
    assert main(["project", "mark", str(project_path), str(en.id), "--needed"]) == 0
    assert "1 segment marked needing a translation" in capsys.readouterr().out
    assert [s.status for s in _segments(project_path)] == [Status.NEW, Status.NEW]
    assert main(["project", "mark", str(project_path), str(en.id), "--not-needed"]) == 0
    assert [s.status for s in _segments(project_path)] == [Status.NEW, Status.NOT_NEEDED]
    # A translation is never thrown away by a mark: one line, nothing changed.
    with Project.open(project_path) as project:
        project.set_target(ky.id, "A new school opened in Bishkek.")
    before = project_path.read_bytes()
    capsys.readouterr()
    assert main(["project", "mark", str(project_path), str(ky.id), "--not-needed"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and f"segment(s) {ky.id} have a translation" in err
    assert project_path.read_bytes() == before
    assert main(["project", "mark", str(project_path), "999", "--needed"]) == 1
    assert "999" in capsys.readouterr().err
