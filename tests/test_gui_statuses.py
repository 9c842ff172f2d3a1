"""The editor shows "no translation needed" as a real, reversible status counted as done,
and the document list's counts follow every change without reopening the project."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from tests.conftest import shown_window  # noqa: E402
from workbench.core.segment import Status  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.segment_model import COL_STATUS, COL_TARGET  # noqa: E402

SEGMENTS = [
    ("Бишкекте жаңы мектеп ачылды.", "ky"),
    ("Photo by the Ministry of Education.", "en"),
    ("Окуучулар кубанышты.", "ky"),
]


@pytest.fixture
def window(qtbot, tmp_path: Path):
    path = tmp_path / "news.wbproj"
    with Project.create(path, "ky", "en") as project:
        segments = [
            NewSegment(i, 0, "", text, "", text, lang) for i, (text, lang) in enumerate(SEGMENTS)
        ]
        project.add_document("news.txt", "txt", "utf-8", b"x", segments)
        project.add_document("other.txt", "txt", "utf-8", b"y", segments[:1])
    yield from shown_window(qtbot, path)


def _labels(win: MainWindow) -> list[str]:
    box = win.document_box
    return [box.itemText(i) for i in range(box.count())]


def test_no_translation_needed_is_shown_filtered_counted_and_reversible(qtbot, window):
    model = window.model
    window.document_box.setCurrentIndex(window.document_box.findData(1))
    assert model.index(1, COL_STATUS).data() == "No translation needed"
    assert "done 1/4 (25%)" in window.counts_label.text()
    assert "1 needs no translation" in window.counts_label.text()
    assert _labels(window) == ["All documents", "news.txt (1/3)", "other.txt (0/1)"]
    window.status_box.setCurrentText("No translation needed")
    assert model.rowCount() == 1 and model.segment_at(0).lang == "en"
    window.status_box.setCurrentText("Not done")
    assert [model.segment_at(r).lang for r in range(model.rowCount())] == ["ky", "ky"]
    window.status_box.setCurrentText("All statuses")
    # The translator disagrees: the caption needs translating after all; undo puts it back.
    window.grid.setCurrentIndex(model.index(1, COL_TARGET))
    window.toggle_not_needed()
    assert window.project.segment(model.ids[1]).status is Status.NEW
    qtbot.waitUntil(lambda: _labels(window)[1] == "news.txt (0/3)")
    window.undo()
    assert window.project.segment(model.ids[1]).status is Status.NOT_NEEDED
    qtbot.waitUntil(lambda: _labels(window)[1] == "news.txt (1/3)")


def test_document_counts_follow_confirms_without_reopening(qtbot, window):
    model = window.model
    window.document_box.setCurrentIndex(window.document_box.findData(1))
    window.grid.setCurrentIndex(model.index(0, COL_TARGET))
    model.edit_target(model.ids[0], "A new school opened in Bishkek.")
    window.confirm_and_next()
    assert window.project.segment(model.ids[0]).status is Status.CONFIRMED
    qtbot.waitUntil(lambda: _labels(window)[1] == "news.txt (2/3)")
    assert "done 2/4 (50%)" in window.counts_label.text()
    assert _labels(window)[2] == "other.txt (0/1)"
    assert window.document_box.currentData() == 1  # the choice is kept


def test_find_and_replace_and_undo_recompute_the_flags(qtbot, window):
    from workbench.core import flags as F

    model = window.model
    window.document_box.setCurrentIndex(window.document_box.findData(1))
    sid = model.ids[2]  # "Окуучулар кубанышты." (no number)
    window.project.set_target(sid, "The 5 pupils were happy.")
    assert window.project.segment(sid).flags == (F.MT_NUMBERS_DIFFER,)
    assert window.replace_in_targets("The 5 pupils", "The pupils") == 1
    assert window.project.segment(sid).flags == ()
    window.undo()
    assert window.project.segment(sid).target == "The 5 pupils were happy."
    assert window.project.segment(sid).flags == (F.MT_NUMBERS_DIFFER,)
