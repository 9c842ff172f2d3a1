"""Choosing the interface language: Settings (applied by rebuilding the window at the same
segment), `workbench gui --lang` for one run, and the default from the system locale."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui import app, i18n  # noqa: E402
from workbench.gui.dialogs import SettingsDialog  # noqa: E402


@pytest.fixture
def english_after(qapp):
    yield
    i18n.install_translators("en")


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "p.wbproj"
    with Project.create(path, "ky", "ru") as project:
        texts = ["Биринчи сүйлөм.", "Экинчи сүйлөм.", "Үчүнчү сүйлөм."]
        segments = [NewSegment(i, 0, "", t, "", t, "ky") for i, t in enumerate(texts)]
        project.add_document("a.txt", "txt", "utf-8", b"x", segments)
    return path


def test_the_settings_offer_three_languages_and_keep_following_the_system(qapp, english_after):
    settings = Settings()
    dialog = SettingsDialog(settings)
    combo = dialog.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["ky", "ru", "en"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Кыргызча", "Русский", "English"]
    assert combo.currentData() == i18n.system_language()
    dialog.apply_to(settings)
    assert settings.language == ""  # untouched: still "follow the system"
    combo.setCurrentIndex(combo.findData("ky" if i18n.system_language() != "ky" else "ru"))
    dialog.apply_to(settings)
    assert settings.language in ("ky", "ru")
    settings.save()
    assert Settings.load().language == settings.language


def test_a_new_language_in_settings_rebuilds_the_window_at_the_same_segment(
    qtbot, tmp_path, english_after
):
    window = app.make_window(_project(tmp_path), Settings.load(), "en")
    qtbot.addWidget(window)
    window.show()
    third = window.model.ids[2]
    window.go_to_segment(third)
    assert window.menuBar().actions()[1].text() == "&Edit"
    window.show_settings()
    dialog = window.dialog
    dialog.language.setCurrentIndex(dialog.language.findData("ky"))
    dialog.accept()
    offer = window.dialog
    assert isinstance(offer, QMessageBox) and "Кыргызча" in offer.text()
    restart = next(b for b in offer.buttons() if b.text() == "Restart now")
    restart.click()
    new = app._windows[0]
    qtbot.addWidget(new)
    assert new is not window and not window.isVisible()
    assert Settings.load().language == "ky"
    assert new.menuBar().actions()[1].text() == "&Түзөтүү"  # Edit, as GNOME/Windows ky say
    assert new.current_segment().id == third
    assert new.project is not None and not new.project.read_only  # the old one let go
    new.close()


def test_workbench_gui_lang_chooses_the_language_for_one_run(monkeypatch, tmp_path):
    from workbench.cli import main

    seen = {}
    monkeypatch.setattr(app, "run", lambda project, lang=None: seen.update(lang=lang) or 0)
    assert main(["gui", "--lang", "ru"]) == 0
    assert seen == {"lang": "ru"}
    assert Settings.load().language == ""  # one run only: nothing saved


def test_workbench_gui_refuses_an_unknown_language_in_one_line(capsys):
    from workbench.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["gui", "--lang", "de"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "--lang" in err and "invalid choice" in err


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [(["ky-KG", "ru-RU"], "ky"), (["ru_RU"], "ru"), (["de-DE", "ru-RU"], "ru"), (["de"], "en")],
)
def test_the_default_language_comes_from_the_system_locale(monkeypatch, ui_languages, expected):
    class Locale:
        def uiLanguages(self):  # noqa: N802 - Qt's name
            return ui_languages

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: Locale()))
    assert i18n.system_language() == expected
    assert i18n.resolve_language("") == expected


def test_the_welcome_screen_switches_the_language_at_once(qtbot, english_after):
    window = app.make_window(None, Settings.load(), "en")
    qtbot.addWidget(window)
    window.show()
    combo = window.welcome.language
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("ru"))
    new = app._windows[0]
    qtbot.addWidget(new)
    assert new is not window and not window.isVisible()
    assert new.menuBar().actions()[0].text() == "&Файл"
    assert new.welcome.language.currentData() == "ru"
    assert Settings.load().language == "ru"
    new.close()


def test_an_ignored_qa_warning_stays_ignored_after_a_language_switch(
    qtbot, tmp_path, english_after
):
    """Ignored warnings are remembered by check and detail, never by the shown sentence:
    ignored under Russian, still ignored in the window rebuilt in Kyrgyz and in English."""
    path = _project(tmp_path)
    with Project.open(path) as project:
        first = project.segment_ids()[0]
        project.set_target(first, "Первое предложение")  # no final full stop: one warning
    window = app.make_window(path, Settings.load(), "ru")
    qtbot.addWidget(window)
    window.go_to_segment(first)
    (warning,) = window.terms_panel.warnings
    assert warning.check == "end-punctuation"
    assert (
        "Конец оригинала: точка"
        in window.terms_panel.warnings_list.itemWidget(
            window.terms_panel.warnings_list.item(0)
        ).text()
    )
    window.ignore_current_warning(0)
    qtbot.waitUntil(lambda: window.terms_panel.warnings == [])
    for lang in ("ky", "en"):
        window = app.rebuild_window(window, lang)
        qtbot.addWidget(window)
        window.go_to_segment(first)
        assert window.terms_panel.warnings == [], lang
        assert window.project_warnings() == [], lang
    window.close()
