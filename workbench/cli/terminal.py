"""One line of progress on stderr, redrawn in place on a terminal.

The progress displays of `translate`, `project pretranslate` and `batch` draw
their bars through it, so messages printed in between never get mixed into
a half-drawn bar.
"""

from __future__ import annotations

import sys
from typing import TextIO


class StatusLine:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr  # looked up now: tests swap sys.stderr
        self.tty = self.stream.isatty()
        self.line = ""  # what is drawn now, on a terminal

    def draw(self, line: str) -> None:
        """Replace the line in place (terminals only)."""
        self.line = line
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()

    def say(self, text: str) -> None:
        """Print a line of its own above the bar, and draw the bar again below it."""
        self.clear()
        print(text, file=self.stream, flush=True)
        if self.tty and self.line:
            self.draw(self.line)

    def clear(self) -> None:
        if self.tty and self.line:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def finish(self) -> None:
        """Leave the last bar on screen and move to a new line."""
        if self.tty and self.line:
            self.stream.write("\n")
            self.stream.flush()
            self.line = ""
