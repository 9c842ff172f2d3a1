"""The paragraph view's editor: a paragraph's translation as running text, with ghost text.

Which segment is being typed. The paragraph is saved by splitting the text into
sentences again (sentences(), for window_editing.revise_paragraph), so the segment
under the cursor is found the same way: the text before the cursor is split into
sentences (each "…" that stands for an untranslated segment counts as that whole
segment), and the sentences are given to the segments in order, as many to each as
its source has. The typed part of that segment up to the cursor is what the model
continues (cursor_segment).

A completion is offered only where the cursor ends what is typed of a sentence: the
text after it is nothing, a "…" placeholder, or exactly the later segments' own text as
the paragraph was opened. In the middle of a word or a sentence there is none: the
model continues a prefix and cannot know what follows it.

Ghost text. The ghost is laid out INSIDE the line, as an input method's uncommitted text
is (QTextLayout.setPreeditArea): the text after the cursor moves along to make room
for it, so the ghost can stand before the sentences that follow. It lives only in the
block's layout, never in the document: toPlainText(), copying, undo and the save never
see it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QPalette, QTextBlock, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workbench.core.segmenter import split_paragraph
from workbench.gui.completion import CompletionPoint
from workbench.gui.ghost import took_ghost_key

UNTRANSLATED = "…"  # what the view shows for a segment without a translation
_PLACEHOLDER = re.compile(r"(?<!\S)…(?!\S)")
_SENTENCE_ENDS = frozenset(".!?…")


@dataclass(frozen=True)
class ParagraphSegment:
    """One segment of the paragraph being edited."""

    segment_id: int
    shown: str  # as the paragraph shows it: lead + (target or "…") + trail
    sentences: int  # sentences in its source (a merged segment holds more than one)


def _units(text: str, lang: str, unit: str) -> list[tuple[int, bool]]:
    """(start offset, is a placeholder) of each sentence or "…" placeholder in text."""
    units: list[tuple[int, bool]] = []
    at = 0
    for match in [*_PLACEHOLDER.finditer(text), None]:
        end = match.start() if match else len(text)
        offset = at
        for piece in split_paragraph(text[at:end], lang, unit):
            units.append((offset + len(piece.lead), False))
            offset += len(piece.lead) + len(piece.text) + len(piece.trail)
        if match:
            units.append((match.start(), True))
            at = match.end()
    return units


def sentences(text: str, lang: str, unit: str) -> list[str]:
    """The paragraph's text as the segments get it back: its sentences, and each "…"
    standing alone as one untranslated segment (the splitter glues "… …" together)."""
    starts = [at for at, _placeholder in _units(text, lang, unit)] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]


def cursor_segment(
    text: str, position: int, segments: Sequence[ParagraphSegment], lang: str, unit: str
) -> tuple[int, str] | None:
    """(index of the segment under the cursor, its typed part up to the cursor), or None
    where the cursor does not end what is typed of a sentence."""
    if not segments or not 0 <= position <= len(text):
        return None
    before, after = text[:position], text[position:]
    if after[:1].strip() and not after.startswith(UNTRANSLATED):
        return None  # inside a word or before punctuation
    rest = after.strip()
    suffixes = ["".join(s.shown for s in segments[m:]).strip() for m in range(len(segments) + 1)]
    later = suffixes.index(rest) if rest in suffixes else None  # first untouched segment
    if later is None and rest and not rest.startswith(UNTRANSLATED):
        return None  # the sentence goes on after the cursor
    # Give the sentences before the cursor to the segments, in order.
    index, used, start, on_placeholder = 0, 0, 0, False
    for n, (at, placeholder) in enumerate(_units(before, lang, unit)):
        if n and (placeholder or used >= segments[index].sentences) and index + 1 < len(segments):
            index, used = index + 1, 0
        if used == 0:
            start = at
        used = segments[index].sentences if placeholder else used + 1
        on_placeholder = placeholder
    if on_placeholder:
        return None  # the cursor is just after a "…": nothing typed there yet
    if (
        before[-1:].isspace()
        and before.rstrip()[-1:] in _SENTENCE_ENDS
        and used >= segments[index].sentences
        and index + 1 < len(segments)
    ):
        index, start = index + 1, len(before)  # a sentence ended: the next segment begins
    if later is not None and not rest.startswith(UNTRANSLATED) and 1 <= later <= index:
        index = later - 1  # the segments after the cursor are known untouched
    return index, before[start:].lstrip()


class ParagraphEditor(QPlainTextEdit):
    """A paragraph's translation, edited as running text; the ghost sits inside the line."""

    ghostChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget, key: tuple[int, int]) -> None:
        super().__init__(parent)
        self.key = key  # (document id, paragraph)
        self.segments: list[ParagraphSegment] = []
        self.lang, self.unit = "", "sentence"
        self.ghost = ""  # the model's continuation shown at the cursor (gui.completion)
        self.ghost_keys: Callable[[str], object] | None = None  # "word" / "all" taken
        self._ghost_at = -1  # the cursor position the ghost was set at
        self._laid: tuple[QTextBlock, int, str] | None = None  # where the layout holds it
        self._composing = False  # an input method's uncommitted text holds the same place
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.cursorPositionChanged.connect(self._lay_ghost)
        self.document().contentsChange.connect(self._drop_laid)

    # -- the segment under the cursor ----------------------------------------------
    def completion_point(self) -> CompletionPoint | None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return None
        text, position = self.toPlainText(), cursor.position()
        found = cursor_segment(text, position, self.segments, self.lang, self.unit)
        if found is None:
            return None
        index, typed = found
        return CompletionPoint(self.segments[index].segment_id, typed, text, position)

    # -- the ghost -------------------------------------------------------------------
    def set_ghost(self, ghost: str) -> None:
        self._ghost_at = self.textCursor().position() if ghost else -1
        changed = ghost != self.ghost
        self.ghost = ghost
        self._lay_ghost()
        if changed:
            self.ghostChanged.emit()

    def ghost_visible(self) -> bool:
        cursor = self.textCursor()
        return (
            bool(self.ghost)
            and cursor.position() == self._ghost_at
            and not cursor.hasSelection()
            and not self._composing
        )

    def _drop_laid(self, *_args) -> None:
        """An edit: the layout forgets the ghost at once (the block is laid out again
        right after this signal); the completion controller sets the new one."""
        if self._laid is not None:
            block = self._laid[0]
            self._laid = None
            if block.isValid() and block.layout() is not None:
                block.layout().setPreeditArea(-1, "")
                block.layout().setFormats([])

    def _lay_ghost(self) -> None:
        """Put the ghost into the cursor's line, or take it out when it is not shown."""
        cursor = self.textCursor()
        block = cursor.block()
        wanted = (block, cursor.position() - block.position(), self.ghost)
        if self.ghost_visible() and self._laid == wanted:
            return
        if self._laid is not None:
            old = self._laid[0]
            self._drop_laid()
            if old.isValid():
                self.document().markContentsDirty(old.position(), old.length())
        if not self.ghost_visible():
            return
        layout = block.layout()
        layout.setPreeditArea(wanted[1], self.ghost)
        grey = QTextCharFormat()
        grey.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = wanted[1], len(self.ghost), grey
        layout.setFormats([span])
        self._laid = wanted
        self.document().markContentsDirty(block.position(), block.length())
        self.viewport().update()

    def wanted_height(self) -> int:
        """The height that shows all the text and the ghost's lines (the row grows to it)."""
        lines, block = 0.0, self.document().firstBlock()
        while block.isValid():
            lines += self.blockBoundingRect(block).height()
            block = block.next()
        return int(lines + 2 * self.document().documentMargin()) + 2 * self.frameWidth() + 1

    def inputMethodEvent(self, e) -> None:  # noqa: N802
        # A composing input method lays its own uncommitted text where the ghost is:
        # the ghost steps aside (before, so that taking it out cannot clear theirs).
        composing = bool(e.preeditString())
        if composing != self._composing:
            self._composing = composing
            self._lay_ghost()
            self.ghostChanged.emit()
        super().inputMethodEvent(e)

    def mousePressEvent(self, e) -> None:  # noqa: N802
        # A click is placed by the layout: take the ghost out first so that the click
        # lands on the text the translator sees without it.
        if self._laid is not None:
            self._ghost_at = -1
            self._lay_ghost()
        super().mousePressEvent(e)

    def event(self, e: QEvent) -> bool:
        if took_ghost_key(self, e):  # Tab / End take the ghost (as the other editor)
            return True
        return super().event(e)


class ParagraphDelegate(QStyledItemDelegate):
    """Opens a ParagraphEditor on the translation column; Enter saves, as before."""

    editorOpened = Signal(object)  # noqa: N815 - the ParagraphEditor

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: N802
        editor = ParagraphEditor(parent, self.view.keys[index.row()])
        editor.lang, editor.unit = self.view.target_lang, self.view.unit
        editor.segments = self.view.segments_of(index.row())
        editor.setFont(option.font)
        self.editorOpened.emit(editor)
        self.view.watch_editor(editor, index.row())
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, ParagraphEditor):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, ParagraphEditor):  # the document only: the ghost is not in it
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        editor.setGeometry(option.rect)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # A paragraph is one line of running text: Enter saves and closes, as the
        # single-line editor did (a text editor would take it as a new line).
        if (
            isinstance(obj, ParagraphEditor)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(obj)
            self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(obj, event)
