"""QA as use cases: check a whole project or one segment against the project's termbase,
memory and ignored warnings; ignore a warning; warn before an export.

The checks themselves are in core/qa.py (pure); this module gathers what they need from
the store once (a QaContext) so that a project-wide run reads the termbase and memory a
single time.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.commands import command
from workbench.core.i18n import msg
from workbench.core.qa import QaContext, QaText, QaWarning, check_segment
from workbench.core.qa_hook import project_context
from workbench.core.qa_run import run_qa
from workbench.core.segment import Segment, Status
from workbench.core.store import Project
from workbench.core.store_terms import ignored_warnings, set_warning_ignored


def qa_context(project: Project) -> QaContext:
    """What the checks need from the project: read once per open project and shared with
    the checks the store runs on every target change (core/qa_hook.py)."""
    return project_context(project)


def qa_project(
    project: Project,
    segments: Sequence[Segment] | None = None,
    ctx: QaContext | None = None,
    *,
    fork: bool = False,
) -> list[QaWarning]:
    """Every warning in the project (or in `segments`), less those the translator ignored.
    `fork`: this process may fork (no other thread, as in the CLI; see core/qa_run.py)."""
    ctx = ctx or qa_context(project)
    segs = qa_texts(project) if segments is None else list(segments)
    return run_qa(ctx, segs, ignored_warnings(project), fork=fork)


def qa_texts(project: Project, status: Status | None = None) -> list[Segment | QaText]:
    """The segments as the checks read them, in document order: light rows, and a full
    Segment only where inline codes need one."""
    rows = project.segment_texts(status)
    coded = {seg.id: seg for seg in project.segments_by_id([r[0] for r in rows if r[6]])}
    return [coded[r[0]] if r[6] else QaText(*r[:6]) for r in rows]


def qa_segment(project: Project, ctx: QaContext, segment: Segment) -> list[QaWarning]:
    """The warnings of one segment (consistency across segments is left to qa_project)."""
    ignored = ignored_warnings(project)
    return [w for w in check_segment(ctx, segment) if w.key not in ignored]


def ignore_warning(project: Project, warning: QaWarning, ignored: bool = True) -> None:
    set_warning_ignored(project, warning.segment, warning.check, warning.detail, ignored)


def export_warning(project: Project, ctx: QaContext | None = None) -> str:
    """A line to show before an export when confirmed segments have QA warnings; exports
    go ahead anyway (empty when there are none)."""
    confirmed = qa_texts(project, Status.CONFIRMED)
    if not confirmed:
        return ""
    warnings = qa_project(project, confirmed, ctx)
    segments = {w.segment for w in warnings}
    if not segments:
        return ""
    return msg(
        "{segments} confirmed segment(s) have {warnings} QA warning(s); "
        "exported anyway (see `{command}` or Tools > QA report)",
        segments=len(segments),
        warnings=len(warnings),
        command=command("qa"),
    )
