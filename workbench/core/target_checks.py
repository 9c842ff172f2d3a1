"""Checks computed on a segment's target: the one place they are run.

A flag from a check belongs to the text it was computed on. The project store
calls `refresh_flags` inside every write that changes a target (typing, a
confirm, MT, a memory fill, find and replace, the CLI all go through
`Project.set_target` / `Project.apply_mt`), so the flags a segment shows always
describe its current target; the MT pipeline calls `run_checks` on its output.

To add a check (terminology, QA), append a `TargetCheck` to `CHECKS`:

    TargetCheck("terms", frozenset({flags.QA_TERM_MISSING}), my_check)

`my_check(text: CheckedText) -> Iterable[str]` returns the flags it finds
(each listed in the check's `flags`, so the store knows which stale flags to
drop before it runs the checks again). It must be quick (it runs on every
keystroke the editor saves) and must not write to the project. A check that
needs project data (the glossary) reads it through `text.project`, which is
None when the MT pipeline runs the checks on its own; it then returns
nothing. Modules in CHECKS must not import workbench.core.store at module
level (the store imports this module).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from workbench.core import flags
from workbench.core.guards import check_translation
from workbench.core.qa_hook import QA_FLAGS, qa_flags


@dataclass(frozen=True)
class CheckedText:
    """What a check looks at: one source text and its target."""

    source: str  # the text sent to MT and memory matching (Segment.mt_source)
    target: str  # never empty: an empty target is untranslated and gets no flags
    src: str  # the segment's own language (ky/ru/en)
    tgt: str  # the project's target language
    project: Any = None  # the open Project when the store runs the checks, else None
    segment_id: int | None = None  # the segment, when the store runs the checks


@dataclass(frozen=True)
class TargetCheck:
    name: str
    flags: frozenset[str]  # every flag this check can return
    run: Callable[[CheckedText], Iterable[str]]


def _guard_rails(text: CheckedText) -> Iterable[str]:
    return check_translation(text.source, text.target, text.src, text.tgt)


# Flags about how the MT text was made, not about the target: they stay with the
# stored MT text (Project.apply_mt replaces them), whatever the target becomes.
MT_TEXT_FLAGS = frozenset({flags.MT_SPLIT, flags.MT_EMPTY, flags.MT_CODES_GUESSED})

CHECKS: tuple[TargetCheck, ...] = (
    TargetCheck("guard rails", frozenset(flags.MT_FLAGS - MT_TEXT_FLAGS), _guard_rails),
    # Terminology and QA (core/qa.py), with the project's termbase: project runs only.
    TargetCheck("qa", QA_FLAGS, qa_flags),
)


def target_flags() -> frozenset[str]:
    """Every flag the checks own: the ones recomputed when a target changes."""
    return frozenset().union(*(c.flags for c in CHECKS))


def run_checks(text: CheckedText) -> frozenset[str]:
    """The flags the checks find on a target (none on an empty one)."""
    if not text.target.strip() or not text.source.strip():
        return frozenset()
    found: set[str] = set()
    for check in CHECKS:
        found.update(f for f in check.run(text) if f in check.flags)
    return frozenset(found)


def warm_up(project: Any, src: str, tgt: str) -> None:
    """Run the checks once on a throwaway text, writing nothing: their first run
    imports modules and builds the project's term and QA context (~60-100 ms),
    which the editor would otherwise pay in the middle of storing MT results."""
    run_checks(CheckedText("Warm up 1.", "Warm up 1.", src, tgt, project))


def refresh_flags(old: Iterable[str], text: CheckedText) -> tuple[str, ...]:
    """A segment's flags after its target became `text.target`: the flags no check
    owns (import repairs, MT_TEXT_FLAGS) kept in order, the checks' run again."""
    owned = target_flags()
    kept = [f for f in old if f not in owned]
    found = run_checks(text)
    return tuple(kept + sorted(f for f in found if f not in kept))
