"""Interactive MT in the editor: ghost-text completion, alternatives, look-ahead.

Completion. After a short pause in typing (PAUSE_MS) the open target editor asks
the MT worker to continue exactly what was typed (workbench.mt.completion's
rules). Two editors have it: the grid's (the segment's target up to its end)
and the paragraph view's, where the segment under the cursor is completed from
its typed part up to the cursor (gui.paragraph_editor); each says where a
completion can be asked for through completion_point(). The answer is drawn
after the cursor as ghost text; Tab takes its next word, End the rest,
Ctrl+Space opens a popup of alternative continuations from the model's beam.
Typing the ghost's own letters keeps the rest of it; any other edit hides it
and a new request follows the next pause.

Stale answers never show: each request carries the editor's text, the cursor's
position and an edit serial, and an answer is drawn only while the editor is
still at the same segment with that very text, the cursor where it was.
Requests never queue up: the worker keeps only the newest one in a one-slot
mailbox (CompletionMailbox), so a superseded request is dropped before it
runs, and the worker serves the mailbox between the results of a running
translation job too.

Look-ahead. While the translator is on a segment, the next LOOKAHEAD segments in
the grid that still need MT (and the current one) are translated as a
background job after a short settle (LOOKAHEAD_SETTLE_MS), the lowest-priority
work there is (no progress bar, no messages); moving elsewhere cancels it.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from shiboken6 import isValid

from workbench.app.lookahead import lookahead_ids
from workbench.core.task import TaskState
from workbench.mt.completion import Completion, next_word, still_matches
from workbench.mt.config import EngineConfig

PAUSE_MS = 250  # typing pause before a completion is asked for
LOOKAHEAD = 3  # segments translated ahead of the translator
LOOKAHEAD_SETTLE_MS = 400  # stay this long on a segment before looking ahead of it
LOOKAHEAD_SCAN = 60  # rows looked through for segments that need MT
NEW_TOKENS = 8  # a ghost of a few words: fast to compute, quick to read
POPUP_ALTERNATIVES = 5


@dataclass(frozen=True, eq=False)  # each request is itself: equal fields, still two asks
class CompletionRequest:
    serial: int  # the edit it was asked at; later edits make it stale
    segment_id: int
    text: str  # the editor's text when asked (chips included)
    typed: str  # what the model continues (chips removed)
    source: str
    src: str
    tgt: str
    alternatives: int
    config: EngineConfig  # the MT worker's engine configuration (as for its jobs)
    state: TaskState = field(default_factory=TaskState, compare=False)
    position: int = 0  # the cursor's position in text when asked


@dataclass(frozen=True)
class CompletionPoint:
    """Where an editor can be completed: a segment, its typed part, the editor's state."""

    segment_id: int
    typed: str  # what the model continues (chips removed)
    text: str  # the editor's whole text (an answer must find it unchanged)
    position: int  # the cursor's position in it


