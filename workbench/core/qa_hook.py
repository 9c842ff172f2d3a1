"""The QA checks on every target change, through the store's target-check hook
(core/target_checks.py): whatever changed a target (typing, MT, memory, replace, the
CLI), the segment's "qa-..." flags describe its current text.

The project's termbase, linked termbases and memory spellings are read once into a
QaContext per open project (project_context), rebuilt when the termbase changes (the
store's "terms" event). Warnings the translator ignored for the segment give no flag.
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


def project_context(project: Any) -> QaContext:
    """The QaContext of an open Project, cached until its termbase changes or a linked
    termbase file is modified."""
    stamp = _linked_stamp(project)
    cached = _CONTEXTS.get(project)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if project not in _SUBSCRIBED:
        _SUBSCRIBED.add(project)
        project.subscribe(_forget_on_terms(weakref.ref(project)))
    ctx = build_context(project)
    _CONTEXTS[project] = (stamp, ctx)
    return ctx


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


def _forget_on_terms(ref: weakref.ref):  # noqa: ANN202
    def listener(event: str, _ids: Sequence[int]) -> None:
        project = ref()
        if event == "terms" and project is not None:
            _CONTEXTS.pop(project, None)

    return listener


def qa_flags(text: Any) -> Iterable[str]:
    """The target check: "qa-<check>" for each warning the segment's target has now."""
    project = getattr(text, "project", None)
    if project is None:
        return ()
    from workbench.core.store_terms import ignored_for

    ctx = project_context(project)
    sid = getattr(text, "segment_id", None) or 0
    ignored = ignored_for(project, sid) if sid else set()
    return {
        FLAG_PREFIX + w.check
        for w in qa.check_pair(ctx, sid, text.source, text.target, text.src)
        if (w.check, w.detail) not in ignored
    }
