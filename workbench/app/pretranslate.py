"""Filling a project's untranslated segments with machine translation drafts.

The CLI runs `pretranslate` in one thread. The GUI builds the same requests
with `pending_requests` on its thread, runs the pipeline on its worker and
applies each result on its thread with `apply_result`, because a project
belongs to the thread that opened it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workbench.core import flags
from workbench.core.errors import Cancelled
from workbench.core.inline import Coded
from workbench.core.placement import place_codes
from workbench.core.segment import Status
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.mt.cache import MTCache
from workbench.mt.engine import Engine, GenerationSettings
from workbench.mt.pipeline import MTRequest, MTResult, translate_segments


def pending_requests(
    project: Project, *, overwrite: bool = False, document_id: int | None = None
) -> list[MTRequest]:
    """Requests for the segments that need MT: new ones, and MT drafts when
    overwriting. Edited and confirmed segments are never touched. Each request's
    id is (segment id, revision) so a late result cannot overwrite an edit."""
    statuses = [Status.NEW, Status.MT_DRAFT] if overwrite else [Status.NEW]
    return [
        MTRequest((seg.id, seg.revision), seg.mt_source, seg.lang)
        for seg in project.segments(document_id=document_id, status=statuses)
        if overwrite or not seg.target.strip()
    ]


def apply_result(project: Project, result: MTResult, model: str, overwrite: bool) -> bool:
    """Store one pipeline result; True when it filled the segment's target. The source's
    inline codes are placed in the draft (flagged when a placement is a guess)."""
    segment_id, revision = result.id  # type: ignore[misc]
    if result.passed_through:
        return False  # already in the target language, or nothing to translate
    text: str | Coded = result.text
    found = set(result.flags)
    segment = project.segment(segment_id)
    if segment.source_codes:
        placed = place_codes(segment.source_coded, result.text, result.alignment)
        text = placed.coded
        if placed.uncertain:
            found.add(flags.MT_CODES_GUESSED)
    return project.apply_mt(
        segment_id,
        text,
        model,
        result.score,
        frozenset(found),
        revision=revision,
        overwrite_draft=overwrite,
    )


@dataclass
class PretranslateReport:
    requested: int = 0
    filled: int = 0
    passed_through: int = 0
    flagged: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False


def pretranslate(
    project: Project,
    engine: Engine,
    *,
    overwrite: bool = False,
    document_id: int | None = None,
    settings: GenerationSettings | None = None,
    cache: MTCache | None = None,
    state: TaskState | None = None,
    on_result: Callable[[MTResult], None] | None = None,
    **pipeline_options: Any,
) -> PretranslateReport:
    """Translate and store, segment by segment: safe to interrupt and run again.
    pipeline_options go to translate_segments (batch sizes, token budget)."""
    requests = pending_requests(project, overwrite=overwrite, document_id=document_id)
    report = PretranslateReport(requested=len(requests))
    try:
        for result in translate_segments(
            requests,
            project.target_lang,
            engine,
            settings,
            cache=cache,
            state=state,
            **pipeline_options,
        ):
            if result.passed_through:
                report.passed_through += 1
            elif apply_result(project, result, engine.model_id, overwrite):
                report.filled += 1
            for flag in result.flags:
                report.flagged[flag] = report.flagged.get(flag, 0) + 1
            if on_result is not None:
                on_result(result)
    except Cancelled:
        report.cancelled = True
    return report
