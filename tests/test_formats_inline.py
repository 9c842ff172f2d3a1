"""Formatted documents through the project: import, translations set through the store with
their codes, export. Untouched: the same file back. Translated: each format's formatting on
the translated words, what is never translated left as it was."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from workbench.core.importer import export_documents, import_file
from workbench.core.inline import Coded, tagged
from workbench.core.segment import Status
from workbench.core.store import Project

FIXTURES = Path(__file__).parent / "fixtures" / "documents"

# Word-for-word "translations": each source word (or phrase) replaced, codes kept in place.
WORDS = {
    "Бишкекте": "In Bishkek",
    "жаңы мектеп": "a new school",
    "ачылды": "opened",
    "Анда": "It has",
    "48 класс": "48 classes",
    "бар": "",
    "Толугураак": "Read more",
    "сайттан": "on the site",
    "окуңуз": "",
    "Буйрук": "Command",
    "иштейт": "works",
    "Мектептин сүрөтү": "Photo of the school",
    "Бүт абзац калың эмес": "Not the whole paragraph bold",
    "Бүт абзац калың": "Whole paragraph bold",
    "Бүт абзац курсив": "Whole paragraph italic",
    "Мектеп жөнүндө кабар": "News about a school",
    "Кабар барагы": "News page",
    "Издөө талаасы": "Search field",
    "Издөө": "Search",
    "Жаңылыктар": "News",
    "Сары": "Yellow",
    "сап": "line",
    "сызылган": "underlined",
    "сөз": "word",
}


def _translate(text: str) -> str:
    for ky, en in sorted(WORDS.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(ky, en)
    return " ".join(text.split(" ")).replace("  ", " ").replace(" .", ".")


def _project(tmp_path: Path, name: str) -> Project:
    project = Project.create(tmp_path / "p.wbproj", "ky", "en")
    import_file(project, FIXTURES / name)
    return project


def _export(project: Project, tmp_path: Path, name: str) -> str:
    export_documents(project, tmp_path / "out")
    return (tmp_path / "out" / name).read_text(encoding="utf-8-sig")


def _translate_all(project: Project) -> None:
    for seg in project.segments():
        target = Coded(_translate(seg.source), seg.source_codes)
        project.set_target(seg.id, target, status=Status.CONFIRMED)


@pytest.mark.parametrize("name", ["formatted.md", "formatted.srt", "formatted.html"])
def test_untouched_round_trip(tmp_path: Path, name: str) -> None:
    with _project(tmp_path, name) as project:
        out = _export(project, tmp_path, name)
    original = (FIXTURES / name).read_text(encoding="utf-8")
    if name.endswith(".html"):  # the page is serialised again by lxml: same tree
        assert lxml.html.tostring(lxml.html.fromstring(out)) == lxml.html.tostring(
            lxml.html.fromstring(original)
        )
    else:
        assert out == original


def test_md_formatting_on_the_translated_words(tmp_path: Path) -> None:
    with _project(tmp_path, "formatted.md") as project:
        sources = [tagged(s.source_coded) for s in project.segments()]
        _translate_all(project)
        out = _export(project, tmp_path, "formatted.md")
    assert "Бишкекте ⟨1⟩жаңы мектеп⟨/1⟩ ачылды." in sources
    assert "Толугураак ⟨1⟩сайттан⟨/1⟩ окуңуз." in sources  # the link stays in its sentence
    assert "Буйрук: ⟨2/⟩ иштейт." in sources  # the code span too (ids: per paragraph)
    assert "In Bishkek **a new school** opened. It has *48 classes*." in out
    assert 'Read more [on the site](https://example.kg/news?id=5 "Кабар").' in out
    assert "Command: `kitep --help` works." in out
    assert "![Photo of the school](school.png)" in out
    assert "**Whole paragraph bold.**" in out  # formatting of a whole paragraph: no code
    assert "```\nкод которулбайт\n```" in out


def test_srt_tags_on_the_translated_words(tmp_path: Path) -> None:
    with _project(tmp_path, "formatted.srt") as project:
        _translate_all(project)
        out = _export(project, tmp_path, "formatted.srt")
    assert out == (
        "1\n00:00:01,000 --> 00:00:03,000\nIn Bishkek <b>a new school</b> opened.\n\n"
        "2\n00:00:03,500 --> 00:00:05,000\n<i>It has 48 classes.</i>\n\n"
        '3\n00:00:05,500 --> 00:00:07,000\n<font color="#ffff00">Yellow</font> line, '
        "<u>underlined</u> word.\n"
    )


def test_html_inline_elements_and_attributes(tmp_path: Path) -> None:
    with _project(tmp_path, "formatted.html") as project:
        _translate_all(project)
        out = _export(project, tmp_path, "formatted.html")
    assert "<p>In Bishkek <b>a new school</b> opened. It has <i>48 classes</i>.</p>" in out
    assert (
        '<p>Read more <a href="https://example.kg/news?id=5" title="News page">on the site</a>.'
        " Command: <code>kitep --help</code> works.</p>"
    ) in out
    assert '<img src="school.png" alt="Photo of the school">' in out
    assert "<strong>Not the whole paragraph bold</strong>." in out
    assert "<p><em>Whole paragraph italic.</em></p>" in out
    assert '<meta name="description" content="News about a school">' in out
    assert '<input placeholder="Search" aria-label="Search field">' in out
    assert '<script>var t = "мектеп";</script>' in out and "<pre>мектеп</pre>" in out


def test_export_with_missing_codes_puts_them_at_the_end_and_says_so(tmp_path: Path) -> None:
    with _project(tmp_path, "formatted.srt") as project:
        first = next(project.segments())
        project.set_target(first.id, "In Bishkek a new school opened.")  # tags left out
        report = export_documents(project, tmp_path / "out")
        out = (tmp_path / "out" / "formatted.srt").read_text(encoding="utf-8")
    assert "In Bishkek a new school opened.<b></b>\n" in out
    assert report.codes_added == 1 and "1 segment lacked formatting tags" in report.summary()


# ------------------------------------------------------------------ docx

DOCX_WORDS = {
    "Бишкекте": "In Bishkek",
    "жаңы мектеп": "a new school",
    "ачылды.": "opened.",
    "Анда": "It has",
    "48 класс": "48 classes",
    " бар.": ".",
    "Толугураак": "Read more",
    "сайттан": "on the site",
    " окуңуз.": ".",
    "Эскертүү бар.": "There is a note.",
    "Шилтеме эскертүүсү:": "Footnote:",
    "маанилүү": "important",
    "Аяккы эскертүү:": "Endnote:",
    "курсив": "italic",
    "Бүт абзац калың.": "Whole paragraph bold.",
    "Бул сөйлөмгө": "This",
    "пикир": "comment",
    "жазылды": "was written",
    "Текшериңиз": "Check it",
    "Мектеп жаңылыктары": "School news",
    "Барак": "Page",
    "Кутучадагы текст": "Text in the box",
    "Кутучанын жанында": "Beside the box",
    "Курсив": "Italic",
    "уяча": "cell",
    "Уяча": "Cell",
}


def _docx_project(tmp_path: Path) -> tuple[Project, bytes]:
    from tests.fixtures.documents.make_docx import formatted_docx

    data = formatted_docx()
    (tmp_path / "formatted.docx").write_bytes(data)
    project = Project.create(tmp_path / "p.wbproj", "ky", "en")
    import_file(project, tmp_path / "formatted.docx")
    return project, data


def _members(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith(".xml")}


def test_docx_untouched_round_trip_is_identical(tmp_path: Path) -> None:
    project, data = _docx_project(tmp_path)
    with project:
        export_documents(project, tmp_path / "out")
    out = (tmp_path / "out" / "formatted.docx").read_bytes()
    before, after = _members(data), _members(out)
    for name in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
        assert after[name] == before[name], name


def test_docx_formatting_on_the_translated_words(tmp_path: Path) -> None:
    import io

    import docx
    from docx.oxml.ns import qn

    project, data = _docx_project(tmp_path)
    with project:
        for seg in project.segments():
            if "которулбайт" in seg.source:
                continue  # one paragraph left untranslated
            text = seg.source
            for ky, en in sorted(DOCX_WORDS.items(), key=lambda kv: -len(kv[0])):
                text = text.replace(ky, en)
            project.set_target(seg.id, Coded(text, seg.source_codes), status=Status.CONFIRMED)
        export_documents(project, tmp_path / "out")
    out = (tmp_path / "out" / "formatted.docx").read_bytes()
    d = docx.Document(io.BytesIO(out))
    paragraphs = {p.text: p for p in d.paragraphs}
    first = paragraphs["In Bishkek a new school opened. It has 48 classes."]
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in first.runs]
    assert runs == [
        ("In Bishkek ", False, False),
        ("a new school", True, False),
        (" opened. It has ", False, False),
        ("48 classes", False, True),
        (".", False, False),
    ]
    assert all(r.text for p in d.paragraphs[:2] for r in p.runs)  # no empty leftover runs
    link_para = next(p for p in d.paragraphs if p.text.startswith("Read more"))
    (link,) = link_para._p.findall(qn("w:hyperlink"))
    assert "".join(t.text for t in link.iter(qn("w:t"))) == "on the site"
    assert d.part.rels[link.get(qn("r:id"))].target_ref == "https://example.kg/news?id=5"
    assert link_para._p.xpath(".//w:footnoteReference") and link_para._p.xpath(
        ".//w:endnoteReference"
    )
    assert (
        "Whole paragraph bold." in paragraphs and paragraphs["Whole paragraph bold."].runs[0].bold
    )
    assert d.sections[0].header.paragraphs[0].text == "School news"
    footer = d.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Page ") and footer._p.xpath(".//w:instrText")
    members = _members(out)
    footnotes = members["word/footnotes.xml"].decode()
    assert "Footnote:" in footnotes
    assert re.search(r"<w:i/></w:rPr><w:t[^>]*>important</w:t>", footnotes)
    assert "<w:footnoteRef/>" in footnotes
    assert "Endnote:" in members["word/endnotes.xml"].decode()
    assert "Check it" in members["word/comments.xml"].decode()
    body = members["word/document.xml"].decode()
    assert "Text in the box" in body and "Кутучадагы" not in body  # text box and its twin
    cell = d.tables[0].cell(0, 1).paragraphs[0]
    assert [(r.text, bool(r.italic)) for r in cell.runs] == [("Italic ", True), ("cell", False)]
    # the untranslated paragraph is byte for byte what it was
    original = _members(data)["word/document.xml"].decode()
    untouched = re.search(r"<w:p>(?:(?!<w:p>).)*?которулбайт.*?</w:p>", original).group()
    assert untouched in body


def test_project_show_prints_tags_not_marker_characters(tmp_path: Path, capsys) -> None:
    from workbench.cli import main

    with _project(tmp_path, "formatted.md"):
        pass
    assert main(["project", "show", str(tmp_path / "p.wbproj"), "--segments"]) == 0
    out = capsys.readouterr().out
    assert "Бишкекте ⟨1⟩жаңы мектеп⟨/1⟩ ачылды." in out
    assert not re.search("[\ue000-\uefff]", out)
