"""A bilingual file's locked segments stay locked in the project, and the targets it
brings get the target checks and, when confirmed, enter the memory (notes/xliff.md,
"Later: locked segments and imported targets")."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core import tm
from workbench.core.importer import import_file
from workbench.core.segment import Origin, Status
from workbench.core.store import Project, SegmentLocked

# Unit 4: translate="no" without a target (locked, needs no translation);
# unit 6: translate="no" with a target (locked, confirmed).
JOB = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="job.txt" source-language="en-US" target-language="ru-RU" datatype="plaintext">
  <body>
   <trans-unit id="1"><source>The school opened in 2025.</source>
    <target state="translated">Школа  открылась в 2024 году.</target></trans-unit>
   <trans-unit id="2"><source>Farmers harvested wheat.</source>
    <target state="final">Фермеры собрали пшеницу.</target></trans-unit>
   <trans-unit id="3"><source>Roads were repaired.</source>
    <target state="translated">Дороги отремонтировали.</target></trans-unit>
   <trans-unit id="4" translate="no"><source>Build 7.</source></trans-unit>
   <trans-unit id="5"><source>Farmers harvested wheat.</source></trans-unit>
   <trans-unit id="6" translate="no"><source>ACME Ltd.</source>
    <target state="final">ACME Ltd.</target></trans-unit>
  </body>
 </file>
</xliff>
"""


@pytest.fixture
def job(tmp_path) -> Path:
    path = tmp_path / "job.wbproj"
    (tmp_path / "job.xlf").write_text(JOB, encoding="utf-8")
    with Project.create(path, "en", "ru") as project:
        import_file(project, tmp_path / "job.xlf")
    return path


def _segs(project: Project) -> list:
    return list(project.segments())


def test_imported_as_expected(job):
    with Project.open(job) as project:
        segs = _segs(project)
    assert [s.status for s in segs] == [
        Status.NEEDS_REVIEW,
        Status.CONFIRMED,
        Status.NEEDS_REVIEW,
        Status.NOT_NEEDED,
        Status.NEW,
        Status.CONFIRMED,
    ]
    assert [s.locked for s in segs] == [False, False, False, True, False, True]


# -- locked segments: the store refuses every write ------------------------------------


def test_store_refuses_target_status_and_mt_on_a_locked_segment(job):
    with Project.open(job) as project:
        for locked in (s for s in _segs(project) if s.locked):
            with pytest.raises(SegmentLocked, match="locked in its file"):
                project.set_target(locked.id, "Изменено.", status=Status.CONFIRMED)
            with pytest.raises(SegmentLocked):
                project.set_status(locked.id, Status.NEW)
            filled = project.apply_mt(
                locked.id,
                "МТ.",
                "nllb-test",
                0.5,
                (),
                revision=locked.revision,
                overwrite_draft=True,
            )
            assert filled is False
            assert project.segment(locked.id) == locked  # nothing at all changed
        # Segments that are not locked are written as before.
        free = _segs(project)[2]
        assert project.set_target(free.id, "Дороги починили.").target == "Дороги починили."


def test_cli_mark_refuses_a_locked_segment_in_one_line(job, capsys):
    with Project.open(job) as project:
        locked = [s for s in _segs(project) if s.locked]
    capsys.readouterr()
    # Taking "no translation needed" back from a translate="no" unit would make it new,
    # and then memory and MT would fill it.
    assert main(["project", "mark", str(job), str(locked[0].id), "--needed"]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "locked in its file" in err, err
    assert "Traceback" not in err
    with Project.open(job) as project:
        assert [project.segment(s.id) for s in locked] == locked
        tm.add_confirmed(  # a 100% match in the memory for the locked source
            project,
            project.set_target(_segs(project)[2].id, "Сборка 7.", status=Status.CONFIRMED),
        )
        tm.fill_exact_matches(project, [s.id for s in locked])
        assert [project.segment(s.id) for s in locked] == locked


def test_memory_repetitions_leave_a_locked_segment(job):
    with Project.open(job) as project:
        segs = _segs(project)
        locked = segs[5]
        # The locked source repeated in another document: confirmed there and propagated.
        other = project.add_document(
            "other.txt",
            "txt",
            "utf-8",
            b"ACME Ltd.",
            [tm_segment("ACME Ltd.")],
        )
        rep = next(project.segments(document_id=other))
        confirmed = project.set_target(rep.id, "АКМЕ", status=Status.CONFIRMED)
        tm.propagate(project, confirmed)
        assert project.segment(locked.id) == locked


def tm_segment(text: str):
    from workbench.core.store import NewSegment

    return NewSegment(0, 0, "", text, "", text, "en")


# -- the editor: find and replace, and the status shortcuts ----------------------------


def test_editor_replace_and_not_needed_leave_a_locked_segment(job, qtbot):
    from workbench.core.settings import Settings
    from workbench.gui.main_window import MainWindow

    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert win.open_project(job)
    try:
        locked = win.project.segment(win.model.ids[5])
        assert locked.locked and locked.target == "ACME Ltd."
        # "." is in every target, the locked one's too: it is left out, the rest change.
        assert win.replace_in_targets(".", "!", shown_only=False) == 3
        assert win.project.segment(locked.id) == locked
        assert win.project.segment(win.model.ids[1]).target == "Фермеры собрали пшеницу!"
        # Ctrl+Shift+N on the locked row: refused, said, nothing changed.
        win.grid.go_to_row(5)
        win.toggle_not_needed()
        assert win.project.segment(locked.id) == locked
        assert "locked in its file" in win.statusBar().currentMessage()
    finally:
        win.close()


# -- targets the file brings ------------------------------------------------------------


def test_imported_targets_get_the_target_checks(job):
    with Project.open(job) as project:
        first = _segs(project)[0]  # 2025 -> 2024, and a double space
        assert "mt-numbers-differ" in first.flags
        assert "qa-double-space" in first.flags
        # The same flags as when the same target is written through set_target.
        again = project.set_target(
            first.id, first.target, status=first.status, origin=Origin(first.origin)
        )
        assert again.flags == first.flags
        assert _segs(project)[2].flags == ()  # a clean target: no warning


def test_confirmed_imported_targets_enter_the_memory(job):
    with Project.open(job) as project:
        match = tm.exact_match(project, "Farmers harvested wheat.", "en", "ru")
        assert match is not None and match.target == "Фермеры собрали пшеницу."
        # Only confirmed targets: one needing review is not a memory unit.
        assert tm.exact_match(project, "Roads were repaired.", "en", "ru") is None
        # So the file's repetition (unit 5) is filled from it like any 100% match.
        assert tm.fill_exact_matches(project) == 1
        rep = _segs(project)[4]
        assert (rep.target, rep.origin, rep.status) == (
            "Фермеры собрали пшеницу.",
            Origin.TM,
            Status.NEEDS_REVIEW,
        )
