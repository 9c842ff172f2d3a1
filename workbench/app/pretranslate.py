"""Pre-translation: the memory first, then machine translation drafts for the rest.

The one place for its rules: which segments the memory fills (fill_from_memory),
which need MT (needs_mt, mt_request) and how a result is stored (apply_result);
and the one place for its sequence: `prepare` fills from the memory, then builds
the MT requests for what is left, a chunk of segments at a time. The CLI runs
`pretranslate` (prepare, the pipeline, apply_result) in one thread. The GUI steps
through the same `prepare` a chunk per event-loop turn on its thread, runs the
pipeline on its worker and applies each result on its thread with `apply_result`,
because a project belongs to the thread that opened it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.core import flags, target_checks, tm
from workbench.core.errors import Cancelled
from workbench.core.inline import Coded
from workbench.core.placement import place_codes
from workbench.core.segment import Segment, Status
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.mt.cache import MTCache
from workbench.mt.engine import Engine, GenerationSettings
from workbench.mt.pipeline import MTRequest, MTResult, translate_segments


def fill_from_memory(project: Project, segment_ids: Sequence[int] | None = None) -> int:
    """Step one of pre-translation, as CAT tools do: exact human matches from the
    memory fill new, empty segments (returns how many); MT then does the rest."""
    return tm.fill_exact_matches(project, segment_ids)


def needs_mt(segment: Segment, overwrite: bool) -> bool:
    """The segments MT fills: new ones with an empty target, and MT drafts when
    overwriting. Edited and confirmed segments are never touched."""
    if overwrite:
        return segment.status in (Status.NEW, Status.MT_DRAFT)
    return segment.status == Status.NEW and not segment.target.strip()


def mt_request(segment: Segment) -> MTRequest:
    """The pipeline request for a segment. Its id is (segment id, revision), so a
    late result cannot overwrite an edit (see apply_result)."""
    return MTRequest((segment.id, segment.revision), segment.mt_source, segment.lang)


PREPARE_CHUNK = 250  # segments read (and memory-matched) per step of `prepare`


@dataclass
class Prepared:
    """One step of the sequence: how many segments the memory filled in a chunk,
    then the MT requests for the chunk's segments that still need MT."""

    from_memory: int
    requests: list[MTRequest]


def prepare(
    project: Project,
    segment_ids: Sequence[int],
    *,
    overwrite: bool = False,
    memory: bool = True,
    only_untranslated: bool = True,
    include_empty: bool = True,
    chunk_size: int = PREPARE_CHUNK,
) -> Iterator[Prepared]:
    """The pre-translate sequence up to MT, a chunk of segments per step: the memory
    first (when `memory`), then requests for the segments that need MT (needs_mt;
    every segment given when not `only_untranslated`, to refresh one segment's MT).

    include_empty=False leaves out segments with nothing to translate (they would
    only pass through): the GUI then loads no model for them, while the CLI keeps
    them so its report counts them. Lazy, so the GUI can step it between events;
    results go through apply_result.
    """
    ids = list(segment_ids)
    for start in range(0, len(ids), chunk_size):
        chunk = ids[start : start + chunk_size]
        filled = fill_from_memory(project, chunk) if memory else 0
        requests = [
            mt_request(seg)
            for seg in project.segments_by_id(chunk)
            if (not only_untranslated or needs_mt(seg, overwrite))
            and (include_empty or seg.mt_source.strip())
        ]
        yield Prepared(filled, requests)


def pending_requests(
    project: Project, *, overwrite: bool = False, document_id: int | None = None
) -> list[MTRequest]:
    """Requests for every segment that needs MT (see needs_mt); writes nothing."""
    ids = project.segment_ids(document_id=document_id)
    parts = prepare(project, ids, overwrite=overwrite, memory=False)
    return [request for part in parts for request in part.requests]


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
        checked=result.checked,  # the checks run with the MT (translate_segments' checks)
    )


@dataclass
class PretranslateReport:
    from_memory: int = 0
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
    memory: bool = True,
    settings: GenerationSettings | None = None,
    cache: MTCache | None = None,
    state: TaskState | None = None,
    on_memory: Callable[[int], None] | None = None,
    on_result: Callable[[MTResult], None] | None = None,
    **pipeline_options: Any,
) -> PretranslateReport:
    """The whole sequence in one thread: the memory, then MT, stored segment by
    segment (safe to interrupt and run again). on_memory gets how many segments the
    memory filled, before MT starts. pipeline_options go to translate_segments
    (batch sizes, token budget)."""
    ids = project.segment_ids(document_id=document_id)
    report = PretranslateReport()
    requests: list[MTRequest] = []
    for part in prepare(project, ids, overwrite=overwrite, memory=memory):
        report.from_memory += part.from_memory
        requests.extend(part.requests)
    report.requested = len(requests)
    if on_memory is not None:
        on_memory(report.from_memory)
    try:
        for result in translate_segments(
            requests,
            project.target_lang,
            engine,
            settings,
            cache=cache,
            state=state,
            checks=target_checks.gather(project),
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
