"""Recent projects as the welcome screen lists them, and the one to reopen on start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.core.settings import Settings


@dataclass(frozen=True)
class RecentProject:
    path: Path
    exists: bool
    modified: datetime | None  # when the project file last changed

    @property
    def name(self) -> str:
        return self.path.stem


def recent_projects(settings: Settings) -> list[RecentProject]:
    """The settings' recent list, newest first, each with whether it is still there."""
    found = []
    for entry in settings.recent_projects:
        path = Path(entry)
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            found.append(RecentProject(path, False, None))
        else:
            found.append(RecentProject(path, path.is_file(), modified))
    return found


def project_to_reopen(settings: Settings) -> Path | None:
    """The last project when it is to be reopened on start and is still there."""
    if not settings.reopen_last or not settings.recent_projects:
        return None
    last = Path(settings.recent_projects[0])
    return last if last.is_file() else None
