"""Formatted documents through the project: import, translations set through the store with
their codes, export. Untouched: the same file back. Translated: each format's formatting on
the translated words, what is never translated left as it was."""

from __future__ import annotations

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
