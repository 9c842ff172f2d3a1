"""One conformance suite run against every document format (translate-toolkit style).

For each sample file: writing the source texts back gives an equivalent file; writing real,
different translations gives a valid file of the same format that reads back with those
translations in the same places, while the parts that are never translated stay unchanged.
"""

from __future__ import annotations

import codecs
import io
from dataclasses import dataclass, field
from pathlib import Path

import docx
import lxml.etree as etree
import lxml.html
import pytest

from tests.fixtures.documents.make_docx import formatted_docx, news_docx, rich_docx
from workbench.core.flags import LOCKED
from workbench.core.formats import (
    FORMATS,
    SUPPORTED_EXTENSIONS,
    format_for,
    read_document,
    write_document,
)
from workbench.core.text import decode_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "documents"
SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
XLIFF = Path(__file__).parent / "fixtures" / "xliff"


@dataclass
class Case:
    id: str
    name: str
    data: bytes
    keep: list[str] = field(default_factory=list)  # text that must survive translation as is


def _file(path: Path, keep: list[str] | None = None) -> Case:
    return Case(path.name, path.name, path.read_bytes(), keep or [])


CRLF_BOM_TXT = codecs.BOM_UTF8 + "Биринчи абзац.\r\nЭкинчи сап.\r\n\r\nҮчүнчү: ң ө ү.\r\n".encode()
CP1251_TXT = "Первый абзац на русском.\n\nВторой абзац.\n".encode("cp1251")
UTF16_SRT = codecs.BOM_UTF16_LE + (
    "1\r\n00:00:01,000 --> 00:00:02,000\r\nКыргызча субтитр: ң ө ү.\r\n"
    "2\r\n00:00:02,500 --> 00:00:04,000\r\nЭкинчи субтитр."
).encode("utf-16-le").replace("ү.\r\n2".encode("utf-16-le"), "ү.\r\n\r\n2".encode("utf-16-le"))
CP1251_HTML = (
    '<html><head><meta charset="windows-1251"><title>Новости</title></head>'
    "<body><p>Библиотека открыта &amp; работает.</p></body></html>"
).encode("cp1251")

SAMPLE_KEEP = {
    "news_ru.md": ['```\nkitep search "Манас"\n```', "date: 2026-11-25", "<!-- Редактору"],
    "news_en.html": ['<script>console.log("stats");</script>', "<code>kitep search"],
    "news_ky.srt": ["2\n00:00:04,400 --> 00:00:08,000\n"],
}

