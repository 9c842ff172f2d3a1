"""The window's status bar, whose messages are never cut off behind the counters.

QStatusBar paints a temporary message in whatever room the permanent widgets (segment
counts, MT progress, "All changes saved") leave, and cuts the rest off. Here a message is
a word-wrapped label that takes the room left of them and grows a line where it needs
one (up to MAX_LINES); its tooltip holds the whole text too. showMessage, clearMessage
and currentMessage keep QStatusBar's meaning (and messageChanged is emitted), so callers
do not change; a message Qt itself shows (an action's status tip) is moved into the
label as well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from workbench.core.i18n import shown

# A message longer than this many lines (a very narrow window) shows them and keeps the
# rest in its tooltip, so the status bar never takes the editor's room.
MAX_LINES = 6
DEFAULT_TIMEOUT_MS = 10_000  # for a message Qt showed itself (its own timeout is not known)


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.message.setSizePolicy(policy)
        self.addWidget(self.message, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)
        self.messageChanged.connect(self._take_qt_message)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 - Qt's name
        text = shown(text)  # a core message (a refusal, str(error)) in the interface's language
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setMinimumHeight(self._height_for(text))
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:  # noqa: N802
        if self.message.text():
            self.showMessage("")

    def currentMessage(self) -> str:  # noqa: N802
        return self.message.text()

    def _height_for(self, text: str) -> int:
        """The label's height for its width now: the status bar grows to show every line."""
        self.message.setMinimumHeight(0)  # else the label's answer includes the old height
        if not text:
            return 0
        width = max(self.message.width(), 200)
        most = self.message.fontMetrics().lineSpacing() * MAX_LINES + 4
        return min(self.message.heightForWidth(width), most)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.message.setMinimumHeight(self._height_for(self.message.text()))

    def _take_qt_message(self, text: str) -> None:
        """A message Qt painted itself (C++ showMessage) would be cut off: show it here."""
        if text and QStatusBar.currentMessage(self):
            QStatusBar.clearMessage(self)
            self.showMessage(text, DEFAULT_TIMEOUT_MS)
