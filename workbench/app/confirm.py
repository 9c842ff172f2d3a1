"""Confirming a segment: what it does beyond the segment's own status.

The confirmed pair goes into the project's memory, and (when the user's setting
says so) its unconfirmed repetitions receive its target. The editor calls this
after every confirmation; it is the one place for the rule.
"""

from __future__ import annotations

from workbench.core import tm
from workbench.core.segment import Segment
from workbench.core.settings import Settings
from workbench.core.store import Project


def remember_confirmed(
    project: Project, segment: Segment, settings: Settings, translator: str | None = None
) -> list[int]:
    """Store a just-confirmed segment in the memory (creator: `translator`, else the
    segment's translator, else the translator name in the settings), then fill its
    repetitions; returns the ids of the repetitions that received its target."""
    creator = translator or segment.translator or settings.translator_name or None
    tm.add_confirmed(project, segment, creator)
    if not settings.propagate_repetitions:
        return []
    return tm.propagate(project, segment)
