"""Tools > Batch translate folder: the dialog, on the real runner, worker thread and tiny model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402

from tests.conftest import tiny_settings  # noqa: E402
from tests.fixtures.make_tiny_model import corpus  # noqa: E402
from workbench.app.batch_report import FAILED, PENDING, SKIPPED, TRANSLATED  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.gui.batch_dialog import RESUME_HINT, BatchDialog  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.runner import Outcome  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
RUN_TIMEOUT_MS = 600_000  # a hang guard, generous for a loaded machine


def kyrgyz(n: int, start: int = 0) -> list[str]:
    base = [s for s in corpus() if set(s) & set("ңөүҢӨҮ")]
    return [f"{base[i % len(base)][:-1]} {i}." for i in range(start, start + n)]


@pytest.fixture
def make_dialog(qtbot):
    """A dialog with the folders filled in, on the tiny model; its run stopped at the end."""
    dialogs: list[BatchDialog] = []

    def make(model: Path, src: Path, out: Path, tmx: Path | None = None) -> BatchDialog:
        dialog = BatchDialog(tiny_settings(model, threads=0))
        qtbot.addWidget(dialog)
        dialog.source_dir.setText(str(src))
        dialog.out_dir.setText(str(out))
        dialog.target_lang.setCurrentIndex(dialog.target_lang.findData("en"))
        if tmx is not None:
            dialog.tmx.setText(str(tmx))
        dialog.show()
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.shutdown()


def run(qtbot, dialog: BatchDialog) -> None:
    assert dialog.start_button.isEnabled(), dialog.out_hint.text() or dialog.source_hint.text()
    with qtbot.waitSignal(dialog.runner.finished, timeout=RUN_TIMEOUT_MS):
        dialog.start_button.click()


def table(dialog: BatchDialog) -> dict[str, tuple[str, str, str]]:
    """File -> (status, sentences, note) as the table shows them."""
    rows = {}
    for row in range(dialog.table.rowCount()):
        cells = [dialog.table.item(row, col) for col in range(dialog.table.columnCount())]
        texts = [c.text() if c is not None else "" for c in cells]
        rows[texts[0]] = (texts[1], texts[2], texts[4])
    return rows


def test_a_folder_is_translated_with_each_file_in_the_table(
    qtbot, make_dialog, tiny_model_dir, tmp_path
):
    src, out = tmp_path / "in box", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "ky.txt").write_text("\n\n".join(kyrgyz(40)), encoding="utf-8")
    shutil.copy(SAMPLES / "news_ky.docx", src / "news_ky.docx")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "notes.pdf").write_bytes(b"%PDF-1.4")
    dialog = make_dialog(tiny_model_dir, src, out, tmx=tmp_path / "pairs.tmx")

    ticks = []  # the GUI thread's event loop keeps running during the batch
    timer = QTimer(dialog, interval=20)
    timer.timeout.connect(lambda: ticks.append(dialog.runner.running))
    timer.start()
    progress, shown = [], set()

    def on_progress(p) -> None:  # connected after the dialog's slot: sees the table updated
        progress.append(p)
        shown.update(row for row in table(dialog).values() if row[0] == "translating")

    dialog.runner.progress.connect(on_progress)
    run(qtbot, dialog)
    timer.stop()

    assert dialog.outcome == Outcome.DONE
    report = dialog.report
    assert not report.interrupted and not report.error
    rows = table(dialog)
    assert rows["sub/ky.txt"][:2] == ("translated", "40")
    assert rows["news_ky.docx"][0] == "translated" and int(rows["news_ky.docx"][1]) > 0
    assert rows["empty.txt"][0] == "skipped" and "empty" in rows["empty.txt"][2]
    assert rows["binary.txt"][0] == "failed" and "binary" in rows["binary.txt"][2]
    assert rows["notes.pdf"][0] == "skipped"
    assert {f.path: f.status for f in report.files} == {
        "sub/ky.txt": TRANSLATED,
        "news_ky.docx": TRANSLATED,
        "empty.txt": SKIPPED,
        "binary.txt": FAILED,
        "notes.pdf": SKIPPED,
    }
    translated = (out / "sub" / "ky.txt").read_text(encoding="utf-8")
    assert len([p for p in translated.split("\n\n") if p.strip()]) == 40
    assert (out / "news_ky.docx").stat().st_size > 0
    assert (out / ".workbench" / "report.json").is_file()
    assert (tmp_path / "pairs.tmx").is_file()
    assert not (out / "empty.txt").exists() and not (out / "binary.txt").exists()

    # Progress reached the dialog while the worker ran, and the GUI thread was free.
    assert any(p.stage == "translating" for p in progress)
    assert shown and all("/" in sentences for _status, sentences, _note in shown)
    assert any(ticks), "the event loop did not run during the batch"
    n = report.sentences
    assert dialog.counts.text().startswith(f"files 4/4 · sentences {n}/{n}")
    assert "ETA" not in dialog.counts.text()
    assert dialog.summary.isVisible()
    assert dialog.summary.toPlainText() == report.summary()
    assert "2 translated, 2 skipped, 1 failed" in dialog.summary.toPlainText()
    assert dialog.stage.text() == "Finished; 1 file failed."
    assert dialog.open_button.isEnabled() and dialog.start_button.isEnabled()
    assert dialog.inputs.isEnabled()


def test_cancel_stops_the_run_and_running_again_finishes_it(
    qtbot, make_dialog, tiny_model_dir, tmp_path
):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for f in range(24):
        text = "\n\n".join(kyrgyz(12, f * 12))
        (src / f"doc {f:02d}.txt").write_text(text, encoding="utf-8")
    dialog = make_dialog(tiny_model_dir, src, out)

    def cancel_on_first_file(_result) -> None:
        if not dialog.runner.cancelling:
            dialog.cancel_button.click()

    dialog.runner.fileDone.connect(cancel_on_first_file)
    run(qtbot, dialog)
    dialog.runner.fileDone.disconnect(cancel_on_first_file)

    first = dialog.report
    assert first.interrupted
    done = {f.path for f in first.files if f.status == TRANSLATED}
    pending = {f.path for f in first.files if f.status == PENDING}
    assert done and pending and len(done) + len(pending) == 24
    rows = table(dialog)
    assert all(rows[p][0] == "not done yet" for p in pending)
    assert all(rows[p][0] == "translated" for p in done)
    assert dialog.message.isVisible() and dialog.message.text() == RESUME_HINT
    assert "Stopped" in dialog.stage.text()
    for path in pending:
        assert not (out / path).exists()

    run(qtbot, dialog)  # the same folders again: the rest is done, the finished files kept
    second = dialog.report
    assert second.ok and not second.interrupted
    assert {f.path for f in second.files if f.reused} == done
    rows = table(dialog)
    assert all(rows[p][0] == "translated (kept)" for p in done)
    assert all(rows[p][0] == "translated" for p in pending)
    assert all((out / f"doc {f:02d}.txt").is_file() for f in range(24))
    assert not dialog.message.isVisible()


def test_a_missing_model_is_one_clear_line_in_the_dialog(qtbot, make_dialog, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(kyrgyz(1)[0], encoding="utf-8")
    dialog = make_dialog(tmp_path / "no such model", src, out)
    run(qtbot, dialog)
    assert dialog.outcome == Outcome.MISSING and dialog.report is None
    assert dialog.message.isVisible()
    text = dialog.message.text()
    assert "no such model" in text and "\n" not in text and "Traceback" not in text
    assert "model" in dialog.stage.text().lower()
    assert not (out / "a.txt").exists()
    assert dialog.start_button.isEnabled()  # choose another model and start again


def test_folders_are_checked_as_they_are_typed(qtbot, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    dialog = BatchDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.show()

    def state(source: str, out: str) -> tuple[str, str, bool]:
        dialog.source_dir.setText(source)
        dialog.out_dir.setText(out)
        hints = (dialog.source_hint, dialog.out_hint)
        texts = [h.text() if h.isVisible() else "" for h in hints]
        return texts[0], texts[1], dialog.start_button.isEnabled()

    assert state("", "") == ("", "", False)
    source, _out, ok = state(str(tmp_path / "missing"), str(tmp_path / "out"))
    assert source == "This folder does not exist." and not ok
    source, _out, ok = state(str(tmp_path / "file.txt"), str(tmp_path / "out"))
    assert "is a file" in source and not ok
    source, out, ok = state(str(src), str(tmp_path / "out"))
    assert source == "" and out == "It will be created." and ok
    _source, out, ok = state(str(src), str(src / "translated"))
    assert "Inside the source folder: allowed" in out and ok
    _source, out, ok = state(str(src), str(src))
    assert "is the source folder" in out and not ok
    _source, out, ok = state(str(src), str(tmp_path))
    assert "contains the source folder" in out and not ok
    _source, out, ok = state(str(src), str(tmp_path / "file.txt"))
    assert "is a file" in out and not ok

    state(str(src), str(tmp_path / "out"))
    dialog.target_lang.setCurrentIndex(dialog.target_lang.findData("ky"))
    dialog.source_lang.setCurrentIndex(dialog.source_lang.findData("ky"))
    assert dialog.lang_hint.isVisible() and not dialog.start_button.isEnabled()
    dialog.source_lang.setCurrentIndex(dialog.source_lang.findData("auto"))
    assert not dialog.lang_hint.isVisible() and dialog.start_button.isEnabled()
    for check in dialog.formats.values():
        check.setChecked(False)
    assert dialog.formats_hint.isVisible() and not dialog.start_button.isEnabled()
    dialog.formats["docx"].setChecked(True)
    assert dialog.options().formats == ("docx",)
    dialog.tmx.setText(str(src / "pairs.tmx"))
    assert "inside the source folder" in dialog.tmx_hint.text()
    assert not dialog.start_button.isEnabled()
    assert "CC-BY-NC-4.0" in dialog.licence.text()


def test_closing_during_a_run_stops_it_after_the_current_batch(
    qtbot, make_dialog, tiny_model_dir, tmp_path
):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for f in range(12):
        (src / f"{f}.txt").write_text("\n\n".join(kyrgyz(12, f * 12)), encoding="utf-8")
    dialog = make_dialog(tiny_model_dir, src, out)
    with qtbot.waitSignal(dialog.runner.finished, timeout=RUN_TIMEOUT_MS):
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.bar.maximum() > 1, timeout=RUN_TIMEOUT_MS)
        dialog.close()
        assert dialog.isVisible()  # still there until the current batch is done
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.report is not None and dialog.report.interrupted


def test_tools_menu_opens_the_dialog_without_a_project(qtbot, tiny_model_dir, tmp_path):
    win = MainWindow(tiny_settings(tiny_model_dir, threads=0))
    qtbot.addWidget(win)
    menus = {a.text(): a.menu() for a in win.menuBar().actions()}
    tools = menus["T&ools"]
    action = next(a for a in tools.actions() if "Batch translate folder" in a.text())
    assert action is win.acts["batch_translate"]
    assert action.shortcut().toString() == "Ctrl+Shift+B"
    assert action.isEnabled()  # no project needed
    action.trigger()
    dialog = win.batch_dialog
    assert isinstance(dialog, BatchDialog) and dialog.isVisible()
    assert dialog.model.currentText() == str(tiny_model_dir)
    action.trigger()
    assert win.batch_dialog is dialog  # one dialog per window

    # Closing the window during a run stops it and leaves no thread behind.
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("\n\n".join(kyrgyz(40)), encoding="utf-8")
    dialog.source_dir.setText(str(src))
    dialog.out_dir.setText(str(tmp_path / "out"))
    dialog.start_button.click()
    assert dialog.runner.running
    win.close()
    assert not dialog.runner.running


def test_the_open_projects_memory_is_offered_and_used_by_default(qtbot, tiny_model_dir, tmp_path):
    from workbench.core import tm
    from workbench.core.segment import Status
    from workbench.core.store import NewSegment, Project

    sentence = "Бишкекте жаңы мектеп ачылды."
    path = tmp_path / "news.wbproj"
    with Project.create(path, "ky", "en") as project:
        project.add_document(
            "a.txt", "txt", "utf-8", b"x", [NewSegment(0, 0, "", sentence, "", sentence, "ky")]
        )
        (sid,) = project.segment_ids()
        seg = project.set_target(sid, "A new school opened in Bishkek.", status=Status.CONFIRMED)
        tm.add_confirmed(project, seg)
    src = tmp_path / "src"
    src.mkdir()
    (src / "news.txt").write_text(sentence + "\n", encoding="utf-8")

    win = MainWindow(tiny_settings(tiny_model_dir))
    qtbot.addWidget(win)
    win.acts["batch_translate"].trigger()  # no project yet: nothing to offer
    dialog = win.batch_dialog
    assert not dialog.use_memory.isChecked() and dialog.options().project is None
    assert win.open_project(path)
    assert dialog.use_memory.isChecked() and "news.wbproj" in dialog.use_memory.text()
    dialog.source_dir.setText(str(src))
    dialog.out_dir.setText(str(tmp_path / "out"))
    assert dialog.options().project == path
    run(qtbot, dialog)
    assert dialog.outcome == Outcome.DONE, dialog.message.text()
    written = (tmp_path / "out" / "news.txt").read_text(encoding="utf-8")
    assert written == "A new school opened in Bishkek.\n"
    assert table(dialog)["news.txt"][2] == "1 from the memory"
    # Unticked, the run is the plain MT one (the tiny model copies its input).
    dialog.use_memory.setChecked(False)
    assert dialog.options().project is None
    win.close_project()
    assert dialog.options().project is None and not dialog.use_memory.isVisible()
    dialog.shutdown()
