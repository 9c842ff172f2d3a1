"""MT confidence bands: the rule, the store's "least confident first", the grid."""

from __future__ import annotations

import math

import pytest

from tests.test_gui_editor import make_project
from workbench.core.confidence import HIGH_FROM, MEDIUM_FROM, Band, band, describe
from workbench.core.store import Project

SCORES = [-0.2, -2.0, None, -0.7, -1.2]  # segment by segment; None: no MT


def test_bands_cut_the_mean_token_probability():
    assert band(0.0) is Band.HIGH
    assert band(math.log(HIGH_FROM) + 1e-9) is Band.HIGH
    assert band(math.log(HIGH_FROM) - 1e-6) is Band.MEDIUM
    assert band(math.log(MEDIUM_FROM) + 1e-9) is Band.MEDIUM
    assert band(math.log(MEDIUM_FROM) - 1e-6) is Band.LOW
    assert band(-1e9) is Band.LOW
    text = describe(-0.7)
    assert "medium" in text and "50%" in text and "-0.70" in text


def scored_project(tmp_path) -> tuple:
    paragraphs = [[f"Ош облусунда жолдор оңдолуп жатат {n}."] for n in range(len(SCORES))]
    path = make_project(tmp_path, paragraphs)
    with Project.open(path) as project:
        ids = project.segment_ids()
        for sid, score in zip(ids, SCORES, strict=True):
            if score is not None:
                seg = project.segment(sid)
                project.apply_mt(sid, f"mt {sid}", "tiny", score, (), revision=seg.revision)
    return path, ids


def test_store_lists_scored_segments_least_confident_first(tmp_path):
    path, ids = scored_project(tmp_path)
    with Project.open(path, read_only=True) as project:
        assert project.segment_ids(least_confident_first=True) == [ids[1], ids[4], ids[3], ids[0]]
        assert project.segment_ids() == ids  # document order stays the default


def test_grid_shows_the_band_and_sorts_least_confident_first(qtbot, tmp_path):
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

    from workbench.gui.segment_model import COL_MATCH, SegmentTableModel

    path, ids = scored_project(tmp_path)
    with Project.open(path) as project:
        model = SegmentTableModel(project, QUndoStack())
        texts = [model.index(r, COL_MATCH).data() for r in range(model.rowCount())]
        assert texts == ["MT high", "MT low", "", "MT medium", "MT low"]
        tip = model.index(1, COL_MATCH).data(Qt.ItemDataRole.ToolTipRole)
        assert "low" in tip and "14%" in tip  # exp(-2.0)
        model.set_filter(least_confident_first=True)
        assert list(model.ids) == [ids[1], ids[4], ids[3], ids[0]]
        model.set_filter(least_confident_first=True, text="жатат 3")
        assert list(model.ids) == [ids[3]]
        model.close()
