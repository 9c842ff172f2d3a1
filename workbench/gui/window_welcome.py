"""The window's welcome screen, sample project, Tools > Models, and where you left off.

Part of MainWindow (kept apart to keep modules small): the welcome page is the page the
window shows when no project is open; the segment the translator was on is remembered
when a project closes and is where it opens again.
"""

from __future__ import annotations

from workbench.core.errors import WorkbenchError
from workbench.gui.welcome import WelcomePage


class WelcomeMixin:
    """Part of MainWindow (kept apart to keep modules small)."""

    def _build_welcome(self) -> WelcomePage:
        page = WelcomePage(self.settings, self._save_settings)
        page.newProject.connect(self.new_project)
        page.openProject.connect(self.choose_project)
        page.openPath.connect(self.open_project)
        page.openSample.connect(self.open_sample)
        page.languageChosen.connect(self.choose_language)
        return page

    def choose_language(self, lang: str) -> None:
        """The welcome page's language choice: saved, and the window built again in it
        (no project is open, so nothing to ask)."""
        from workbench.gui.app import rebuild_window

        self.settings.language = lang
        self._save_settings()
        rebuild_window(self, lang)

    def open_sample(self) -> bool:
        """Open the sample project (made on first use from resources/samples)."""
        from workbench.app.sample import sample_project

        try:
            path = sample_project()
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return False
        return self.open_project(path)

    def show_models_dialog(self) -> None:
        from workbench.gui.models_dialog import ModelsDialog

        dialog = ModelsDialog(self.settings, self._save_settings, self)
        self._show_dialog(dialog, lambda _r: self.welcome.refresh())

    # ------------------------------------------------------------------ where you left off
    def _remember_position(self) -> None:
        """Keep the segment the translator is on, for the next time the project opens."""
        seg = self.current_segment()
        if self.project is not None and seg is not None:
            self.settings.remember_segment(self.project.path, seg.id)

    def _go_to_last_position(self) -> None:
        """The segment remembered for this project, else the first one."""
        if self.project is None or self.model is None or self.grid is None:
            return
        last = self.settings.last_segment(self.project.path)
        row = self.model.row_of(last) if last is not None else None
        self.grid.go_to_row(0 if row is None else row, edit=False)  # no row: nothing

    def _welcome_shutdown(self) -> None:
        self.welcome.shutdown()
