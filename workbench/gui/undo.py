"""Undo commands over the store's edit operations.

Each command records the segment's target, status and origin before the change
and writes through the Project (one durable transaction per call), so undo and
redo are saved as they happen. Consecutive keystrokes in one editor session
merge into one command (mergeWith), as in a text editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from workbench.app import segments
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import shown
from workbench.core.inline import Coded
from workbench.core.segment import Origin, Segment, Status
from workbench.core.store import Project
from workbench.gui.i18n import translate

EDIT_ID = 1001


@dataclass(frozen=True)
class TargetState:
    target: str | Coded  # Coded when it has inline codes
    status: Status
    origin: Origin
    match_score: float | None

    @classmethod
    def of(cls, seg: Segment) -> TargetState:
        target = seg.target_coded if seg.target_codes else seg.target
        return cls(target, seg.status, seg.origin, seg.match_score)


def restore(project: Project, segment_id: int, state: TargetState, translator: str | None) -> None:
    project.set_target(
        segment_id,
        state.target,
        status=state.status,
        origin=state.origin,
        translator=translator,
        match_score=state.match_score,
    )


# Where a command reports a failed write (disk full, file locked...): set by the window.
ErrorReporter = Callable[[str], None]


class StoreCommand(QUndoCommand):
    """A command whose writes may fail: the failure is reported, and the command is
    marked obsolete so the undo stack drops it instead of holding a change never made."""

    report: ErrorReporter | None = None

    def redo(self) -> None:
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_write)

    def _guard(self, write: Callable[[], None]) -> None:
        try:
            write()
        except WorkbenchError as exc:
            self.setObsolete(True)
            if self.report is not None:
                self.report(shown(exc))  # translated before a Qt signal makes it plain

    def do(self) -> None:
        raise NotImplementedError

    def undo_write(self) -> None:
        raise NotImplementedError


class EditTarget(StoreCommand):
    """Typing (or pasting, inserting a suggestion) into a target."""

    def __init__(
        self,
        project: Project,
        seg: Segment,
        text: str | Coded,
        translator: str | None,
        session: object = None,
        *,
        origin: Origin = Origin.HUMAN,
        match_score: float | None = None,
        label: str = "",
    ) -> None:
        super().__init__(label or translate("undo", "Edit segment"))
        self.project = project
        self.segment_id = seg.id
        self.translator = translator
        self.session = session  # editor session: keystrokes merge only within one
        self.before = TargetState.of(seg)
        status = Status.NEEDS_REVIEW if text.strip() else Status.NEW
        self.after = TargetState(text, status, origin, match_score)

    def id(self) -> int:
        return EDIT_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditTarget):
            return False
        if other.segment_id != self.segment_id or other.session is not self.session:
            return False
        self.after = other.after
        return True

    def do(self) -> None:
        restore(self.project, self.segment_id, self.after, self.translator)

    def undo_write(self) -> None:
        restore(self.project, self.segment_id, self.before, self.translator)


class Confirm(StoreCommand):
    """Confirm a segment (with its current or a final text)."""

    def __init__(self, project: Project, seg: Segment, translator: str | None) -> None:
        super().__init__(translate("undo", "Confirm segment"))
        self.project = project
        self.segment_id = seg.id
        self.translator = translator
        self.before = TargetState.of(seg)

    def do(self) -> None:
        self.project.set_status(self.segment_id, Status.CONFIRMED)

    def undo_write(self) -> None:
        self.project.set_status(self.segment_id, self.before.status)


class MarkNotNeeded(StoreCommand):
    """Mark a segment "no translation needed" (its source is exported as it is; a target
    it had is cleared), or take the mark back (the segment is new again)."""

    def __init__(
        self, project: Project, seg: Segment, not_needed: bool, translator: str | None
    ) -> None:
        super().__init__(
            translate("undo", "No translation needed for segment")
            if not_needed
            else translate("undo", "Translation needed for segment")
        )
        self.project = project
        self.segment_id = seg.id
        self.translator = translator
        self.before = TargetState.of(seg)
        status = Status.NOT_NEEDED if not_needed else Status.NEW
        self.after = TargetState("", status, Origin.NONE, None)

    def do(self) -> None:
        restore(self.project, self.segment_id, self.after, self.translator)

    def undo_write(self) -> None:
        restore(self.project, self.segment_id, self.before, self.translator)


class ReplaceTargets(StoreCommand):
    """Find and replace across many targets: one undo step, one transaction. A confirmed
    segment changed is marked Needs review (the window asks before changing one)."""

    def __init__(
        self,
        project: Project,
        changes: list[tuple[Segment, str | Coded]],
        translator: str | None,
    ) -> None:
        super().__init__(
            translate("undo", "Replace in {count} segments").format(count=len(changes))
        )
        self.project = project
        self.translator = translator
        self.changes = [
            (
                seg.id,
                TargetState.of(seg),
                TargetState(new, Status.NEEDS_REVIEW, Origin.HUMAN, None),
            )
            for seg, new in changes
        ]

    def do(self) -> None:
        with self.project.transaction():
            for sid, _before, after in self.changes:
                restore(self.project, sid, after, self.translator)

    def undo_write(self) -> None:
        with self.project.transaction():
            for sid, before, _after in self.changes:
                restore(self.project, sid, before, self.translator)


class Restructure(StoreCommand):
    """A merge or a split (app/segments.py). It is done before it is pushed (so the window
    can say why one is refused); the push's own first redo does nothing. Undo puts back
    the exact segments and memory units; redo writes the same ones again."""

    def __init__(self, project: Project, edit: segments.SegmentEdit, label: str) -> None:
        super().__init__(label)
        self.project = project
        self.edit = edit
        self._pushed = False

    def do(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        segments.redo(self.project, self.edit)

    def undo_write(self) -> None:
        segments.undo(self.project, self.edit)
