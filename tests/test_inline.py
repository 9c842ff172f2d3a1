"""Inline codes: the model, segmentation around codes, joining, the store."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.document import Document, Paragraph
from workbench.core.importer import paragraph_coded, segment_document
from workbench.core.inline import (
    Builder,
    Code,
    Coded,
    Kind,
    check_codes,
    complete,
    next_missing,
    tagged,
    trim_frame,
)
from workbench.core.inline_split import join_segments, split_coded
from workbench.core.segment import Status
from workbench.core.store import MIGRATIONS, SCHEMA_VERSION, Project


def html_like(*parts: str) -> Coded:
    """Coded text from a tiny markup: "<b>", "</b>", "<x/>" are codes, the rest text."""
    b = Builder()
    stack: list[Code] = []
    for part in parts:
        if part.startswith("</"):
            b.close(part, stack.pop())
        elif part.endswith("/>"):
            b.placeholder(part, part)
        elif part.startswith("<"):
            stack.append(b.open(part, part, whole=part.startswith("<a")))
        else:
            b.text(part)
    return b.build()


def test_plain_text_and_parts() -> None:
    value = html_like("Жаңы ", "<b>", "мектеп", "</b>", " ачылды", "<img/>", ".")
    assert value.plain == "Жаңы мектеп ачылды."
    assert tagged(value) == "Жаңы ⟨1⟩мектеп⟨/1⟩ ачылды⟨2/⟩."
    assert [c.kind for c in value.codes] == [Kind.OPEN, Kind.CLOSE, Kind.PLACEHOLDER]
    assert Coded.from_parts(value.parts()) == value


def test_codes_follow_the_text_order_after_an_edit() -> None:
    value = html_like("<b>", "a", "</b>", " b", "<x/>")
    moved = value.with_text(value.text[-1] + " b" + value.text[:3])  # placeholder first
    assert [c.kind for c in moved.codes] == [Kind.PLACEHOLDER, Kind.OPEN, Kind.CLOSE]
    assert moved.plain == " ba"


def test_check_codes_missing_extra_and_nesting() -> None:
    src = html_like("<b>", "a", "</b>", " ", "<i>", "b", "</i>")
    b_open, b_close, i_open, i_close = src.codes
    swapped = Coded.from_parts([i_open, "b", i_close, " ", b_open, "a", b_close])
    assert check_codes(src, swapped).ok  # another word order is fine
    crossed = Coded.from_parts([b_open, "a", i_open, b_close, "b", i_close])
    assert check_codes(src, crossed).order
    partial = Coded.from_parts([b_open, "a", b_close, " b"])
    check = check_codes(src, partial)
    assert check.missing == (i_open, i_close) and not check.extra
    assert "missing ⟨2⟩ ⟨/2⟩" in check.summary()
    assert next_missing(src, partial) == i_open
    fixed, added = complete(src, partial)
    assert added == 2 and check_codes(src, fixed).ok
    assert tagged(fixed) == "⟨1⟩a⟨/1⟩ b⟨2⟩⟨/2⟩"


def test_whole_paragraph_formatting_is_no_code() -> None:
    inner, head, tail = trim_frame(html_like("<b>", "<i>", "Бүт абзац", "</i>", "</b>"))
    assert inner == Coded("Бүт абзац") and len(head) == len(tail) == 2
    # "<b>a</b> x <b>b</b>": the first code does not close at the end, nothing is a frame
    two = html_like("<b>", "a", "</b>", " x ", "<b>", "b", "</b>")
    assert trim_frame(two)[0] == two


def test_a_pair_over_a_sentence_end_becomes_two_pairs() -> None:
    value = html_like("Биринчи ", "<b>", "сүйлөм. Экинчи", "</b>", " сүйлөм.")
    pieces = split_coded(value, "ky")
    assert [tagged(p.text) for p in pieces] == [
        "Биринчи ⟨1⟩сүйлөм.⟨/1⟩",
        "⟨1⟩Экинчи⟨/1⟩ сүйлөм.",
    ]
    # joining the sentences gives back the one pair
    assert join_segments([(p.lead, p.text, p.trail) for p in pieces]) == value


def test_codes_between_sentences_go_with_their_sentence() -> None:
    value = html_like("<i>", "Бир.", "</i>", " ", "<b>", "Эки.", "</b>", " ", "<br/>", "Үч.")
    pieces = split_coded(value, "ky")
    assert [tagged(p.text) for p in pieces] == ["⟨1⟩Бир.⟨/1⟩", "⟨2⟩Эки.⟨/2⟩", "⟨3/⟩Үч."]
    assert [p.trail for p in pieces] == [" ", " ", ""]
    assert join_segments([(p.lead, p.text, p.trail) for p in pieces]) == value


def test_a_link_keeps_its_sentence_whole() -> None:
    value = html_like("Көрүңүз ", "<a>", "сайтты. Бул жерде", "</a>", " баары бар.")
    assert len(split_coded(value, "ky")) == 1
    bold = html_like("Көрүңүз ", "<b>", "сайтты. Бул жерде", "</b>", " баары бар.")
    assert len(split_coded(bold, "ky")) == 2


def test_nested_pairs_split_and_join() -> None:
    value = html_like("<b>", "A one. ", "<i>", "Two. Three", "</i>", " four.", "</b>", " Five.")
    pieces = split_coded(value, "en")
    assert [tagged(p.text) for p in pieces] == [
        "⟨1⟩A one.⟨/1⟩",
        "⟨1⟩⟨2⟩Two.⟨/2⟩⟨/1⟩",
        "⟨1⟩⟨2⟩Three⟨/2⟩ four.⟨/1⟩",
        "Five.",
    ]
    assert join_segments([(p.lead, p.text, p.trail) for p in pieces]) == value


def test_segments_store_their_codes(tmp_path) -> None:
    value = html_like("Жаңы ", "<b>", "мектеп", "</b>", " ачылды. Экинчи сүйлөм.")
    doc = Document("a.html", "html", [Paragraph(value.text, codes=value.codes)], b"")
    segments = segment_document(doc, "ky", "sentence", doc_lang="ky")
    assert segments[0].mt_source == "Жаңы мектеп ачылды."  # MT and the memory see plain text
    with Project.create(tmp_path / "p.wbproj", "ky", "en") as project:
        project.add_document("a.html", "html", "utf-8", b"", segments)
        first, second = project.segments()
        assert first.source_coded == Coded.from_parts(
            ["Жаңы ", *value.codes[:1], "мектеп", value.codes[1], " ачылды."]
        )
        assert first.source_plain == "Жаңы мектеп ачылды." and not second.source_codes
        b_open, b_close = first.source_codes
        target = Coded.from_parts(["New ", b_open, "school", b_close, " opened."])
        project.set_target(first.id, target, status=Status.CONFIRMED)
    with Project.open(tmp_path / "p.wbproj") as project:
        first, second = project.segments()
        assert first.target_coded == target and first.target_plain == "New school opened."
        texts, repaired = paragraph_coded([first, second], [value])
        assert repaired == 0
        assert tagged(texts[0]) == "New ⟨1⟩school⟨/1⟩ opened. Экинчи сүйлөм."
        project.set_target(first.id, "New school opened.")  # the translator lost the tags
        texts, repaired = paragraph_coded(project.segments(), [value])
        assert repaired == 1 and tagged(texts[0]).startswith("New school opened.⟨1⟩⟨/1⟩")


def test_a_schema_1_project_gets_the_code_columns(tmp_path) -> None:
    path = tmp_path / "old.wbproj"
    conn = sqlite3.connect(path)  # a project as made before inline codes (schema 1)
    for statement in MIGRATIONS[1]:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)", [("source_lang", "ky"), ("target_lang", "ru")]
    )
    conn.execute(
        "INSERT INTO documents(name, format, encoding, data, added) "
        "VALUES ('a.txt', 'txt', 'utf-8', x'00', 'now')"
    )
    conn.execute(
        "INSERT INTO segments(document_id, paragraph, position, lead, source, trail, mt_source, "
        "lang, created, updated) VALUES (1, 0, 0, '', 'Салам.', '', 'Салам.', 'ky', 'x', 'x')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        (seg,) = project.segments()
        assert seg.source == "Салам." and seg.source_codes == () and seg.target_codes == ()
        version = project.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
    assert (tmp_path / "old.wbproj.schema1.bak").exists()


def test_a_private_use_character_from_a_file_is_not_taken_for_a_code() -> None:
    b = Builder()
    b.open("<b>", "bold")
    b.text("текст \ue000 белги")
    b.close("</b>")
    value = b.build()
    assert tagged(value) == "⟨1⟩текст ⟨2/⟩ белги⟨/1⟩"  # kept, as a placeholder holding it
    assert value.codes[1].data == "\ue000"
    # in text without codes (a .txt file) it is just a character
    assert list(Coded("текст \ue000").parts()) == ["текст \ue000"]


@pytest.mark.parametrize("unit", ["sentence", "paragraph"])
def test_untouched_paragraph_joins_back_identically(unit: str) -> None:
    value = html_like(
        "  ", "<b>", "Бир. Эки", "</b>", " ", "<a>", "үч", "</a>", "! ", "<x/>", " Төрт.  "
    )
    pieces = split_coded(value, "ky", unit)
    assert join_segments([(p.lead, p.text, p.trail) for p in pieces]) == value
