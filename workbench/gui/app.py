"""Start the GUI: application, interface language, theme, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from workbench.core.settings import Settings
from workbench.gui.i18n import install_translators
from workbench.gui.main_window import MainWindow
from workbench.gui.theme import apply_theme

_windows: list[MainWindow] = []  # a window rebuilt in another language lives on here


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), high-DPI aware."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Crisp text on fractional scales (125 %, 150 %): pass the factor through unrounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Translation Workbench")
    app.setOrganizationName("kyrgyz-workbench")
    app.setDesktopFileName("kyrgyz-workbench")
    return app


def make_window(
    project: str | Path | None = None,
    settings: Settings | None = None,
    lang: str | None = None,
) -> MainWindow:
    """The main window; `lang` (ky, ru, en) overrides the settings' language for this run."""
    app = make_app()
    settings = settings or Settings.load()
    # Translators first: every widget takes its texts when it is built.
    install_translators(lang or settings.language)
    apply_theme(app, settings.theme, settings.font_size)
    window = MainWindow(settings)
    window.apply_appearance()
    if project is not None:
        window.open_project(project)
    return window


def start_window(project: str | Path | None = None, lang: str | None = None) -> MainWindow:
    """The window as `workbench gui` opens it: on the project given, else on the last
    one (at its last segment) when the settings say so and it is still there; else on
    the welcome screen."""
    from workbench.core.recent import project_to_reopen

    settings = Settings.load()
    if project is None:
        project = project_to_reopen(settings)
    return make_window(project, settings, lang)


def rebuild_window(old: MainWindow, lang: str) -> MainWindow:
    """The same project at the same segment in a new window speaking `lang` (texts are
    set when widgets are built, so a language change builds the window again)."""
    from workbench.gui.crash import install_excepthook

    path = old.project.path if old.project is not None else None
    current = old.current_segment()
    old.close_project()  # one writer: the new window opens the project after this
    window = make_window(path, old.settings, lang)
    window.restoreGeometry(old.saveGeometry())
    if current is not None:
        window.go_to_segment(current.id)
    install_excepthook(window)
    window.show()
    old.close()
    old.deleteLater()
    _windows[:] = [window]
    return window


def run(project: str | Path | None = None, lang: str | None = None) -> int:
    from workbench.gui.crash import install_excepthook

    app = make_app()
    window = start_window(project, lang)
    _windows[:] = [window]
    install_excepthook(window)
    window.show()
    return app.exec()
