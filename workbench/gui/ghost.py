"""Ghost text: the model's continuation drawn after the cursor, not part of the text.

Drawn over the target editor's viewport in the placeholder colour, word by word,
wrapping to the editor's left margin when a word does not fit; the grid grows the row to show
the ghost's lines (SegmentGrid._grow_row_for).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QPlainTextEdit

_WORDS = re.compile(r"\s*\S+")


def layout_ghost(editor: QPlainTextEdit, ghost: str) -> list[tuple[QPoint, str]]:
    """Where each word of the ghost goes: after the cursor, then wrapped lines."""
    metrics = editor.fontMetrics()
    cursor = editor.cursorRect()
    left = int(editor.document().documentMargin() + editor.contentOffset().x())
    right = editor.viewport().width() - int(editor.document().documentMargin())
    x, y = cursor.right() + 1, cursor.top()
    placed = []
    for word in _WORDS.findall(ghost):
        width = metrics.horizontalAdvance(word)
        if x + width > right and x > left:
            x, y = left, y + metrics.lineSpacing()
            word = word.lstrip()
            width = metrics.horizontalAdvance(word)
        placed.append((QPoint(x, y + metrics.ascent()), word))
        x += width
    return placed


def ghost_extra_lines(editor: QPlainTextEdit, ghost: str) -> int:
    """Lines the ghost needs below the cursor's line (the row grows to show them)."""
    placed = layout_ghost(editor, ghost)
    if not placed:
        return 0
    return round((placed[-1][0].y() - placed[0][0].y()) / editor.fontMetrics().lineSpacing())


def draw_ghost(editor: QPlainTextEdit, ghost: str) -> None:
    painter = QPainter(editor.viewport())
    try:
        painter.setPen(editor.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(editor.font())
        for point, word in layout_ghost(editor, ghost):
            painter.drawText(point, word)
    finally:
        painter.end()


def took_ghost_key(editor, e: QEvent) -> bool:
    """Tab / End take the ghost's next word / all of it (gui.completion), before the
    window's shortcuts and Tab's move of the focus, and only while the ghost is shown.
    For an editor's event(): `editor` has ghost_keys and ghost_visible() (the grid's
    and the paragraph view's editors); True when the event was taken."""
    if e.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not (
        editor.ghost_keys is not None
        and e.modifiers() == Qt.KeyboardModifier.NoModifier
        and e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_End)
        and editor.ghost_visible()
    ):
        return False
    e.accept()
    if e.type() == QEvent.Type.KeyPress:
        editor.ghost_keys("word" if e.key() == Qt.Key.Key_Tab else "all")
    return True
