"""Find and replace in targets (plain text or regular expression), undoable."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
from workbench.core.segment import Segment
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


def plan_replacements(
    segments: Iterable[Segment], pattern: re.Pattern[str], replacement: str, *, regex: bool
) -> list[tuple[Segment, str | Coded]]:
    """(segment, new target) for every target the pattern changes."""
    changes: list[tuple[Segment, str]] = []
    for seg in segments:
        if not seg.target or seg.locked:  # locked in its file: the store refuses it
            continue
        try:
            if regex:
                new = pattern.sub(replacement, seg.target)
            else:
                new = pattern.sub(lambda _m: replacement, seg.target)
        except (re.error, IndexError) as exc:
            raise WorkbenchError(
                translate(
                    "find_replace", "the replacement {replacement} is not valid ({error})"
                ).format(replacement=repr(replacement), error=exc)
            ) from None
        if new != seg.target:
            # the tags stay (a marker the pattern removed takes its tag with it)
            changes.append((seg, seg.target_coded.with_text(new) if seg.target_codes else new))
    return changes


class FindReplaceDialog(QDialog):
    """Collects the find/replace options; the window does the replacing (undoable)."""

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
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.tr("Find:"), self.find)
        form.addRow(self.tr("Replace with:"), self.replace)
        form.addRow(self.regex)
        form.addRow(self.case)
        form.addRow(self.scope)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.replace_all = QPushButton(self.tr("Replace all"))
        self.replace_all.setDefault(True)
        buttons.addButton(self.replace_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def pattern(self) -> re.Pattern[str]:
        return compile_pattern(
            self.find.text(), regex=self.regex.isChecked(), case_sensitive=self.case.isChecked()
        )
