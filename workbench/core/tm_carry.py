"""Carrying a memory unit's inline codes over to a segment that has the same words
(core/tm.py's reuse: fills, propagation, the side panel's suggestions)."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.inline import Code, Coded
from workbench.core.placement import place_codes


def same_codes(a: Sequence[Code], b: Sequence[Code]) -> bool:
    """The same codes in the same order (by kind; ids and data may differ between files)."""
    return [c.kind for c in a] == [c.kind for c in b]


def carry_codes(from_source: Coded, from_target: Coded, to_source: Coded) -> Coded:
    """A translation of `from_source` given to `to_source` (the same words): where their
    codes correspond (same count and order), each code of the translation becomes
    to_source's code in that position, placed where the translation has it. Otherwise the
    plain translation with to_source's codes placed by the words they cover (a guess)."""
    mine, theirs = to_source.codes, from_source.codes
    if not mine:
        return Coded(from_target.plain)
    if same_codes(mine, theirs):
        mapping = {(t.id, t.kind): m for t, m in zip(theirs, mine, strict=True)}
        if all((c.id, c.kind) in mapping for c in from_target.codes):
            return Coded(
                from_target.text, tuple(mapping[(c.id, c.kind)] for c in from_target.codes)
            )
    return place_codes(to_source, from_target.plain).coded
