"""Unexpected errors: one line for the user, the full traceback in a crash log.

An exception that is not a WorkbenchError is a bug. The user gets one line that
says so and where the details are; the traceback, the version, the command line
and the platform go to a file in the cache folder's crash/ subfolder, to be sent
with a report. The CLI's main() and the editor's sys.excepthook both use this.
"""

from __future__ import annotations

import os
import platform
import shlex
import sys
import tempfile
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from workbench import __version__
from workbench.core.errors import first_line
from workbench.core.settings import cache_dir

KEEP_LOGS = 20  # older crash logs are removed


def crash_dir() -> Path:
    return cache_dir() / "crash"


def write_crash_log(exc: BaseException, command: Sequence[str] | None = None) -> Path:
    """Write the traceback and context of `exc` to a new crash log; return its path.
    Falls back to the system's temporary folder when the cache folder cannot be written;
    raises OSError when neither can."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    text = "".join(
        [
            f"workbench {__version__} crash at {datetime.now().isoformat(timespec='seconds')}\n",
            f"command: {shlex.join(sys.argv if command is None else command)}\n",
            f"python {platform.python_version()} on {platform.platform()}\n\n",
            *traceback.format_exception(type(exc), exc, exc.__traceback__),
        ]
    )
    error: OSError | None = None
    for folder in (crash_dir(), Path(tempfile.gettempdir()) / "workbench-crash"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}-{os.getpid()}.log"
            path.write_text(text, encoding="utf-8", errors="backslashreplace")
        except OSError as exc_write:
            error = error or exc_write
            continue
        _prune(folder)
        return path
    assert error is not None
    raise error


def crash_message(
    exc: BaseException, command: Sequence[str] | None = None
) -> tuple[str, Path | None]:
    """The one line for the user (the crash log written first), and the log's path
    (None when no log could be written; the line then says why)."""
    what = f"{type(exc).__name__}: {first_line(exc)}"
    try:
        path: Path | None = write_crash_log(exc, command)
    except OSError as err:
        return (
            f"unexpected error ({what}); this is a bug, and its details could not be saved "
            f"({err.strerror or err}): please report what you were doing",
            None,
        )
    return (
        f"unexpected error ({what}); this is a bug: the details are in {path}, "
        "please send that file with a report",
        path,
    )


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob("crash-*.log"))
    for old in logs[:-KEEP_LOGS]:
        old.unlink(missing_ok=True)
