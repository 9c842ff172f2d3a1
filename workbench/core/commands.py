"""How to name a workbench command in a message so that it works as printed.

After the README's set-up (`python3 -m venv .venv && .venv/bin/pip install -e .`)
the `workbench` script lives in .venv/bin, which is not on PATH: a message
saying "run `workbench models download ...`" would fail with "command not
found". Every message that names a command builds it with `command()`, which
names the program the way the running one can be started again:

- `workbench` when that name on PATH is the script now running;
- the script's absolute path when it was started by path (.venv/bin/workbench);
- `<this python> -m workbench` otherwise (python -m workbench, tests, a GUI
  started some other way): the interpreter that runs now can run it again.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

NAME = "workbench"


def program() -> str:
    """The start of a command line that runs this workbench, quoted for a shell."""
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is not None and started.stem == NAME and started.is_file():
        on_path = shutil.which(NAME)
        if on_path and _same_file(Path(on_path), started):
            return NAME
        return shlex.quote(str(started.resolve()))
    return f"{shlex.quote(sys.executable)} -m {NAME}"


def command(*args: str) -> str:
    """`workbench ARGS` as it can be typed: command("models", "download", "ID").
    Arguments are put in as given (placeholders such as ID stay readable)."""
    return " ".join([program(), *args])


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
