"""Format-specific behaviour of the readers and writers, and bad input."""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fixtures.documents.make_docx import rich_docx
from workbench.core import flags
from workbench.core.errors import BadInput, UnsupportedFile, WorkbenchError
from workbench.core.formats import (
    FORMATS,
    SUPPORTED_EXTENSIONS,
    format_for,
    read_document,
    write_document,
)
from workbench.core.inline import Code, Coded, Kind, strip_markers, tagged

TXT, MD, HTML, SRT, DOCX = (FORMATS[n] for n in ("txt", "md", "html", "srt", "docx"))


def _roundtrip(fmt, source: str | bytes, translations: list[str]) -> str:
    data = source.encode() if isinstance(source, str) else source
    return fmt.write(data, translations).decode("utf-8-sig")


# ------------------------------------------------------------------ choosing a format


def test_format_for_uses_the_extension_in_any_case() -> None:
    assert format_for("a/News.TXT").name == "txt"
    assert format_for(Path("x.markdown")).name == "md"
    assert format_for("x.htm").name == "html"
    assert format_for("x.Docx").name == "docx"
    assert format_for("x.srt").name == "srt"
    assert set(SUPPORTED_EXTENSIONS) >= {".txt", ".md", ".docx", ".html", ".htm", ".srt"}


@pytest.mark.parametrize("name", ["report.pdf", "README", "archive.tar.gz"])
def test_unknown_extension_names_the_file_and_the_supported_ones(name: str) -> None:
    with pytest.raises(UnsupportedFile) as info:
        format_for(name)
    message = str(info.value)
    assert name in message and ".docx" in message and ".srt" in message
    assert "\n" not in message


# ------------------------------------------------------------------ bad input


