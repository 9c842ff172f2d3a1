"""The welcome screen (first run, model licence, in-app download, model folder, without
MT, sample project, recent projects), where you left off, and Tools > Models: through
the real window, against a local stand-in for huggingface.co for the downloads."""

from __future__ import annotations

import json

import pytest

from tests.conftest import HUB_ID, new_project, point_hub_at
from workbench.core.segment import Status
from workbench.core.settings import Settings, settings_path
from workbench.gui.runner import Outcome
from workbench.mt import download as dl
from workbench.mt.models import DEFAULT_MODEL, LICENCE_NLLB

WEIGHTS = "model.safetensors"


@pytest.fixture
def no_hub_cache(monkeypatch, tmp_path):
    point_hub_at(monkeypatch, None, tmp_path / "empty-hub-cache")


@pytest.fixture
def window(qtbot, no_hub_cache):
    from workbench.gui.main_window import MainWindow

    def make():
        win = MainWindow(Settings.load())
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    made: list = []
    yield make
    for win in made:
        win.close()


def accept_licence(page) -> None:
    page.licence.setChecked(True)


def saved() -> dict:
    return json.loads(settings_path().read_text())


# --------------------------------------------------------------------------- first run


def test_first_start_shows_the_model_its_size_and_licence_accepted_once(window):
    win = window()
    page = win.welcome
    assert win.stack.currentWidget() is page
    text = page.model_line.text()
    assert DEFAULT_MODEL in text and "2.5 GB download" in text and LICENCE_NLLB in text
    assert "non-commercial" in text
    assert not page.download_button.isEnabled()  # not before the licence is accepted
    assert page.download_button.text() == f"Download {DEFAULT_MODEL} (2.5 GB)"
    accept_licence(page)
    assert page.download_button.isEnabled()
    assert saved()["licences_accepted"] == [LICENCE_NLLB]
    win.close()
    again = window().welcome  # remembered: not asked again
    assert again.licence.isChecked() and "accepted" in again.licence.text()
    assert again.download_button.isEnabled()
    again.licence.setChecked(False)  # withdrawn
    assert not again.download_button.isEnabled() and saved()["licences_accepted"] == []


def test_download_from_the_welcome_screen_with_progress(window, hub, qtbot):
    page = window().welcome
    accept_licence(page)
    seen: list = []
    page.download.runner.progressed.connect(lambda p: seen.append(p.done))
    with qtbot.waitSignal(page.download.finished, timeout=120_000) as done:
        page.download_button.click()
        assert page.download.isVisible() and not page.download_button.isEnabled()
    assert done.args[0] == Outcome.DONE, done.args
    assert len(set(seen)) > 5 and max(seen) == sum(p.stat().st_size for p in hub.files())
    assert not page.download.isVisible()
    assert page.model_line.text().startswith("✔ Ready: <b>" + DEFAULT_MODEL)
    assert not page.download_button.isVisible() and not page.without_button.isVisible()
    assert saved()["model"] == DEFAULT_MODEL
    assert (dl.model_folder(HUB_ID) / WEIGHTS).read_bytes() == (hub.folder / WEIGHTS).read_bytes()


def test_cancel_on_the_welcome_screen_then_the_next_download_resumes(window, hub, qtbot):
    page = window().welcome
    accept_licence(page)
    hub.delay = 0.05
    page.download_button.click()
    qtbot.waitUntil(lambda: page.download.bar.value() > 150, timeout=60_000)  # KB
    with qtbot.waitSignal(page.download.finished, timeout=60_000) as done:
        page.download.cancel_button.click()
    assert done.args[0] == Outcome.CANCELLED
    assert "resumes" in page.message.text() and "color" not in page.message.styleSheet()
    partial = dl.model_folder(HUB_ID).with_name(dl.model_folder(HUB_ID).name + ".partial")
    kept = (partial / (WEIGHTS + ".incomplete")).stat().st_size
    assert kept > 0 and page.download_button.isEnabled()
    hub.delay = 0
    with qtbot.waitSignal(page.download.finished, timeout=60_000) as done:
        page.download_button.click()
    assert done.args[0] == Outcome.DONE
    assert hub.file_requests(WEIGHTS)[-1] == f"bytes={kept}-"


