"""The banner above a project opened read-only, and opening projects for editing.

One process writes a project at a time (core.project_lock). A window that
finds the project held by another window or command opens it read-only and
says so here, naming the holder. It checks every few seconds: once the holder
is gone (closed, or crashed: the OS drops its lock), "Open for editing" takes
the project over. A lock made on another computer (a shared folder) cannot be
checked from here; the user may take it over after a warning.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import shown
from workbench.core.project_file import database_error
from workbench.core.project_lock import EDITOR, Holder, ProjectLock, ProjectLocked
from workbench.core.store import Project

POLL_MS = 3000


def open_for_editing(path: str | Path, *, take_over: bool = False) -> tuple[Project, Holder | None]:
    """The project for writing, or read-only with the holder that keeps it."""
    try:
        return Project.open(path, purpose=EDITOR, take_over=take_over), None
    except ProjectLocked as exc:
        return Project.open(path, read_only=True), exc.holder


class LockBanner(QFrame):
    """A yellow strip: why this project is read-only, and what can be done."""

    reopenRequested = Signal()  # open the project again, for editing if it is free
    takeOverRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBanner")
        self.setStyleSheet(
            "#lockBanner { background: #fff3c4; border-bottom: 1px solid #d8b84a; }"
            "#lockBanner QLabel { color: #3a2c00; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Reload"))
        self.reopen_button.clicked.connect(self.reopenRequested)
        self.take_button = QPushButton(self.tr("Take over…"))
        self.take_button.clicked.connect(self.takeOverRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen_button)
        layout.addWidget(self.take_button)
        self._lock: ProjectLock | None = None
        self.holder: Holder | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.check)
        self.hide()

    def show_for(self, project: Project, holder: Holder | None) -> None:
        """Show why `project` is read-only (or hide when it is writable)."""
        self._timer.stop()
        self._lock = None
        self.holder = holder
        if holder is not None:
            self._lock = ProjectLock(project.path)
            self._show_held(holder)
            self._timer.start()
        elif project.read_only and project.read_only_reason:
            self.label.setText(
                self.tr(
                    "<b>Read-only:</b> {reason}. You can read, search, look up "
                    "the memory and export to another folder; changes cannot be saved."
                ).format(reason=shown(project.read_only_reason))
            )
            self.reopen_button.hide()
            self.take_button.hide()
            self.show()
        else:
            self.hide()

    def stop(self) -> None:
        self._timer.stop()
        self._lock = None
        self.hide()

    def check(self) -> None:
        """Is the holder still there? (every few seconds while shown)"""
        if self._lock is None:
            return
        holder = self._lock.current_holder()
        if holder is None:
            self._timer.stop()
            self.holder = None
            self.label.setText(
                self.tr(
                    "<b>Read-only:</b> the other program has closed this project. "
                    "Open it for editing to make changes here."
                )
            )
            self.reopen_button.setText(self.tr("Open for editing"))
            self.reopen_button.show()
            self.take_button.hide()
        elif holder != self.holder:
            self.holder = holder
            self._show_held(holder)

    def _show_held(self, holder: Holder) -> None:
        self.label.setText(
            self.tr(
                "<b>Read-only:</b> this project is open for writing in {holder}. "
                "Edits are not possible here, so none can be lost; Reload shows its latest "
                "saved work, and editing becomes possible here once it closes the project."
            ).format(holder=shown(holder.describe()))
        )
        self.reopen_button.setText(self.tr("Reload"))
        self.reopen_button.show()
        # The OS tells this machine's dead processes apart; another computer's, not.
        self.take_button.setVisible(not holder.on_this_host)
        self.show()


class LockMixin:
    """Part of MainWindow: opening a project for editing, read-only when it is held."""

    def _build_lock_banner(self) -> LockBanner:
        banner = LockBanner()
        banner.reopenRequested.connect(self.reopen_project)
        banner.takeOverRequested.connect(self.confirm_take_over)
        self.lock_banner = banner
        return banner

    def open_project(self, path: str | Path, *, take_over: bool = False) -> bool:
        if self.project is not None and Path(path).resolve() == self.project.path.resolve():
            self.close_project()  # releases this window's own lock before asking for it
        try:
            project, holder = open_for_editing(path, take_over=take_over)
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return False
        try:
            self._use_project(project)
        except sqlite3.DatabaseError as exc:
            # Damaged pages show up when the grid first reads them: say so in one line.
            self.close_project()
            self.show_error(str(database_error(project.path, exc)))
            return False
        self.lock_banner.show_for(project, holder)
        if project.notices:  # e.g. an import that died half way was rolled back
            self.statusBar().showMessage("; ".join(map(shown, project.notices)), 30000)
        return True

    def reopen_project(self) -> None:
        if self.project is not None:
            self.open_project(self.project.path)

    def confirm_take_over(self) -> None:
        holder = self.lock_banner.holder
        if self.project is None or holder is None:
            return
        path = self.project.path
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Take over the project?"),
            self.tr(
                "{holder} holds this project. Take it over only if that computer "
                "no longer uses it: anything it saves from then on is refused there."
            ).format(holder=shown(holder.describe())),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        take = box.addButton(self.tr("Take over"), QMessageBox.ButtonRole.AcceptRole)

        def done(_result: int) -> None:
            if box.clickedButton() is take:
                self.open_project(path, take_over=True)

        self._show_dialog(box, done)
