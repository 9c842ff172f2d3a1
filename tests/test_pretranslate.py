"""`workbench project pretranslate` on the tiny copy-trained model (real engine)."""

from __future__ import annotations

import pytest

from workbench.cli import main
from workbench.core.segment import Origin, Status
from workbench.core.store import Project
from workbench.core.task import TaskState
from workbench.mt.engine import Work

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


@pytest.fixture(scope="module")
def engine(tiny_model_dir):
    from workbench.mt.loader import load_engine

    loaded = load_engine(str(tiny_model_dir), engine="transformers")
    yield loaded
    loaded.close()


class CountingEngine:
    """The real engine, counting the texts it is asked to translate."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self.texts: list[str] = []

    def __getattr__(self, name: str):
        return getattr(self._engine, name)

    def translate(self, batch, src, tgt, settings, work=Work.THROUGHPUT):
        self.texts += list(batch)
        return self._engine.translate(batch, src, tgt, settings, work)


def test_pending_requests_choose_by_status_document_and_revision(project, tmp_path):
    from workbench.app.pretranslate import pending_requests

    second = tmp_path / "second.txt"
    second.write_text("Нарында кар жаады.\n", encoding="utf-8")
    assert main(["project", "add", str(project), str(second)]) == 0
    with Project.open(project) as p:
        ids = p.segment_ids()
        new, draft, edited, confirmed = ids[0], ids[1], ids[3], ids[4]
        p.apply_mt(draft, "A draft.", "m", -0.2, [], revision=p.segment(draft).revision)
        p.set_target(edited, "Roads are repaired in Osh.")
        p.set_target(confirmed, "Snow fell in Naryn.", status=Status.CONFIRMED)
        caption = ids[2]  # "Photo: Reuters", English in a ky->en project
        assert p.segment(caption).status is Status.NOT_NEEDED  # never asked for

        def asked(**kw) -> list[tuple[int, int]]:
            return [r.id for r in pending_requests(p, **kw)]

        rev = {sid: p.segment(sid).revision for sid in ids}
        assert asked() == [(new, rev[new])]
        assert asked(overwrite=True) == [(new, rev[new]), (draft, rev[draft])]
        second_doc = p.documents()[1].id
        assert asked(document_id=second_doc) == []  # its only segment is confirmed
        assert pending_requests(p)[0].text == p.segment(new).mt_source
        # Status new but a target already there (as a bilingual file can bring): kept.
        p.set_target(new, "Given with the file.", status=Status.NEW)
        assert asked() == []


def test_a_result_made_before_an_edit_is_not_stored(project, engine):
    from workbench.app.pretranslate import apply_result, pending_requests
    from workbench.mt.pipeline import translate_segments

    with Project.open(project) as p:
        requests = pending_requests(p)
        results = list(translate_segments(requests, p.target_lang, engine))
        first = next(r for r in results if not r.passed_through)
        segment_id = first.id[0]
        p.set_target(segment_id, "Typed while the model worked.")  # a newer revision
        assert apply_result(p, first, engine.model_id, overwrite=False) is False
        seg = p.segment(segment_id)
        assert seg.target == "Typed while the model worked." and seg.origin is Origin.HUMAN
        others = [r for r in results if not r.passed_through and r.id[0] != segment_id]
        # Typed and then deleted again: new and empty, but not the segment the request
        # was made for (its revision moved on), so the late result stays out.
        cleared = others.pop(0)
        p.set_target(cleared.id[0], "Something")
        p.set_target(cleared.id[0], "")
        assert p.segment(cleared.id[0]).status is Status.NEW
        assert apply_result(p, cleared, engine.model_id, overwrite=False) is False
        assert p.segment(cleared.id[0]).target == ""
        assert all(apply_result(p, r, engine.model_id, overwrite=False) for r in others)


def test_report_counts_and_the_cache_spares_a_second_run(project, engine, tmp_path):
    from workbench.app.pretranslate import pretranslate
    from workbench.mt.cache import MTCache

    counting = CountingEngine(engine)
    with Project.open(project) as p, MTCache(tmp_path / "mt-cache.sqlite") as cache:
        report = pretranslate(p, counting, cache=cache)
        assert (report.requested, report.filled, report.passed_through) == (3, 3, 0)
        assert not report.cancelled
        assert len(counting.texts) == 3  # the caption (no translation needed) is not sent
        # Drafts again from scratch: the cache answers, the model is not asked.
        p.connection.execute(
            "UPDATE segments SET target = '', status = 0, mt_text = NULL WHERE status = 1"
        )
        counting.texts.clear()
        again = pretranslate(p, counting, cache=cache)
        assert again.filled == 3 and counting.texts == []
        drafts = [s for s in p.segments() if s.status is Status.MT_DRAFT]
        assert [s.target for s in drafts] == [s.source for s in drafts]


def test_read_only_project_is_refused_in_one_line(project, capsys, monkeypatch):
    import os

    project.chmod(0o444)
    # Root writes read-only files anyway; make the permission check see what a user sees.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode)
    )
    before = project.read_bytes()
    try:
        code = main(["project", "pretranslate", str(project), "--model", "/nowhere"])
    finally:
        project.chmod(0o644)
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1
    assert "read-only" in err and str(project) in err
    assert project.read_bytes() == before
