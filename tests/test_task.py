"""TaskState: progress, status and cancellation shared between a worker and its watcher."""

from __future__ import annotations

import pytest

from workbench.core.errors import Cancelled
from workbench.core.task import Progress, TaskState


def test_a_step_has_its_own_progress_but_the_work_s_cancellation():
    outer_seen: list[Progress] = []
    step_seen: list[Progress] = []
    outer = TaskState(outer_seen.append)
    outer.set_progress(3, 10)
    step = outer.step(step_seen.append)
    step.set_status("loading the model")
    step.set_progress(50, 100)
    assert outer.snapshot() == Progress(3, 10, "")
    assert step_seen[-1] == Progress(50, 100, "loading the model")
    assert len(outer_seen) == 1  # the step's events never reached the outer watcher
    outer.cancel()
    assert step.is_cancelled
    with pytest.raises(Cancelled):
        step.check_cancelled()


def test_cancelling_a_step_stops_the_whole_work():
    outer = TaskState()
    outer.step().cancel()
    assert outer.is_cancelled
