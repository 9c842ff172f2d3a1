"""TMX export and import: validity, round trips, tool-style samples, hostile files, CLI."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import new_project
from workbench.cli import main
from workbench.core import tm
from workbench.core.errors import BadInput
from workbench.core.inline import from_positions, tagged
from workbench.core.segment import Status
from workbench.core.settings import Settings
from workbench.core.store import Project
from workbench.core.tmx import TmxUnit, machine_translation_unit, parse_date, tmx_date
from workbench.core.tmx_read import TmxReader, import_tmx, seg_text
from workbench.core.tmx_write import export_project, write_tmx

FIXTURES = Path(__file__).parent / "fixtures" / "tmx"
DTD = etree.DTD(str(FIXTURES / "tmx14.dtd"))

KY_RU = [
    ("Бишкек — Кыргызстандын борбору.", "Бишкек — столица Кыргызстана."),
    ("Президент мыйзамга кол койду.", "Президент подписал закон."),
    ("Мектептер 1-сентябрда ачылат.", "Школы откроются 1 сентября."),
]


def make_project(tmp_path: Path, sources: list[str], name: str = "p.wbproj") -> Project:
    return new_project(tmp_path / name, [sources], "ky", "ru")


def translated_project(tmp_path: Path) -> Project:
    project = make_project(tmp_path, [ky for ky, _ in KY_RU] + ["Бүгүн аба ырайы жылуу болот."])
    ids = project.segment_ids()
    for seg_id, (_, ru) in zip(ids, KY_RU, strict=False):
        project.set_target(seg_id, ru, status=Status.CONFIRMED, translator="Aida")
    last = project.segment(ids[3])
    project.apply_mt(
        last.id, "Сегодня будет тёплая погода.", "nllb-600M", -0.2, [], revision=last.revision
    )
    return project


def memory_rows(project: Project) -> list[tuple]:
    return project.connection.execute(
        "SELECT source_lang, target_lang, source, target, origin FROM tm_units ORDER BY id"
    ).fetchall()


# ----------------------------------------------------------------------------- export


def test_export_is_valid_tmx_14_with_required_metadata(tmp_path):
    settings = Settings.load()
    settings.translator_name = "Nurlan"
    settings.save()
    project = translated_project(tmp_path)
    out = tmp_path / "out.tmx"
    result = export_project(project, out)

    assert result.units == 3  # the MT draft is not confirmed
    tree = etree.parse(str(out))
    assert DTD.validate(tree), DTD.error_log.filter_from_errors()
    header = tree.find("header")
    for attr in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
                 "srclang", "datatype", "creationdate"):  # fmt: skip
        assert header.get(attr), attr
    assert header.get("srclang") == "ky-KG"
    assert header.get("creationid") == "Nurlan"
    tu = tree.find("body/tu")
    assert tu.get("tuid")
    assert parse_date(tu.get("creationdate")) is not None
    assert len(tu.get("changedate")) == 16 and tu.get("changedate").endswith("Z")
    assert tu.get("creationid") == "Aida" and tu.get("changeid") == "Aida"
    props = {p.get("type"): p.text for p in tu.findall("prop")}
    assert props["x-document"] == "news.txt"
    assert props["x-workbench-status"] == "confirmed"
    assert props["x-ConfirmationLevel"] == "Translated"
    langs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.findall("tuv")]
    assert langs == ["ky-KG", "ru-RU"]


def test_export_any_status_marks_unedited_mt(tmp_path):
    project = translated_project(tmp_path)
    out = tmp_path / "all.tmx"
    assert export_project(project, out, status="any").units == 4
    tree = etree.parse(str(out))
    assert DTD.validate(tree)
    mt = [tu for tu in tree.iter("tu") if tu.get("creationid") == "MT!"]
    assert len(mt) == 1
    props = {p.get("type"): p.text for p in mt[0].findall("prop")}
    assert props["x-Origin"] == "MachineTranslation"
    assert props["x-mt-model"] == "nllb-600M"
    assert props["x-workbench-status"] == "mt_draft"


def test_export_reads_back_with_translate_toolkit_and_own_importer(tmp_path):
    from translate.storage import tmx as ttk_tmx

    project = translated_project(tmp_path)
    out = tmp_path / "out.tmx"
    export_project(project, out)

    store = ttk_tmx.tmxfile.parsefile(str(out))
    assert [(u.source, u.target) for u in store.units] == KY_RU

    other = Project.create(tmp_path / "other.wbproj", "ru", "ky")
    report = import_tmx(other, out)
    assert (report.units, report.imported, report.usable, report.pairs) == (3, 3, 3, 6)
    rows = memory_rows(other)
    assert ("ky", "ru", KY_RU[0][0], KY_RU[0][1], "tmx") in rows
    assert ("ru", "ky", KY_RU[0][1], KY_RU[0][0], "tmx") in rows


def test_exported_mt_is_imported_as_machine_translation(tmp_path):
    project = translated_project(tmp_path)
    out = tmp_path / "all.tmx"
    export_project(project, out, status="any")
    other = Project.create(tmp_path / "other.wbproj", "ky", "ru")
    import_tmx(other, out)
    origins = {src: origin for _, _, src, _, origin in memory_rows(other)}
    assert origins["Бүгүн аба ырайы жылуу болот."] == "mt"
    assert origins[KY_RU[0][0]] == "tmx"


def test_control_characters_are_dropped_with_a_warning(tmp_path):
    out = tmp_path / "ctrl.tmx"
    warnings: list[str] = []
    unit = TmxUnit([("ky", "Салам\x01 дүйнө\x0b"), ("ru", "Привет\ufffe мир")], creator="A\x02")
    result = write_tmx(out, [unit], "ky", on_warning=warnings.append)
    assert result.units == 1 and warnings == result.warnings
    # One warning per unit: \x01, \x0b, \ufffe, and \x02 in creationid and changeid.
    assert warnings == ["unit 1: dropped 5 control character(s) that XML 1.0 cannot carry"]
    tree = etree.parse(str(out))  # would raise on an invalid character
    assert DTD.validate(tree)
    assert [s.text for s in tree.iter("seg")] == ["Салам дүйнө", "Привет мир"]


def test_write_is_atomic_and_keeps_the_old_file_on_failure(tmp_path):
    out = tmp_path / "keep.tmx"
    out.write_text("old")

    def units():
        yield TmxUnit([("ky", "бир"), ("ru", "один")])
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_tmx(out, units(), "ky")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.tmx"]


def test_machine_translation_units_for_batch(tmp_path):
    out = tmp_path / "batch.tmx"
    units = [
        machine_translation_unit(
            f"Сүйлөм {i}.", f"Предложение {i}.", "ky", "ru", "nllb", document="a.txt"
        )
        for i in range(3)
    ]
    write_tmx(out, iter(units), "ky")
    tree = etree.parse(str(out))
    assert DTD.validate(tree)
    assert all(tu.get("creationid") == "MT!" for tu in tree.iter("tu"))
    read = list(TmxReader(out))
    assert all(u.machine_translated and u.mt_model == "nllb" for u in read)
    assert read[2].variants == [("ky-KG", "Сүйлөм 2."), ("ru-RU", "Предложение 2.")]


def test_streaming_write_and_read_of_many_units(tmp_path):
    out = tmp_path / "big.tmx"
    n = 20_000
    units = (TmxUnit([("en", f"Sentence number {i}."), ("ky", f"{i}-сүйлөм.")]) for i in range(n))
    assert write_tmx(out, units, "en").units == n
    count = sum(1 for _ in TmxReader(out))
    assert count == n


def test_dates():
    assert tmx_date("2024-01-04T10:36:46Z") == "20240104T103646Z"
    assert parse_date("20240104T103646Z") == parse_date("2024-01-04T10:36:46Z")
    assert parse_date("yesterday") is None


# ----------------------------------------------------------------------------- import samples


def test_seg_text_reduces_inline_markup():
    seg = etree.fromstring(
        '<seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> <ph x="1"/> now'
        '<it pos="begin">&lt;i&gt;</it>, <hi type="x">very</hi> <ut>{\\b}</ut>fast.</seg>'
    )
    assert seg_text(seg) == "Press Save now, very fast."


def test_import_omegat_1_1_with_lang_attribute(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ky", "ru")
    report = import_tmx(project, FIXTURES / "omegat_1_1.tmx")
    assert (report.units, report.imported, report.usable) == (3, 2, 2)
    assert report.skipped == {"with only one of ky/ru/en": 1}
    assert (
        "ky",
        "ru",
        "Президент мыйзамга кол койду.",
        "Президент подписал закон.",
        "tmx",
    ) in memory_rows(project)


def test_import_omegat_1_4_with_tags_dates_and_empty_segment(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ru", "ky")
    report = import_tmx(project, FIXTURES / "omegat_1_4.tmx")
    assert report.imported == 3 and report.skipped == {"with an empty segment": 1}
    row = project.connection.execute(
        "SELECT target, creator, changed, document FROM tm_units WHERE source = ?",
        ("Школы откроются 1 сентября.",),
    ).fetchone()
    assert row == ("Мектептер 1-сентябрда ачылат.", "Aida", "2024-03-02T09:00:00Z", None)
    alt = project.connection.execute(
        "SELECT document FROM tm_units WHERE target = ?", ("Президент мыйзамга кол койгон.",)
    ).fetchone()
    assert alt == ("news/2024-03.txt",)


def test_import_memoq_lowercase_codes_and_unknown_languages(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "en", "ky")
    report = import_tmx(project, FIXTURES / "memoq.tmx")
    assert (report.imported, report.usable) == (2, 2)
    assert report.skipped == {"with no ky/ru/en variant": 1}
    assert set(report.other_languages) == {"de-de", "fr-fr"}
    # the <ph> stays in the unit as a code (plain text: a double space where it sits)
    assert (
        "en",
        "ky",
        "See the photo  below.",
        "Төмөндөгү  сүрөттү караңыз.",
        "tmx",
    ) in memory_rows(project)
    assert "1 skipped: 1 with no ky/ru/en variant" in report.summary(project)


def test_import_trados_utf16_and_mt_origin(tmp_path):
    assert (FIXTURES / "trados.tmx").read_bytes().startswith(codecs.BOM_UTF16_LE)
    project = Project.create(tmp_path / "p.wbproj", "ru", "ky")
    report = import_tmx(project, FIXTURES / "trados.tmx")
    assert (report.units, report.imported, report.usable) == (3, 3, 3)
    rows = memory_rows(project)
    assert (
        "ru",
        "ky",
        "Сегодня будет тёплая погода.",
        "Бүгүн аба ырайы жылуу болот.",
        "mt",
    ) in rows
    assert (
        "ru",
        "ky",
        "Нажмите  кнопку «Сохранить».",
        "«Сактоо»  баскычын басыңыз.",
        "tmx",
    ) in rows
    codes = project.connection.execute(
        "SELECT source_codes FROM tm_units WHERE source = ?", ("Нажмите  кнопку «Сохранить».",)
    ).fetchone()[0]
    assert tagged(from_positions("Нажмите  кнопку «Сохранить».", codes)) == (
        "Нажмите ⟨2/⟩ кнопку ⟨3⟩«Сохранить»."
    )


def test_import_three_languages_gives_every_direction(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ky", "en")
    report = import_tmx(project, FIXTURES / "multilingual.tmx")
    assert report.imported == 2 and report.pairs == 6 + 2
    pairs = {(s, t) for s, t, *_ in memory_rows(project)}
    assert pairs == {
        ("en", "ru"),
        ("en", "ky"),
        ("ru", "en"),
        ("ru", "ky"),
        ("ky", "en"),
        ("ky", "ru"),
    }
    # The first English variant (en-GB) is the one kept.
    english = {r[3] for r in memory_rows(project) if r[1] == "en"}
    assert english == {"Bishkek is the capital of Kyrgyzstan.", "The Manas epic is long."}


def test_import_twice_skips_duplicates(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ru", "ky")
    import_tmx(project, FIXTURES / "trados.tmx")
    again = import_tmx(project, FIXTURES / "trados.tmx")
    assert again.imported == 0 and again.skipped == {"already in the memory": 3}
    assert len(memory_rows(project)) == 6


# ----------------------------------------------------------------------------- hostile files

HOSTILE = {
    "external_entity": (
        '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<tmx version="1.4"><header/><body><tu><tuv xml:lang="ky"><seg>&xxe;</seg></tuv>'
        '<tuv xml:lang="ru"><seg>x</seg></tuv></tu></body></tmx>',
        "entities",
    ),
    "parameter_entity": (
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE tmx [<!ENTITY % pe SYSTEM "http://127.0.0.1:9/x.dtd"> %pe;]>\n'
        '<tmx version="1.4"><header/><body/></tmx>',
        "entities",
    ),
    "billion_laughs": (
        '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + ']>\n<tmx version="1.4"><header/><body><tu><tuv xml:lang="ky"><seg>&j;</seg></tuv>'
        '<tuv xml:lang="ru"><seg>x</seg></tuv></tu></body></tmx>',
        "entities",
    ),
    "billion_laughs_in_attribute": (
        '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + ']>\n<tmx version="&j;"><header/><body/></tmx>',
        "not a valid TMX file",
    ),
    "truncated": (
        '<?xml version="1.0"?>\n<tmx version="1.4"><header/><body><tu><tuv xml:lang="ky">'
        '<seg>Бир</seg></tuv><tuv xml:lang="ru"><seg>Один</seg></tuv></tu>'
        '<tu><tuv xml:lang="ky"><se',
        "not a valid TMX file",
    ),
    "not_xml": ("Бул жөн гана текст, XML эмес.\n", "not a valid TMX file"),
    "empty": ("", "not a valid TMX file"),
    "wrong_root": (
        '<?xml version="1.0"?>\n<html><body><p>hello</p></body></html>',
        "root element is <html>",
    ),
    "undefined_entity": (
        '<?xml version="1.0"?>\n<tmx version="1.4"><header/><body><tu><tuv xml:lang="ky">'
        "<seg>&nbsp;</seg></tuv></tu></body></tmx>",
        "not a valid TMX file",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_rejected_and_memory_unchanged(tmp_path, name):
    text, expected = HOSTILE[name]
    project = Project.create(tmp_path / "p.wbproj", "ky", "ru")
    import_tmx(project, FIXTURES / "omegat_1_1.tmx")
    before = memory_rows(project)
    bad = tmp_path / f"{name}.tmx"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput) as info:  # how fast: benchmarks/large_inputs.py
        import_tmx(project, bad)
    message = str(info.value)
    assert "\n" not in message and str(bad) in message and expected in message
    assert memory_rows(project) == before


def test_error_after_good_units_rolls_back_everything(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ky", "ru")
    good = (FIXTURES / "omegat_1_1.tmx").read_text(encoding="utf-8")
    bad = tmp_path / "cut.tmx"
    bad.write_text(good[: good.rindex("<tu>") + 10], encoding="utf-8")
    with pytest.raises(BadInput):
        import_tmx(project, bad)
    assert memory_rows(project) == []


def test_missing_file(tmp_path):
    project = Project.create(tmp_path / "p.wbproj", "ky", "ru")
    with pytest.raises(BadInput, match="no such TMX file"):
        import_tmx(project, tmp_path / "nope.tmx")


# ----------------------------------------------------------------------------- CLI


def test_cli_export_and_import(tmp_path, capsys):
    project = translated_project(tmp_path)
    project.close()
    out = tmp_path / "cli.tmx"
    assert main(["tmx", "export", str(tmp_path / "p.wbproj"), str(out)]) == 0
    assert "wrote 3 translation units" in capsys.readouterr().out
    assert DTD.validate(etree.parse(str(out)))

    assert main(["tmx", "export", str(tmp_path / "p.wbproj"), str(out), "--status", "any"]) == 0
    assert "wrote 4 translation units" in capsys.readouterr().out

    other = tmp_path / "other.wbproj"
    Project.create(other, "ky", "ru").close()
    assert main(["tmx", "import", str(other), str(FIXTURES / "omegat_1_1.tmx")]) == 0
    printed = capsys.readouterr().out
    assert (
        "imported 2 of 3 units" in printed and "1 skipped: 1 with only one of ky/ru/en" in printed
    )


def test_cli_import_bad_file_is_one_line_error(tmp_path, capsys):
    project = tmp_path / "p.wbproj"
    Project.create(project, "ky", "ru").close()
    bad = tmp_path / "bad.tmx"
    bad.write_text(HOSTILE["billion_laughs"][0], encoding="utf-8")
    assert main(["tmx", "import", str(project), str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("workbench: error:") and "bad.tmx" in err
    with Project.open(project) as p:
        assert tm.count_units(p) == {}


def test_cancelled_import_leaves_the_memory_unchanged(tmp_path):
    from workbench.core.errors import Cancelled
    from workbench.core.task import TaskState

    big = tmp_path / "big.tmx"
    write_tmx(
        big,
        (TmxUnit([("ky", f"{i}-сүйлөм."), ("ru", f"Предложение {i}.")]) for i in range(1200)),
        "ky",
    )
    project = Project.create(tmp_path / "p.wbproj", "ky", "ru")
    seen = []

    def on_progress(progress):
        seen.append(progress)
        task.cancel()

    task = TaskState(on_progress)
    with pytest.raises(Cancelled):
        import_tmx(project, big, task)
    assert memory_rows(project) == []
    assert 0 < seen[0].done <= seen[0].total == big.stat().st_size

    report = import_tmx(project, big, TaskState())
    assert report.imported == 1200 and len(memory_rows(project)) == 2400
