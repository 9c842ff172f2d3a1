"""The editor's last line of defence: an unexpected exception anywhere in the GUI (a slot,
an event handler, a Python thread) becomes one line in a dialog and on stderr, with the full
traceback in a crash log (workbench.core.crashlog), instead of a traceback on a console the
user may not even see. The window stays open; the work saved so far is in the project."""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from workbench.core.crashlog import crash_message
from workbench.gui.main_window import MainWindow


class CrashReporter(QObject):
    """Lives in the GUI thread; `crashed` reaches the window from any thread (queued)."""

    crashed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.crashed.connect(window.show_error)

    def report(self, exc: BaseException) -> None:
        line, log = crash_message(exc)
        print(f"workbench: error: {line}", file=sys.stderr)
        if log is None:  # nowhere to keep the details: show them rather than lose them
            traceback.print_exception(exc, file=sys.stderr)
        self.crashed.emit(line[0].upper() + line[1:])


def install_excepthook(window: MainWindow) -> CrashReporter:
    """Route uncaught exceptions (the GUI thread's and Python threads') to a CrashReporter."""
    reporter = CrashReporter(window)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            reporter.report(exc.with_traceback(tb) if tb is not None else exc)
        except Exception:  # noqa: BLE001 - reporting must not raise in turn
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )
    return reporter