def test_no_network_says_in_one_line_what_to_do_instead(window, qtbot, monkeypatch, tmp_path):
    point_hub_at(monkeypatch, "http://127.0.0.1:9", tmp_path / "hub")  # nothing listens
    win = window()
    page = win.welcome
    accept_licence(page)
    with qtbot.waitSignal(page.download.finished, timeout=120_000) as done:
        page.download_button.click()
    assert done.args[0] == Outcome.MISSING
    text = page.message.text()
    assert "\n" not in text and "127.0.0.1:9 cannot be reached" in text
    assert "Use a model folder" in text and "color" in page.message.styleSheet()
    assert page.download_button.isEnabled() and page.folder_button.isEnabled()
    assert win.dialog is None  # a line on the page, no dialog


def test_not_enough_disk_space_is_said_before_anything_is_fetched(window, hub, qtbot):
    hub.sizes[WEIGHTS] = 10**16
    page = window().welcome
    accept_licence(page)
    with qtbot.waitSignal(page.download.finished, timeout=60_000):
        page.download_button.click()
    assert page.message.text().startswith(f"not enough disk space to download {HUB_ID}")
    assert hub.requests == []


def test_a_model_folder_is_checked_before_it_is_used(window, tmp_path, tiny_model_dir):
    page = window().welcome
    (tmp_path / "empty").mkdir()
    assert not page.use_folder(tmp_path / "empty")
    assert "has no config.json" in page.message.text() and "\n" not in page.message.text()
    bert = tmp_path / "bert"
    bert.mkdir()
    (bert / "config.json").write_text('{"model_type": "bert"}')
    (bert / "model.safetensors").write_bytes(b"0")
    assert not page.use_folder(bert)
    assert "holds a bert model, not NLLB-200" in page.message.text()
    assert Settings.load().model == DEFAULT_MODEL  # nothing changed
    assert page.use_folder(tiny_model_dir)
    assert Settings.load().model == str(tiny_model_dir)
    assert page.model_line.text().startswith("✔ Ready:")
    assert str(tiny_model_dir) in page.model_line.text()


def test_without_mt_the_sample_project_still_gives_memory_and_editing(window, qtbot):
    win = window()
    page = win.welcome
    page.without_button.click()
    assert Settings.load().without_mt
    assert page.model_line.text().startswith("Machine translation is off")
    assert not page.without_button.isVisible()
    page.sample_button.click()
    assert win.project is not None and win.project.path.name == "sample-news-ky-en.wbproj"
    assert win.stack.currentWidget() is win.grid
    with_memory = [s for s in win.project.segments() if s.paragraph == 1]
    win.go_to_segment(with_memory[0].id)
    qtbot.waitUntil(lambda: win.side.segment_id == with_memory[0].id, timeout=30_000)
    assert win.side.suggestions and win.side.suggestions[0].score == 100
    win.insert_suggestion(0)
    win.confirm_and_next()
    stored = win.project.segment(with_memory[0].id)
    assert stored.status == Status.CONFIRMED and stored.target == win.side.suggestions[0].text


# --------------------------------------------------------------------------- where you left off


