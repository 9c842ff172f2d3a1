"""Fonts, palettes and the style sheet: light and dark, readable at any DPI."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

# Families that render every Kyrgyz letter (ң ө ү) well, best first.
PREFERRED_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Arial")

# Status colours (row tint in the grid), chosen to stay readable on both themes.
STATUS_COLOURS = {
    "light": {0: "#ffffff", 1: "#fff6dc", 2: "#e3eefc", 3: "#e3f4e1"},
    "dark": {0: "#2b2b2b", 1: "#4a4128", 2: "#2c3d55", 3: "#2d4a2f"},
}


def pick_family() -> str:
    families = set(QFontDatabase.families())
    for name in PREFERRED_FAMILIES:
        if name in families:
            return name
    return QApplication.font().family()


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    # "system": follow the platform's colour scheme where Qt knows it.
    hints = QApplication.styleHints()
    try:
        from PySide6.QtCore import Qt

        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # older Qt
        return False


def apply_theme(app: QApplication, theme: str, font_size: int) -> str:
    """Set style, palette and font on the application; returns "light" or "dark"."""
    app.setStyle("Fusion")
    dark = is_dark(theme)
    app.setPalette(_dark_palette() if dark else _light_palette())
    font = QFont(pick_family(), max(7, min(font_size, 32)))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    return "dark" if dark else "light"


def _light_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f3f3f3",
        QPalette.ColorRole.WindowText: "#1d1d1d",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f7f7",
        QPalette.ColorRole.Text: "#1d1d1d",
        QPalette.ColorRole.Button: "#ececec",
        QPalette.ColorRole.ButtonText: "#1d1d1d",
        QPalette.ColorRole.Highlight: "#2f6fd0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffe8",
        QPalette.ColorRole.ToolTipText: "#1d1d1d",
        QPalette.ColorRole.PlaceholderText: "#808080",
        QPalette.ColorRole.Link: "#1f5fbf",
        QPalette.ColorRole.Mid: "#c8c8c8",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    return p


def _dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#232323",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1b1b1b",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#303030",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7ad6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#303030",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.Mid: "#444444",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#777777"))
    return p


STYLE_SHEET = """
QTableView { gridline-color: palette(mid); }
QHeaderView::section { padding: 3px 6px; }
QStatusBar QLabel { padding: 0 6px; }
QLabel#panelTitle { font-weight: bold; padding-top: 6px; }
QLabel#flag { color: #c76a00; }
TargetEditor { border: 2px solid palette(highlight); }
"""
