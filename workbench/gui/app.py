"""Start the GUI: application, theme, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from workbench.core.settings import Settings
from workbench.gui.main_window import MainWindow
from workbench.gui.theme import apply_theme


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


def make_window(project: str | Path | None = None, settings: Settings | None = None) -> MainWindow:
    app = make_app()
    settings = settings or Settings.load()
    apply_theme(app, settings.theme, settings.font_size)
    window = MainWindow(settings)
    window.apply_appearance()
    if project is not None:
        window.open_project(project)
    return window


def run(project: str | Path | None = None) -> int:
    from workbench.gui.crash import install_excepthook

    app = make_app()
    window = make_window(project)
    install_excepthook(window)
    window.show()
    return app.exec()
