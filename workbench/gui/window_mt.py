"""The window's machine translation commands and progress display."""

from __future__ import annotations

from workbench.gui.dialogs import MissingModelDialog
from workbench.gui.model_folder import checked_model_folder
from workbench.gui.runner import Outcome


class MTMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    # ------------------------------------------------------------------ machine translation
    def translate_current(self) -> None:
        seg = self.current_segment()
        if seg is not None and self.mt is not None:
            self.flush()
            self.mt.translate_segments([seg.id], overwrite_draft=True, only_untranslated=False)

    def pretranslate_document(self) -> int | None:
        if self.mt is None or self.project is None or self.model is None:
            return None
        self.flush()
        ids = self.project.segment_ids(document_id=self.model.document_id)
        return self._start_mt(ids)

    def pretranslate_project(self) -> int | None:
        if self.mt is None or self.project is None:
            return None
        self.flush()
        return self._start_mt(self.project.segment_ids())

    def _start_mt(self, ids: list[int]) -> int:
        """Exact translation-memory matches first (as CAT tools do), then MT for the rest."""
        assert self.mt is not None and self.project is not None
        self.statusBar().showMessage(self.tr("Preparing machine translation…"), 4000)
        return self.mt.translate_segments(ids, memory=True)  # pretranslate.prepare's sequence

    # ------------------------------------------------------------------ interactive MT
    def _start_interactive_mt(self) -> None:
        """Ghost-text completion in the grid and the paragraph view, look-ahead (gui.completion)."""
        from workbench.gui.completion import CompletionController

        self.assist = CompletionController(self, self.mt, self.grid, self.model, self.paragraphs)
        self.assist.ghostChanged.connect(self._on_ghost_changed)
        self._on_ghost_changed(False)

    def _on_ghost_changed(self, shown: bool) -> None:
        self.acts["accept_word"].setEnabled(shown)
        self.acts["accept_all"].setEnabled(shown)

    def accept_completion_word(self) -> None:
        if getattr(self, "assist", None) is not None:
            self.assist.accept_word()

    def accept_completion(self) -> None:
        if getattr(self, "assist", None) is not None:
            self.assist.accept_all()

    def show_alternatives(self) -> None:
        assist = getattr(self, "assist", None)
        if assist is None or not assist.show_alternatives():
            if self.stack.currentWidget() is self.paragraphs:
                message = self.tr(
                    "Alternatives: in a paragraph's translation, put the cursor at the end "
                    "of the sentence you are typing, with interactive MT on"
                )
            else:
                message = self.tr(
                    "Alternatives: type in a target (cursor at its end) with interactive MT on"
                )
            self.statusBar().showMessage(message, 5000)

    def cancel_mt(self) -> None:
        if self.mt is not None:
            self.mt.cancel()
            self.statusBar().showMessage(self.tr("Cancelling machine translation…"), 4000)

    def _on_mt_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy indicator until the model is loaded
        self._update_mt_actions()

    def _on_mt_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_mt_finished(self, _job: int, outcome: Outcome, message: str) -> None:
        filled = self.mt.filled if self.mt else 0
        memory = self.mt.prefilled if self.mt else 0
        kept = self.mt.passed_through if self.mt else 0
        from_memory = self.tr("; %n from the memory", "", memory) if memory else ""
        # As the CLI: segments already in the target language, or without letters, stay new.
        as_is = (
            self.tr("; %n left as they are (target language or no text)", "", kept) if kept else ""
        )
        if outcome == Outcome.DONE and not filled and not memory and not kept:
            text = self.tr(
                "Machine translation finished: see the side panel (Ctrl+Shift+M copies it)"
            )
        elif outcome == Outcome.DONE:
            text = (
                self.tr("Machine translation finished: %n segment(s) filled", "", filled)
                + from_memory
                + as_is
            )
        elif outcome == Outcome.CANCELLED:
            text = self.tr("Machine translation cancelled: %n segment(s) filled", "", filled)
        elif outcome == Outcome.EMPTY:
            text = self.tr("Nothing to translate: every segment has a target") + from_memory
        elif outcome == Outcome.MISSING:
            text = self.tr("Machine translation unavailable: the model is missing")
        else:
            text = message
        self.statusBar().showMessage(text, 15000)
        self.update_side_panel()
        self.update_counts()

    def _update_mt_actions(self) -> None:
        busy = self.mt is not None and self.mt.busy
        self.acts["cancel_mt"].setEnabled(busy)

    def show_missing_model(self, message: str) -> None:
        dialog = MissingModelDialog(self.settings.model, message, self)

        def done(_result: int) -> None:
            if dialog.wants_download:
                self.show_models_dialog()
                return
            if not dialog.chosen_folder:
                return
            folder = checked_model_folder(dialog.chosen_folder, self.show_error)
            if folder is not None:
                self.settings.use_model(folder)
                self._save_settings()
                self.statusBar().showMessage(
                    self.tr("Model set to {folder}").format(folder=folder), 8000
                )

        self._show_dialog(dialog, done)
