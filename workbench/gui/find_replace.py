"""Find and replace in targets (plain text or regular expression): the dialog and the
plain functions the window's commands use (window_find.py), undoable there.

Positions are in Segment.target, where a tag is one character: the same positions as
in the target editor, where a tag is one chip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.inline import Coded
from workbench.core.segment import Segment, Status
from workbench.gui.i18n import translate


def compile_pattern(find: str, *, regex: bool, case_sensitive: bool) -> re.Pattern[str]:
    if not find:
        raise WorkbenchError(translate("find_replace", "nothing to find: type the text to replace"))
    flags = 0 if case_sensitive else re.IGNORECASE
    try:
        return re.compile(find if regex else re.escape(find), flags)
    except re.error as exc:
        raise WorkbenchError(
            translate(
                "find_replace", "the regular expression {find} is not valid ({error})"
            ).format(find=repr(find), error=exc)
        ) from None


def _substitute(
    pattern: re.Pattern[str], replacement: str, text: str, *, regex: bool, count: int = 0
) -> str:
    try:
        if regex:
            return pattern.sub(replacement, text, count=count)
        return pattern.sub(lambda _m: replacement, text, count=count)
    except (re.error, IndexError) as exc:
        raise WorkbenchError(
            translate(
                "find_replace", "the replacement {replacement} is not valid ({error})"
            ).format(replacement=repr(replacement), error=exc)
        ) from None


def new_target(seg: Segment, text: str) -> str | Coded:
    # the tags stay (a marker the pattern removed takes its tag with it)
    return seg.target_coded.with_text(text) if seg.target_codes else text


@dataclass(frozen=True)
class Plan:
    """What Replace all would do: (segment, new target) per changed segment."""

    changes: list[tuple[Segment, str | Coded]]
    occurrences: int

    @property
    def confirmed(self) -> int:
        return sum(1 for seg, _new in self.changes if seg.status == Status.CONFIRMED)

    def without_confirmed(self) -> list[tuple[Segment, str | Coded]]:
        return [(seg, new) for seg, new in self.changes if seg.status != Status.CONFIRMED]


def plan_replacements(
    segments: Iterable[Segment], pattern: re.Pattern[str], replacement: str, *, regex: bool
) -> Plan:
    """Every target the pattern changes, with its new text, and how many matches."""
    changes: list[tuple[Segment, str | Coded]] = []
    occurrences = 0
    for seg in segments:
        if not seg.target or seg.locked:  # locked in its file: the store refuses it
            continue
        new = _substitute(pattern, replacement, seg.target, regex=regex)
        if new != seg.target:
            changes.append((seg, new_target(seg, new)))
            occurrences += sum(1 for _ in pattern.finditer(seg.target))
    return Plan(changes, occurrences)


def replace_match(
    seg: Segment, pattern: re.Pattern[str], replacement: str, start: int, *, regex: bool
) -> tuple[str | Coded, int] | None:
    """The target with the one match found at `start` replaced, and where the text after
    the replacement begins; None when that match is no longer there (the target changed)."""
    match = pattern.match(seg.target, start)
    if match is None or match.start() != start or match.end() == start:
        return None
    head, tail = seg.target[:start], seg.target[match.end() :]
    middle = _substitute(pattern, replacement, match.group(), regex=regex, count=1)
    return new_target(seg, head + middle + tail), len(head) + len(middle)


@dataclass(frozen=True)
class TargetRow:
    """What finding reads of a segment (Project.target_rows): no full Segment per row."""

    id: int
    target: str
    status: Status
    locked: bool


def matching(rows: Iterable[TargetRow], pattern: re.Pattern[str]) -> tuple[list[int], int, int]:
    """(ids of the targets with a match, matches, confirmed ones among those targets);
    locked targets are left out (the store refuses to change them)."""
    ids: list[int] = []
    occurrences = confirmed = 0
    for row in rows:
        if not row.target or row.locked:
            continue
        found = sum(1 for m in pattern.finditer(row.target) if m.end() > m.start())
        if found:
            ids.append(row.id)
            occurrences += found
            confirmed += row.status == Status.CONFIRMED
    return ids, occurrences, confirmed


def find_from(
    segments: Sequence[Segment | TargetRow],
    pattern: re.Pattern[str],
    row: int,
    offset: int,
    *,
    forward: bool = True,
) -> tuple[int, int, int] | None:
    """The next (or previous) match in the targets of `segments` (the rows shown) from
    `offset` in row `row`, going round past the end: (row, start, end), or None."""
    count = len(segments)
    if not count:
        return None
    row = min(max(row, 0), count - 1)
    order = (
        [(row + k) % count for k in range(count)] + [row]
        if forward
        else [(row - k) % count for k in range(count)] + [row]
    )
    for k, r in enumerate(order):
        spans = [m.span() for m in pattern.finditer(segments[r].target) if m.end() > m.start()]
        if k == 0:  # the row the search starts in: only after (before) the offset
            spans = [s for s in spans if (s[0] >= offset if forward else s[0] < offset)]
        elif k == count:  # back round to the start row: the part skipped at first
            spans = [s for s in spans if (s[0] < offset if forward else s[0] >= offset)]
        if spans:
            start, end = spans[0] if forward else spans[-1]
            return r, start, end
    return None


class FindReplaceDialog(QDialog):
    """Collects the find/replace options; the window finds and replaces (undoable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and replace in targets"))
        form = QFormLayout(self)
        self.find = QLineEdit()
        self.replace = QLineEdit()
        self.regex = QCheckBox(self.tr("Regular expression (\\1 or \\g<name> in the replacement)"))
        self.case = QCheckBox(self.tr("Match case"))
        self.scope = QCheckBox(self.tr("Only the segments shown (current document and filter)"))
        self.scope.setChecked(True)
        self.count = QLabel()  # how many matches, as the fields change
        self.count.setObjectName("matchCount")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.tr("Find:"), self.find)
        form.addRow(self.tr("Replace with:"), self.replace)
        form.addRow(self.regex)
        form.addRow(self.case)
        form.addRow(self.scope)
        form.addRow(self.count)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.find_previous = QPushButton(self.tr("Find previous (Shift+F3)"))
        self.find_next = QPushButton(self.tr("Find next (F3)"))
        self.replace_one = QPushButton(self.tr("Replace"))
        self.replace_all = QPushButton(self.tr("Replace all…"))
        self.find_next.setDefault(True)
        for button in (self.find_previous, self.find_next, self.replace_one, self.replace_all):
            button.setAutoDefault(False)
            buttons.addButton(button, role)
        self.find_next.setAutoDefault(True)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def pattern(self) -> re.Pattern[str]:
        return compile_pattern(
            self.find.text(), regex=self.regex.isChecked(), case_sensitive=self.case.isChecked()
        )
