"""The window's segment commands: confirm, move, copy, insert, undo (find and replace:
window_find.py; merge and split: window_segments.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from workbench.core.errors import WorkbenchError
from workbench.core.inline import Coded
from workbench.core.segment import NOT_DONE, Origin, Segment, Status
from workbench.gui.side_panel import Suggestion
from workbench.gui.undo import Confirm, EditTarget, MarkNotNeeded

UNCONFIRMED = NOT_DONE  # what "next unconfirmed" visits: not confirmed, and needing work


class EditingMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    # ------------------------------------------------------------------ segments
    def current_segment(self) -> Segment | None:
        if self.grid is None or self.model is None:
            return None
        row = self.grid.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return None
        return self.model.segment_at(row)

    def flush(self) -> None:
        """Write pending keystrokes now."""
        if self.grid is not None:
            self.grid.flush_editor()

    def move(self, step: int) -> None:
        if self.grid is None:
            return
        row = self.grid.currentIndex().row()
        self.grid.go_to_row(max(0, row + step) if row >= 0 else 0)

    def confirm_and_next(self) -> None:
        if self.project is None or self.model is None or self.grid is None:
            return
        self.flush()
        row = self.grid.currentIndex().row()
        if row < 0:
            return
        seg = self.project.segment(self.model.ids[row])
        if not seg.target.strip():
            self.statusBar().showMessage(self.tr("Nothing to confirm: the target is empty"), 5000)
            return
        if seg.status != Status.CONFIRMED:
            self.model.push(Confirm(self.project, seg, self.model.translator))
            self._remember(self.project.segment(seg.id))
        self._go_to_next_unconfirmed(row)

    def _remember(self, seg: Segment) -> None:
        """Put a confirmed segment into the memory and fill its repetitions."""
        assert self.project is not None
        from workbench.app.confirm import remember_confirmed

        try:
            translator = self.model.translator if self.model else None
            changed = remember_confirmed(self.project, seg, self.settings, translator)
        except WorkbenchError as exc:
            self._on_save_failed(str(exc))
            return
        if changed:
            self.statusBar().showMessage(
                self.tr("Filled %n repetition(s) from this segment", "", len(changed)), 6000
            )

    def _go_to_next_unconfirmed(self, row: int) -> None:
        assert self.project is not None and self.model is not None and self.grid is not None
        open_ids = set(
            self.project.segment_ids(document_id=self.model.document_id, status=UNCONFIRMED)
        )
        ids = self.model.ids
        for r in list(range(row + 1, len(ids))) + list(range(0, row)):
            if ids[r] in open_ids:
                self.grid.go_to_row(r)
                return
        self.grid.go_to_row(min(row + 1, len(ids) - 1))
        self.statusBar().showMessage(self.tr("Every segment shown is confirmed"), 6000)

    def _replace_target(
        self, text: str | Coded, origin: Origin, score: float | None, label: str
    ) -> None:
        seg = self.current_segment()
        if seg is None or self.project is None or self.grid is None or self.model is None:
            return
        self.flush()
        seg = self.project.segment(seg.id)
        if (seg.target_coded if isinstance(text, Coded) else seg.target) != text:
            self.model.push(
                EditTarget(
                    self.project,
                    seg,
                    text,
                    self.model.translator,
                    None,
                    origin=origin,
                    match_score=score,
                    label=label,
                )
            )
        row = self.model.row_of(seg.id)
        if row is not None:
            self.grid.go_to_row(row)

    def copy_mt(self) -> None:
        seg = self.current_segment()
        if seg is None:
            return
        if not seg.mt_text:
            self.statusBar().showMessage(
                self.tr("No machine translation yet: Translate this segment (Ctrl+T)"), 6000
            )
            return
        self._replace_target(seg.mt_text, Origin.MT, None, self.tr("Copy MT into segment"))

    def copy_source(self) -> None:
        seg = self.current_segment()
        if seg is not None:
            source = seg.source_coded if seg.source_codes else seg.source
            self._replace_target(source, Origin.HUMAN, None, self.tr("Copy source into segment"))

    def insert_next_tag(self) -> None:
        """Insert the next source tag the target lacks (around the selection for a pair)."""
        self._with_editor(lambda editor: editor.insert_next_code(), "next tag")

    def insert_all_tags(self) -> None:
        """Insert all the source tags the target lacks, in source order, at the cursor."""
        self._with_editor(lambda editor: editor.insert_all_codes(), "all tags")

    def _with_editor(self, insert, what: str) -> None:
        if self.grid is None or self.model is None:
            return
        editor = self.grid.current_editor()
        if editor is None:
            index = self.grid.currentIndex()
            if not index.isValid():
                return
            self.grid.go_to_row(index.row())
            editor = self.grid.current_editor()
            if editor is None:
                return
        self.grid.delegate.flush(editor)  # what was typed before is one undo step
        editor.session = object()  # the insertion is an undo step of its own
        if not insert(editor):
            self.statusBar().showMessage(
                self.tr("No formatting tags are missing from the target"), 4000
            )
            return
        self.grid.delegate.flush(editor)
        editor.session = object()

    def clear_target(self) -> None:
        if self.current_segment() is not None:
            self._replace_target("", Origin.NONE, None, self.tr("Clear segment"))

    def toggle_not_needed(self) -> None:
        """Mark the segment "no translation needed", or take the mark back (undoable)."""
        seg = self.current_segment()
        if seg is None or self.project is None or self.model is None:
            return
        self.flush()
        seg = self.project.segment(seg.id)
        if seg.locked:  # the store would refuse it: say why instead
            self.statusBar().showMessage(
                self.tr("This segment is locked in its file: read-only, given back as it is"),
                6000,
            )
            return
        not_needed = seg.status != Status.NOT_NEEDED
        self.model.push(MarkNotNeeded(self.project, seg, not_needed, self.model.translator))
        self.statusBar().showMessage(
            self.tr(
                "No translation needed: the source is exported as it is "
                "(Ctrl+Shift+N undoes the mark)"
            )
            if not_needed
            else self.tr("The segment needs a translation again"),
            6000,
        )

    def insert_suggestion(self, index: int) -> None:
        if not 0 <= index < len(self.side.suggestions):
            self.statusBar().showMessage(
                self.tr("There is no suggestion {number}").format(number=index + 1), 4000
            )
            return
        sug: Suggestion = self.side.suggestions[index]
        self._replace_target(
            sug.value,
            sug.origin,
            sug.score,
            self.tr("Insert suggestion {number} into segment").format(number=index + 1),
        )

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def revise_paragraph(self, document_id: int, paragraph: int, text: str) -> bool:
        """An edit of a whole paragraph's translation in the paragraph view.

        The text is split into sentences again; when their number matches the
        paragraph's segments each segment gets its sentence (one undo step),
        else a one-segment paragraph takes the whole text; otherwise the
        translator is sent to the grid, where each segment can be edited.
        """
        from workbench.gui.paragraph_view import UNTRANSLATED, sentences

        assert self.project is not None and self.model is not None
        segs = [
            s for s in self.project.segments(document_id=document_id) if s.paragraph == paragraph
        ]
        if not segs:
            return False
        if any(s.source_codes for s in segs):  # the paragraph view shows tags as text only
            self.statusBar().showMessage(
                self.tr(
                    "This paragraph has formatting tags: double-click it to edit its segments "
                    "in the grid, where the tags are chips"
                ),
                10000,
            )
            self._refresh_paragraph(document_id, paragraph)
            return False
        pieces = sentences(text, self.project.target_lang, self.project.unit)
        if len(segs) == 1:
            pieces = [text.strip()]
        elif len(pieces) != len(segs):
            pieces = _by_source_sentences(pieces, segs, self.project.unit)
        if len(pieces) != len(segs):
            self.statusBar().showMessage(
                self.tr(
                    "This paragraph has {segments} segments but the text now has {sentences} "
                    "sentences: double-click it to edit its segments in the grid"
                ).format(segments=len(segs), sentences=len(pieces)),
                10000,
            )
            self._refresh_paragraph(document_id, paragraph)
            return False
        self.undo_stack.beginMacro(self.tr("Revise paragraph"))
        for seg, piece in zip(segs, pieces, strict=True):
            new = "" if piece == UNTRANSLATED else piece
            if new != seg.target:
                self.model.push(EditTarget(self.project, seg, new, self.model.translator, None))
        self.undo_stack.endMacro()
        self._refresh_paragraph(document_id, paragraph)
        return True

    def _refresh_paragraph(self, document_id: int, paragraph: int) -> None:
        """Show the stored text again, after the item's own signal has returned."""

        def refresh() -> None:
            if self.project is not None and self.model is not None:
                self.paragraphs.load(self.project, self.model.document_id)
                self.paragraphs.show_paragraph(document_id, paragraph)

        QTimer.singleShot(0, self.paragraphs, refresh)


def _by_source_sentences(pieces: list[str], segs: list[Segment], unit: str) -> list[str]:
    """The sentences grouped as the segments' sources are (a merged segment holds two or
    more): when the counts add up, each segment gets as many sentences as its source has."""
    from workbench.core.segmenter import split_paragraph

    counts = [max(1, len(split_paragraph(s.source_plain, s.lang, unit))) for s in segs]
    if sum(counts) != len(pieces):
        return pieces
    grouped, at = [], 0
    for count in counts:
        grouped.append(" ".join(pieces[at : at + count]))
        at += count
    return grouped
