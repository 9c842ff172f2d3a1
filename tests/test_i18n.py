"""Interface language: the marking convention of gui/i18n.py works with PySide6's tools."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from workbench.gui import i18n  # noqa: E402

BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name) or str(BIN / name)
    if not Path(found).exists():
        pytest.skip(f"{name} not installed")
    return found


RU_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>Base</name>
<message numerus="yes"><source>%n segment(s)</source><translation>
<numerusform>%n сегмент</numerusform><numerusform>%n сегмента</numerusform>
<numerusform>%n сегментов</numerusform></translation></message></context>
<context><name>Mixin</name>
<message><source>Mixin text</source><translation>Текст примеси</translation></message>
</context></TS>
"""


class Base(QWidget):
    def count(self, n: int) -> str:
        return self.tr("%n segment(s)", "", n)


class Mixin:
    def text(self) -> str:
        return self.tr("Mixin text")  # type: ignore[attr-defined]


class Window(Mixin, i18n.MroTr, Base):
    pass


class PlainSubclass(Base):
    pass


def test_resolve_language_keeps_known_codes_and_falls_back_to_the_system():
    assert i18n.resolve_language("ky") == "ky"
    assert i18n.resolve_language(" RU ") == "ru"
    assert i18n.resolve_language("de") == i18n.system_language()
    assert i18n.system_language() in i18n.UI_LANGUAGES


def test_plural_strings_of_a_base_class_are_translated_through_mrotr(qapp, tmp_path):
    (tmp_path / "ru.ts").write_text(RU_TS, encoding="utf-8")
    subprocess.run(
        [_tool("pyside6-lrelease"), str(tmp_path / "ru.ts"), "-qm", str(tmp_path / "ru.qm")],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window = Window()
        forms = [window.count(n) for n in (1, 3, 5, 21, 11)]
        assert forms == ["1 сегмент", "3 сегмента", "5 сегментов", "21 сегмент", "11 сегментов"]
        assert window.text() == "Текст примеси"
        # PySide6's own tr() stops at the subclass for %n strings: the reason MroTr exists.
        assert PlainSubclass().count(5) == "5 segment(s)"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_shipped_qm_files_are_built_from_the_current_ts_sources():
    from workbench.gui import i18n_build

    _tool("pyside6-lrelease")
    assert sorted(p.name for p in i18n_build.QM_DIR.glob("*.qm")) == sorted(
        p.with_suffix(".qm").name for p in i18n_build.TS_DIR.glob("*.ts")
    )
    assert i18n_build.stale() == [], "run python -m workbench.gui.i18n_build"


def test_every_string_marked_in_the_gui_has_a_translation_in_each_catalogue(tmp_path):
    """lupdate over the current sources into copies of the .ts: nothing may come out new
    or unfinished (a string marked but never translated, or changed since)."""
    from lxml import etree

    from workbench.gui import i18n_build

    _tool("pyside6-lupdate")
    for ts in i18n_build.TS_DIR.glob("workbench_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    i18n_build.update(tmp_path)
    for lang in i18n_build.UPDATED:
        root = etree.parse(str(tmp_path / f"workbench_{lang}.ts")).getroot()
        missing = [
            (context.findtext("name"), message.findtext("source"))
            for context in root.iter("context")
            for message in context.iter("message")
            if message.find("translation").get("type") == "unfinished"
        ]
        assert missing == [], f"workbench_{lang}.ts lacks translations (i18n_build --update)"
        if lang != "en":
            assert len(root.findall(".//message")) > 100


def test_every_fixed_label_of_the_core_is_marked_for_translation():
    """The GUI translates the core's English labels by their text (gui/labels.py): a label
    added to the core without being marked there would show in English."""
    from workbench.core import flags, qa
    from workbench.core.confidence import Band
    from workbench.core.segment import Status
    from workbench.gui.labels import MARKED, ORIGINS
    from workbench.mt.models import CATALOGUE

    core = (
        {s.label for s in Status}
        | set(flags.LABELS.values())
        | set(qa.LABELS.values())
        | {str(b) for b in Band}
        | set(ORIGINS.values())
        | {m.note for m in CATALOGUE if m.note}
    )
    assert sorted(core - set(MARKED)) == []


@pytest.mark.parametrize("count", [2, 7])
def test_the_editors_summaries_say_in_english_what_the_core_says(qapp, count):
    """gui/summaries.py words the core's reports through tr(); in English (plural counts)
    it must be the core's own sentence, so the CLI and the editor never drift apart."""
    from collections import Counter
    from pathlib import Path

    from workbench.core.importer import ExportReport, ImportReport
    from workbench.core.tmx_write import ExportResult, WriteResult
    from workbench.gui.summaries import Summaries

    i18n.install_translators("en")
    imported = ImportReport(
        "news.txt", 1, count, count + 1, "cp1251", "ky",
        Counter({"encoding-repaired": count}), Counter({"ky": count, "ru": 1}),
    )  # fmt: skip
    exported = ExportReport(
        [Path(f"{n}.txt") for n in range(count)], count + 3, count, count, [("a/b", "a_b")], count
    )
    done = ExportReport([Path("a.txt"), Path("b.txt")], count, 0)
    summaries = Summaries()
    assert summaries.import_summary(imported) == imported.summary()
    assert summaries.export_summary(exported) == exported.summary()
    assert summaries.export_summary(done) == done.summary()
    tmx = ExportResult(WriteResult(Path("out.tmx"), count), Counter({"empty target": count}))
    assert summaries.tmx_summary(tmx) == tmx.summary()