def test_recent_projects_on_the_welcome_screen_open_with_one_activation(window, tmp_path):
    first = new_project(tmp_path / "first.wbproj", [["Бир."]])
    second = new_project(tmp_path / "second.wbproj", [["Эки."]])
    gone = new_project(tmp_path / "gone.wbproj", [["Үч."]])
    for project in (first, second, gone):
        project.close()
    win = window()
    for project in (gone, first, second):
        assert win.open_project(project.path)
    win.close_project()
    gone.path.unlink()
    win.welcome.refresh()
    items = [win.welcome.recent.item(i) for i in range(win.welcome.recent.count())]
    assert [i.text().split()[0] for i in items] == ["second", "first", "gone"]
    assert "not found" in items[2].text() and not items[2].flags() & items[2].flags().ItemIsEnabled
    win.welcome.recent.itemActivated.emit(items[1])
    assert win.project is not None and win.project.path == first.path.resolve()


def test_the_last_project_reopens_at_the_last_segment(qtbot, tmp_path, no_hub_cache):
    from workbench.gui.app import start_window

    path = new_project(tmp_path / "p.wbproj", [[f"Сүйлөм {i}."] for i in range(12)]).path
    first = start_window()
    qtbot.addWidget(first)
    assert first.project is None  # a first start: the welcome screen
    assert first.open_project(path)
    first.grid.go_to_row(7)
    where = first.current_segment().id
    first.close()
    again = start_window()
    qtbot.addWidget(again)
    assert again.project is not None and again.project.path == path.resolve()
    assert again.current_segment().id == where
    again.close()
    settings = Settings.load()
    settings.reopen_last = False
    settings.save()
    off = start_window()
    qtbot.addWidget(off)
    assert off.project is None and off.stack.currentWidget() is off.welcome
    off.close()


# --------------------------------------------------------------------------- Tools > Models


def answer(dialog, qtbot, button) -> None:
    qtbot.waitUntil(lambda: dialog.confirm is not None)
    dialog.confirm.button(button).click()


def listed(dialog, qtbot) -> None:
    """Wait for the Models dialog's listing (it runs on a worker)."""
    qtbot.waitUntil(lambda: not dialog.listing, timeout=30_000)