def _one_line_error(path: Path, error: type[WorkbenchError] = BadInput) -> str:
    with pytest.raises(error) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in _one_line_error(tmp_path / "nothing.txt")


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in _one_line_error(folder)


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.srt", "empty.html", "e.docx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert "empty" in _one_line_error(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    assert "empty" in _one_line_error(path)


def test_binary_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _one_line_error(path)


def test_nul_bytes_in_txt(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes("Саламат\x00сызбы ".encode() * 50)
    _one_line_error(path)


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04 this is not really a zip", b"plain text, not a zip", os.urandom(512)]
)
def test_corrupt_docx(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    assert "docx" in _one_line_error(path)


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a document")
    _one_line_error(path)


def test_file_without_text_to_translate(tmp_path: Path) -> None:
    path = tmp_path / "only-code.md"
    path.write_text("```\ncode only\n```\n", encoding="utf-8")
    assert "no text" in _one_line_error(path)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.core.formats as formats

    monkeypatch.setattr(formats, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("ң" * 1000, encoding="utf-8")
    assert "too large" in _one_line_error(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Жашыруун", encoding="utf-8")
    path.chmod(0)
    try:
        assert "cannot read" in _one_line_error(path)
    finally:
        path.chmod(0o600)


# How fast these two read is measured by benchmarks/large_inputs.py (not asserted here).


def test_ten_megabyte_single_line_reads(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = "Кыргызча сүйлөм ң ө ү. " * (10 * 1024 * 1024 // 40)
    path.write_text(line, encoding="utf-8")
    doc = read_document(path)
    assert len(doc.paragraphs) == 1 and doc.paragraphs[0].text == line.strip()


def test_ten_megabytes_of_spaces_then_text(tmp_path: Path) -> None:
    path = tmp_path / "spaces.txt"
    path.write_text(" " * (10 * 1024 * 1024) + "\nТекст", encoding="utf-8")
    assert read_document(path).texts == ["Текст"]


# ------------------------------------------------------------------ cleaning on read


def test_control_characters_are_removed_and_flagged() -> None:
    doc = TXT.read("Саламат\x07сызбы\x1b!\n\nТаза абзац.".encode(), "c.txt")
    first, second = doc.paragraphs
    assert first.text == "Саламатсызбы!"
    assert flags.CONTROL_CHARS_REMOVED in first.flags
    assert first.original == "Саламат\x07сызбы\x1b!"
    assert second.flags == frozenset() and second.original is None


def test_mojibake_is_repaired_and_flagged() -> None:
    broken = "Бишкекте жаңы китепкана ачылды".encode().decode("cp1251")
    doc = TXT.read(f"{broken}\n\nОшондой эле.".encode(), "m.txt")
    assert doc.paragraphs[0].text == "Бишкекте жаңы китепкана ачылды"
    assert flags.ENCODING_REPAIRED in doc.paragraphs[0].flags
    assert doc.paragraphs[0].original == broken
    assert doc.paragraphs[1].flags == frozenset()


def test_cleaning_applies_to_every_format() -> None:
    html = HTML.read("<p>Бир\x07эки</p>".encode(), "c.html")
    assert html.texts == ["Бирэки"] and flags.CONTROL_CHARS_REMOVED in html.paragraphs[0].flags
    srt = SRT.read("1\n00:00:01,000 --> 00:00:02,000\nБир\x07эки\n".encode(), "c.srt")
    assert flags.CONTROL_CHARS_REMOVED in srt.paragraphs[0].flags


# ------------------------------------------------------------------ txt


def test_txt_paragraphs_and_lines() -> None:
    source = "  Биринчи абзац\n  экинчи сап  \n \t \nҮчүнчү\n\n\n"
    assert TXT.read(source.encode(), "a.txt").texts == ["Биринчи абзац\n  экинчи сап", "Үчүнчү"]
    out = _roundtrip(TXT, source, ["First\nsecond", "Third"])
    assert out == "  First\nsecond  \n \t \nThird\n\n\n"


def test_txt_keeps_crlf_and_bom_and_writes_utf8() -> None:
    data = codecs.BOM_UTF8 + "Бир\r\nэки\r\n\r\nҮч\r\n".encode()
    out = TXT.write(data, ["One\ntwo", "Three ң"])
    assert out == codecs.BOM_UTF8 + "One\r\ntwo\r\n\r\nThree ң\r\n".encode()


def test_txt_cp1251_source_is_written_as_utf8() -> None:
    data = "Привет.\n\nМир.\n".encode("cp1251")
    doc = TXT.read(data, "ru.txt")
    assert doc.encoding == "cp1251" and doc.texts == ["Привет.", "Мир."]
    assert TXT.write(data, ["Саламат ң ө ү.", "Дүйнө."]) == "Саламат ң ө ү.\n\nДүйнө.\n".encode()


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t "),
    min_size=1,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_txt_identity_roundtrip_for_any_text(source: str) -> None:
    data = source.encode()
    try:
        doc = TXT.read(data, "h.txt")
    except BadInput:
        return  # empty or binary-looking: refused with a message, which is fine
    clean = all(not p.flags for p in doc.paragraphs)
    out = TXT.write(data, doc.texts)
    if clean:
        assert out.decode() == source.replace("\r\n", "\n").replace("\r", "\n")
    assert TXT.read(out, "h.txt").texts == doc.texts


_LINE = (
    st.text(
        alphabet=st.characters(
            whitelist_categories=("L", "N", "P", "Zs"), whitelist_characters="ңөү<&"
        ),
        min_size=1,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_LINE, min_size=1, max_size=3).map("\n".join), min_size=3, max_size=3))
def test_txt_translations_read_back_for_any_text(translations: list[str]) -> None:
    source = "Бир\n\nЭки\nсап\n\n  Үч  \n".encode()
    out = TXT.write(source, translations)
    # Compare the text as found in the file: the mojibake repair may (rightly or not)
    # change odd strings such as "ÀÀà", which is the text module's business.
    assert [p.original or p.text for p in TXT.read(out, "t.txt").paragraphs] == translations


# ------------------------------------------------------------------ markdown


def test_md_keeps_markup_prefixes_and_suffixes() -> None:
    source = "## Башкы ##\n\n- Бир\n- Эки\n\n> Цитата\n\n1) Номер\n"
    out = _roundtrip(MD, source, ["Title", "One", "Two", "Quote", "Number"])
    assert out == "## Title ##\n\n- One\n- Two\n\n> Quote\n\n1) Number\n"


def test_md_longer_and_shorter_translations() -> None:
    source = "- Бир\n\n> Цитата\n> экинчи\n> үчүнчү\n\n# Башкы\n"
    out = _roundtrip(MD, source, ["One\nmore", "Quote\nline", "Title\nnot split"])
    assert out == "- One\n  more\n\n> Quote\n> line\n\n# Title not split\n"
    assert MD.read(out.encode(), "x.md").texts == ["One\nmore", "Quote\nline", "Title not split"]


def test_md_table_cells_escape_pipes() -> None:
    source = "| А | Б |\n|---|---|\n| 1 | эки |\n"
    assert MD.read(source.encode(), "t.md").texts == ["А", "Б", "1", "эки"]
    out = _roundtrip(MD, source, ["A", "B", "one", "a | b\nc"])
    assert out == "| A | B |\n|---|---|\n| one | a \\| b c |\n"
    assert MD.read(out.encode(), "t.md").texts == ["A", "B", "one", "a | b c"]


def test_md_table_right_after_a_paragraph() -> None:
    source = "Жадыбал:\n| А | Б |\n|---|---|\n| 1 | 2 |\n"
    assert MD.read(source.encode(), "t.md").texts == ["Жадыбал:", "А", "Б", "1", "2"]


def test_md_blank_lines_in_a_translation_would_break_the_list() -> None:
    source = "- Бир\n- Эки\n"
    out = _roundtrip(MD, source, ["One\n\nmore", "Two"])
    assert out == "- One\n  more\n- Two\n"


def test_md_list_item_with_its_text_on_the_next_line() -> None:
    source = "-\n  Пункт\n- Экинчи\n"
    assert MD.read(source.encode(), "l.md").texts == ["Пункт", "Экинчи"]
    assert _roundtrip(MD, source, ["Item", "Second"]) == "-\n  Item\n- Second\n"


def test_md_unclosed_fence_protects_the_rest() -> None:
    source = "Текст\n\n```\ncode\n\nмындан ары код\n"
    assert MD.read(source.encode(), "f.md").texts == ["Текст"]


def test_md_setext_heading_and_thematic_break() -> None:
    source = "Башкы\n-----\n\nАбзац\n\n---\n\nАкыркы\n"
    assert MD.read(source.encode(), "s.md").texts == ["Башкы", "Абзац", "Акыркы"]
    out = _roundtrip(MD, source, ["Title", "Para", "Last"])
    assert out == "Title\n-----\n\nPara\n\n---\n\nLast\n"


def test_md_dashes_not_at_the_start_are_not_front_matter() -> None:
    source = "Кириш\n\n---\nбул YAML эмес\n---\n"
    assert MD.read(source.encode(), "d.md").texts == ["Кириш", "бул YAML эмес"]


def test_md_inline_code_and_urls_are_codes_not_text() -> None:
    source = "Run `pip install x` and see [the docs](https://ex.kg/a_b).\n"
    (paragraph,) = MD.read(source.encode(), "i.md").paragraphs
    assert paragraph.plain == "Run  and see the docs."  # what MT and the memory see
    assert [c.data for c in paragraph.codes] == ["`pip install x`", "[", "](https://ex.kg/a_b)"]
    # the translated words go inside the link; the URL and the code span stay as they were
    first, opening, closing = paragraph.codes
    translation = Coded.from_parts([first, " иштетиңиз жана ", opening, "документти", closing])
    out = MD.write(source.encode(), [translation]).decode()
    assert out == "`pip install x` иштетиңиз жана [документти](https://ex.kg/a_b)\n"


# ------------------------------------------------------------------ html


def test_html_translation_is_escaped_text() -> None:
    source = "<html><body><p>Салам</p></body></html>"
    out = _roundtrip(HTML, source, ['<script>alert("x")</script> & ң'])
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp; ң" in out
    assert HTML.read(out.encode(), "x.html").texts == ['<script>alert("x")</script> & ң']


def test_html_inline_markup_kept_when_unchanged_and_with_a_plain_translation() -> None:
    source = '<p>Бир <b>калың</b> <a href="u">шилтеме</a></p><p>Эки <i>курсив</i></p>'
    assert HTML.read(source.encode(), "i.html").texts == ["Бир калың шилтеме", "Эки курсив"]
    out = _roundtrip(HTML, source, ["Бир калың шилтеме", "Two italic"])
    assert '<p>Бир <b>калың</b> <a href="u">шилтеме</a></p>' in out
    assert "<p>Two italic<i></i></p>" in out  # a plain translation: its tags at the end


def test_html_newlines_become_br_except_in_title() -> None:
    source = "<html><head><title>Аталыш</title></head><body><p>Текст</p></body></html>"
    out = _roundtrip(HTML, source, ["Title\nline", "One\ntwo"])
    assert "<title>Title line</title>" in out and "<p>One<br>two</p>" in out


def test_html_charset_declaration_follows_the_utf8_output() -> None:
    data = '<html><head><meta charset="windows-1251"></head><body><p>Мир</p></body></html>'
    out = HTML.write(data.encode("cp1251"), ["Дүйнө ң"])
    assert b'charset="utf-8"' in out and "Дүйнө ң".encode() in out
    legacy = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        "</head><body><p>Мир</p></body></html>"
    )
    assert b"text/html; charset=utf-8" in HTML.write(legacy.encode("koi8-r"), ["Дүйнө"])


def test_html_translate_no_and_untranslated_elements() -> None:
    source = (
        '<div translate="no"><p>Бренд</p></div><p>Код: <code>x &lt; y</code> бүттү</p>'
        "<textarea>форма</textarea><p><kbd>Ctrl</kbd></p>"
    )
    # inline code stays in its sentence, as a placeholder whose content is not translated
    (paragraph,) = HTML.read(source.encode(), "n.html").paragraphs
    assert tagged(paragraph.coded) == "Код: ⟨1/⟩ бүттү"
    assert paragraph.codes[0].data == "<code>x &lt; y</code>"


def test_html_nbsp_entity_and_doctype_survive() -> None:
    source = "<!DOCTYPE html>\n<html><body><p>5&nbsp;000 сом</p></body></html>\n"
    out = _roundtrip(HTML, source, ["5\xa0000 som"])
    assert out.startswith("<!DOCTYPE html>") and "5&nbsp;000 som" in out


def test_html_external_dtd_is_not_fetched() -> None:
    source = (
        '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/never.dtd">'
        "<html><body><p>Офлайн</p></body></html>"
    )
    assert HTML.read(source.encode(), "d.html").texts == ["Офлайн"]


# ------------------------------------------------------------------ srt


def test_srt_bom_crlf_and_missing_final_blank_line() -> None:
    data = (
        codecs.BOM_UTF8
        + (
            "1\r\n00:00:01,000 --> 00:00:02,000\r\nБир\r\n\r\n"
            "2\r\n00:00:02,000 --> 00:00:03,000\r\nЭки\r\nсап"
        ).encode()
    )
    assert SRT.read(data, "s.srt").texts == ["Бир", "Эки\nсап"]
    out = SRT.write(data, ["One ң", "Two"])
    assert (
        out
        == codecs.BOM_UTF8
        + (
            "1\r\n00:00:01,000 --> 00:00:02,000\r\nOne ң\r\n\r\n"
            "2\r\n00:00:02,000 --> 00:00:03,000\r\nTwo"
        ).encode()
    )


def test_srt_cue_without_number_and_text_that_looks_like_a_number() -> None:
    data = "00:00:01.000 --> 00:00:02.000\n2024\n\n7\n00:00:03,000 --> 00:00:04,000\n42\nжыл\n"
    assert SRT.read(data.encode(), "s.srt").texts == ["2024", "42\nжыл"]


def test_srt_blank_lines_in_a_translation_are_dropped() -> None:
    data = "1\n00:00:01,000 --> 00:00:02,000\nБир\n\n2\n00:00:02,000 --> 00:00:03,000\nЭки\n"
    out = _roundtrip(SRT, data, ["One\n\n  \nmore", "Two"])
    assert SRT.read(out.encode(), "s.srt").texts == ["One\nmore", "Two"]


@pytest.mark.parametrize(
    ("data", "line"),
    [
        ("1\n00:00:01,000 -> 00:00:02,000\nБир\n", 2),
        ("1\n00:00:01,000 --> 00:00:02,000\nБир\n\n2\n\nЭки\n", 6),
        ("1\n00:00:01,000 --> 00:00:02,000\nБир\n\nбузулган блок\n", 5),
        ("1", 2),
    ],
)
def test_srt_malformed_timing_names_file_and_line(tmp_path: Path, data: str, line: int) -> None:
    path = tmp_path / "bad.srt"
    path.write_text(data, encoding="utf-8")
    message = _one_line_error(path)
    assert f"line {line}:" in message


# ------------------------------------------------------------------ docx


def _docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _count(data: bytes, tag: str) -> int:
    d = _docx(data)
    return sum(1 for _ in d.element.body.iter(qn(tag)))


def test_docx_reads_body_tables_nested_tables_headers_and_footers() -> None:
    texts = DOCX.read(rich_docx(), "r.docx").texts
    for expected in [
        "Китепканада жыйырма миң китеп бар.",
        "Ички таблица",
        "Жаңылыктар — Бишкек",
        "© 2026 Кабар агенттиги",
        "Толук маалымат: kitep.kg сайты",
        "Сап бир\nсап эки",
        "Биринчи сап\tтабуляция менен",
    ]:
        assert expected in texts
    assert "" not in texts and "   " not in texts


def _with_codes(text: str, codes: tuple[Code, ...]) -> Coded:
    """`text` followed by the codes, a word inside each pair."""
    parts: list[str | Code] = [text]
    for code in codes:
        parts.append(code)
        if code.kind == Kind.OPEN:
            parts.append(" сөз")
    return Coded.from_parts(parts)


def test_docx_translation_keeps_images_links_styles_and_breaks() -> None:
    data = rich_docx()
    doc = DOCX.read(data, "r.docx")
    translations = [
        _with_codes(f"Котормо {i}: ң ө ү <&>", p.codes) for i, p in enumerate(doc.paragraphs)
    ]
    out = DOCX.write(data, translations)
    for tag in ("a:blip", "w:hyperlink", "w:tbl", "w:tc", "w:drawing"):
        assert _count(out, tag) == _count(data, tag) > 0, tag
    before, after = _docx(data), _docx(out)
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    page_breaks = [b for b in after.element.body.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    assert len(page_breaks) == 1
    assert after.sections[0].header.paragraphs[0].text.startswith("Котормо")


def test_docx_uniform_formatting_is_kept() -> None:
    data = rich_docx()
    doc = DOCX.read(data, "r.docx")
    texts = doc.texts
    index = texts.index("Бардык окурмандар үчүн бекер.")
    texts[index] = "Free for all readers."
    out = _docx(DOCX.write(data, texts))
    para = next(p for p in out.paragraphs if p.text == "Free for all readers.")
    run = para.runs[0]
    assert run.italic and run.font.size.pt == 14 and str(run.font.color.rgb) == "C00000"


def test_docx_mixed_runs_put_the_formatting_on_the_translated_words() -> None:
    data = rich_docx()
    doc = DOCX.read(data, "r.docx")
    texts: list[str | Coded] = list(doc.texts)
    index = texts.index("Китепканада жыйырма миң китеп бар.")
    bold, unbold = doc.paragraphs[index].codes
    texts[index] = Coded.from_parts(
        ["The library has ", bold, "twenty thousand", unbold, " books."]
    )
    out = _docx(DOCX.write(data, texts))
    para = next(p for p in out.paragraphs if p.text == "The library has twenty thousand books.")
    assert [r.text for r in para.runs] == ["The library has ", "twenty thousand", " books."]
    assert [bool(r.bold) for r in para.runs] == [False, True, False]  # no empty runs left


def test_docx_tabs_breaks_and_surrounding_spaces() -> None:
    data = rich_docx()
    texts = DOCX.read(data, "r.docx").texts
    texts[texts.index("Сап бир\nсап эки")] = "Line one\nline\ttwo"
    index = texts.index("Сүрөттүн жанындагы текст ")  # the picture is a placeholder
    texts[index] = Coded.from_parts(
        ["Text by the picture", " ", *DOCX.read(data, "r").paragraphs[index].codes]
    )
    out = DOCX.write(data, texts)
    back = DOCX.read(out, "r.docx").texts
    assert "Line one\nline\ttwo" in back
    para = next(p for p in _docx(out).paragraphs if p.text.startswith("Text by"))
    assert para.text == "Text by the picture "  # the space before the image stays
    assert para._p.xpath(".//w:drawing")


# ------------------------------------------------------------------ writing files


def test_write_document_is_atomic_and_replaces(tmp_path: Path) -> None:
    doc = TXT.read("Салам\n".encode(), "a.txt")
    out = tmp_path / "out" / "a.ky.txt"
    write_document(doc, ["Hello"], out)
    write_document(doc, ["Hello again ң"], out)
    assert out.read_text(encoding="utf-8") == "Hello again ң\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["a.ky.txt"]


def test_write_document_reports_an_unwritable_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    doc = TXT.read("Салам\n".encode(), "a.txt")
    with pytest.raises(WorkbenchError) as info:
        write_document(doc, ["Hello"], blocker / "a.txt")
    assert "cannot write" in str(info.value) and "\n" not in str(info.value)


def test_read_document_sets_name_and_format(tmp_path: Path) -> None:
    path = tmp_path / "News.MD"
    path.write_text("# Жаңылык\n", encoding="utf-8")
    doc = read_document(path)
    assert (doc.name, doc.format, doc.texts) == ("News.MD", "md", ["Жаңылык"])


def test_md_translated_lines_cannot_start_new_blocks() -> None:
    source = "Бир сап\nэкинчи сап\nүчүнчү сап\n\n- Пункт\n"
    translations = ["# not a heading\n2024. not a list\n> not a quote", "- not nested"]
    # and a line that would make the one before it a table header:
    assert _roundtrip(MD, "Бир\nэки\n", ["a | b\n-|-"]) == "a | b\n\\-|-\n"
    out = _roundtrip(MD, source, translations)
    assert out == ("\\# not a heading\n2024\\. not a list\n\\> not a quote\n\n- \\- not nested\n")
    back = MD.read(out.encode(), "e.md").texts
    assert [t.replace("\\", "") for t in back] == translations


_MD_LINE = st.text(
    alphabet=st.characters(
        whitelist_categories=("L", "Nd"), whitelist_characters=" #-*+>.)=~`<!|ңөү"
    ),
    min_size=1,
    max_size=30,
).filter(str.strip)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_MD_LINE, min_size=1, max_size=4).map("\n".join), min_size=4, max_size=4))
def test_md_any_translation_keeps_the_structure(translations: list[str]) -> None:
    source = "Абзац бир\nэкинчи сап\n\n- Пункт\n\n> Цитата\n\nАкыркы\n\n```\nкод\n```\n"
    out = _roundtrip(MD, source, translations)
    assert out.endswith("\n```\nкод\n```\n")
    # What the file says: random accented letters can look like damaged Cyrillic
    # ("ÀÀá" read as cp1251 is "ААб") and be repaired on reading, with the original kept.
    back = [p.original or p.text for p in MD.read(out.encode(), "h.md").paragraphs]
    assert len(back) == 4
    expected = ["\n".join(line.strip() for line in t.split("\n")) for t in translations]
    assert [t.replace("\\", "") for t in back] == expected


def test_html_xml_declaration_and_legacy_encoding() -> None:
    source = (
        '<?xml version="1.0" encoding="windows-1251"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Тест</title></head>'
        "<body><p>Привет &amp; мир</p></body></html>"
    ).encode("cp1251")
    assert HTML.read(source, "x.htm").texts == ["Тест", "Привет & мир"]
    out = HTML.write(source, ["Сынак ң", "Салам & дүйнө"]).decode("utf-8")
    assert "windows-1251" not in out and out.startswith("<!DOCTYPE html>")
    assert HTML.read(out.encode(), "x.htm").texts == ["Сынак ң", "Салам & дүйнө"]


def test_html_text_over_ten_megabytes_is_read() -> None:
    text = "Plain sentence. " * (11 * 1024 * 1024 // 16)  # libxml2's default limit is 10 MB
    assert HTML.read(f"<p>{text}</p>".encode(), "big.html").texts == [text.strip()]


def test_docx_sections_linked_headers_and_text_boxes() -> None:
    from tests.fixtures.documents.make_docx import sections_docx

    data = sections_docx()
    texts = DOCX.read(data, "s.docx").texts
    assert texts == [
        "Кутучанын жанындагы текст",
        "Текст кутучасы",  # once: the legacy fallback copy is not a second paragraph
        "Экинчи бөлүм",
        "Жалпы баш жазуу",  # the second section's header is linked: read once
        "Биринчи беттин баш жазуусу",
    ]
    out = DOCX.write(data, ["Text by the box", "Text box", "Part two", "Header", "First page"])
    assert DOCX.read(out, "s.docx").texts == [
        "Text by the box",
        "Text box",
        "Part two",
        "Header",
        "First page",
    ]
    body = _docx(out).element.body
    boxes = list(body.iter(qn("w:txbxContent")))
    assert [[t.text for t in b.iter(qn("w:t"))] for b in boxes] == [["Text box"], ["Text box"]]


_ANY_LINE_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Co", "Cn"), whitelist_characters="\n\t"
    ),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() and all(line.strip() for line in t.split("\n")))


@settings(max_examples=150, deadline=None)
@given(st.lists(_ANY_LINE_TEXT, min_size=3, max_size=3))
def test_html_any_translation_reads_back(translations: list[str]) -> None:
    source = "<html><body><h1>Аталыш</h1><p>Бир <b>эки</b></p><td>Уяча</td></body></html>"
    out = HTML.write(source.encode(), translations)
    back = HTML.read(out, "h.html").paragraphs
    expected = ["\n".join(" ".join(line.split()) for line in t.split("\n")) for t in translations]
    # Compare what lxml and the cleaning left of the text as found in the file.
    assert [" ".join(strip_markers(p.original or p.text).split()) for p in back] == [
        " ".join(e.split()) for e in expected
    ]
    assert [strip_markers(p.original or p.text).count("\n") for p in back] == [
        t.count("\n") for t in expected
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(_ANY_LINE_TEXT, min_size=2, max_size=2))
def test_srt_any_translation_reads_back(translations: list[str]) -> None:
    source = "1\n00:00:01,000 --> 00:00:02,000\nБир\n\n2\n00:00:02,000 --> 00:00:03,000\nЭки\n"
    out = SRT.write(source.encode(), translations)
    assert out.decode().count("-->") == 2
    back = SRT.read(out, "h.srt").paragraphs
    assert [p.original or p.text for p in back] == translations


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_characters_xml_cannot_hold_are_left_out(fmt: str) -> None:
    data = rich_docx() if fmt == "docx" else "<p>Бир</p><p>Эки</p>".encode()
    texts = FORMATS[fmt].read(data, "x").texts
    texts[1] = "Бузук\x01 белги\x0b ң"
    out = FORMATS[fmt].write(data, texts)
    assert FORMATS[fmt].read(out, "x").texts[1] == "Бузук белги ң"


def test_html_fragment_keeps_what_lxml_moves_to_head() -> None:
    source = "<style>p { color: red }</style><script>var a = 1 < 2;</script>\n<p>Бир</p>\n"
    out = _roundtrip(HTML, source, ["Бир ң"])
    assert out == "<style>p { color: red }</style><script>var a = 1 < 2;</script>\n<p>Бир ң</p>\n"
