"""The grid's model keeps its rows cached; a changed segment is re-read alone (issue 16:
dropping it made the next paint re-read a chunk of 200 segments around it, on every
autosave while typing and on every MT result stored)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QUndoStack  # noqa: E402

from tests.conftest import new_project  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.gui.segment_model import COL_TARGET, SegmentTableModel  # noqa: E402


@pytest.fixture
def project(tmp_path):
    p = new_project(tmp_path / "p.wbproj", [[f"Бул сүйлөм {n}."] for n in range(500)], "ky", "en")
    yield p
    p.close()


def test_a_changed_segment_is_read_again_alone(qtbot, project, monkeypatch):
    model = SegmentTableModel(project, QUndoStack())
    shown = [model.data(model.index(row, COL_TARGET)) for row in range(100, 120)]  # in view
    assert shown == [""] * 20
    read: list[int] = []
    segments_by_id = Project.segments_by_id

    def counting(self, ids):
        ids = list(ids)
        read.extend(ids)
        return segments_by_id(self, ids)

    monkeypatch.setattr(Project, "segments_by_id", counting)
    sid = model.ids[110]
    with qtbot.waitSignal(model.dataChanged):
        assert model.edit_target(sid, "This sentence 110.")  # what an autosave does
    assert model.data(model.index(110, COL_TARGET)) == "This sentence 110."
    project.apply_mt(model.ids[111], "MT 111.", "m", -0.2, [], revision=0)  # an MT result
    assert model.data(model.index(111, COL_TARGET)) == "MT 111."
    assert set(read) == {sid, model.ids[111]}  # the store's writes and the model: no chunk
    # A change to a row that is not cached reads nothing for the model.
    read.clear()
    far = model.ids[450]
    project.set_target(far, "Far.")
    assert set(read) == {far}