def test_models_dialog_lists_sizes_copies_deletes_and_downloads_again(window, hub, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from workbench.gui.model_download import size_text
    from workbench.gui.models_dialog import ModelsDialog
    from workbench.mt.convert import convert_model
    from workbench.mt.models import resolve_model

    folder = dl.download(HUB_ID)
    resolved = resolve_model(DEFAULT_MODEL)
    copy = convert_model(resolved.path, resolved.model_id, resolved.revision, "int8")
    win = window()
    accept_licence(win.welcome)  # accepted once: the dialog does not ask again
    assert win.acts["models"].isEnabled()  # no project needed
    win.acts["models"].trigger()
    dialog = win.dialog
    assert isinstance(dialog, ModelsDialog)
    listed(dialog, qtbot)
    top = dialog.tree.topLevelItem(0)
    assert top.text(0) == DEFAULT_MODEL + " ✔" and top.text(1) == "downloaded"
    assert top.text(2) == size_text(sum(p.stat().st_size for p in folder.iterdir()))
    assert top.text(3) == LICENCE_NLLB
    assert top.child(0).text(0) == "CTranslate2 int8 copy" and top.child(0).text(2).endswith("B")
    dialog.select(copy)
    dialog.delete_button.click()
    answer(dialog, qtbot, QMessageBox.StandardButton.Yes)
    assert not copy.exists() and folder.exists()
    listed(dialog, qtbot)
    assert dialog.tree.topLevelItem(0).childCount() == 0
    dialog.select(folder)
    before = len(hub.file_requests(WEIGHTS))
    with qtbot.waitSignal(dialog.download.finished, timeout=60_000) as done:
        dialog.again_button.click()
    assert done.args[0] == Outcome.DONE
    assert len(hub.file_requests(WEIGHTS)) == before + 1
    assert (folder / WEIGHTS).read_bytes() == (hub.folder / WEIGHTS).read_bytes()
    listed(dialog, qtbot)
    dialog.select(folder)
    dialog.delete_button.click()
    answer(dialog, qtbot, QMessageBox.StandardButton.Cancel)
    assert folder.exists()  # cancelled: nothing deleted
    dialog.delete_button.click()
    answer(dialog, qtbot, QMessageBox.StandardButton.Yes)
    listed(dialog, qtbot)
    assert not folder.exists() and dialog.tree.topLevelItemCount() == 0
    assert dialog.summary.text().startswith("No model on this computer yet")
    dialog.reject()
    assert win.welcome.download_button.isVisible()  # the welcome screen knows


def test_models_dialog_looks_for_models_off_the_gui_thread(window, hub, qtbot, monkeypatch):
    import shutil
    import threading

    from workbench.gui.models_dialog import ModelsDialog
    from workbench.mt import installed

    folder = dl.download(HUB_ID)
    scanned_on: list[threading.Thread] = []
    real = installed.installed_models
    hold: list[bool] = []  # set: the next listing waits, its result made, for `go`
    made, go = threading.Event(), threading.Event()

    def recording(spec):
        scanned_on.append(threading.current_thread())
        result = real(spec)
        if hold:
            hold.clear()
            made.set()
            go.wait(30)
        return result

    monkeypatch.setattr(installed, "installed_models", recording)
    win = window()
    dialog = ModelsDialog(win.settings, win._save_settings, win)
    qtbot.addWidget(dialog)
    # Before the event loop runs again: the worker's answer cannot have been shown yet.
    assert dialog.summary.text() == "Looking for models…"
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.use_button.isEnabled()
    listed(dialog, qtbot)
    assert scanned_on and threading.main_thread() not in scanned_on
    assert dialog.tree.topLevelItem(0).text(0).startswith(DEFAULT_MODEL)
    # A refresh asked for while a listing runs is not lost: the next listing follows it.
    hold.append(True)
    dialog.refresh()
    assert made.wait(30)  # this listing has seen the model
    shutil.rmtree(folder)
    dialog.refresh()  # the model is gone: asked while the listing above still runs
    go.set()
    listed(dialog, qtbot)
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.summary.text().startswith("No model on this computer yet")
    dialog.reject()


def test_models_dialog_asks_for_the_licence_before_a_download(window, hub, qtbot):
    from PySide6.QtWidgets import QMessageBox

    win = window()
    win.show_models_dialog()
    dialog = win.dialog
    dialog.catalogue.setCurrentIndex(dialog.catalogue.findData(HUB_ID))
    dialog.get_button.click()
    answer(dialog, qtbot, QMessageBox.StandardButton.Cancel)
    assert not dialog.download.running and Settings.load().licences_accepted == []
    with qtbot.waitSignal(dialog.download.finished, timeout=60_000):
        dialog.get_button.click()
        answer(dialog, qtbot, QMessageBox.StandardButton.Yes)
    assert Settings.load().licences_accepted == [LICENCE_NLLB]
    listed(dialog, qtbot)
    assert dialog.tree.topLevelItem(0).text(0).startswith(DEFAULT_MODEL)
    dialog.reject()


def test_the_missing_model_dialog_downloads_in_the_app_and_checks_a_folder(window, tmp_path):
    from workbench.gui.dialogs import MissingModelDialog
    from workbench.gui.models_dialog import ModelsDialog

    win = window()
    win.show_missing_model("model nllb-200-distilled-600M is not on this computer")
    missing = win.dialog
    assert isinstance(missing, MissingModelDialog)
    missing.download_button.click()  # no terminal needed
    assert isinstance(win.dialog, ModelsDialog)
    win.dialog.reject()
    win.show_missing_model("model nllb-200-distilled-600M is not on this computer")
    (tmp_path / "empty").mkdir()
    win.dialog.chosen_folder = str(tmp_path / "empty")  # what "Choose model folder…" sets
    win.dialog.accept()
    assert "has no config.json" in win.dialog.text()  # the error box, one line
    assert Settings.load().model == DEFAULT_MODEL
