"""Issue 16 (stall3): what keeps the window's event loop turning while the MT worker
runs: results stored a time slice per turn, and a short GIL switch interval while
jobs run. Real worker thread, pipeline and tiny model; no timing is asserted (speed
is in benchmarks/)."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("pytestqt")

from tests import test_gui_mt  # noqa: E402
from tests.conftest import tiny_settings  # noqa: E402
from tests.test_gui_editor import make_project  # noqa: E402
from tests.test_gui_mt import MT_TIMEOUT_MS, many_paragraphs  # noqa: E402
from workbench.core.segment import Origin, Status  # noqa: E402
from workbench.gui import mt_controller  # noqa: E402
from workbench.gui.runner import (  # noqa: E402
    PYTHON_JOB_SWITCH_INTERVAL_S,
    ShortSwitchInterval,
    short_switch_interval,
)

make_window = test_gui_mt.make_window  # the same window fixture


@pytest.mark.parametrize("budget, slice_", [(0.0, 24), (3600.0, 7)])
def test_results_are_stored_a_slice_per_event_loop_turn(
    qtbot, tmp_path, tiny_model_dir, make_window, monkeypatch, budget, slice_
):
    """A turn stores at most APPLY_SLICE results, and with no time to spare one (at
    least one, so it always moves on); every result is stored, in the order the worker
    sent them."""
    monkeypatch.setattr(mt_controller, "APPLY_BUDGET_S", budget)
    monkeypatch.setattr(mt_controller, "APPLY_SLICE", slice_)
    win = make_window(make_project(tmp_path, many_paragraphs(40)), tiny_settings(tiny_model_dir))
    mt = win.mt
    sent: list[int] = []
    receive = mt._on_results

    def on_results(job_id, model, results):
        sent.extend(r.id[0] for r in results)
        receive(job_id, model, results)

    mt._worker.results.disconnect(mt._on_results)
    mt._worker.results.connect(on_results)
    stored: list[int] = []
    apply_mt = win.project.apply_mt

    def record(segment_id, *args, **kwargs):
        stored.append(segment_id)
        return apply_mt(segment_id, *args, **kwargs)

    monkeypatch.setattr(win.project, "apply_mt", record)
    per_turn: list[int] = []
    apply_pending = mt.apply_pending

    def counted(limit=None, budget_s=None):
        before = len(stored)
        apply_pending(limit, budget_s)
        if budget_s is not None and len(stored) > before:
            per_turn.append(len(stored) - before)

    monkeypatch.setattr(mt, "apply_pending", counted)
    with qtbot.waitSignal(mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_document()
    assert finished.args[1] == "done" and mt.filled == 40
    assert stored == sent and sorted(stored) == sorted(win.model.ids)
    if budget == 0:
        assert per_turn and set(per_turn) == {1}, per_turn  # one result a turn
    else:  # the worker sends its results in a few flushes: some turn has a full slice
        assert per_turn and max(per_turn) == slice_, per_turn
    for sid in win.model.ids:
        seg = win.project.segment(sid)
        assert seg.status == Status.MT_DRAFT and seg.origin == Origin.MT and seg.target


def test_a_short_gil_switch_interval_while_mt_jobs_run(
    qtbot, tmp_path, tiny_model_dir, make_window
):
    """The worker's Python holds the GIL between CTranslate2 calls; the GUI thread
    takes it back after each SQLite statement and Qt call, up to a switch interval each."""
    before = sys.getswitchinterval()
    assert before > PYTHON_JOB_SWITCH_INTERVAL_S
    win = make_window(make_project(tmp_path, many_paragraphs(20)), tiny_settings(tiny_model_dir))
    during: list[float] = []
    win.mt.progressChanged.connect(lambda *_: during.append(sys.getswitchinterval()))
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_document()
        assert sys.getswitchinterval() == PYTHON_JOB_SWITCH_INTERVAL_S
    assert finished.args[1] == "done"
    assert during and set(during) == {PYTHON_JOB_SWITCH_INTERVAL_S}
    assert sys.getswitchinterval() == before  # back once no job is left
    assert short_switch_interval.holders == 0


def test_overlapping_holders_of_the_short_switch_interval():
    """An import that starts during MT and ends after it (holds that do not nest):
    the interval stays short until the last lets go, then is what it was."""
    before = sys.getswitchinterval()
    holder = ShortSwitchInterval()
    try:
        holder.hold()  # MT starts
        holder.hold()  # an import starts
        holder.release()  # MT ends first
        assert sys.getswitchinterval() == PYTHON_JOB_SWITCH_INTERVAL_S
        holder.release()  # the import ends
        assert sys.getswitchinterval() == before
        holder.release()  # one release too many changes nothing
        assert sys.getswitchinterval() == before
    finally:
        sys.setswitchinterval(before)
