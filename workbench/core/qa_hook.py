"""The QA checks on every target change, through the store's target-check hook
(core/target_checks.py): whatever changed a target (typing, MT, memory, replace, the
CLI), the segment's "qa-..." flags describe its current text.

The project's termbase, linked termbases and memory spellings are read once into a
QaContext per open project (project_context), rebuilt when the termbase changes (the
store's "terms" event) or a linked file is modified. Kyrgyz spellings are learnt as they
come: memory units added since (checked by their highest id on every check) and targets
confirmed (the store's "changed" event). A unit deleted or rewritten in place keeps its
old words known until the project is opened again (fewer ө ү ң warnings, never more).
The target check is split (see target_checks): check_data gathers the context on the
project's thread, qa_find is a pure function of a text and that data (so the MT worker
can run it on its results), qa_keep drops the warnings the translator ignored for the
segment, on the project's thread.
Numbers and length are left to the guard rails' flags (mt-numbers-differ, mt-too-short,
mt-too-long), which run on every target too; consistency spans segments, so it is only
in the project-wide QA run.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core import qa
from workbench.core.qa import QaContext

FLAG_PREFIX = "qa-"
_NOT_FLAGGED = {qa.NUMBERS, qa.LENGTH, qa.INCONSISTENT, qa.EMPTY_CONFIRMED, qa.INLINE_CODES}
QA_FLAGS = frozenset(FLAG_PREFIX + check for check in qa.LABELS if check not in _NOT_FLAGGED)
MEMORY_WORDS = 50_000  # memory texts read for known Kyrgyz spellings

_CONTEXTS: weakref.WeakKeyDictionary[Any, tuple[tuple, QaContext]] = weakref.WeakKeyDictionary()
_SUBSCRIBED: weakref.WeakSet[Any] = weakref.WeakSet()
_UNITS_SEEN: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()


def project_context(project: Any) -> QaContext:
    """The QaContext of an open Project, cached until its termbase changes or a linked
    termbase file is modified; Kyrgyz spellings the memory gains meanwhile are learnt."""
    stamp = _linked_stamp(project)
    cached = _CONTEXTS.get(project)
    if cached is not None and cached[0] == stamp:
        ctx = cached[1]
        if project.target_lang == "ky":
            _learn_new_units(project, ctx)
        return ctx
    if project not in _SUBSCRIBED:
        _SUBSCRIBED.add(project)
        project.subscribe(_listener(weakref.ref(project)))
    seen = _last_unit(project)  # read first: a unit added while building is read again
    ctx = build_context(project)
    _CONTEXTS[project] = (stamp, ctx)
    _UNITS_SEEN[project] = seen
    return ctx


def _last_unit(project: Any) -> int:
    from workbench.core.store_terms import last_unit_id

    return last_unit_id(project)


def _learn_new_units(project: Any, ctx: QaContext) -> None:
    """Words of the memory units added since the context read the memory (a TMX import,
    a confirmed segment entering the memory): known spellings at once, not at the next
    open. One indexed MAX(id) per check when nothing was added."""
    from workbench.core.store_terms import memory_texts_after

    seen = _UNITS_SEEN.get(project, 0)
    last = _last_unit(project)
    if last > seen:
        ctx.letters.add(memory_texts_after(project, "ky", seen))
        _UNITS_SEEN[project] = last


def _linked_stamp(project: Any) -> tuple:
    from pathlib import Path

    from workbench.core.termbase_files import linked_files

    stamp = []
    for name in linked_files(project):
        try:
            stamp.append((name, Path(name).stat().st_mtime_ns))
        except OSError:
            stamp.append((name, None))
    return tuple(stamp)


def forget(project: Any) -> None:
    """Drop the project's cached context (its termbase is changing)."""
    _CONTEXTS.pop(project, None)


def build_context(project: Any) -> QaContext:
    # Imported here: the store imports this module (through target_checks).
    from workbench.core.segment import Status
    from workbench.core.store_terms import memory_texts
    from workbench.core.termbase_files import termbase

    known: list[str] = []
    if project.target_lang == "ky":
        known += memory_texts(project, "ky", MEMORY_WORDS)
        known += [
            s.target_plain for s in project.segments(status=Status.CONFIRMED) if s.lang != "ky"
        ]
    return QaContext(project.source_lang, project.target_lang, termbase(project), known)


def _listener(ref: weakref.ref):  # noqa: ANN202
    def listener(event: str, ids: Sequence[int]) -> None:
        project = ref()
        if project is None:
            return
        if event == "terms":  # rebuilt when next needed
            _CONTEXTS.pop(project, None)
        elif event == "changed" and project.target_lang == "ky" and project in _CONTEXTS:
            # A confirmed target's words are known spellings (as build_context reads
            # them), whether or not the confirm also put it into the memory.
            from workbench.core.store_terms import confirmed_targets

            texts = confirmed_targets(project, ids, not_lang="ky")
            if texts:
                _CONTEXTS[project][1].letters.add(texts)

    return listener


_DATA: weakref.WeakKeyDictionary[Any, tuple[QaContext, int]] = weakref.WeakKeyDictionary()


def check_data(project: Any) -> tuple[QaContext, int]:
    """What the target check reads: the project's context and how many Kyrgyz words it
    knows. The same object until either changes (target_checks compares them by identity:
    the context learns spellings in place, so findings made before it learnt are stale)."""
    ctx = project_context(project)
    cached = _DATA.get(project)
    if cached is not None and cached[0] is ctx and cached[1] == ctx.letters.learnt:
        return cached
    data = _DATA[project] = (ctx, ctx.letters.learnt)
    return data


def qa_find(text: Any) -> set[tuple[str, str]]:
    """The target check's findings: (check, detail) of each warning on the target. Reads
    only text.data (check_data's), so it may run on the MT worker's thread: the context
    is only read there (its word caches and learnt words are plain dict and set
    operations, each atomic under the GIL)."""
    ctx: QaContext = text.data[0]
    sid = getattr(text, "segment_id", None) or 0
    warnings = qa.check_pair(ctx, sid, text.source, text.target, text.src)
    return {(w.check, w.detail) for w in warnings}


def qa_keep(text: Any, found: Iterable[tuple[str, str]]) -> set[str]:
    """The flags, on the project's thread: "qa-<check>" for each warning found that the
    translator did not ignore for the segment."""
    project = getattr(text, "project", None)
    sid = getattr(text, "segment_id", None) or 0
    ignored: set[tuple[str, str]] = set()
    if project is not None and sid:
        from workbench.core.store_terms import ignored_for

        ignored = ignored_for(project, sid)
    return {FLAG_PREFIX + check for check, detail in found if (check, detail) not in ignored}