CASES = [
    _file(FIXTURES / "plain.txt"),
    Case("crlf-bom.txt", "crlf-bom.txt", CRLF_BOM_TXT),
    Case("cp1251.txt", "cp1251.txt", CP1251_TXT),
    _file(
        FIXTURES / "tricky.md",
        keep=[
            '+++\ntitle = "Жаңылыктар"\ndraft = false\n+++',
            "=================",
            '    indented_code = "ң ө ү"\n    print(indented_code)',
            '~~~python\ndef hello():\n    return "саламатсызбы"\n~~~',
            "|:----|------:|---|",
            "<!--\nКомментарий: которулбайт.\n-->",
            '<div class="note">\nHTML блок которулбайт.\n</div>',
            '[ref]: https://example.kg/ref "Аталышы"',
            "\n## ",
            "\n- [ ] ",
            "\n  1. ",
            "\n> > ",
            "\n* * *\n",
        ],
    ),
    _file(
        FIXTURES / "simple.md",
        keep=[
            '---\ntitle: "Саламатсызбы"',
            '```bash\necho "not translated"\n```',
            "\n1. ",
            "\n2. ",
            "\n# ",
        ],
    ),
    _file(
        FIXTURES / "tricky.html",
        keep=[
            '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"',
            '<script type="text/javascript">var x = "<p>not text</p>"; if (a < b && c) {}</script>',
            "<style>p { color: red; }</style>",
            "<!-- комментарий которулбайт -->",
            "<pre>  pre_text  &lt;kept&gt;\n  second line</pre>",
            "<code>kitep --help</code>",
            '<p translate="no">BrandName™</p>',
            '<img src="photo.jpg" alt="',  # the alt text is translated, the URL is not
            '<img src="icon.png" alt="">',
            '<h1 id="top">',
        ],
    ),
    _file(FIXTURES / "fragment.html", keep=["<h2>", "<p>"]),
    Case("cp1251.html", "cp1251.html", CP1251_HTML),
    _file(
        FIXTURES / "basic.srt",
        keep=[
            "1\n00:00:01,000 --> 00:00:03,500\n",
            "\n\n2\n00:00:03,600 --> 00:00:06,000 X1:100 X2:200 Y1:10 Y2:20\n",
            "\n\n3\n00:00:06,100 --> 00:00:08,000\n",
        ],
    ),
    Case("utf16.srt", "utf16.srt", UTF16_SRT, keep=["\n\n2\n00:00:02,500 --> 00:00:04,000\n"]),
    Case("rich.docx", "rich.docx", rich_docx()),
    # Formatted fixtures (inline codes); test_formats_inline.py translates them through
    # the store and checks the formatting lands on the right words.
    Case("formatted.docx", "formatted.docx", formatted_docx()),
    _file(
        FIXTURES / "formatted.md",
        keep=['](https://example.kg/news?id=5 "Кабар")', "`kitep --help`"],
    ),
    _file(
        FIXTURES / "formatted.html",
        keep=[
            'href="https://example.kg/news?id=5"',
            "<code>kitep --help</code>",
            '<script>var t = "мектеп";</script>',
            "<pre>мектеп</pre>",
        ],
    ),  # fmt: skip
    _file(FIXTURES / "formatted.srt", keep=["00:00:03,500 --> 00:00:05,000"]),
    Case("news.docx", "news.docx", news_docx("Кабар", ["Биринчи абзац: ң ө ү.", "Экинчи."])),
    # Bilingual: what is read back after a write is each segment's target.
    _file(XLIFF / "okapi_rainbow.xlf", keep=['<trans-unit id="tu3" translate="no"']),
    _file(XLIFF / "v20.xlf", keep=['<skeleton href="guide.html.skl"/>', "<ignorable>"]),
    _file(XLIFF / "trados.sdlxliff", keep=["<tag-defs", 'conf="ApprovedSignOff" locked="true"']),
] + [  # every sample document the project ships, as the README and the demo use them
    _file(path, SAMPLE_KEEP.get(path.name))
    for path in sorted(SAMPLES.iterdir())
    if path.suffix in SUPPORTED_EXTENSIONS
]


def _ids(cases: list[Case]) -> list[str]:
    return [c.id for c in cases]


def test_every_format_has_cases() -> None:
    assert {format_for(c.name).name for c in CASES} == set(FORMATS)
    assert len([c for c in CASES if c.name.startswith("news_")]) >= 8


# ------------------------------------------------------------------ comparing files


def _text(data: bytes) -> str:
    return decode_bytes(data, "x").text


def _html_tree(data: bytes) -> str:
    """The page's elements and text, whitespace and charset declarations normalised."""
    root = lxml.html.document_fromstring(_text(data))
    for meta in root.iter("meta"):
        meta.attrib.pop("charset", None)
        meta.attrib.pop("content", None)
    for el in root.iter():
        el.text = " ".join(el.text.split()) if el.text else None
        el.tail = " ".join(el.tail.split()) if el.tail else None
    return etree.tostring(root, encoding="unicode")


def _docx_parts(data: bytes) -> list[str]:
    """The XML of the body and every header and footer: paragraphs, tables, runs, formatting."""
    d = docx.Document(io.BytesIO(data))
    parts = [d.element.body]
    for s in d.sections:
        parts += [s.header.part.element, s.footer.part.element]
    return [etree.tostring(p, encoding="unicode") for p in parts]


def assert_equivalent(fmt: str, original: bytes, written: bytes) -> None:
    if fmt == "docx":
        assert _docx_parts(written) == _docx_parts(original)
    elif fmt == "html":
        assert _html_tree(written) == _html_tree(original)
    else:
        assert _text(written) == _text(original)


