"""The welcome screen: shown whenever no project is open (and so on the first start).

What the workbench does; the translation model it needs, with its size and licence
(accepted once, remembered in the settings) and three ways on: download it here,
use a folder that holds one, or go on without machine translation; then a new or
existing project, the sample project, and the recent projects.

The page knows the settings and saves them through the callback it is given; what
opens projects is the window's (signals). The rules are in core and mt: the model's
state (mt.installed.model_status), the folder check (mt.models.check_model_folder),
the download (mt.download), the recent list (core.recent).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.i18n import shown
from workbench.core.recent import recent_projects
from workbench.core.settings import Settings
from workbench.gui.i18n import UI_LANGUAGES, current_language
from workbench.gui.model_download import DownloadPanel, size_text
from workbench.gui.model_folder import ERROR_STYLE, checked_model_folder, choose_model_folder
from workbench.gui.runner import Outcome


class WelcomePage(QScrollArea):
    newProject = Signal()  # noqa: N815
    openProject = Signal()  # noqa: N815 - the file dialog
    openPath = Signal(str)  # noqa: N815 - a recent project
    openSample = Signal()  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815 - the interface language picked here (ky, ru, en)

    def __init__(self, settings: Settings, save: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._save = save
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setMaximumWidth(860)
        column = QVBoxLayout(inner)
        column.setSpacing(14)
        title = QLabel(self.tr("<h1>Translation Workbench</h1>"))
        intro = QLabel(
            self.tr(
                "Translate documents between Kyrgyz, Russian and English. The workbench "
                "splits each document into sentences, suggests translations from your "
                "translation memory and from a machine-translation model that runs on this "
                "computer (nothing is sent anywhere), checks terms, numbers and tags, and "
                "writes the translated documents and a TMX memory."
            )
        )
        intro.setWordWrap(True)
        # The interface language right here: a newcomer need not find Settings first.
        self.language = QComboBox()
        for code, name in UI_LANGUAGES.items():  # each language named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(
            lambda _i: self.languageChosen.emit(self.language.currentData())
        )
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(QLabel(self.tr("Interface language:")))
        heading.addWidget(self.language)
        column.addLayout(heading)
        column.addWidget(intro)
        column.addWidget(self._build_model_box())
        column.addWidget(self._build_start_box())
        column.addStretch(1)
        outer = QWidget()
        centre = QHBoxLayout(outer)
        centre.addStretch(1)
        centre.addWidget(inner, 20)
        centre.addStretch(1)
        self.setWidget(outer)
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build_model_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Machine translation model"))
        layout = QVBoxLayout(box)
        self.model_line = QLabel()
        self.model_line.setWordWrap(True)
        self.model_line.setTextFormat(Qt.TextFormat.RichText)
        self.licence = QCheckBox()
        self.licence.toggled.connect(self._on_licence)
        self.download_button = QPushButton()
        self.download_button.clicked.connect(self.start_download)
        self.folder_button = QPushButton(self.tr("Use a model folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.without_button = QPushButton(self.tr("Continue without machine translation"))
        self.without_button.clicked.connect(self.continue_without_mt)
        # Two rows: the longer Russian and Kyrgyz labels never squeeze into one.
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.download_button)
        first.addStretch(1)
        second.addWidget(self.folder_button)
        second.addWidget(self.without_button)
        second.addStretch(1)
        self.download = DownloadPanel()
        self.download.finished.connect(self._on_downloaded)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.model_line)
        layout.addWidget(self.licence)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.download)
        layout.addWidget(self.message)
        return box

    def _build_start_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Start"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New project…"))
        self.new_button.clicked.connect(self.newProject)
        self.open_button = QPushButton(self.tr("Open project…"))
        self.open_button.clicked.connect(self.openProject)
        self.sample_button = QPushButton(self.tr("Try the sample project"))
        self.sample_button.setToolTip(
            self.tr(
                "A short Kyrgyz news article to translate into English, with a few memory matches"
            )
        )
        self.sample_button.clicked.connect(self.openSample)
        for button in (self.new_button, self.open_button, self.sample_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.recent_title = QLabel(self.tr("<b>Recent projects</b>"))
        self.recent = QListWidget()
        self.recent.setMinimumHeight(90)
        self.recent.setMaximumHeight(140)
        self.recent.itemActivated.connect(self._open_recent)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent)
        return box

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Show the model's state and the recent projects as they are now."""
        from workbench.mt.installed import folder_size, model_status
        from workbench.mt.models import DEFAULT_MODEL, LICENCE_NLLB, find_in_catalogue

        status = model_status(self.settings.model)
        info = status.info or find_in_catalogue(DEFAULT_MODEL)
        assert info is not None
        self._download_id = info.hub_id
        esc = html.escape
        if status.ready:
            assert status.path is not None
            text = self.tr(
                "✔ Ready: <b>{model}</b> ({size} on disk, licence {licence}: non-commercial "
                "use only), in {folder}"
            ).format(
                model=esc(status.info.id if status.info else status.spec),
                size=size_text(folder_size(status.path)),
                licence=LICENCE_NLLB,
                folder=esc(str(status.path)),
            )
        elif self.settings.without_mt:
            text = self.tr(
                "Machine translation is off: no model on this computer. The memory, terms, "
                "QA and editing work without it; download or choose a model here or in "
                "Tools > Models whenever you like."
            )
        else:
            text = self.tr(
                "Suggestions from machine translation need Meta's NLLB-200 model "
                "<b>{model}</b> ({params} parameters): a {size} GB download, once, and about "
                "{memory} GB of memory to run. Its weights are licensed <b>{licence}</b>: "
                "non-commercial use only."
            ).format(
                model=esc(info.id),
                params=info.parameters,
                size=f"{info.download_gb:g}",
                memory=f"{info.memory_gb:g}",
                licence=info.licence,
            )
        self.model_line.setText(text)
        accepted = info.licence in self.settings.licences_accepted
        self.licence.blockSignals(True)
        self.licence.setChecked(accepted)
        self.licence.blockSignals(False)
        self.licence.setText(
            self.tr("Licence {licence} accepted (non-commercial use)").format(licence=info.licence)
            if accepted
            else self.tr(
                "I accept the {licence} licence of the NLLB-200 weights (non-commercial use)"
            ).format(licence=info.licence)
        )
        self.download_button.setText(
            self.tr("Download {model} ({size} GB)").format(
                model=info.id, size=f"{info.download_gb:g}"
            )
        )
        busy = self.download.running
        self.download_button.setVisible(not status.ready)
        self.download_button.setEnabled(accepted and not busy)
        self.without_button.setVisible(not status.ready and not self.settings.without_mt)
        self.folder_button.setEnabled(not busy)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent.clear()
        entries = recent_projects(self.settings)
        for entry in entries:
            when = entry.modified.strftime("%Y-%m-%d %H:%M") if entry.modified else ""
            text = (
                f"{entry.name}    {when}    {entry.path.parent}"
                if entry.exists
                else self.tr("{name}    (not found: {folder})").format(
                    name=entry.name, folder=entry.path.parent
                )
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            item.setToolTip(str(entry.path))
            if not entry.exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.recent_title.setVisible(bool(entries))
        self.recent.setVisible(bool(entries))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(shown(text))  # a core message in the interface's language

    # ------------------------------------------------------------------ the three ways on
    def _on_licence(self, checked: bool) -> None:
        from workbench.mt.models import LICENCE_NLLB

        accepted = self.settings.licences_accepted
        if checked and LICENCE_NLLB not in accepted:
            accepted.append(LICENCE_NLLB)
        elif not checked and LICENCE_NLLB in accepted:
            accepted.remove(LICENCE_NLLB)  # withdrawn: no download until accepted again
        self._save()
        self.refresh()

    def start_download(self) -> None:
        if self.download.running:
            return
        self.show_message("")
        self.download.start(self._download_id)
        self.refresh()

    def _on_downloaded(self, outcome: Outcome, folder: object, message: str) -> None:
        from workbench.mt.models import find_in_catalogue

        if outcome == Outcome.DONE:
            info = find_in_catalogue(self._download_id)
            self.settings.use_model(info.id if info else self._download_id)
            self._save()
            self.show_message(self.tr("The model is ready: machine translation is on."))
        else:
            self.show_message(message, error=outcome != Outcome.CANCELLED)
        self.refresh()

    def _choose_folder(self) -> None:
        folder = choose_model_folder(self, self._refuse_folder)
        if folder:
            self._use_folder(folder)

    def use_folder(self, folder: str | Path) -> bool:
        """Take `folder` as the model when it holds one; otherwise say why, in one line."""
        checked = checked_model_folder(folder, self._refuse_folder)
        if checked is None:
            return False
        self._use_folder(checked)
        return True

    def _refuse_folder(self, line: str) -> None:
        self.show_message(line, error=True)

    def _use_folder(self, folder: str) -> None:
        self.settings.use_model(folder)
        self._save()
        self.show_message(self.tr("Using the model in {folder}.").format(folder=folder))
        self.refresh()

    def continue_without_mt(self) -> None:
        self.settings.without_mt = True
        self._save()
        self.show_message("")
        self.refresh()

    def _open_recent(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.openPath.emit(item.data(Qt.ItemDataRole.UserRole))

    def shutdown(self) -> None:
        self.download.shutdown()
