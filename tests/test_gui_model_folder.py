"""Every "choose a model folder" in the GUI checks the folder (mt.models.check_model_folder)
and says in one line why it refuses one: Settings, Batch translation, the missing-model
dialog and the welcome screen, through gui.model_folder; choosing a model ends "continue
without machine translation" wherever it is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from workbench.core.settings import Settings
from workbench.mt.models import DEFAULT_MODEL


@pytest.fixture
def folders(tmp_path, tiny_model_dir):
    empty = tmp_path / "empty"
    empty.mkdir()
    bert = tmp_path / "bert"
    bert.mkdir()
    (bert / "config.json").write_text('{"model_type": "bert"}')
    (bert / "model.safetensors").write_bytes(b"0")
    return empty, bert, tiny_model_dir


def answer(monkeypatch, folder) -> None:
    """The folder dialog answers `folder` (what a person picks)."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))


@pytest.mark.parametrize("which", ["settings", "batch"])
def test_the_settings_and_batch_choosers_refuse_a_folder_without_a_model(
    qtbot, monkeypatch, folders, which
):
    from workbench.gui.batch_dialog import BatchDialog
    from workbench.gui.dialogs import SettingsDialog

    empty, bert, tiny = folders
    settings = Settings.load()
    if which == "settings":
        dialog = SettingsDialog(settings)
        browse = dialog._browse
    else:
        dialog = BatchDialog(settings)
        browse = dialog._browse_model
    qtbot.addWidget(dialog)
    before = dialog.model.currentText()
    answer(monkeypatch, empty)
    browse()
    assert dialog.model.currentText() == before  # refused: the model field is kept
    line = dialog.licence.text()
    assert "has no config.json" in line and "\n" not in line
    answer(monkeypatch, bert)
    browse()
    assert dialog.model.currentText() == before
    assert "holds a bert model, not NLLB-200" in dialog.licence.text()
    answer(monkeypatch, tiny)
    browse()
    assert dialog.model.currentText() == str(tiny)
    assert "config.json" not in dialog.licence.text()  # the refusal is gone
    dialog.reject()


def test_the_missing_model_dialog_refuses_a_folder_in_place_and_a_good_one_turns_mt_on(
    qtbot, monkeypatch, folders
):
    from workbench.gui.dialogs import MissingModelDialog
    from workbench.gui.main_window import MainWindow

    empty, _bert, tiny = folders
    settings = Settings.load()
    settings.without_mt = True  # "Continue without MT" was chosen on the welcome screen
    settings.save()
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    win.show_missing_model("model nllb-200-distilled-600M is not on this computer")
    dialog = win.dialog
    assert isinstance(dialog, MissingModelDialog)
    answer(monkeypatch, empty)
    dialog._choose()
    assert dialog.chosen_folder is None and win.dialog is dialog  # still open, to try again
    assert "has no config.json" in dialog.refusal.text() and not dialog.refusal.isHidden()
    assert Settings.load().model == DEFAULT_MODEL
    answer(monkeypatch, tiny)
    dialog._choose()
    saved = Settings.load()
    assert saved.model == str(tiny)
    assert not saved.without_mt  # a model was chosen: MT is on again, as on the welcome page
    win.close()


def test_the_welcome_chooser_checks_the_folder(qtbot, monkeypatch, folders, tmp_path):
    from tests.conftest import point_hub_at
    from workbench.gui.main_window import MainWindow

    point_hub_at(monkeypatch, None, tmp_path / "empty-hub-cache")
    empty, _bert, tiny = folders
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    page = win.welcome
    answer(monkeypatch, empty)
    page._choose_folder()
    assert "has no config.json" in page.message.text()
    assert Settings.load().model == DEFAULT_MODEL
    answer(monkeypatch, tiny)
    page._choose_folder()
    assert Settings.load().model == str(tiny)
    assert page.model_line.text().startswith("✔ Ready:")
    win.close()


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ru", "нет config.json: это не папка модели Hugging Face"), ("ky", "config.json жок")],
)
def test_a_refused_model_folder_is_said_in_the_interface_language(
    qtbot, monkeypatch, folders, tmp_path, lang, said
):
    """The refusal is built in mt.models (a core message): the settings dialog and the
    welcome screen show it in Russian or Kyrgyz."""
    from tests.conftest import point_hub_at
    from workbench.gui import i18n
    from workbench.gui.dialogs import SettingsDialog
    from workbench.gui.main_window import MainWindow

    point_hub_at(monkeypatch, None, tmp_path / "empty-hub-cache")
    empty, _bert, _tiny = folders
    answer(monkeypatch, empty)
    i18n.install_translators(lang)
    try:
        dialog = SettingsDialog(Settings.load())
        qtbot.addWidget(dialog)
        dialog._browse()
        assert said in dialog.licence.text()
        dialog.reject()
        win = MainWindow(Settings.load())
        qtbot.addWidget(win)
        win.welcome._choose_folder()
        assert said in win.welcome.message.text()
        win.close()
    finally:
        i18n.install_translators("en")
