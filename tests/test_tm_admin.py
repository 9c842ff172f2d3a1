"""The whole memory as TMX (`tm export`) and clearing it (`tm clear`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

from workbench.cli import main
from workbench.core import tm
from workbench.core.inline import Code, Coded, Kind
from workbench.core.project_lock import EDITOR
from workbench.core.store import NewSegment, Project
from workbench.core.tm_admin import count_memory, memory_units
from workbench.core.tmx_read import TmxReader, import_tmx

FIXTURES = Path(__file__).parent / "fixtures" / "tmx"
DTD = etree.DTD(str(FIXTURES / "tmx14.dtd"))

B, E = '<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>'
TRILINGUAL = f"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"
 o-tmf="x" adminlang="en" srclang="ky-KG" datatype="plaintext"/>
<body>
<tu tuid="t1"><prop type="x-client">Akipress</prop><note>checked</note>
 <tuv xml:lang="ky-KG"><seg>Бишкекте {B}жаңы{E} мектеп ачылды.</seg></tuv>
 <tuv xml:lang="ru-RU"><seg>В Бишкеке открылась {B}новая{E} школа.</seg></tuv>
 <tuv xml:lang="en-US"><seg>A {B}new{E} school opened in Bishkek.</seg></tuv>
</tu>
</body></tmx>
"""
BOLD = (Code("1", Kind.OPEN, "<b>"), Code("1", Kind.CLOSE, "</b>"))


def memory_project(tmp_path: Path) -> Path:
    """A project whose memory holds much more than its one segment: a trilingual TMX unit
    with inline codes, a pair confirmed in another project's run and an MT unit."""
    path = tmp_path / "p.wbproj"
    tmx = tmp_path / "in.tmx"
    tmx.write_text(TRILINGUAL, encoding="utf-8")
    with Project.create(path, "ky", "ru") as project:
        segs = [NewSegment(0, 0, "", "Салам.", "", "Салам.", "ky")]
        project.add_document("doc.txt", "txt", "utf-8", b"-", segs)
        import_tmx(project, tmx)  # 3 languages: 6 rows
        with project.transaction():
            tm.store_unit(
                project,
                "ky",
                "ru",
                "Бүгүн аба ырайы жакшы.",
                "Сегодня хорошая погода.",
                origin=tm.ORIGIN_PROJECT,
                document="old.txt",
                creator="Айгүл",
            )
            tm.store_unit(
                project,
                "ru",
                "en",
                "Спасибо.",
                "Thank you.",
                origin=tm.ORIGIN_MT,
                props={"mt_model": "nllb-600M"},
            )
    return path


def test_export_writes_the_whole_memory_once_per_pair(tmp_path, capsys):
    path = memory_project(tmp_path)
    out = tmp_path / "all.tmx"
    assert main(["tm", "export", str(path), str(out)]) == 0
    assert "wrote 5 translation units" in capsys.readouterr().out
    assert DTD.validate(etree.parse(str(out))), DTD.error_log.filter_from_errors()

    units = list(TmxReader(out))
    # ky-ru, ky-en, ru-en from the trilingual unit; the confirmed pair; the MT pair
    assert len(units) == 5
    pairs = {tuple(lang for lang, _ in u.variants) for u in units}
    assert pairs == {("ky-KG", "ru-RU"), ("ky-KG", "en-US"), ("ru-RU", "en-US")}
    first = units[0]
    ky = dict(first.variants)["ky-KG"]
    assert isinstance(ky, Coded) and ky.plain == "Бишкекте жаңы мектеп ачылды."
    assert [c.kind for c in ky.codes] == [Kind.OPEN, Kind.CLOSE]
    # the file's own property and note go back out; the workbench's bookkeeping does not
    assert first.props == [("x-client", "Akipress")] and first.notes == ["checked"]
    confirmed = next(u for u in units if u.creator == "Айгүл")
    assert confirmed.document == "old.txt"
    mt = next(u for u in units if u.machine_translated)
    assert mt.mt_model == "nllb-600M"
    assert [kind for kind, _ in mt.props] == ["x-Origin", "x-mt-model"]
    assert len([u for u in units if u.prop("x-Origin")]) == 1  # written once, not twice

    # Read back by another tool, and into another project: the same memory.
    from translate.storage import tmx as ttk_tmx

    store = ttk_tmx.tmxfile.parsefile(str(out))
    texts = {(u.source, u.target) for u in store.units}
    assert ("Бүгүн аба ырайы жакшы.", "Сегодня хорошая погода.") in texts
    assert len(store.units) == 5
    other = tmp_path / "other.wbproj"
    with Project.create(other, "ky", "ru") as project:
        import_tmx(project, out)
        again = rows(project)
    with Project.open(path, read_only=True) as project:
        before = rows(project)
    # every unit comes back, codes included (an import adds the reverse direction of
    # the one-way pairs too: 2 more rows)
    assert before <= again and len(again) == len(before) + 2


def rows(project: Project) -> set[tuple]:
    sql = "SELECT source_lang, target_lang, source, target, source_codes FROM tm_units"
    return {tuple(r) for r in project.connection.execute(sql)}


def test_export_keeps_a_pair_given_in_both_directions_apart_from_a_different_one(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "ru") as project:
        with project.transaction():
            tm.store_unit(project, "ky", "ru", "Салам.", "Привет.", origin="tmx")
            tm.store_unit(project, "ru", "ky", "Привет.", "Салам.", origin="tmx")  # same pair
            tm.store_unit(project, "ru", "ky", "Привет.", "Саламатсызбы.", origin="tmx")
            tm.store_unit(
                project,
                "ky",
                "ru",
                Coded("\ue000Салам.\ue001", BOLD),
                "Привет.",
                origin="tmx",
                skip_duplicate=False,  # the same words in bold: another unit
            )
        assert len(list(memory_units(project))) == 3


def test_clear_asks_for_yes_then_says_how_many(tmp_path, capsys):
    path = memory_project(tmp_path)
    assert main(["tm", "clear", str(path)]) == 1
    err = capsys.readouterr().err
    assert "removes all 8 units" in err and "--yes" in err and len(err.strip().splitlines()) == 1
    with Project.open(path, read_only=True) as project:
        assert count_memory(project) == 8  # nothing removed without --yes
    assert main(["tm", "clear", str(path), "--yes"]) == 0
    assert "removed 8 translation units" in capsys.readouterr().out
    with Project.open(path, read_only=True) as project:
        assert count_memory(project) == 0
        assert project.count() == 1  # the documents stay


HOLD = """
import sys
from workbench.core.store import Project
p = Project.open(sys.argv[1], purpose=sys.argv[2])
print("ready", flush=True)
sys.stdin.read()
"""


def test_clear_is_refused_while_an_editor_holds_the_project(tmp_path):
    path = memory_project(tmp_path)
    editor = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), EDITOR],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert editor.stdout.readline().strip() == "ready"
        done = subprocess.run(
            [sys.executable, "-m", "workbench", "tm", "clear", str(path), "--yes"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 1
        assert "editor window" in done.stderr and "Traceback" not in done.stderr
    finally:
        editor.kill()
        editor.wait()
    with Project.open(path, read_only=True) as project:
        assert count_memory(project) == 8
