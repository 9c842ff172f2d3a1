"""Fonts, palettes and the style sheet: light and dark, readable at any DPI."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

# Families that render every Kyrgyz letter (ң ө ү) well, best first.
PREFERRED_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Arial")

# Status colours (row tint in the grid), chosen to stay readable on both themes.
STATUS_COLOURS = {
    "light": {0: "#ffffff", 1: "#fff6dc", 2: "#e3eefc", 3: "#e3f4e1", 4: "#eeeeee"},
    "dark": {0: "#2b2b2b", 1: "#4a4128", 2: "#2c3d55", 3: "#2d4a2f", 4: "#3a3a3a"},
}
# The MT confidence band's text colour in the Match column (workbench.core.confidence).
CONFIDENCE_COLOURS = {
    "light": {"low": "#c62828", "medium": "#8d6e00", "high": "#2e7d32"},
    "dark": {"low": "#ef9a9a", "medium": "#ffe082", "high": "#a5d6a7"},
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


_R = QPalette.ColorRole

# Window, window text, base, alternate base, text, button, button text, highlight,
# highlighted text, tooltip base, tooltip text, placeholder, link, mid; disabled text.
_LIGHT = {
    _R.Window: "#f3f3f3", _R.WindowText: "#1d1d1d", _R.Base: "#ffffff",
    _R.AlternateBase: "#f7f7f7", _R.Text: "#1d1d1d", _R.Button: "#ececec",
    _R.ButtonText: "#1d1d1d", _R.Highlight: "#2f6fd0", _R.HighlightedText: "#ffffff",
    _R.ToolTipBase: "#ffffe8", _R.ToolTipText: "#1d1d1d", _R.PlaceholderText: "#808080",
    _R.Link: "#1f5fbf", _R.Mid: "#c8c8c8",
}  # fmt: skip
_DARK = {
    _R.Window: "#232323", _R.WindowText: "#e6e6e6", _R.Base: "#1b1b1b",
    _R.AlternateBase: "#262626", _R.Text: "#e6e6e6", _R.Button: "#303030",
    _R.ButtonText: "#e6e6e6", _R.Highlight: "#3d7ad6", _R.HighlightedText: "#ffffff",
    _R.ToolTipBase: "#303030", _R.ToolTipText: "#e6e6e6", _R.PlaceholderText: "#8a8a8a",
    _R.Link: "#7fb0ff", _R.Mid: "#444444",
}  # fmt: skip
_DISABLED_TEXT = {"light": "#a0a0a0", "dark": "#777777"}


def _light_palette() -> QPalette:
    return _palette(_LIGHT, _DISABLED_TEXT["light"])


def _dark_palette() -> QPalette:
    return _palette(_DARK, _DISABLED_TEXT["dark"])


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    p = QPalette()
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    # Greyed-out controls must look greyed out (e.g. the batch form during a run).
    for role in (_R.Text, _R.ButtonText, _R.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return p


STYLE_SHEET = """
QTableView { gridline-color: palette(mid); }
QHeaderView::section { padding: 3px 6px; }
QStatusBar QLabel { padding: 0 6px; }
QLabel#panelTitle { font-weight: bold; padding-top: 6px; }
QLabel#flag { color: #c76a00; }
QLabel#flag[empty="true"] { color: palette(placeholder-text); }
TargetEditor { border: 2px solid palette(highlight); }
"""
