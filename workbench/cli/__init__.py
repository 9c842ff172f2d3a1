"""The `workbench` command: one face of the core (the GUI is the other).

Each area registers its subcommands from its own module. Modules here import
only the standard library and the core at import time; torch, transformers
and Qt are imported inside the commands that need them, so `workbench --help`
starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence

from workbench import __version__
from workbench.core.errors import Cancelled, WorkbenchError

# Modules that define `register(subparsers)`; each adds its own subcommands.
COMMAND_MODULES = (
    "workbench.cli.project_cmd",
    "workbench.cli.translate_cmd",
    "workbench.cli.complete_cmd",
    "workbench.cli.models_cmd",
    "workbench.cli.tmx_cmd",
    "workbench.cli.terms_cmd",
    "workbench.cli.qa_cmd",
    "workbench.cli.segment_cmd",
    "workbench.cli.batch_cmd",
    "workbench.cli.gui_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=(
            "Kyrgyz-Russian-English translation workbench with local NLLB-200 machine "
            "translation. Run without a command to open the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except WorkbenchError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Cancelled):
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug: one line here, the traceback in a crash log
        from workbench.core.crashlog import crash_message

        line, log = crash_message(exc, ["workbench", *argv])
        print(f"workbench: error: {line}", file=sys.stderr)
        if log is None:  # nowhere to keep the details: show them rather than lose them
            traceback.print_exception(exc, file=sys.stderr)
        return 70  # EX_SOFTWARE