class CompletionMailbox:
    """The newest completion request, handed from the GUI thread to the worker."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._request: CompletionRequest | None = None
        self.dropped = 0  # requests replaced before the worker took them

    def put(self, request: CompletionRequest) -> None:
        with self._lock:
            if self._request is not None:
                self._request.state.cancel()
                self.dropped += 1
            self._request = request

    def take(self) -> CompletionRequest | None:
        with self._lock:
            request, self._request = self._request, None
            return request


class CompletionController(QObject):
    """Ghost text, its shortcuts and the alternatives popup for the grid's editor and
    the paragraph view's."""

    ghostChanged = Signal(bool)  # noqa: N815 - whether a ghost is shown (actions follow it)
    shown = Signal(object)  # a Completion just drawn (tests, the screenshot)

    def __init__(self, window, mt, grid, model, paragraphs=None) -> None:
        super().__init__(window)
        self.window, self.mt, self.grid, self.model = window, mt, grid, model
        self._serials = itertools.count(1)
        self.editor = None
        self.serial = 0
        self.completion: Completion | None = None  # the one the ghost comes from
        self._completed_segment = 0  # the segment it continues
        self.stale = 0  # answers dropped because the text had moved on
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(lambda: self.request(0))
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(LOOKAHEAD_SETTLE_MS)
        self._settle.timeout.connect(self._look_ahead)
        self._lookahead_job: int | None = None
        self._lookahead_ids: list[int] = []
        self.popup: QListWidget | None = None
        self._closed = False
        mt.completed.connect(self._on_completed)
        grid.delegate.editorOpened.connect(self._attach)
        if paragraphs is not None:
            paragraphs.delegate.editorOpened.connect(self._attach)
        grid.selectionModel().currentRowChanged.connect(lambda *_: self._settle.start())

    # -- settings ------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return (
            not self._closed
            and self.window.settings.interactive_mt
            and not self.mt.project.read_only
        )

    # -- the editor ------------------------------------------------------------------
    def close(self) -> None:
        """The project is closing: no more requests or look-ahead."""
        self._closed = True
        self._pause.stop()
        self._settle.stop()
        self.cancel_look_ahead()

    def _attach(self, editor) -> None:
        if self._closed:
            return
        self.editor = editor
        self.completion = None
        editor.ghost_keys = lambda kind: self.accept_word() if kind == "word" else self.accept_all()
        editor.textChanged.connect(lambda: self._on_text_changed(editor))
        editor.cursorPositionChanged.connect(lambda: self._on_cursor(editor))
        editor.destroyed.connect(lambda *_: self._detach(editor))

    def _detach(self, editor) -> None:
        if self.editor is editor:
            self.editor = None
            self.completion = None
            self._pause.stop()
            self.ghostChanged.emit(False)

    def _alive(self, editor) -> bool:
        return editor is not None and editor is self.editor and isValid(editor)

    def _on_text_changed(self, editor) -> None:
        if not self._alive(editor):
            return
        self.serial = next(self._serials)
        point = editor.completion_point()
        kept = (
            still_matches(self.completion, point.typed)
            if self.completion is not None
            and point is not None
            and point.segment_id == self._completed_segment
            else None
        )
        if kept is not None:  # typed the ghost's own letters: keep the rest of it
            self.completion = Completion(point.typed, (kept,))
        else:
            self.completion = None
        self._show(editor, kept.ghost if kept else "")
        self._pause.stop()
        if self.enabled and point is not None and point.typed.strip() and kept is None:
            self._pause.start()

    def _on_cursor(self, editor) -> None:
        if self._alive(editor):
            self.ghostChanged.emit(editor.ghost_visible())

    def _show(self, editor, ghost: str) -> None:
        editor.set_ghost(ghost)
        self.ghostChanged.emit(editor.ghost_visible())

    @property
    def ghost(self) -> str:
        return self.editor.ghost if self._alive(self.editor) else ""

    # -- requests and answers --------------------------------------------------------
    def request(self, alternatives: int) -> CompletionRequest | None:
        """Ask for a continuation of the open editor's text at its completion point."""
        editor = self.editor
        point = editor.completion_point() if self._alive(editor) else None
        if not self.enabled or point is None:
            return None
        seg = self.mt.project.segment(point.segment_id)
        request = CompletionRequest(
            serial=self.serial,
            segment_id=seg.id,
            text=point.text,
            typed=point.typed,
            source=seg.mt_source,
            src=seg.lang,
            tgt=self.mt.project.target_lang,
            alternatives=alternatives,
            config=self.mt.engine_config(),
            position=point.position,
        )
        if not request.source.strip():
            return None
        self.mt.request_completion(request)
        return request

    def _on_completed(self, request: CompletionRequest, done: Completion | None, _msg: str) -> None:
        if self._closed:
            return
        editor = self.editor
        point = editor.completion_point() if self._alive(editor) else None
        current = (
            point is not None
            and request.serial == self.serial
            and point.segment_id == request.segment_id
            and point.text == request.text
            and point.position == request.position
        )
        if not current:
            self.stale += 1
            return
        if done is None:
            return
        if request.alternatives:
            self._open_popup(editor, done)
            return
        self.completion = done if done.best is not None else None
        self._completed_segment = request.segment_id
        self._show(editor, done.best.ghost if done.best else "")
        self.shown.emit(done)

    # -- accepting -------------------------------------------------------------------
    def accept_word(self) -> bool:
        return self._insert(next_word(self.ghost))

    def accept_all(self) -> bool:
        return self._insert(self.ghost)

    def _insert(self, text: str) -> bool:
        editor = self.editor
        if not text or not self._alive(editor) or not editor.ghost_visible():
            return False
        editor.textCursor().insertText(text)  # the ghost follows: still_matches keeps the rest
        editor.ensureCursorVisible()
        return True

    # -- alternatives popup ----------------------------------------------------------
    def show_alternatives(self) -> bool:
        return self.request(POPUP_ALTERNATIVES) is not None

    def _open_popup(self, editor, done: Completion) -> None:
        if not done.suggestions:
            message = self.tr("No continuation: the sentence looks complete")
            self.window.statusBar().showMessage(message, 4000)
            return
        popup = self.popup = QListWidget(editor)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setFont(editor.font())
        for n, suggestion in enumerate(done.suggestions):
            item = QListWidgetItem(f"…{suggestion.ghost}")
            item.setData(Qt.ItemDataRole.UserRole, suggestion.ghost)
            kind = self.tr("best") if n == 0 else self.tr("alternative")
            item.setToolTip(
                self.tr("{kind}; score {score}").format(kind=kind, score=f"{suggestion.score:.2f}")
            )
            popup.addItem(item)
        popup.setCurrentRow(0)
        popup.itemActivated.connect(lambda item: self._choose(editor, done.typed, item))
        width = min(editor.width(), 40 + max(popup.sizeHintForColumn(0), 200))
        height = popup.sizeHintForRow(0) * popup.count() + 6
        popup.resize(width, height)
        popup.move(editor.viewport().mapToGlobal(editor.cursorRect().bottomLeft() + QPoint(0, 2)))
        popup.show()
        popup.setFocus()

    def _choose(self, editor, typed: str, item: QListWidgetItem) -> None:
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
            self.popup = None
        point = editor.completion_point() if self._alive(editor) else None
        if point is not None and point.typed == typed:
            editor.setFocus()
            editor.textCursor().insertText(item.data(Qt.ItemDataRole.UserRole))

    # -- look-ahead ------------------------------------------------------------------
    def _look_ahead(self) -> None:
        """Translate the current segment and the next few that need MT, in the background."""
        if self._closed:
            return
        row = self.grid.currentIndex().row()
        count = self.window.settings.lookahead_segments
        if row < 0 or count <= 0 or self.mt.project.read_only or self.mt.unavailable:
            self.cancel_look_ahead()
            return
        end = min(self.model.rowCount(), row + LOOKAHEAD_SCAN)
        segments = [self.model.segment_at(r) for r in range(row, end)]
        wanted = lookahead_ids(segments, count + 1)
        if wanted == self._lookahead_ids and self._lookahead_job in self.mt.background_jobs:
            return
        self.cancel_look_ahead()
        self._lookahead_ids = wanted
        if wanted:
            self._lookahead_job = self.mt.translate_segments(wanted, background=True)

    def cancel_look_ahead(self) -> None:
        if self._lookahead_job is not None:
            self.mt.cancel_job(self._lookahead_job)
        self._lookahead_job = None
        self._lookahead_ids = []
