"""The editor's file side: add documents (menu and drop), export, TMX, settings, CLI,
translation-memory suggestions and lazy rows for big documents."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from tests.test_gui_editor import make_project  # noqa: E402
from workbench.core.segment import Origin, Status  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.dialogs import SettingsDialog  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.segment_model import CHUNK, SegmentTableModel  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_add_documents_and_export(window, tmp_path):
    with Project.create(tmp_path / "p.wbproj", "ky", "en"):
        pass
    assert window.open_project(tmp_path / "p.wbproj")
    sample = tmp_path / "news.txt"
    sample.write_text(
        "Бишкекте жаңы китепкана ачылды.\n\nКитепкана саат 9:00дөн иштейт.\n", "utf-8"
    )
    assert window.add_documents([sample]) == []
    assert window.model.rowCount() == 2
    assert window.document_box.currentText().startswith("news.txt")
    window.project.set_target(window.model.ids[0], "A new library opened in Bishkek.")
    summary = window.export_documents(tmp_path / "out")
    assert summary and "1 of 2 segments are untranslated" in summary
    text = (tmp_path / "out" / "news.txt").read_text("utf-8")
    assert text.startswith("A new library opened in Bishkek.")
    # The same file again is refused with a one-line message in a dialog.
    errors = window.add_documents([sample])
    assert len(errors) == 1 and "already in the project" in errors[0]
    assert window.dialog is not None and window.dialog.isVisible()
    window.dialog.close()


def test_drop_files_adds_documents(window, tmp_path):
    with Project.create(tmp_path / "p.wbproj", "ru", "ky"):
        pass
    window.open_project(tmp_path / "p.wbproj")
    dropped = tmp_path / "note.md"
    dropped.write_text("# Заголовок\n\nВ Бишкеке открылась новая школа.\n", "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert [d.name for d in window.project.documents()] == ["note.md"]
    assert window.model.rowCount() == 2


def test_export_tmx_of_confirmed(window, tmp_path):
    path = make_project(tmp_path)
    window.open_project(path)
    window.settings.translator_name = "Aigul"
    window.project.set_target(window.model.ids[0], "A new school opened.", status=Status.CONFIRMED)
    summary = window.export_tmx(tmp_path / "out.tmx")
    assert summary and "wrote 1 translation unit" in summary
    tmx = (tmp_path / "out.tmx").read_text("utf-8")
    assert "A new school opened." in tmx and "Aigul" in tmx


def test_open_missing_project_shows_error(window, tmp_path):
    assert not window.open_project(tmp_path / "nope.wbproj")
    assert "no such project" in window.dialog.text()
    assert window.project is None
    window.dialog.close()


def test_recent_projects_are_remembered(window, tmp_path):
    path = make_project(tmp_path)
    window.open_project(path)
    assert Settings.load().recent_projects[0] == str(path.resolve())


def test_settings_dialog_persists(window, qtbot):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert "CC-BY-NC-4.0" in dialog.licence.text()  # licence shown where the model is picked
    dialog.model.setCurrentText(str(Path("/some/local/model")))
    assert "CC-BY-NC-4.0" in dialog.licence.text()  # a folder: NLLB's licence still named
    window.show_settings()
    shown = window.dialog
    assert isinstance(shown, SettingsDialog)
    shown.model.setCurrentText("nllb-200-distilled-1.3B")
    shown.device.setCurrentIndex(shown.device.findData("cpu"))
    shown.threads.setValue(2)
    shown.translator.setText("Aigul Toktogulova")
    shown.font_size.setValue(13)
    shown.theme.setCurrentIndex(shown.theme.findData("dark"))
    shown.accept()
    saved = Settings.load()
    assert saved.model == "nllb-200-distilled-1.3B"
    assert saved.translator_name == "Aigul Toktogulova"
    assert saved.font_size == 13 and saved.theme == "dark"
    assert saved.device == "cpu" and saved.threads == 2
    from PySide6.QtWidgets import QApplication

    assert QApplication.font().pointSize() == 13


def test_tm_match_in_side_panel_and_ctrl_1(window, tmp_path, qtbot):
    paragraphs = [["Бишкек шаарында жаңы мектеп ачылды."], ["Бишкек шаарында жаңы мектеп ачылат."]]
    window.open_project(make_project(tmp_path, paragraphs))
    window.activateWindow()
    first, second = window.model.ids
    window.grid.go_to_row(0)
    qtbot.keyClicks(window.grid.current_editor(), "A new school opened in Bishkek.")
    window.confirm_and_next()
    assert window.grid.currentIndex().row() == 1
    qtbot.waitUntil(lambda: window.side.segment_id == second, timeout=30_000)
    tm = [s for s in window.side.suggestions if s.origin == Origin.TM]
    assert tm and tm[0].text == "A new school opened in Bishkek." and tm[0].score < 100
    shown = window.side.list.itemWidget(window.side.list.item(0)).text()
    assert "Ctrl+1" in shown
    # The differing word is marked in the match's source: struck out there, added here.
    assert "line-through" in shown and ">ачылды<" in shown and ">ачылат<" in shown
    qtbot.keyClick(window.grid.current_editor(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    seg = window.project.segment(second)
    assert seg.target == "A new school opened in Bishkek." and seg.origin == Origin.TM
    assert seg.match_score == tm[0].score


def test_side_panel_shows_flag_labels(window, tmp_path):
    path = tmp_path / "f.wbproj"
    with Project.create(path, "ky", "en") as project:
        seg = NewSegment(0, 0, "", "Баасы 1,5 пайыз.", "", "Баасы 1,5 пайыз.", "ky")
        project.add_document("f.txt", "txt", "utf-8", b"-", [seg])
        sid = project.segment_ids()[0]
        project.apply_mt(sid, "The price.", "m", -0.5, ["mt-numbers-differ"], revision=0)
    window.open_project(path)
    window.update_side_panel()
    assert "numbers differ" in window.side.flags.text()
    assert "⚑" in window.model.data(window.model.index(0, 3))


def test_twenty_thousand_segments_load_lazily(qtbot, tmp_path):
    from PySide6.QtGui import QUndoStack

    path = tmp_path / "big.wbproj"
    with Project.create(path, "ru", "en") as project:
        segments = [
            NewSegment(
                n // 4, n % 4, "", f"Предложение номер {n}.", "", f"Предложение номер {n}.", "ru"
            )
            for n in range(20_000)
        ]
        project.add_document("big.txt", "txt", "utf-8", b"-", segments)
    with Project.open(path) as project:  # how fast: benchmarks/large_inputs.py
        model = SegmentTableModel(project, QUndoStack())
        assert model.rowCount() == 20_000
        assert len(model._cache) == 0  # nothing fetched until a row is drawn
        assert model.data(model.index(15_000, 1)) == "Предложение номер 15000."
        assert len(model._cache) <= CHUNK  # one chunk around the row, not the document
        for row in range(15_000, 15_100):
            model.data(model.index(row, 2))
        assert len(model._cache) <= 2 * CHUNK
        model.close()


def test_cli_gui_with_missing_project_is_one_line_error(tmp_path, capsys):
    from workbench.cli import main

    assert main(["gui", str(tmp_path / "missing.wbproj")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("workbench: error:") and "no such project" in err
    assert "\n" not in err


def test_sample_documents_import(window, tmp_path):
    if not (SAMPLES / "news_ky.txt").exists():
        pytest.skip("sample documents not present")
    with Project.create(tmp_path / "s.wbproj", "ky", "en"):
        pass
    window.open_project(tmp_path / "s.wbproj")
    assert window.add_documents([SAMPLES / "news_ky.txt"]) == []
    assert window.model.rowCount() > 3
    assert "ң" in "".join(window.model.segment_at(r).source for r in range(window.model.rowCount()))


def test_cli_gui_without_display_is_one_line_error(monkeypatch, capsys):
    import sys

    from workbench.cli import main

    if not sys.platform.startswith("linux"):
        pytest.skip("display detection is for Linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["gui"]) == 1
    err = capsys.readouterr().err.strip()
    assert "no display" in err and "\n" not in err


def test_big_document_in_the_window_fetches_only_what_is_shown(window, tmp_path, qtbot):
    path = tmp_path / "big.wbproj"
    with Project.create(path, "ru", "en") as project:
        segments = [
            NewSegment(n // 4, n % 4, "", f"Предложение {n}.", "", f"Предложение {n}.", "ru")
            for n in range(20_000)
        ]
        project.add_document("big.txt", "txt", "utf-8", b"-", segments)
    window.open_project(path)  # how fast, with the scrolling: benchmarks/large_inputs.py
    window.grid.scrollToBottom()
    window.grid.go_to_row(19_999)
    # Painting the rows in view fetches them: wait for that, not for a fixed time.
    qtbot.waitUntil(lambda: window.model.ids[19_999] in window.model._cache, timeout=60_000)
    assert window.grid.rowHeight(19_999) > 0
    assert window.model.segment_at(19_999).source == "Предложение 19999."
    # Only chunks around the rows drawn were read: the top and the bottom of the document.
    assert len(window.model._cache) <= 2 * CHUNK


def test_new_project_dialog_creates_and_opens(window, tmp_path):
    window.new_project()
    dialog = window.dialog
    dialog.path.setText(str(tmp_path / "fresh"))  # the suffix is added
    dialog.source.setCurrentIndex(dialog.source.findData("ru"))
    dialog.target.setCurrentIndex(dialog.target.findData("ru"))
    dialog._check()  # the same language twice is refused in the dialog
    assert dialog.isVisible() and "different" in dialog.error.text()
    dialog.target.setCurrentIndex(dialog.target.findData("ky"))
    dialog._check()
    assert window.project is not None
    assert window.project.path == tmp_path / "fresh.wbproj"
    assert (window.project.source_lang, window.project.target_lang) == ("ru", "ky")
    assert "Russian → Kyrgyz" in window.pair_label.text()
    window._fill_recent()
    assert [a.text() for a in window.acts.recent_menu.actions()] == [
        str((tmp_path / "fresh.wbproj").resolve())
    ]
