"""Target checks computed ahead, away from the project's thread (issue 16: the editor's
GUI thread only stores MT results): the MT worker runs every check on each result
(target_checks.check_ahead with the project's gathered data), and the store uses those
findings only for the very text it stores, with the project's current check data, and
only when the result fills the target. The flags stored are the ones the store would
have computed itself."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest

from workbench.app.qa import ignore_warning, qa_project
from workbench.core import flags as F
from workbench.core import qa, target_checks
from workbench.core.segment import Status
from workbench.core.store import NewSegment, Project
from workbench.core.store_terms import add_term_entries
from workbench.core.target_checks import CheckedText, check_ahead
from workbench.core.termbase import Term, TermEntry

ENTRIES = [
    TermEntry({"ky": (Term("өкмөт"),), "ru": (Term("правительство"),)}),
    TermEntry({"ky": (Term("Кыргызстан"),), "ru": (Term("Кыргызстан"),)}),
]
SOURCES = [
    "Өкмөт чечти.",
    "Кыргызстанда 1 200 мектеп бар.",
    "Өкмөт жаңы мыйзамды кабыл алды.",
    "Бүгүн аба ырайы жакшы.",
]
# MT texts with something for each kind of check to find (and one clean text).
MT_TEXTS = [
    "Кабинет решил.",  # term missing
    "В Кыргызстане 1 300 школ.",  # numbers differ (guard rails)
    "Өкмөт жаңы мыйзамды кабыл алды.",  # the source copied: untranslated, term missing
    "Сегодня погода погода погода погода погода хорошая.",  # a repetition loop
]


def _project(path) -> Project:
    project = Project.create(path, "ky", "ru")
    segments = [NewSegment(n, 0, "", s, "", s, "ky") for n, s in enumerate(SOURCES * 2)]
    project.add_document("a.txt", "txt", "utf-8", b"x", segments)
    add_term_entries(project, ENTRIES)
    return project


@pytest.fixture
def project(tmp_path):
    p = _project(tmp_path / "p.wbproj")
    yield p
    p.close()


def _ahead(project: Project, sid: int, text: str):
    seg = project.segment(sid)
    data = target_checks.gather(project)
    return check_ahead(CheckedText(seg.mt_source, text, seg.lang, project.target_lang), data)


def test_flags_from_checks_run_ahead_are_the_ones_the_store_computes(project):
    ids = project.segment_ids()
    first, second = ids[: len(SOURCES)], ids[len(SOURCES) :]
    # A warning the translator ignored on a segment is left out either way.
    project.set_target(first[0], MT_TEXTS[0])
    project.set_target(second[0], MT_TEXTS[0])
    for sid in (first[0], second[0]):
        (warning,) = [w for w in qa_project(project) if w.segment == sid]
        ignore_warning(project, warning)
        project.set_target(sid, "")
    for a, b, text in zip(first, second, MT_TEXTS, strict=True):
        ahead = _ahead(project, a, text)
        revision = project.segment(a).revision
        assert project.apply_mt(a, text, "m", -0.1, [], revision=revision, checked=ahead)
        assert project.apply_mt(b, text, "m", -0.1, [], revision=project.segment(b).revision)
    got = [project.segment(sid).flags for sid in first]
    assert got == [project.segment(sid).flags for sid in second]
    # Each kind of check found its problem (the comparison above is not about empty sets).
    assert got[0] == ()  # only the ignored term warning
    assert F.MT_NUMBERS_DIFFER in got[1]
    assert {"qa-untranslated", "qa-term-missing"} <= set(got[2])
    assert F.MT_REPETITION in got[3]


def test_findings_for_another_text_are_not_used(project):
    sid = project.segment_ids()[0]
    ahead = _ahead(project, sid, "Кабинет решил.")  # a term missing
    assert ahead.found["qa"]
    stored = "Правительство решило."
    assert project.apply_mt(sid, stored, "m", -0.1, [], revision=0, checked=ahead)
    assert project.segment(sid).flags == ()  # the stored text's own checks


def test_findings_with_a_termbase_changed_since_are_not_used(project):
    sid = project.segment_ids()[0]
    text = "Кабинет министров решил."
    ahead = _ahead(project, sid, text)
    add_term_entries(project, [TermEntry({"ru": (Term("кабинет", forbidden=True),)})])
    assert project.apply_mt(sid, text, "m", -0.1, [], revision=0, checked=ahead)
    assert "qa-forbidden-term" in project.segment(sid).flags


def test_findings_made_before_the_context_learnt_a_spelling_are_not_used(tmp_path):
    # A ru->ky project: a confirmed target teaches "өкмөт" in place (no new context).
    project = Project.create(tmp_path / "ky.wbproj", "ru", "ky")
    sources = ["Правительство решило.", "Правительство приняло закон."]
    segments = [NewSegment(n, 0, "", s, "", s, "ru") for n, s in enumerate(sources)]
    project.add_document("a.txt", "txt", "utf-8", b"x", segments)
    try:
        first, second = project.segment_ids()
        text = "Окмот мыйзам кабыл алды."  # ө typed as о: suspect once өкмөт is known
        ahead = _ahead(project, second, text)
        assert "qa-kyrgyz-letters" not in _flags_of(ahead, project, second)
        project.set_target(first, "Өкмөт чечти.")
        project.set_status(first, Status.CONFIRMED)
        assert project.apply_mt(second, text, "m", -0.1, [], revision=0, checked=ahead)
        assert "qa-kyrgyz-letters" in project.segment(second).flags
    finally:
        project.close()


def _flags_of(ahead, project: Project, sid: int) -> frozenset[str]:
    seg = project.segment(sid)
    text = CheckedText(seg.mt_source, ahead.target, seg.lang, project.target_lang)
    return target_checks.run_checks(replace(text, project=project, segment_id=sid), ahead)


def test_findings_for_a_stale_result_are_dropped_with_it(project):
    sid = project.segment_ids()[0]
    request_revision = project.segment(sid).revision
    ahead = _ahead(project, sid, "Кабинет решил.")  # computed on the worker...
    typed = project.set_target(sid, "Правительство решило.")  # ...while the translator typed
    late = project.apply_mt(
        sid, "Кабинет решил.", "m", -0.1, [], revision=request_revision, checked=ahead
    )
    assert not late
    seg = project.segment(sid)
    assert (seg.target, seg.flags) == (typed.target, ())
    assert seg.mt_text == "Кабинет решил."  # the MT text is recorded, not put on the target


# ------------------------------------------------------------------ the editor's worker


def test_the_editors_mt_results_are_checked_on_the_worker(
    qtbot, tmp_path, tiny_model_dir, monkeypatch
):
    """Pre-translation through the real worker thread and pipeline on the tiny model
    (ky->ru copies its Cyrillic input): every check of every MT result runs on the
    worker, the GUI thread only stores them, and the flags are the store's own."""
    pytest.importorskip("pytestqt")
    from tests.conftest import tiny_settings
    from workbench.gui.mt_controller import MTController

    calls: list[tuple[str, bool]] = []  # (check, run on the GUI (main) thread?)

    def spy(name, run):
        def spied(*args, **kwargs):
            calls.append((name, threading.current_thread() is threading.main_thread()))
            return run(*args, **kwargs)

        return spied

    monkeypatch.setattr(qa, "check_pair", spy("qa", qa.check_pair))
    guards = spy("guard rails", target_checks.check_translation)
    monkeypatch.setattr(target_checks, "check_translation", guards)
    project = _project(tmp_path / "w.wbproj")
    settings = tiny_settings(tiny_model_dir)
    controller = MTController(project, lambda: settings)
    try:
        target_checks.warm_up(project, "ky", "ru")  # as the editor does when it opens
        calls.clear()
        with qtbot.waitSignal(controller.jobFinished, timeout=600_000) as finished:
            controller.translate_segments(project.segment_ids())
        assert finished.args[1] == "done", finished.args
        assert controller.filled == len(SOURCES) * 2
        assert {name for name, _ in calls} == {"qa", "guard rails"}
        assert not [c for c in calls if c[1]], calls  # every check run was the worker's
        segments = list(project.segments())
        for seg in segments:
            assert seg.target == seg.mt_text
            recomputed = project._flags_for(seg.id, seg.target)  # noqa: SLF001
            assert list(seg.flags) == json.loads(recomputed)
        assert any("qa-untranslated" in seg.flags for seg in segments)
        assert any("qa-term-missing" in seg.flags for seg in segments)
    finally:
        controller.shutdown()
        project.close()
