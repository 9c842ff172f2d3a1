"""The editor's MT worker behaves like the CLI, and stops when asked: passed-through
segments, the choice of segments, cancelling a model load, the bounded shutdown
wait and the engine-specific warm-up. Real worker thread, pipeline and tiny model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from tests import test_gui_mt  # noqa: E402
from tests.conftest import tiny_settings  # noqa: E402
from tests.test_gui_editor import make_project  # noqa: E402
from tests.test_gui_mt import MT_TIMEOUT_MS, many_paragraphs  # noqa: E402
from workbench.app.pretranslate import needs_mt, pending_requests  # noqa: E402
from workbench.cli import main  # noqa: E402
from workbench.core.segment import Status  # noqa: E402
from workbench.core.store import Project  # noqa: E402

make_window = test_gui_mt.make_window  # the same window fixture

ARTICLE = (
    "Бишкек шаарында жаңы мектеп ачылды. Мугалимдер жыйынга чогулушту.\n\n"
    "Photo: Reuters\n\n"
    "2024\n\n"
    "Ош облусунда жолдор оңдолуп жатат.\n"
)


def cli_project(folder: Path) -> Path:
    folder.mkdir()
    src = folder / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    path = folder / "p.wbproj"
    assert main(["project", "new", str(path), "--from", "ky", "--to", "en"]) == 0
    assert main(["project", "add", str(path), str(src)]) == 0
    return path


def stored(path: Path) -> list[tuple]:
    with Project.open(path, read_only=True) as project:
        return [
            (s.source, s.status, s.target, s.origin, s.mt_text, s.mt_model, s.flags)
            for s in project.segments()
        ]


def test_passed_through_segments_stay_new_exactly_like_the_cli(
    qtbot, tmp_path, tiny_model_dir, make_window
):
    by_cli = cli_project(tmp_path / "cli")
    by_gui = cli_project(tmp_path / "gui")
    args = ["--model", str(tiny_model_dir), "--engine", "transformers"]
    assert main(["project", "pretranslate", str(by_cli), *args]) == 0

    win = make_window(by_gui, tiny_settings(tiny_model_dir))
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_project()
    assert finished.args[1] == "done", finished.args
    # The English caption needs no translation (marked on import): never sent to MT.
    assert win.mt.filled == 3 and win.mt.passed_through == 1
    assert "1 left as they are" in win.statusBar().currentMessage()
    win.close()

    gui_rows, cli_rows = stored(by_gui), stored(by_cli)
    assert gui_rows == cli_rows
    kept = {row[0]: row for row in gui_rows if row[0] in ("Photo: Reuters", "2024")}
    assert len(kept) == 2
    for source, status, target, _origin, mt_text, mt_model, _flags in kept.values():
        assert not target and mt_text is None and mt_model is None
        assert status is (Status.NOT_NEEDED if source == "Photo: Reuters" else Status.NEW)
    assert sum(row[1] is Status.MT_DRAFT for row in gui_rows) == 3


def test_segments_are_chosen_by_the_pending_requests_rule(tmp_path):
    paragraphs = [[f"Ош облусунда жолдор оңдолуп жатат {n}."] for n in range(6)]
    with Project.open(make_project(tmp_path, paragraphs)) as project:
        new_empty, new_with_target, draft, edited, confirmed, _other = project.segment_ids()
        project.connection.execute(
            "UPDATE segments SET target = 'imported' WHERE id = ?", (new_with_target,)
        )
        project.apply_mt(draft, "machine", "m", -0.1, (), revision=project.segment(draft).revision)
        project.set_target(edited, "by hand")
        project.set_target(confirmed, "checked")
        project.set_status(confirmed, Status.CONFIRMED)
        segments = list(project.segments())
        assert project.segment(new_with_target).status is Status.NEW
        for overwrite in (False, True):
            expected = [r.id[0] for r in pending_requests(project, overwrite=overwrite)]
            assert [s.id for s in segments if needs_mt(s, overwrite)] == expected
        assert new_empty in expected and draft in expected and new_with_target in expected
        assert edited not in expected and confirmed not in expected


def test_gui_requests_equal_the_cli_requests(qtbot, tmp_path, tiny_model_dir, make_window):
    win = make_window(cli_project(tmp_path / "p"), tiny_settings(tiny_model_dir))
    win.project.set_target(win.model.ids[0], "by hand")  # not new any more, a new revision
    expected = pending_requests(win.project, document_id=win.model.document_id)
    assert len(expected) == len(win.model.ids) - 2  # the edit and the English caption
    submitted = []
    win.mt._submit.connect(submitted.append)
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS):
        win.pretranslate_document()
    (job,) = submitted
    assert list(job.requests) == expected  # ids are (segment id, revision), as in the CLI


def test_cancel_during_model_conversion_stops_the_load(
    qtbot, tmp_path, tiny_model_dir, make_window
):
    settings = tiny_settings(tiny_model_dir)
    settings.engine = "ctranslate2"  # converts the model first: a long load, in steps
    win = make_window(make_project(tmp_path), settings)
    jobs = []
    win.mt._submit.connect(jobs.append)
    ready: list[str] = []
    win.mt.modelReady.connect(ready.append)

    def cancel_on_conversion(status: str) -> None:  # runs in the worker, during the load
        if status.startswith("Loading the model for conversion"):
            jobs[0].state.cancel()  # what Cancel does, from any thread

    win.mt._worker.loading.connect(cancel_on_conversion, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS) as finished:
        win.pretranslate_document()
    assert finished.args[1] == "cancelled", finished.args
    assert ready == []  # the conversion stopped: no model was loaded
    assert win.mt._worker._engine is None
    assert win.project.count(status=Status.MT_DRAFT) == 0
    thread = win.mt._thread
    win.close()
    assert not thread.isRunning()


def test_shutdown_wait_is_bounded_and_late_results_are_ignored(
    qtbot, tmp_path, tiny_model_dir, make_window
):
    path = make_project(tmp_path, many_paragraphs(1500))
    win = make_window(path, tiny_settings(tiny_model_dir))
    win.pretranslate_document()
    qtbot.waitUntil(lambda: win.project.count(status=Status.MT_DRAFT) > 0, timeout=MT_TIMEOUT_MS)
    thread = win.mt._thread
    win.mt.shutdown(timeout_ms=0)  # gives up at once: the worker is inside a batch
    stored_then = win.project.count(status=Status.MT_DRAFT)
    assert thread.wait(MT_TIMEOUT_MS)  # it ends by itself, cancelled after its batch
    # Deliver every event it posted before it ended (its late results): none is stored.
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    win.mt.apply_pending()  # and store what was queued, without waiting for the store timer
    assert win.project.count(status=Status.MT_DRAFT) == stored_then < 1500
    win.close()


WARM_UP = """
import sys
from workbench.gui.worker import MTWorker
from workbench.mt.config import EngineConfig
worker, took = MTWorker(), []
worker.warmed.connect(took.append)
worker.warm_up(EngineConfig(model=sys.argv[1], engine=sys.argv[2]))
names = ("ctranslate2", "tokenizers", "torch", "transformers")
print(len(took), *(name in sys.modules for name in names))
"""


@pytest.mark.parametrize(
    ("engine", "ct2", "torch"),
    [("auto", True, False), ("ctranslate2", True, False), ("transformers", False, True)],
)
def test_warm_up_imports_only_what_the_engine_needs(tiny_model_dir, engine, ct2, torch):
    out = subprocess.run(
        [sys.executable, "-c", WARM_UP, str(tiny_model_dir), engine],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout.split()
    warmed, has_ct2, has_tokenizers, has_torch, has_transformers = out
    assert warmed == "1"
    assert has_ct2 == str(ct2) and has_torch == has_transformers == str(torch)
    assert has_tokenizers == "True"  # the fast tokenizer, needed by both engines


def test_gui_and_cli_run_the_one_pretranslate_sequence(
    qtbot, tmp_path, tiny_model_dir, make_window, monkeypatch
):
    """Both faces go through app.pretranslate.prepare (memory first, then the MT
    requests): spied on, it is what fills from the memory and builds every request
    each face sends, and the two record the same fill and the same requests. (The CLI
    also runs it once without the memory step, writing nothing, to say "nothing to
    translate" before it loads a model.)"""
    from workbench.app import pretranslate
    from workbench.core import tm

    real = pretranslate.prepare
    seen: list[tuple[bool, int, list]] = []  # per call: memory step on, filled, requests

    def spy(project, ids, **options):
        call = (options.get("memory", True), [0], [])
        seen.append(call)
        for part in real(project, ids, **options):
            call[1][0] += part.from_memory
            call[2].extend(part.requests)
            yield part

    monkeypatch.setattr(pretranslate, "prepare", spy)
    paths = []
    for face in ("cli", "gui"):
        path = cli_project(tmp_path / face)
        with Project.open(path) as project:  # one human translation in the memory
            tm.store_unit(
                project,
                "ky",
                "en",
                "Ош облусунда жолдор оңдолуп жатат.",
                "Roads are being repaired in Osh.",
                origin="human",
            )
        paths.append(path)
    args = ["--model", str(tiny_model_dir), "--engine", "transformers"]
    assert main(["project", "pretranslate", str(paths[0]), *args]) == 0
    by_cli, seen[:] = list(seen), []

    win = make_window(paths[1], tiny_settings(tiny_model_dir))
    submitted = []
    win.mt._submit.connect(submitted.append)
    with qtbot.waitSignal(win.mt.jobFinished, timeout=MT_TIMEOUT_MS):
        win.pretranslate_document()
    by_gui = list(seen)

    (job,) = submitted
    assert by_gui == [(True, [1], list(job.requests))]  # all the GUI sent came from it
    check, run = by_cli
    assert check[0] is False and check[1] == [0]  # the pre-check wrote nothing
    assert run == by_gui[0]  # the same memory fill, then the same requests
    assert win.mt.prefilled == 1
