"""XLIFF 1.2 / 2.0 jobs: read with the file's segmentation, ids, codes and states; written
back as the same file with targets and states, schema-valid, readable by translate-toolkit.

Fixtures (tests/fixtures/xliff/, each says in a comment where its structure comes from):
OmegaT, Okapi Rainbow, Trados SDLXLIFF, memoQ mqxliff, Matecat, XLIFF 2.0 with pc/sc/ec.
The XSDs there are the OASIS XLIFF 1.2 transitional and 2.0 core schemas (with the W3C
xml.xsd they import, pointed at the local copy).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from workbench.core.errors import BadInput
from workbench.core.flags import LOCKED
from workbench.core.formats import FORMATS, read_document
from workbench.core.importer import export_documents, import_file
from workbench.core.inline import Code, Coded, Kind, tagged
from workbench.core.segment import Status
from workbench.core.store import Project, SegmentLocked

FIX = Path(__file__).parent / "fixtures" / "xliff"
FILES = [
    "okapi_rainbow.xlf",
    "omegat.xlf",
    "trados.sdlxliff",
    "memoq.mqxliff",
    "matecat.xlf",
    "v20.xlf",
]
PAIRS = {  # the project pair each fixture is a job for
    "okapi_rainbow.xlf": ("en", "ru"),
    "omegat.xlf": ("en", "ru"),
    "trados.sdlxliff": ("en", "ru"),
    "memoq.mqxliff": ("ru", "ky"),
    "matecat.xlf": ("en", "ky"),
    "v20.xlf": ("en", "ru"),
}
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"


def _schema(version: str) -> etree.XMLSchema:
    name = "xliff_core_2.0.xsd" if version == "2.0" else "xliff-core-1.2-transitional.xsd"
    return etree.XMLSchema(etree.parse(str(FIX / name)))


def _validate(data: bytes) -> None:
    root = etree.fromstring(data)
    version = "2.0" if etree.QName(root).namespace == NS20 else "1.2"
    schema = _schema(version)
    assert schema.validate(root), schema.error_log.filter_from_errors()[:3]


def _project(tmp_path: Path, name: str) -> Project:
    src, tgt = PAIRS[name]
    project = Project.create(tmp_path / f"{name}.wbproj", src, tgt)
    shutil.copy(FIX / name, tmp_path / name)
    import_file(project, tmp_path / name)
    return project


# -- reading ---------------------------------------------------------------------------


def test_fixtures_are_schema_valid_as_given():
    for name in FILES:
        _validate((FIX / name).read_bytes())


@pytest.mark.parametrize("name", FILES)
def test_untouched_round_trip_is_identical(tmp_path, name):
    data = (FIX / name).read_bytes()
    doc = read_document(FIX / name)
    assert doc.segmented and doc.paragraphs
    assert FORMATS["xliff"].write(data, [None] * len(doc.paragraphs)) == data
    # As read (plain write, the source given back): nothing changes either.
    assert FORMATS["xliff"].write(data, doc.coded) == data
    project = _project(tmp_path, name)
    export_documents(project, tmp_path / "out")
    assert (tmp_path / "out" / name).read_bytes() == data


def test_okapi_segments_codes_and_prefilled_copy():
    doc = read_document(FIX / "okapi_rainbow.xlf")
    assert [tagged(p.coded) for p in doc.paragraphs] == [
        "School news",
        "A ⟨1⟩new school⟨/1⟩ opened.",  # seg-source segmentation kept, g id 1
        "See the ⟨2/⟩ photo.",  # x id 2
        "var x = 1;",  # translate="no": shown, locked, needs no translation
    ]
    # Rainbow copies the source into the target: not a translation.
    assert all(p.status == Status.NEW and p.target is None for p in doc.paragraphs[:3])
    assert doc.paragraphs[3].status == Status.NOT_NEEDED and LOCKED in doc.paragraphs[3].flags
    assert "note: Page title" in doc.paragraphs[0].note and "id tu1" in doc.paragraphs[0].note
    assert doc.languages == ("en", "ru-RU")


def test_omegat_bpt_ept_ph_it_and_states():
    doc = read_document(FIX / "omegat.xlf")
    first = doc.paragraphs[0]
    assert tagged(first.coded) == "Press ⟨1⟩Save⟨/1⟩ to keep it."
    assert first.codes[0].data == '<bpt id="1">&lt;b&gt;</bpt>'
    assert tagged(first.target) == "Нажмите ⟨1⟩Сохранить⟨/1⟩, чтобы сохранить."
    assert first.status == Status.NEEDS_REVIEW  # state="translated"
    assert doc.paragraphs[1].plain == "Version  is ready & tested."
    assert doc.paragraphs[1].codes[0] == Code("1", Kind.PLACEHOLDER, '<ph id="1">%s</ph>', "%s")
    assert doc.paragraphs[2].status == Status.CONFIRMED  # approved / final (second <file>)
    assert doc.paragraphs[3].codes[0].kind == Kind.PLACEHOLDER  # <it>: an isolated half


def test_trados_locked_and_confirmation_levels():
    doc = read_document(FIX / "trados.sdlxliff")
    # The translate="no" unit holds no text; the locked segment (mid 3) is shown, locked.
    assert [tagged(p.coded) for p in doc.paragraphs] == [
        "⟨pt1⟩Annual⟨/pt1⟩ report for 2025.⟨pt2/⟩",
        "It was approved.",
        "Confidential",
    ]
    assert doc.paragraphs[2].status == Status.CONFIRMED and LOCKED in doc.paragraphs[2].flags
    assert LOCKED not in doc.paragraphs[1].flags
    assert doc.paragraphs[0].status == Status.NEW  # empty <mrk/> in the target
    assert doc.paragraphs[1].status == Status.CONFIRMED  # conf="Translated"
    assert tagged(doc.paragraphs[1].target) == "Он был одобрен."


def test_memoq_status_and_locked():
    doc = read_document(FIX / "memoq.mqxliff")
    assert [p.plain for p in doc.paragraphs] == ["Уважаемые коллеги!", "Спасибо.", "ООО «Ромашка»"]
    assert LOCKED in doc.paragraphs[2].flags and doc.paragraphs[2].status == Status.NOT_NEEDED
    assert doc.paragraphs[1].status == Status.CONFIRMED  # mq:status="ManuallyConfirmed"
    assert doc.languages == ("ru", "ky")


def test_matecat_mt_draft():
    doc = read_document(FIX / "matecat.xlf")
    assert doc.paragraphs[0].status == Status.MT_DRAFT and doc.paragraphs[0].origin == "mt"
    assert tagged(doc.paragraphs[2].coded) == "Tours start at ⟨1⟩the station⟨/1⟩."


def test_xliff20_pc_sc_ec_mrk_and_halves_across_segments():
    doc = read_document(FIX / "v20.xlf")
    assert [tagged(p.coded) for p in doc.paragraphs] == [
        "Read ⟨1⟩this guide⟨/1⟩ first.⟨2/⟩",
        "It is short.",
        "Click ⟨3⟩Start⟨/3⟩ and ⟨m1⟩wait⟨/m1⟩.",
        "⟨4/⟩Then read",  # sc/ec pair over two segments: a half in each
        "the notes.⟨4/⟩",
        "ID-2025-77",  # translate="no" unit: locked
    ]
    assert LOCKED in doc.paragraphs[5].flags
    assert doc.paragraphs[1].status == Status.CONFIRMED  # state="reviewed"
    assert doc.paragraphs[2].codes[0].data == '<sc id="3" type="fmt"/>'
    assert doc.paragraphs[2].codes[1].data == '<ec startRef="3"/>'
    assert "note: Heading of the guide" in doc.paragraphs[0].note


def test_project_keeps_the_files_segments_and_targets(tmp_path):
    project = _project(tmp_path, "omegat.xlf")
    segs = list(project.segments())
    assert len(segs) == 4  # never re-segmented
    assert segs[0].status == Status.NEEDS_REVIEW
    assert tagged(segs[0].target_coded) == "Нажмите ⟨1⟩Сохранить⟨/1⟩, чтобы сохранить."
    assert segs[2].status == Status.CONFIRMED and segs[2].target == "Спасибо."


# -- bad input -------------------------------------------------------------------------


def test_language_mismatch_is_one_line_naming_both(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ky", "ru")
    with pytest.raises(BadInput) as info:
        import_file(project, FIX / "matecat.xlf")
    message = str(info.value)
    assert "\n" not in message
    assert "en-US" in message and "ky-KG" in message and "from ky into ru" in message
    assert project.documents() == []


def test_region_and_case_do_not_matter(tmp_path):
    path = tmp_path / "job.xlf"
    path.write_bytes(
        (FIX / "memoq.mqxliff")
        .read_bytes()
        .replace(b'"ru"', b'"RU-ru"')
        .replace(b'"ky"', b'"KY_kg"')
    )
    project = Project.create(tmp_path / "p.wbproj", "ru", "ky")
    import_file(project, path)
    assert len(project.documents()) == 1


BAD = {
    "truncated": b'<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:'
    b'document:1.2"><file source-language="en" target-language="ru"><body><trans-unit id="1">'
    b"<source>Hi</source>",
    "entities": b'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b '
    b'"&a;&a;&a;&a;&a;">]><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    b'<file source-language="en" target-language="ru"><body><trans-unit id="1"><source>&b;'
    b"</source></trans-unit></body></file></xliff>",
    "external": b'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file '
    b'source-language="en" target-language="ru"><body><trans-unit id="1"><source>&x;</source>'
    b"</trans-unit></body></file></xliff>",
    "not xliff": b'<?xml version="1.0"?><html><body>Hi</body></html>',
}


@pytest.mark.parametrize("kind", BAD)
def test_bad_files_are_one_line_and_import_nothing(tmp_path, kind):
    path = tmp_path / "bad.xlf"
    path.write_bytes(BAD[kind])
    project = Project.create(tmp_path / "p.wbproj", "en", "ru")
    with pytest.raises(BadInput) as info:
        import_file(project, path)
    assert "\n" not in str(info.value) and "bad.xlf" in str(info.value)
    assert "root:" not in str(info.value)  # the passwd file never read
    if kind in ("entities", "external"):
        assert "entities" in str(info.value)  # refused as unsafe, not merely found empty
    assert project.documents() == [] and list(project.segments()) == []


def test_cli_bad_file_is_one_line(tmp_path):
    import sys

    (tmp_path / "bad.xlf").write_bytes(BAD["truncated"])
    project = tmp_path / "p.wbproj"
    Project.create(project, "en", "ru").close()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "project",
            "add",
            str(project),
            str(tmp_path / "bad.xlf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "bad.xlf" in lines[0] and "well-formed" in lines[0]


# -- writing translations --------------------------------------------------------------

WORDS = {"en": "Перевод", "ru": "Котормо", "ky": "Перевод"}


def _translation(source: Coded, word: str) -> Coded:
    """A translation keeping every source code, pairs around a translated word, in order."""
    parts: list[str | Code] = []
    for part in source.parts():
        parts.append(part if isinstance(part, Code) else f"{word} ")
    return Coded.from_parts([*parts, f"{word}."])


def _translate_all(project: Project) -> dict[int, Status]:
    """Segment 0 an MT draft, 1 confirmed, the rest edited (needs review)."""
    wanted = {}
    for i, seg in enumerate(project.segments()):
        text = _translation(seg.source_coded, WORDS[project.source_lang])
        if seg.locked:  # the store refuses it: the file's text stays
            with pytest.raises(SegmentLocked):
                project.set_target(seg.id, text, status=Status.CONFIRMED)
            continue
        if i == 0:
            project.set_target(seg.id, Coded(""), status=Status.NEW)
            seg = project.segment(seg.id)
            assert project.apply_mt(seg.id, text, "nllb-test", 0.9, (), revision=seg.revision)
            wanted[seg.id] = Status.MT_DRAFT
        else:
            status = Status.CONFIRMED if i == 1 else Status.NEEDS_REVIEW
            project.set_target(seg.id, text, status=status)
            wanted[seg.id] = status
    return wanted


def _tt_units(path: Path) -> list:
    """Units as translate-toolkit reads them (1.2 xlifffile, 2.0 xliff2file)."""
    data = path.read_bytes()
    if b"document:2.0" in data:
        from translate.storage.xliff2 import Xliff2File

        return [u for u in Xliff2File.parsestring(data).units if u.source]
    from translate.storage.xliff import xlifffile

    return [u for u in xlifffile.parsestring(data).units if u.source]


@pytest.mark.parametrize("name", FILES)
def test_translated_round_trip(tmp_path, name):
    project = _project(tmp_path, name)
    wanted = _translate_all(project)
    segs = list(project.segments())
    report = export_documents(project, tmp_path / "out")
    assert report.codes_added == 0
    out = tmp_path / "out" / name
    data = out.read_bytes()
    _validate(data)
    original = (FIX / name).read_bytes()
    # The declaration, the header and everything before the first unit are untouched.
    head = original.split(b"<body>")[0] if b"<body>" in original else original.split(b"<unit")[0]
    assert data.startswith(head)
    # Read back by the workbench: same segments, each target with the source's codes and ids.
    doc = read_document(out)
    assert [p.coded for p in doc.paragraphs] == [s.source_coded for s in segs]
    # XLIFF 1.2 has one state per <target>: segments of one unit (seg-source) share the
    # least finished state among them (Trados keeps its own per segment).
    unit_of = {
        s.id: p.note.split(";")[0]
        for s, p in zip(segs, doc.paragraphs, strict=True)
        if LOCKED not in s.flags
    }
    shared = name not in ("trados.sdlxliff", "v20.xlf")
    before = read_document(FIX / name)
    for seg, para, old in zip(segs, doc.paragraphs, before.paragraphs, strict=True):
        if LOCKED in seg.flags:  # refused by the store; the file keeps its own
            assert (para.target, para.status, LOCKED in para.flags) == (
                old.target,
                old.status,
                True,
            )
            continue
        assert para.target is not None
        assert para.target.strip() == seg.target_coded.strip(), name
        assert [c.id for c in para.target.codes] == [c.id for c in seg.source_codes]
        expected = wanted[seg.id]
        if shared:
            unit = [wanted[i] for i in unit_of if unit_of[i] == unit_of[seg.id]]
            expected = Status.MT_DRAFT if Status.MT_DRAFT in unit else min(unit)
        assert para.status == expected, (name, seg.id)
    # Read back by translate-toolkit: every translated segment's text is there.
    tt_targets = " ".join(str(u.target or "") for u in _tt_units(out))
    word = WORDS[project.source_lang]
    assert tt_targets.count(word) >= len([s for s in segs if LOCKED not in s.flags])
    # Exporting the exported file again from a new project: nothing changes.
    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(out, again / name)
    project2 = Project.create(tmp_path / "p2.wbproj", *PAIRS[name])
    import_file(project2, again / name)
    export_documents(project2, tmp_path / "out2")
    assert (tmp_path / "out2" / name).read_bytes() == data


def test_states_written_for_xliff12(tmp_path):
    project = _project(tmp_path, "okapi_rainbow.xlf")
    _translate_all(project)
    export_documents(project, tmp_path / "out")
    root = etree.parse(str(tmp_path / "out" / "okapi_rainbow.xlf")).getroot()
    targets = root.findall(f".//{{{NS12}}}target")
    # tu1 holds the MT draft; tu2 a confirmed and an edited segment: needs review overall.
    assert targets[0].get("state") == "needs-review-translation"
    assert targets[0].get("state-qualifier") == "mt-suggestion"
    assert targets[1].get("state") == "translated"
    mrks = targets[1].findall(f"{{{NS12}}}mrk")
    assert [m.get("mid") for m in mrks] == ["0", "1"]
    g = mrks[0].find(f"{{{NS12}}}g")
    assert g.get("id") == "1" and g.get("ctype") == "x-b" and g.text == "Перевод "
    # The untranslatable unit is untouched.
    assert (
        b'<trans-unit id="tu3" translate="no" xml:space="preserve">\n<source xml:lang="en">var x'
        b" = 1;</source>\n</trans-unit>" in (tmp_path / "out" / "okapi_rainbow.xlf").read_bytes()
    )


def test_trados_conf_and_locked_segment_untouched(tmp_path):
    project = _project(tmp_path, "trados.sdlxliff")
    _translate_all(project)
    export_documents(project, tmp_path / "out")
    data = (tmp_path / "out" / "trados.sdlxliff").read_bytes()
    assert data.count(b"\n") == (FIX / "trados.sdlxliff").read_bytes().count(b"\n")
    root = etree.fromstring(data)
    sdl = "http://sdl.com/FileTypes/SdlXliff/1.0"
    segs = {s.get("id"): s for s in root.iter(f"{{{sdl}}}seg")}
    assert segs["1"].get("conf") == "Draft" and segs["1"].get("origin") == "mt"
    assert segs["2"].get("conf") == "Translated"
    # The locked, signed-off segment and its target are exactly as they were.
    assert b'<target><mrk mtype="seg" mid="3">\xd0\x9a' in data
    assert b'<sdl:seg id="3" conf="ApprovedSignOff" locked="true"/>' in data
    # The empty target mrk of segment 1 got its text with the source's tag ids.
    assert b'<mrk mtype="seg" mid="1"><g id="pt1">' in data and b'<x id="pt2"/>' in data


def test_xliff20_state_and_mt_substate(tmp_path):
    project = _project(tmp_path, "v20.xlf")
    _translate_all(project)
    export_documents(project, tmp_path / "out")
    root = etree.parse(str(tmp_path / "out" / "v20.xlf")).getroot()
    segs = {s.get("id"): s for s in root.iter(f"{{{NS20}}}segment")}
    assert segs["s1"].get("state") == "translated" and segs["s1"].get("subState") == "workbench:mt"
    assert segs["s2"].get("state") == "reviewed"  # confirmed; the file's own level kept
    assert segs["s3"].get("state") == "translated" and segs["s3"].get("subState") is None
    target = segs["s3"].find(f"{{{NS20}}}target")
    assert [etree.QName(c).localname for c in target] == ["sc", "ec", "mrk"]
    assert target[1].get("startRef") == "3"
    # The translate="no" unit keeps no target; ignorable untouched.
    assert (
        b"<ignorable>\n        <source> </source>\n      </ignorable>"
        in (tmp_path / "out" / "v20.xlf").read_bytes()
    )


def test_non_utf8_file_keeps_its_encoding(tmp_path):
    text = (FIX / "omegat.xlf").read_text(encoding="utf-8")
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = tmp_path / "omegat.xlf"
    path.write_bytes(text.encode("utf-16"))
    doc = read_document(path)
    assert doc.paragraphs[0].plain == "Press Save to keep it."
    assert FORMATS["xliff"].write(path.read_bytes(), [None] * 4) == path.read_bytes()
    translated = _translation(doc.paragraphs[1].coded, "Версия")
    out = FORMATS["xliff"].write(
        path.read_bytes(),
        [None, translated, None, None],
        [None, (int(Status.NEEDS_REVIEW), "human"), None, None],
    )
    assert out.startswith(b"\xff\xfe") or out.startswith(b"\xfe\xff")
    back = FORMATS["xliff"].read(out, "x.xlf")
    assert back.paragraphs[1].target.strip() == translated.strip()


# -- OmegaT opens what we give back ----------------------------------------------------

OMEGAT_PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN-US</source_lang>
    <target_lang>RU-RU</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


@pytest.mark.skipif(
    shutil.which("omegat") is None,
    reason="OmegaT is not installed (Debian: apt-get install omegat)",
)
@pytest.mark.parametrize("name", ["omegat.xlf", "okapi_rainbow.xlf"])
def test_omegat_opens_an_exported_file(tmp_path, name):
    """OmegaT (Debian's 3.6, XLIFF 1.2 filter) loads a file we exported as a source document
    of its project and compiles it, without errors, seeing every segment we offer."""
    project = _project(tmp_path, name)
    _translate_all(project)
    export_documents(project, tmp_path / "out")
    om = tmp_path / "omegat-project"
    for sub in ("source", "target", "tm", "glossary", "omegat", "dictionary"):
        (om / sub).mkdir(parents=True)
    (om / "omegat.project").write_text(OMEGAT_PROJECT, encoding="utf-8")
    shutil.copy(tmp_path / "out" / name, om / "source" / name)
    run = subprocess.run(
        ["omegat", str(om), "--mode=console-translate"],
        capture_output=True,
        text=True,
        timeout=600,
        env={"HOME": str(tmp_path), "PATH": "/usr/local/bin:/usr/bin:/bin"},
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out[-2000:]
    assert f"Loading: {name}" in out and "Finished" in out
    assert "Exception" not in out and "ERROR" not in out.upper().replace("ERRORS: 0", "")
    stats = (om / "omegat" / "project_stats.txt").read_text(encoding="utf-8")
    row = next(line for line in stats.splitlines() if line.startswith(name))
    offered = [s for s in project.segments() if LOCKED not in s.flags]  # OmegaT too
    assert int(row.split()[1]) == len(offered)
    etree.parse(str(om / "target" / name))  # OmegaT wrote a well-formed translated file


def test_file_notes_for_the_side_panel(tmp_path):
    from workbench.core.importer import file_notes

    project = _project(tmp_path, "v20.xlf")
    seg = list(project.segments())[0]
    notes = file_notes(project, seg.document_id)
    assert notes[seg.paragraph] == "id u1; name intro; note: Heading of the guide; segment s1"
    txt = tmp_path / "plain.txt"
    txt.write_text("Hello there.", encoding="utf-8")
    other = import_file(project, txt)
    assert file_notes(project, other.document_id) == []


def test_locked_segments_are_read_only_in_the_grid(tmp_path, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

    from workbench.gui.segment_model import COL_TARGET, SegmentTableModel

    project = _project(tmp_path, "trados.sdlxliff")
    model = SegmentTableModel(project, QUndoStack())
    editable = [
        bool(model.flags(model.index(row, COL_TARGET)) & Qt.ItemFlag.ItemIsEditable)
        for row in range(model.rowCount())
    ]
    assert editable == [True, True, False]  # the third is locked (sdl:seg locked="true")
