"""Segment > Split segment: where the source (and its translation) are cut.

The grid edits targets only, so the source's cursor lives here: the source is shown with
its tags as chips (one character each, as in the editor), read-only, with a cursor the
translator moves with the arrow keys or a click; the translation below it likewise (its
cursor starts where the editor's was). Enter splits: the first part ends at each cursor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.inline import Coded
from workbench.core.segment import Segment
from workbench.gui import chips


class CursorView(QPlainTextEdit):
    """Read-only coded text with a visible cursor (positions as in Segment.source)."""

    def __init__(self, value: Coded, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chips.install(self.document(), self)
        chips.set_coded(self.document(), value)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setCursorWidth(2)
        self.setTabChangesFocus(True)
        self.set_position(position)
        self.setMaximumHeight(110)

    def set_position(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)

    def position(self) -> int:
        cursor = self.textCursor()
        return cursor.selectionStart() if cursor.hasSelection() else cursor.position()


def word_start_near(text: str, want: int) -> int:
    """The start of the word nearest to `want` (not the text's first word)."""
    starts = [i for i in range(1, len(text)) if text[i - 1].isspace() and not text[i].isspace()]
    return min(starts, key=lambda i: abs(i - want)) if starts else want


class SplitDialog(QDialog):
    def __init__(self, seg: Segment, target_at: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split segment"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The first part ends at the cursor. Move it with the arrow keys or a click, "
                "then press Split (Enter). Segments split within their paragraph; the export "
                "joins them again."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        has_target = bool(seg.target.strip())
        share = target_at / len(seg.target) if has_target and target_at is not None else 0.5
        layout.addWidget(QLabel(self.tr("Source:")))
        self.source = CursorView(
            seg.source_coded, word_start_near(seg.source, round(len(seg.source) * share)), self
        )
        layout.addWidget(self.source)
        self.target: CursorView | None = None
        if has_target:
            label = QLabel(
                self.tr(
                    "Translation (cut at its cursor; at its end, all of it stays with the "
                    "first part):"
                )
            )
            label.setWordWrap(True)
            layout.addWidget(label)
            start = len(seg.target) if target_at is None else target_at
            self.target = CursorView(seg.target_coded, start, self)
            layout.addWidget(self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.split = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.split.setText(self.tr("Split"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.source.setFocus()

    def positions(self) -> tuple[int, int | None]:
        """(source_at, target_at) for app.segments.split."""
        return self.source.position(), self.target.position() if self.target else None
