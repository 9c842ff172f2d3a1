"""Inline codes in the memory and in TMX: stored, matched, written, read back."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from workbench.core.importer import import_file
from workbench.core.inline import Code, Coded, Kind, tagged
from workbench.core.segment import Status
from workbench.core.store import Project
from workbench.core.tm import add_confirmed, fill_exact_matches, lookup
from workbench.core.tmx_codes import fill_seg, read_seg
from workbench.core.tmx_read import TmxReader, import_tmx
from workbench.core.tmx_write import export_project

FIXTURES = Path(__file__).parent / "fixtures"
DTD = etree.DTD(str(FIXTURES / "tmx" / "tmx14.dtd"))
SOURCE = "Бишкекте **жаңы мектеп** ачылды ![сүрөт](a.png) бүгүн.\n"


def _project(tmp_path: Path, name: str = "p.wbproj", text: str = SOURCE) -> Project:
    doc = tmp_path / f"{name}.md"
    doc.write_text(text, encoding="utf-8")
    project = Project.create(tmp_path / name, "ky", "en")
    import_file(project, doc)
    return project


def _confirm(project: Project) -> None:
    (seg,) = project.segments()
    b_open, b_close, i_open, i_close = seg.source_codes
    target = Coded.from_parts(
        ["A ", b_open, "new school", b_close, " opened ", i_open, "photo", i_close, " today."]
    )
    project.set_target(seg.id, target, status=Status.CONFIRMED)
    add_confirmed(project, project.segment(seg.id))


def test_tmx_export_writes_bpt_ept_ph_it_valid_and_readable(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        _confirm(project)
        export_project(project, tmp_path / "out.tmx")
    tree = etree.parse(str(tmp_path / "out.tmx"))
    assert DTD.validate(tree), DTD.error_log.filter_from_errors()
    segs = tree.findall(".//seg")
    source = etree.tostring(segs[0], encoding="unicode")
    assert '<bpt i="1" x="1">**</bpt>жаңы мектеп<ept i="1">**</ept>' in source
    assert '<bpt i="2" x="2">![</bpt>сүрөт<ept i="2">](a.png)</ept>' in source
    target = etree.tostring(segs[1], encoding="unicode")
    assert 'A <bpt i="1" x="1">**</bpt>new school<ept i="1">**</ept>' in target
    # translate-toolkit reads the file, codes and all
    from translate.storage.tmx import tmxfile

    store = tmxfile.parsefile(str(tmp_path / "out.tmx"))
    (unit,) = store.units
    assert "new school" in unit.target and "today." in unit.target


def test_halves_and_placeholders_without_their_pair_are_it_and_ph() -> None:
    value = Coded.from_parts(
        [Code("5", Kind.CLOSE, "</b>"), "a ", Code("6", Kind.PLACEHOLDER, "<br/>"), "b",
         Code("7", Kind.OPEN, "<i>")]
    )  # fmt: skip
    seg = etree.Element("seg")
    fill_seg(seg, value, str)
    assert etree.tostring(seg, encoding="unicode") == (
        '<seg><it pos="end" x="5">&lt;/b&gt;</it>a <ph x="6">&lt;br/&gt;</ph>b'
        '<it pos="begin" x="7">&lt;i&gt;</it></seg>'
    )
    back = read_seg(seg)
    assert isinstance(back, Coded) and tagged(back) == "⟨/5⟩a ⟨6/⟩b⟨7⟩"
    assert [c.data for c in back.codes] == ["</b>", "<br/>", "<i>"]


def test_tmx_import_keeps_codes_and_a_full_match_brings_the_documents_own_codes(
    tmp_path: Path,
) -> None:
    with _project(tmp_path) as project:
        _confirm(project)
        export_project(project, tmp_path / "out.tmx")
    # The same sentence in another document, with the same formatting written differently.
    other = "Бишкекте __жаңы мектеп__ ачылды ![сүрөт](b.png) бүгүн.\n"
    with _project(tmp_path, "q.wbproj", other) as project:
        report = import_tmx(project, tmp_path / "out.tmx")
        assert report.imported == 1
        (seg,) = project.segments()
        (match,) = lookup(project, seg.source_plain, codes=seg.source_codes, threshold=50)
        assert match.score == 100 and tagged(match.target_coded).startswith("A ⟨1⟩new school⟨/1⟩")
        assert fill_exact_matches(project) == 1
        (seg,) = project.segments()
    assert tagged(seg.target_coded) == "A ⟨1⟩new school⟨/1⟩ opened ⟨2⟩photo⟨/2⟩ today."
    # the document's own markup, not the memory's
    assert [c.data for c in seg.target_codes] == ["__", "__", "![", "](b.png)"]


def test_matching_ignores_codes_but_differing_codes_score_lower(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        _confirm(project)
        (seg,) = project.segments()
        same = lookup(project, seg.source_plain, codes=seg.source_codes, threshold=50)
        fewer = lookup(project, seg.source_plain, codes=seg.source_codes[:2], threshold=50)
        plain = lookup(project, seg.source_plain, threshold=50)
    assert same[0].score == 100 and plain[0].score == 100
    assert 98 <= fewer[0].score < 100


def test_reading_an_omegat_tmx_with_tags() -> None:
    units = list(TmxReader(FIXTURES / "tmx" / "omegat_1_4.tmx"))
    lang, text = units[1].variants[0]
    assert isinstance(text, Coded) and tagged(text) == "⟨1⟩Школы⟨/1⟩ откроются 1 сентября."