def _written(doc) -> list[str]:
    """What a written file says per paragraph: its text, or for a bilingual file (XLIFF)
    each segment's target (the source where it has none)."""
    if not doc.segmented:
        return doc.texts
    return [p.target.plain if p.target is not None else p.plain for p in doc.paragraphs]


def _expect(doc, texts: list[str]) -> list[str]:
    """What a write of `texts` must read back as: segments locked in a bilingual file
    (XLIFF translate="no", locked) keep what the file has."""
    rows = zip(doc.paragraphs, _written(doc), texts, strict=True)
    return [w if LOCKED in p.flags else t for p, w, t in rows]


# ------------------------------------------------------------------ the suite


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_read_finds_paragraphs(case: Case) -> None:
    fmt = format_for(case.name)
    doc = fmt.read(case.data, case.name)
    assert doc.format == fmt.name
    assert doc.data == case.data
    assert doc.paragraphs, "every sample has text to translate"
    for p in doc.paragraphs:
        assert p.text.strip() == p.text or "\n" in p.text
        assert p.text.strip()


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_writing_the_source_texts_gives_an_equivalent_file(case: Case) -> None:
    fmt = format_for(case.name)
    doc = fmt.read(case.data, case.name)
    written = fmt.write(case.data, doc.texts)
    assert_equivalent(fmt.name, case.data, written)
    assert fmt.read(written, case.name).texts == doc.texts


def _translations(count: int) -> list[str]:
    samples = [
        "Котормо: ң ө ү Ң Ө Ү <b> & \"тырмакча\" 'апостроф'",
        "Translation with <tags> & ampersands; 5 > 3",
        "Перевод: «ёлка» — 100%",
    ]
    return [f"{samples[i % len(samples)]} #{i}" for i in range(count)]


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_translations_read_back_in_their_places(case: Case, tmp_path: Path) -> None:
    fmt = format_for(case.name)
    doc = fmt.read(case.data, case.name)
    translations = _translations(len(doc.paragraphs))
    out = tmp_path / f"translated-{case.name}"
    write_document(doc, translations, out)
    written = out.read_bytes()
    if fmt.name == "srt":  # SubRip has no escaping: a "<b>" in a subtitle is a bold tag
        translations = [t.replace("<b>", "") for t in translations]
    assert _written(read_document(out)) == _expect(doc, translations)
    if fmt.name != "docx":
        text = _text(written)
        for kept in case.keep:
            assert kept in text
        assert written.startswith(codecs.BOM_UTF8) == case.data.startswith(
            (codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
        )
        assert written.decode("utf-8-sig")  # always written as UTF-8
        assert (b"\r\n" in written) == (
            b"\r\n" in case.data or "\r\n".encode("utf-16-le") in case.data
        )


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_multiline_translations_keep_their_words(case: Case) -> None:
    fmt = format_for(case.name)
    doc = fmt.read(case.data, case.name)
    translations = [f"Биринчи сап {i} ң\nэкинчи сап <&> {i}" for i in range(len(doc.paragraphs))]
    back = _written(fmt.read(fmt.write(case.data, translations), case.name))
    # Headings, table cells and titles are one line; every format keeps the words in place.
    assert [t.split() for t in back] == [t.split() for t in _expect(doc, translations)]


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_partial_translation_leaves_the_rest_equivalent(case: Case) -> None:
    fmt = format_for(case.name)
    doc = fmt.read(case.data, case.name)
    texts = doc.texts
    texts[0] = "Жаңы башталыш"
    back = _written(fmt.read(fmt.write(case.data, texts), case.name))
    assert back == _expect(doc, [texts[0], *_written(doc)[1:]])


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_wrong_number_of_translations_is_refused(case: Case) -> None:
    fmt = format_for(case.name)
    doc = fmt.read(case.data, case.name)
    with pytest.raises(ValueError, match="translations"):
        fmt.write(case.data, [*doc.texts, "extra"])
