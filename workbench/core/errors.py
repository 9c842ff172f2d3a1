"""Errors a user can act on.

Every error that reaches the user is a WorkbenchError: one line that names the
file (or model) and says what to do. The CLI prints it without a traceback; the
GUI shows it in a dialog.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.i18n import Message, msg


class WorkbenchError(Exception):
    """A failure with a one-line, user-facing message."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.said = message  # without the path (batch reports name the path in a column)
        # A Message (core/i18n.py) stays one: str(error) is the English line, and the GUI
        # shows it in the interface's language (i18n.shown).
        if path is not None:
            text = msg("{path}: {message}", path=str(path), message=message)
        else:
            text = message
        super().__init__(text)

    def __str__(self) -> str:
        text = self.args[0] if self.args else ""
        return text if isinstance(text, Message) else super().__str__()

    @property
    def message(self) -> str:
        return str(self)


class UnsupportedFile(WorkbenchError):
    """The file's format is not one the workbench reads."""


class BadInput(WorkbenchError):
    """The file exists but its content cannot be used (binary, empty, corrupt...)."""


class ProjectError(WorkbenchError):
    """The project file cannot be opened or written."""


class ModelError(WorkbenchError):
    """A translation model is missing or failed to load."""


def first_line(exc: BaseException) -> str:
    """An unexpected exception's message cut to one line (its type when it has none),
    for wrapping it in a WorkbenchError. A WorkbenchError's one-line Message stays one (the
    GUI shows it in the interface's language)."""
    text = str(exc)
    if isinstance(text, Message) and text and text == text.strip() and "\n" not in text:
        return text
    return (text.strip().splitlines() or [type(exc).__name__])[0]


class Cancelled(Exception):  # noqa: N818 - reads better at the raise site
    """Raised inside long work when the user asked it to stop."""
