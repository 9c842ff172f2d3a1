"""`workbench gui [PROJECT]`: open the window (plain `workbench` does the same)."""

from __future__ import annotations

import argparse
import os
import sys

from workbench.core.commands import command


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "gui",
        help="open the translation editor (the default when no command is given)",
        description="Open the editor window, optionally on a project file (.wbproj).",
    )
    parser.add_argument("project", nargs="?", help="a project file to open")
    parser.add_argument(
        "--lang",
        choices=("ky", "ru", "en"),
        help="interface language for this run (default: Settings, else the system's)",
    )
    parser.set_defaults(func=_gui)


def _gui(args: argparse.Namespace) -> int:
    from workbench.core.errors import WorkbenchError
    from workbench.core.store import Project

    if args.project is not None:
        # Fail on the command line, before any window, when the project cannot be opened.
        Project.open(args.project, read_only=True).close()
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise WorkbenchError(
            "no display to open the window on (DISPLAY is not set); run it in a desktop "
            f"session, or use the command line (`{command('--help')}`)"
        )
    try:
        from workbench.gui.app import run
    except ImportError as exc:
        raise WorkbenchError(
            f"the window needs PySide6 and a display ({exc}); install PySide6 or use the "
            f"command line (`{command('--help')}`)"
        ) from None
    return run(args.project, lang=args.lang)
