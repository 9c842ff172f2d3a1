"""The window's merge and split commands (Segment menu), undoable.

The work is app/segments.py's (the CLI's `segment merge|split` calls the same): within one
paragraph, locked segments refused, the memory kept in step. A refusal is one status-bar
line saying why; nothing changes.
"""

from __future__ import annotations

from workbench.app import segments
from workbench.core.errors import WorkbenchError
from workbench.core.segment import Segment
from workbench.gui.split_dialog import SplitDialog
from workbench.gui.undo import Restructure


class SegmentsMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    def _segment_to_restructure(self) -> Segment | None:
        """The current segment as stored, after what was typed is saved; None (with a
        word why) when the project cannot change."""
        seg = self.current_segment()
        if seg is None or self.project is None or self.grid is None:
            return None
        if self.project.read_only:
            self.statusBar().showMessage(self.tr("The project is read-only"), 6000)
            return None
        self.flush()
        return self.project.segment(seg.id)

    def merge_with_next(self) -> None:
        seg = self._segment_to_restructure()
        if seg is None:
            return
        self.grid.close_editor()  # its row may go
        try:
            edit = segments.merge_with_next(self.project, seg.id, self.model.translator)
        except WorkbenchError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            self.grid.go_to_row(self.grid.currentIndex().row())  # the editor back
            return
        self._pushed_restructure(edit, self.tr("Merge segments"))
        self.statusBar().showMessage(
            self.tr("Merged with the next segment (Ctrl+Z undoes it)"), 6000
        )

    def split_segment(self) -> None:
        """Open the split dialog for the current segment; the target's cut starts at the
        editor's cursor."""
        seg = self._segment_to_restructure()
        if seg is None:
            return
        editor = self.grid.current_editor()
        target_at = None
        if editor is not None and editor.segment_id == seg.id:
            target_at = editor.textCursor().position()
        self.grid.close_editor()
        if seg.locked:
            self.statusBar().showMessage(
                self.tr("This segment is locked in its file: it cannot be split"), 6000
            )
            return
        dialog = SplitDialog(seg, target_at, self)

        def done(result: int) -> None:
            if result == SplitDialog.DialogCode.Accepted:
                self.split_at(seg.id, *dialog.positions())

        self._show_dialog(dialog, done)

    def split_at(self, segment_id: int, source_at: int, target_at: int | None = None) -> bool:
        """Split a segment (positions as in Segment.source / .target); False if refused."""
        if self.project is None or self.model is None:
            return False
        try:
            edit = segments.split(
                self.project, segment_id, source_at, target_at, self.model.translator
            )
        except WorkbenchError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return False
        self._pushed_restructure(edit, self.tr("Split segment"))
        self.statusBar().showMessage(self.tr("Segment split in two (Ctrl+Z undoes it)"), 6000)
        return True

    def _pushed_restructure(self, edit: segments.SegmentEdit, label: str) -> None:
        assert self.project is not None and self.model is not None and self.grid is not None
        self.model.push(Restructure(self.project, edit, label))
        row = self.model.row_of(edit.segment_ids[0])
        if row is not None:
            self.grid.go_to_row(row)
        self._counts_timer_start()
