"""Flags belong to the target they were computed on: every target change runs the
target checks again (workbench.core.target_checks), whatever made the change."""

from __future__ import annotations

import json

import pytest

from workbench.app.confirm import remember_confirmed
from workbench.core import flags as F
from workbench.core import target_checks
from workbench.core.segment import Origin, Status
from workbench.core.settings import Settings
from workbench.core.store import NewSegment, Project

SOURCE = "Бюджет 1 200,5 миң сомго көбөйдү."
GOOD = "The budget grew by 1,200.5 thousand som."
LOOP = "The budget budget budget budget budget grew by 1,200.5 thousand som."


def _segment(source: str, paragraph: int = 0, lang: str = "ky") -> NewSegment:
    return NewSegment(paragraph, 0, "", source, "", source, lang)


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.wbproj", "ky", "en")
    p.add_document(
        "a.txt", "txt", "utf-8", b"x", [_segment(SOURCE), _segment(SOURCE, 1), _segment("Жок.", 2)]
    )
    yield p
    p.close()


def test_a_translators_text_replaces_the_mt_texts_flags(project):
    sid = project.segment_ids()[0]
    assert project.apply_mt(sid, LOOP, "tiny", -0.3, [], revision=0)
    assert project.segment(sid).flags == (F.MT_REPETITION,)
    seg = project.set_target(sid, GOOD, translator="Aida")  # typed in the editor
    assert seg.flags == ()
    seg = project.set_status(sid, Status.CONFIRMED)
    assert seg.flags == ()
    # A person's own text is checked too: a wrong number is flagged on it.
    seg = project.set_target(sid, GOOD.replace("1,200.5", "1,250.5"))
    assert seg.flags == (F.MT_NUMBERS_DIFFER,)


def test_a_memory_fill_whose_numbers_match_has_no_numbers_flag(project, tmp_path):
    first, second, _ = project.segment_ids()
    project.apply_mt(second, GOOD.replace("1,200.5", "1,300"), "tiny", -0.3, [], revision=0)
    assert project.segment(second).flags == (F.MT_NUMBERS_DIFFER,)
    project.set_target(first, GOOD)
    seg = project.set_status(first, Status.CONFIRMED)
    settings = Settings()  # propagation is on by default
    assert remember_confirmed(project, seg, settings) == [second]
    filled = project.segment(second)
    assert (filled.target, filled.origin, filled.match_score) == (GOOD, Origin.TM, 100)
    assert filled.flags == ()


def test_a_confirm_drops_flags_an_older_version_left_on_the_text(project):
    sid = project.segment_ids()[0]
    project.set_target(sid, GOOD)
    stale = json.dumps([F.MT_REPETITION, F.MT_NUMBERS_DIFFER, F.ENCODING_REPAIRED])
    project.connection.execute("UPDATE segments SET flags = ? WHERE id = ?", (stale, sid))
    seg = project.set_status(sid, Status.CONFIRMED)
    assert seg.flags == (F.ENCODING_REPAIRED,)  # import flags are not the checks' to drop


def test_clearing_a_target_clears_its_flags(project):
    sid = project.segment_ids()[0]
    project.apply_mt(sid, LOOP, "tiny", -0.3, [F.MT_SPLIT], revision=0)
    seg = project.set_target(sid, "")
    # Only the flag about how the stored MT suggestion was made stays.
    assert seg.flags == (F.MT_SPLIT,)


def test_a_check_added_to_the_registry_runs_on_every_change(project, monkeypatch):
    seen: list[tuple[str, str, str, str, bool]] = []

    def shouting(text: target_checks.CheckedText) -> list[str]:
        seen.append((text.source, text.target, text.src, text.tgt, text.project is project))
        return ["qa-shouting"] if text.target.isupper() else []

    check = target_checks.TargetCheck("shouting", frozenset({"qa-shouting"}), shouting)
    monkeypatch.setattr(target_checks, "CHECKS", (*target_checks.CHECKS, check))
    sid = project.segment_ids()[2]
    assert project.set_target(sid, "NO.").flags == ("qa-shouting",)
    assert seen[-1] == ("Жок.", "NO.", "ky", "en", True)
    assert project.set_target(sid, "No.").flags == ()
    project.set_target(sid, "")
    assert project.apply_mt(sid, "NO.", "tiny", -0.1, [], revision=project.segment(sid).revision)
    assert project.segment(sid).flags == ("qa-shouting",)


def test_warm_up_runs_the_checks_and_writes_nothing(project, monkeypatch):
    seen = []
    probe = target_checks.TargetCheck("probe", frozenset(), lambda t: seen.append(t) or ())
    monkeypatch.setattr(target_checks, "CHECKS", (*target_checks.CHECKS, probe))
    before = [
        (s.id, s.target, s.flags, s.revision) for s in project.segments_by_id(project.segment_ids())
    ]
    target_checks.warm_up(project, "ky", "ru")
    assert len(seen) == 1 and seen[0].project is project  # the project's context is built
    after = [
        (s.id, s.target, s.flags, s.revision) for s in project.segments_by_id(project.segment_ids())
    ]
    assert after == before
