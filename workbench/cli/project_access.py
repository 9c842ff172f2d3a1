"""How CLI commands open a project for writing, one writer process at a time.

The project's lock (core.project_lock) lets one process write. A command that
finds another command writing waits its turn and says what it waits for; one
that finds an editor window holding the project refuses at once with one line
naming it (a window may stay open all day; a script must not hang silently).
"""

from __future__ import annotations

import sys

from workbench.cli.terminal import StatusLine
from workbench.core.errors import ProjectError
from workbench.core.project_lock import Holder
from workbench.core.store import Project


def open_for_writing(path: str, command: str) -> Project:
    """Open `path` for writing as `workbench COMMAND`, waiting for another command."""
    line = StatusLine()
    said: list[str] = []

    def on_wait(holder: Holder | None, waited: float) -> bool:
        if holder is None or holder.is_editor or not holder.on_this_host:
            return False  # a window, or a machine we cannot see: say who, and stop
        text = f"{path}: waiting for {holder.describe()} to finish ({waited:.0f} s; Ctrl+C to stop)"
        if line.tty:
            line.draw(text)
        elif not said:
            said.append(text)
            print(text, file=line.stream, flush=True)
        return True

    try:
        project = Project.open(path, purpose=f"workbench {command}", on_wait=on_wait)
    finally:
        line.finish()
    if said:
        print(f"{path}: its turn came; going on", file=line.stream, flush=True)
    if project.read_only:
        project.close()
        raise ProjectError(
            f"is read-only ({project.read_only_reason}); make the file and its folder "
            "writable, or copy the project somewhere writable",
            path=path,
        )
    for notice in project.notices:
        print(f"workbench: {path}: {notice}", file=sys.stderr)
    return project
