"""The side panel (workbench/gui/side_panel.py) over a real project: what it shows for
the current segment, the order of its suggestions, and inserting one."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.conftest import wait_for_memory  # noqa: E402
from workbench.core import confidence, tm  # noqa: E402
from workbench.core.segment import Origin, Status  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.side_panel import SidePanel, suggestions_for  # noqa: E402

SOURCES = [
    "Бишкек шаарында жаңы мектеп ачылды.",
    "Бишкек шаарында жаңы мектеп ачылат.",
    "Ош шаарында жаңы мектеп ачылат.",
    "Баасы 1,5 пайыз.",
]


def remember(project: Project, source: str, target: str) -> None:
    with project.transaction():
        tm.store_unit(project, "ky", "en", source, target, origin="earlier-job.tmx")


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.wbproj"
    project = Project.create(path, "ky", "en")
    segments = [NewSegment(i, 0, "", s, "", s, "ky") for i, s in enumerate(SOURCES)]
    project.add_document("news <1>.txt", "txt", "utf-8", b"-", segments)
    remember(project, SOURCES[0], "A new school opened in Bishkek.")
    remember(project, SOURCES[2], "A new <b>school</b> opens in Osh.")
    yield project
    project.close()


def test_memory_matches_best_first_then_the_machine_translation(project):
    sid = project.segment_ids()[1]
    project.apply_mt(sid, "A school opens in Bishkek.", "tiny-nllb", -0.1, [], revision=0)
    seg = project.segment(sid)
    found = suggestions_for(project, seg, threshold=50)
    assert [s.origin for s in found] == [Origin.TM, Origin.TM, Origin.MT]
    assert found[0].text == "A new school opened in Bishkek."  # one word differs
    assert found[1].text == "A new <b>school</b> opens in Osh."  # two words differ
    assert found[0].score > found[1].score
    assert found[0].detail == f"TM {found[0].score:.0f}% · earlier-job.tmx"
    assert found[2].detail == f"MT · tiny-nllb · confidence {confidence.band(-0.1)}"
    # The threshold leaves out weaker matches; the MT suggestion stays.
    strict = suggestions_for(project, seg, threshold=round(found[0].score))
    assert [s.origin for s in strict] == [Origin.TM, Origin.MT]


def test_panel_shows_the_segment_escapes_text_and_marks_differences(qtbot, project):
    panel = SidePanel()
    qtbot.addWidget(panel)
    seg = project.segment(project.segment_ids()[2])
    panel.show_segment(seg, suggestions_for(project, seg, 50), number=3)
    assert panel.segment_id == seg.id
    assert panel.where.text() == "#3 · news &lt;1&gt;.txt, paragraph 3 · New"
    assert panel.source.text() == SOURCES[2]
    assert panel.flags.text() == "none" and panel.flags.property("empty") is True
    first = panel.list.itemWidget(panel.list.item(0)).text()
    assert "<b>Ctrl+1</b>" in first
    assert "A new &lt;b&gt;school&lt;/b&gt; opens in Osh." in first  # shown as text
    assert panel.list.item(0).toolTip() == "A new <b>school</b> opens in Osh."
    second = panel.list.itemWidget(panel.list.item(1)).text()
    assert "line-through" in second and ">Бишкек<" in second  # only in the match's source


def test_flags_empty_state_and_no_segment(qtbot, project):
    panel = SidePanel()
    qtbot.addWidget(panel)
    sid = project.segment_ids()[3]
    project.apply_mt(sid, "The price.", "m", -2.0, ["mt-numbers-differ"], revision=0)
    seg = project.segment(sid)
    panel.show_segment(seg, [], number=4)
    assert "⚑ " in panel.flags.text() and "numbers differ" in panel.flags.text()
    assert panel.flags.property("empty") is False
    assert "target: MT" in panel.where.text() and "MT draft" in panel.where.text()
    assert panel.list.count() == 1
    placeholder = panel.list.item(0)
    assert placeholder.text().startswith("No suggestions yet")
    assert placeholder.flags() == Qt.ItemFlag.NoItemFlags  # cannot be chosen
    panel.show_segment(None, [])
    assert panel.segment_id is None and panel.where.text() == "No segment selected"
    assert panel.source.text() == "" and panel.list.count() == 0


def test_activating_a_suggestion_inserts_it_into_the_target(qtbot, project):
    path = project.path
    project.close()
    window = MainWindow(Settings.load())
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.show()
    qtbot.waitExposed(window)
    wait_for_memory(qtbot, window)  # its keys are read on a worker
    second = window.model.ids[1]
    window.grid.go_to_row(1)
    qtbot.waitUntil(lambda: window.side.segment_id == second, timeout=30_000)
    window.side.list.itemActivated.emit(window.side.list.item(1))  # what Enter/double-click do
    seg = window.project.segment(second)
    assert seg.target == "A new <b>school</b> opens in Osh." and seg.origin is Origin.TM
    assert seg.status is Status.NEEDS_REVIEW
    window.insert_suggestion(5)  # Ctrl+6: there is no sixth suggestion
    assert window.statusBar().currentMessage() == "There is no suggestion 6"
    assert window.project.segment(second).target == "A new <b>school</b> opens in Osh."
    window.undo()
    assert window.project.segment(second).target == ""
    window.close()
