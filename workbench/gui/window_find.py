"""The window's find and replace in targets: find next / previous (F3, Shift+F3), replace
the match found, replace all after a preview of how many; each change one undo step.

A confirmed translation is the translator's finished work: replacing inside one asks
first, and the segment is marked Needs review (ReplaceTargets), so it is looked at again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import shown
from workbench.core.inline import Coded
from workbench.core.segment import Segment, Status
from workbench.gui.find_replace import (
    FindReplaceDialog,
    Plan,
    TargetRow,
    compile_pattern,
    find_from,
    matching,
    plan_replacements,
    replace_match,
)
from workbench.gui.undo import ReplaceTargets


class FindMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    find_dialog: FindReplaceDialog | None = None  # kept after closing: F3 finds its text again
    _found: tuple[int, int, int] | None = None  # (segment id, start, end) of the match shown

    # ------------------------------------------------------------------ the dialog
    def show_replace(self) -> None:
        if self.project is None:
            return
        dialog = self.find_dialog or self._new_find_dialog()
        editor = self.grid.current_editor() if self.grid is not None else None
        if editor is not None and editor.textCursor().hasSelection():
            dialog.find.setText(editor.textCursor().selectedText())
        dialog.find.selectAll()
        dialog.find.setFocus()
        self._show_dialog(dialog, lambda _r: None)

    def _new_find_dialog(self) -> FindReplaceDialog:
        dialog = FindReplaceDialog(self)
        dialog.find_next.clicked.connect(self.find_next)
        dialog.find_previous.clicked.connect(self.find_previous)
        dialog.replace_one.clicked.connect(self.replace_current)
        dialog.replace_all.clicked.connect(self.preview_replace_all)
        timer = QTimer(dialog, singleShot=True, interval=250)
        timer.timeout.connect(self.update_match_count)
        for field in (dialog.find, dialog.replace):
            field.textChanged.connect(lambda _t: timer.start())
        for box in (dialog.regex, dialog.case, dialog.scope):
            box.toggled.connect(lambda _on: timer.start())
        # F3 / Shift+F3 work while the dialog has the focus too.
        dialog.addActions([self.acts["find_next"], self.acts["find_previous"]])
        self.find_dialog = dialog
        return dialog

    def _say(self, text: str) -> None:
        if self.find_dialog is not None and self.find_dialog.isVisible():
            self.find_dialog.message.setText(shown(text))
        self.statusBar().showMessage(text, 8000)

    def _pattern(self) -> re.Pattern[str] | None:
        dialog = self.find_dialog
        if dialog is None:
            return None
        try:
            return dialog.pattern()
        except WorkbenchError as exc:
            self._say(str(exc))
            return None

    def _scope_rows(self, shown_only: bool) -> list[TargetRow]:
        """The targets in scope, in the grid's row order (shown_only) or document order."""
        assert self.project is not None and self.model is not None
        ids = list(self.model.ids) if shown_only else self.project.segment_ids()
        targets = self.project.target_rows()
        empty = ("", Status.NEW, False)
        return [TargetRow(sid, *targets.get(sid, empty)) for sid in ids]

    def _plan(
        self, pattern: re.Pattern[str], replace: str, *, regex: bool, shown_only: bool
    ) -> Plan:
        """What Replace all changes: full Segments read only for the targets that match."""
        assert self.project is not None
        ids, _count, _confirmed = matching(self._scope_rows(shown_only), pattern)
        return plan_replacements(self.project.segments_by_id(ids), pattern, replace, regex=regex)

    def update_match_count(self) -> None:
        """The dialog's live count: matches and segments, confirmed ones among them."""
        dialog = self.find_dialog
        if dialog is None or self.project is None or not dialog.find.text():
            if dialog is not None:
                dialog.count.setText("")
            return
        try:
            pattern = dialog.pattern()
        except WorkbenchError as exc:
            dialog.count.setText(shown(exc))
            return
        ids, occurrences, confirmed = matching(self._scope_rows(dialog.scope.isChecked()), pattern)
        segments = len(ids)
        text = self.tr("%n match(es)", "", occurrences)
        text += " · " + self.tr("%n segment(s)", "", segments)
        if confirmed:
            text += " · " + self.tr("%n confirmed", "", confirmed)
        dialog.count.setText(text)

    # ------------------------------------------------------------------ finding
    def find_next(self) -> bool:
        return self._find(forward=True)

    def find_previous(self) -> bool:
        return self._find(forward=False)

    def _find(self, forward: bool) -> bool:
        """Go to the next (previous) match in the targets shown and select it in the
        editor. Without a find text yet, the dialog opens."""
        if self.project is None or self.model is None or self.grid is None:
            return False
        if self.find_dialog is None or not self.find_dialog.find.text():
            self.show_replace()
            return False
        pattern = self._pattern()
        if pattern is None:
            return False
        self.flush()
        segments = self._scope_rows(shown_only=True)
        row = max(self.grid.currentIndex().row(), 0)
        offset = self._search_offset(segments, row, forward)
        hit = find_from(segments, pattern, row, offset, forward=forward)
        if hit is None:
            self._found = None
            self._say(self.tr("Not found in the targets shown"))
            return False
        row, start, end = hit
        self._found = (segments[row].id, start, end)
        self.grid.go_to_row(row)
        editor = self.grid.current_editor()
        if editor is not None:
            cursor = editor.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
        number = self.model.number_of(segments[row].id)
        self._say(self.tr("Found in segment {number}").format(number=number))
        return True

    def _search_offset(self, segments: list[TargetRow], row: int, forward: bool) -> int:
        """Where in the current row's target the search goes on: after (before) the match
        shown, else from the editor's cursor, else from the start (end)."""
        if not segments or row >= len(segments):
            return 0
        seg = segments[row]
        if self._found is not None and self._found[0] == seg.id:
            return self._found[2] if forward else self._found[1]
        editor = self.grid.current_editor()
        if editor is not None and editor.segment_id == seg.id:
            return editor.textCursor().position()
        return 0 if forward else len(seg.target) + 1

    # ------------------------------------------------------------------ replacing
    def replace_current(self) -> None:
        """Replace the match found (shown selected), then find the next; with none shown
        yet, find one first."""
        dialog = self.find_dialog
        pattern = self._pattern()
        if dialog is None or pattern is None or self.project is None or self._found is None:
            self.find_next()
            return
        self.flush()
        sid, start, _end = self._found
        seg = self.project.segment(sid)
        try:
            done = replace_match(
                seg, pattern, dialog.replace.text(), start, regex=dialog.regex.isChecked()
            )
        except WorkbenchError as exc:
            self._say(str(exc))
            return
        if done is None or seg.locked:  # changed since it was found, or read-only
            self.find_next()
            return
        new, after = done

        def replace() -> None:
            self._push_replace([(seg, new)])
            self._found = (sid, after, after)
            self.find_next()

        if seg.status != Status.CONFIRMED:
            replace()
            return
        number = self.model.number_of(sid)
        self._ask(
            self.tr(
                "Segment {number} is confirmed. Replace in it? It will be marked Needs review."
            ).format(number=number),
            [(self.tr("Replace"), replace)],
        )

    def preview_replace_all(self) -> None:
        """Count what Replace all would change and ask before doing it."""
        dialog = self.find_dialog
        pattern = self._pattern()
        if dialog is None or pattern is None or self.project is None:
            return
        self.flush()
        try:
            plan = self._plan(
                pattern,
                dialog.replace.text(),
                regex=dialog.regex.isChecked(),
                shown_only=dialog.scope.isChecked(),
            )
        except WorkbenchError as exc:
            self._say(str(exc))
            return
        if not plan.changes:
            self._say(self.tr("Nothing to replace: no target has a match"))
            return
        occurrences, segments = plan.occurrences, len(plan.changes)
        text = self.tr("Replace %n match(es)?", "", occurrences)
        text += "\n" + self.tr("Segments that change: %n", "", segments)
        choices = [(self.tr("Replace all"), lambda: self._replace_all(plan.changes))]
        if plan.confirmed:
            confirmed = plan.confirmed
            text += "\n" + self.tr(
                "%n of them confirmed: they will be marked Needs review.", "", confirmed
            )
            rest = plan.without_confirmed()
            if rest:
                choices.append((self.tr("Skip confirmed"), lambda: self._replace_all(rest)))
        self._ask(text, choices, parent=dialog)

    def _replace_all(self, changes: list[tuple[Segment, str | Coded]]) -> None:
        self._push_replace(changes)
        count = len(changes)
        self._say(self.tr("Replaced in %n segment(s) (Ctrl+Z undoes it)", "", count))
        self.update_match_count()

    def replace_in_targets(
        self,
        find: str,
        replace: str,
        *,
        regex: bool = False,
        case_sensitive: bool = False,
        shown_only: bool = True,
    ) -> int:
        """Replace all at once, without asking (scripts, tests): one undo step; confirmed
        segments changed are marked Needs review. Returns the number of segments changed."""
        assert self.project is not None and self.model is not None
        self.flush()
        pattern = compile_pattern(find, regex=regex, case_sensitive=case_sensitive)
        plan = self._plan(pattern, replace, regex=regex, shown_only=shown_only)
        if plan.changes:
            self._push_replace(plan.changes)
        return len(plan.changes)

    def _push_replace(self, changes: list[tuple[Segment, str | Coded]]) -> None:
        assert self.project is not None and self.model is not None
        self.model.push(ReplaceTargets(self.project, changes, self.model.translator))

    def _ask(self, text: str, choices: list, parent=None) -> None:  # type: ignore[no-untyped-def]
        """A question with a button per choice (label, action) and Cancel; not blocking
        (tests find it in self.dialog)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Find and replace"), text, parent=parent or self
        )
        buttons = {
            box.addButton(label, QMessageBox.ButtonRole.AcceptRole): action
            for label, action in choices
        }
        box.addButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            action = buttons.get(box.clickedButton())
            if action is not None:
                action()

        self._show_dialog(box, done)
