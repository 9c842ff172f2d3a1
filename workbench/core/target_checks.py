"""Checks computed on a segment's target: the one place they are run.

A flag from a check belongs to the text it was computed on. The project store
calls `refresh_flags` inside every write that changes a target (typing, a
confirm, MT, a memory fill, find and replace, the CLI all go through
`Project.set_target` / `Project.apply_mt`), so the flags a segment shows always
describe its current target; the MT pipeline runs them on its output (check_ahead
with the project's gathered data, or run_checks without a project).

To add a check (terminology, QA), append a `TargetCheck` to `CHECKS`:

    TargetCheck("terms", frozenset({flags.QA_TERM_MISSING}), my_check)

`my_check(text: CheckedText) -> Iterable[str]` returns the flags it finds
(each listed in the check's `flags`, so the store knows which stale flags to
drop before it runs the checks again). It must be quick (it runs on every
keystroke the editor saves) and must not write to the project. Modules in
CHECKS must not import workbench.core.store at module level (the store
imports this module).

A check that needs project data (the termbase) is split in three, so that it
too can run away from the project's thread (the MT worker computes the checks
of each MT result there, `check_ahead`, and the editor's GUI thread only
stores them; the project itself belongs to the thread that opened it):
`gather(project)` reads the data on the project's thread and returns the same
object until the data changes; `run(text)` then reads only `text.data` (that
object), never `text.project`, so it is a pure function of the text and the
data; `keep(text, findings)` turns its findings into flags on the project's
thread, where `text.project` is set (the QA check drops the warnings the
translator ignored). Without a project (the MT pipeline on its own, no data
gathered) such a check returns nothing. Data shared with another thread is
only read there, apart from memo caches, which must be safe under the GIL
(plain dict get/set).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from workbench.core import flags
from workbench.core.guards import check_translation
from workbench.core.qa_hook import QA_FLAGS, check_data, qa_find, qa_keep


@dataclass(frozen=True)
class CheckedText:
    """What a check looks at: one source text and its target."""

    source: str  # the text sent to MT and memory matching (Segment.mt_source)
    target: str  # never empty: an empty target is untranslated and gets no flags
    src: str  # the segment's own language (ky/ru/en)
    tgt: str  # the project's target language
    project: Any = None  # the open Project when the store runs the checks, else None
    segment_id: int | None = None  # the segment, when the store runs the checks
    data: Any = None  # for a check with `gather`: what it gathered from the project


@dataclass(frozen=True)
class TargetCheck:
    name: str
    flags: frozenset[str]  # every flag this check can return
    run: Callable[[CheckedText], Iterable[Hashable]]  # flags, or findings for `keep`
    gather: Callable[[Any], Any] | None = None  # project -> the data `run` reads
    keep: Callable[[CheckedText, frozenset], Iterable[str]] | None = None  # findings -> flags


@dataclass(frozen=True)
class Checked:
    """The checks' findings on one target, computed before it is stored and away from
    the project's thread (check_ahead): the MT worker's, for an MT result."""

    source: str
    target: str
    src: str
    tgt: str
    data: Mapping[str, Any]  # what each check with `gather` read, by check name
    found: Mapping[str, frozenset]  # each check's findings (run's output), by check name

    def matches(self, text: CheckedText) -> bool:
        """Whether these findings are about `text` (the very texts and languages)."""
        return (self.source, self.target, self.src, self.tgt) == (
            text.source,
            text.target,
            text.src,
            text.tgt,
        )


def _guard_rails(text: CheckedText) -> Iterable[str]:
    return check_translation(text.source, text.target, text.src, text.tgt)


# Flags about how the MT text was made, not about the target: they stay with the
# stored MT text (Project.apply_mt replaces them), whatever the target becomes.
MT_TEXT_FLAGS = frozenset({flags.MT_SPLIT, flags.MT_EMPTY, flags.MT_CODES_GUESSED})

CHECKS: tuple[TargetCheck, ...] = (
    TargetCheck("guard rails", frozenset(flags.MT_FLAGS - MT_TEXT_FLAGS), _guard_rails),
    # Terminology and QA (core/qa.py), with the project's termbase and ignored warnings.
    TargetCheck("qa", QA_FLAGS, qa_find, gather=check_data, keep=qa_keep),
)


def target_flags() -> frozenset[str]:
    """Every flag the checks own: the ones recomputed when a target changes."""
    return frozenset().union(*(c.flags for c in CHECKS))


def run_checks(text: CheckedText, ahead: Checked | None = None) -> frozenset[str]:
    """The flags the checks find on a target (none on an empty one).

    ahead: findings computed earlier (check_ahead); a check's are used only when they
    are about this very text and the data it read is still the project's (gather
    returns the same object), otherwise the check runs again: findings computed for
    a text that was not stored, or with a termbase since changed, never give flags."""
    if not text.target.strip() or not text.source.strip():
        return frozenset()
    if ahead is not None and not ahead.matches(text):
        ahead = None
    found: set[str] = set()
    for check in CHECKS:
        data = None
        if check.gather is not None:
            if text.project is None:
                continue  # needs project data: none here
            data = check.gather(text.project)
        if ahead is not None and check.name in ahead.found and ahead.data.get(check.name) is data:
            findings = ahead.found[check.name]
        else:
            findings = frozenset(check.run(text if data is None else replace(text, data=data)))
        flagged = findings if check.keep is None else check.keep(text, findings)
        found.update(f for f in flagged if f in check.flags)
    return frozenset(found)


def gather(project: Any) -> dict[str, Any]:
    """The project data the checks read, gathered on the project's thread for check_ahead."""
    return {c.name: c.gather(project) for c in CHECKS if c.gather is not None}


def check_ahead(text: CheckedText, data: Mapping[str, Any]) -> Checked:
    """Run the checks on a target that is not stored yet, on any thread: `text` has no
    project; `data` is gather()'s, taken on the project's thread. What the checks find
    goes with the text to the store (refresh_flags(..., ahead=)), which turns it into
    flags on the project's thread without running the checks again."""
    found: dict[str, frozenset] = {}
    if text.target.strip() and text.source.strip():
        for check in CHECKS:
            if check.gather is None:
                found[check.name] = frozenset(check.run(text))
            elif check.name in data:
                found[check.name] = frozenset(check.run(replace(text, data=data[check.name])))
    return Checked(text.source, text.target, text.src, text.tgt, dict(data), found)


def warm_up(project: Any, src: str, tgt: str) -> None:
    """Run the checks once on a throwaway text, writing nothing: their first run
    imports modules and builds the project's term and QA context (~60-100 ms),
    which the editor would otherwise pay in the middle of storing MT results."""
    run_checks(CheckedText("Warm up 1.", "Warm up 1.", src, tgt, project))


def refresh_flags(
    old: Iterable[str], text: CheckedText, ahead: Checked | None = None
) -> tuple[str, ...]:
    """A segment's flags after its target became `text.target`: the flags no check
    owns (import repairs, MT_TEXT_FLAGS) kept in order, the checks' run again (or
    their findings taken from `ahead`, see run_checks)."""
    owned = target_flags()
    kept = [f for f in old if f not in owned]
    found = run_checks(text, ahead)
    return tuple(kept + sorted(f for f in found if f not in kept))
