"""`workbench project pretranslate` on the tiny copy-trained model (real engine)."""

from __future__ import annotations

import pytest

from workbench.cli import main
from workbench.core.segment import Origin, Status
from workbench.core.store import Project
from workbench.core.task import TaskState

ARTICLE = (
    "Бишкек шаарында жаңы мектеп ачылды. Мугалимдер жыйынга чогулушту.\n\n"
    "Photo: Reuters\n\n"
    "Ош облусунда жолдор оңдолуп жатат.\n"
)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.wbproj"
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["project", "new", str(path), "--from", "ky", "--to", "en"]) == 0
    assert main(["project", "add", str(path), str(src)]) == 0
    return path


def _pretranslate(project, model, *extra) -> int:
    return main(
        ["project", "pretranslate", str(project), "--model", str(model), "--engine",
         "transformers", *extra]
    )  # fmt: skip


def test_fills_new_segments_with_drafts_and_passes_captions_through(
    project, tiny_model_dir, capsys
):
    assert _pretranslate(project, tiny_model_dir) == 0
    out = capsys.readouterr().out
    assert "3 segments got an MT draft" in out
    with Project.open(project) as p:
        segs = list(p.segments())
    drafts = [s for s in segs if s.status is Status.MT_DRAFT]
    assert len(drafts) == 3
    for seg in drafts:
        # The copy-trained model gives each sentence back: its own, in its place.
        assert seg.target == seg.source
        assert seg.origin is Origin.MT
        assert seg.mt_model == str(tiny_model_dir)
        assert seg.mt_score is not None and seg.mt_score <= 0
    caption = next(s for s in segs if s.source == "Photo: Reuters")
    # Already in English: marked on import as needing no translation, never sent to MT.
    assert caption.lang == "en" and caption.status is Status.NOT_NEEDED and caption.mt_text is None

    # Running again finds nothing left to do.
    assert _pretranslate(project, tiny_model_dir) == 0
    assert "nothing to translate" in capsys.readouterr().out


def test_overwrite_replaces_drafts_but_never_edits(project, tiny_model_dir, capsys):
    assert _pretranslate(project, tiny_model_dir) == 0
    with Project.open(project) as p:
        edited, draft = p.segment_ids()[:2]
        p.set_target(edited, "A new school opened in Bishkek.")
        p.connection.execute("UPDATE segments SET target = 'stale' WHERE id = ?", (draft,))
    assert _pretranslate(project, tiny_model_dir, "--overwrite") == 0
    with Project.open(project) as p:
        assert p.segment(edited).target == "A new school opened in Bishkek."
        assert p.segment(edited).status is Status.NEEDS_REVIEW
        assert p.segment(draft).target == p.segment(draft).source


def test_interrupted_run_keeps_what_was_done_and_continues(project, tiny_model_dir):
    from workbench.app.pretranslate import pretranslate
    from workbench.mt.loader import load_engine

    engine = load_engine(str(tiny_model_dir), engine="transformers")
    state = TaskState()
    with Project.open(project) as p:
        # Stop after the first translated segment, as Cancel in the GUI would.
        def stop(result):
            if not result.passed_through:
                state.cancel()

        report = pretranslate(p, engine, state=state, on_result=stop, max_batch=1)
        assert report.cancelled
        done_first = p.count(status=Status.MT_DRAFT)
        assert 1 <= done_first < 3
        report = pretranslate(p, engine)
        assert not report.cancelled
        assert p.count(status=Status.MT_DRAFT) == 3
    engine.close()


@pytest.mark.parametrize("memory", [False, True], ids=["no-memory", "memory-match"])
def test_missing_model_is_one_line_and_changes_nothing(project, tmp_path, capsys, memory):
    from workbench.core.tm import add_confirmed

    if memory:  # a memory match that a run fills before MT
        with Project.open(project) as p:
            sid = p.segment_ids()[0]
            add_confirmed(p, p.set_target(sid, "A school opened.", status=Status.CONFIRMED))
            p.set_target(sid, "", status=Status.NEW)
    before = project.read_bytes()
    code = main(["project", "pretranslate", str(project), "--model", str(tmp_path / "nowhere")])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert len(err.splitlines()) == 1 and "nowhere" in err
    assert project.read_bytes() == before  # not a byte written: no memory fill, no setting
