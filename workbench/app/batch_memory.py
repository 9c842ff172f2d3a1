"""The memory a batch run reuses 100% matches from: a project, or a TMX file
loaded into a temporary project."""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.languages import get_language

if TYPE_CHECKING:
    from workbench.app.batch import BatchOptions
    from workbench.core.store import Project


def memory_signature(options: BatchOptions) -> str:
    """Changes when a memory the run reuses matches from changes."""
    parts = []
    for path in (options.project, options.memory):
        if path is not None:
            try:
                stat = Path(path).stat()
                parts.append(f"{Path(path).resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
            except OSError:
                parts.append(str(path))
    return "|".join(parts)


def open_memory(options: BatchOptions, stack: ExitStack) -> Project | None:
    """The project whose memory gives 100% matches: --project as is, or a TMX file
    (--memory) loaded into a temporary project."""
    from workbench.core.store import Project

    if options.project is not None:
        return stack.enter_context(Project.open(options.project, read_only=True))
    if options.memory is None:
        return None
    from workbench.core.tmx_read import import_tmx

    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="workbench-memory-")))
    target = get_language(options.target).code
    other = "en" if target != "en" else "ky"  # a project needs a pair; matching uses any pair
    project = stack.enter_context(Project.create(folder / "memory.wbproj", other, target))
    import_tmx(project, Path(options.memory).expanduser())
    return project
