"""Progress, status and cancellation for long work.

Long work is a plain function that takes a TaskState. The GUI worker turns its
callbacks into queued Qt signals, the CLI draws a progress bar from them and the
tests read them directly, so one function serves all three.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.errors import Cancelled


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    status: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


ProgressCallback = Callable[[Progress], None]


class TaskState:
    """Shared between the thread doing the work and whoever watches it.

    The worker calls `set_progress` / `set_status` and checks `check_cancelled`
    between units of work; any thread may call `cancel`.
    """

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.status = ""

    # -- watcher side -------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, on_progress: ProgressCallback | None = None) -> TaskState:
        """A state for one step of this work (a model load, the pipeline inside a batch
        run): its own progress and status, so the outer counts are left alone, but
        this state's cancellation, so Cancel reaches the step and the step's cancel
        stops the whole work."""
        child = TaskState(on_progress)
        child._cancel = self._cancel
        return child

    # -- worker side ----------------------------------------------------------
    def check_cancelled(self) -> None:
        """Raise Cancelled if someone asked the work to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def set_total(self, total: int) -> None:
        with self._lock:
            self.total = total
        self._emit()

    def set_status(self, status: str) -> None:
        with self._lock:
            self.status = status
        self._emit()

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done += n
        self._emit()

    def set_progress(self, done: int, total: int | None = None) -> None:
        with self._lock:
            self.done = done
            if total is not None:
                self.total = total
        self._emit()

    def snapshot(self) -> Progress:
        with self._lock:
            return Progress(self.done, self.total, self.status)

    def _emit(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.snapshot())
