"""Which segments to translate ahead of the translator (the editor's look-ahead).

The current segment and the next ones in the order the translator goes through
them, as long as they still need MT: new, with an empty target and no MT text
yet (pretranslate's rule, and nothing a previous look-ahead already did). The
GUI runs them as a background MT job and cancels it when the translator moves
elsewhere; a benchmark (benchmarks/completion.py) simulates the same policy.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.segment import Segment, Status


def needs_lookahead(segment: Segment) -> bool:
    return (
        segment.status == Status.NEW
        and not segment.target.strip()
        and segment.mt_text is None
        and bool(segment.mt_source.strip())
    )


def lookahead_ids(segments: Iterable[Segment], count: int) -> list[int]:
    """Ids of the first `count` of `segments` (current first) that need MT."""
    out: list[int] = []
    for segment in segments:
        if len(out) >= count:
            break
        if needs_lookahead(segment):
            out.append(segment.id)
    return out
