"""Dialogs: settings, new project, missing model.

Dialogs are shown with open() (window-modal, no nested event loop), so the
window keeps painting and tests can find and close them.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.languages import LANGUAGES
from workbench.core.settings import Settings
from workbench.core.store import PROJECT_SUFFIX, UNITS
from workbench.gui.i18n import (
    UI_LANGUAGES,
    current_language,
    language_name,
    resolve_language,
    translate,
)
from workbench.gui.labels import label
from workbench.gui.model_folder import ERROR_STYLE, choose_model_folder

LICENCE = "CC-BY-NC-4.0 (non-commercial use only)"


def catalogue() -> list[tuple[str, str]]:
    """(model id, description with licence) from the MT catalogue."""
    from workbench.mt.models import CATALOGUE

    return [
        (
            m.id,
            translate(
                "dialogs", "{id}: {parameters} parameters, {size} GB, licence {licence}"
            ).format(id=m.id, parameters=m.parameters, size=f"{m.download_gb:g}", licence=m.licence)
            + (f"; {label(m.note)}" if m.note else ""),
        )
        for m in CATALOGUE
    ]


def licence_of(spec: str) -> str:
    from workbench.mt.models import find_in_catalogue

    info = find_in_catalogue(spec)
    if info is not None:
        if "NC" in info.licence:
            return translate("dialogs", "{licence} (non-commercial use only)").format(
                licence=info.licence
            )
        return info.licence
    return translate(
        "dialogs", "as stated by the model's authors (NLLB-200 weights are CC-BY-NC-4.0)"
    )


def model_description(spec: str) -> str:
    from workbench.mt.models import find_in_catalogue

    info = find_in_catalogue(spec)
    if info is None:
        return translate("dialogs", "Local or hub model. Licence: {licence}").format(
            licence=licence_of(spec)
        )
    note = f"; {label(info.note)}" if info.note else ""
    return translate(
        "dialogs",
        "{parameters} parameters, {size} GB download, about {memory} GB memory{note}.\n"
        "Licence: {licence}",
    ).format(
        parameters=info.parameters,
        size=f"{info.download_gb:g}",
        memory=f"{info.memory_gb:g}",
        note=note,
        licence=licence_of(spec),
    )


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.model = QComboBox()
        self.model.setEditable(True)
        for model_id, text in catalogue():
            self.model.addItem(model_id)
            self.model.setItemData(self.model.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.model.setCurrentText(settings.model)
        browse = QPushButton(self.tr("Folder…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.model, 1)
        row.addWidget(browse)
        self.licence = QLabel()
        self.licence.setWordWrap(True)
        self.model.currentTextChanged.connect(self._show_licence)
        self._show_licence(settings.model)
        self.device = QComboBox()
        for value, text in (
            ("auto", self.tr("Automatic (GPU when present)")),
            ("cpu", self.tr("CPU")),
            ("cuda", self.tr("GPU (CUDA)")),
        ):
            self.device.addItem(text, value)
        self.device.setCurrentIndex(max(0, self.device.findData(settings.device)))
        self.engine = QComboBox()
        for value, text in (
            ("auto", self.tr("Automatic")),
            ("ctranslate2", "CTranslate2"),
            ("transformers", "Transformers"),
        ):
            self.engine.addItem(text, value)
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.engine)))
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(settings.threads)
        self.interactive = QCheckBox(self.tr("Complete what I type (ghost text; Tab takes a word)"))
        self.interactive.setChecked(settings.interactive_mt)
        self.lookahead = QSpinBox()
        self.lookahead.setRange(0, 20)
        self.lookahead.setSpecialValueText(self.tr("Off"))
        self.lookahead.setSuffix(" " + self.tr("segments", "unit after a number in a spin box"))
        self.lookahead.setValue(settings.lookahead_segments)
        self.lookahead.setToolTip(self.tr("Translate the next segments without MT while you work"))
        self.translator = QLineEdit(settings.translator_name)
        self.translator.setPlaceholderText(self.tr("Your name, written into TMX files"))
        self.font_size = QSpinBox()
        self.font_size.setRange(7, 32)
        self.font_size.setValue(settings.font_size)
        self.theme = QComboBox()
        for value, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language = QComboBox()
        for code, name in UI_LANGUAGES.items():  # each language named in itself
            self.language.addItem(name, code)
        # The saved choice; when following the system, the language this run speaks.
        self._language = (
            resolve_language(settings.language) if settings.language else current_language()
        )
        self.language.setCurrentIndex(self.language.findData(self._language))
        form.addRow(self.tr("Model:"), row)
        form.addRow("", self.licence)
        form.addRow(self.tr("Device:"), self.device)
        form.addRow(self.tr("Engine:"), self.engine)
        form.addRow(self.tr("CPU threads:"), self.threads)
        form.addRow(self.tr("Interactive MT:"), self.interactive)
        form.addRow(self.tr("Translate ahead:"), self.lookahead)
        form.addRow(self.tr("Translator name:"), self.translator)
        form.addRow(self.tr("Font size:"), self.font_size)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Interface language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        folder = choose_model_folder(self, self._refuse_folder)
        if folder:
            self.model.setCurrentText(folder)

    def _refuse_folder(self, line: str) -> None:
        self.licence.setStyleSheet(ERROR_STYLE)  # under the model field; the model is kept
        self.licence.setText(line)

    def _show_licence(self, spec: str) -> None:
        self.licence.setStyleSheet("")
        self.licence.setText(model_description(spec.strip()))

    def apply_to(self, settings: Settings) -> None:
        settings.model = self.model.currentText().strip() or settings.model
        settings.device = self.device.currentData()
        settings.engine = self.engine.currentData()
        settings.threads = self.threads.value()
        settings.interactive_mt = self.interactive.isChecked()
        settings.lookahead_segments = self.lookahead.value()
        settings.translator_name = self.translator.text().strip()
        settings.font_size = self.font_size.value()
        settings.theme = self.theme.currentData()
        if self.language.currentData() != self._language:  # untouched: keep following the system
            settings.language = self.language.currentData()


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        form = QFormLayout(self)
        self.path = QLineEdit(str((folder or Path.home()) / f"translation{PROJECT_SUFFIX}"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.source = QComboBox()
        self.target = QComboBox()
        for code, lang in LANGUAGES.items():
            self.source.addItem(f"{language_name(code)} ({lang.native_name})", code)
            self.target.addItem(f"{language_name(code)} ({lang.native_name})", code)
        self.target.setCurrentIndex(self.target.findData("en"))
        self.unit = QComboBox()
        per_unit = {
            "sentence": self.tr("one segment per sentence"),
            "paragraph": self.tr("one segment per paragraph"),
        }
        for unit in UNITS:
            self.unit.addItem(per_unit.get(unit, unit), unit)
        form.addRow(self.tr("Project file:"), row)
        form.addRow(self.tr("Translate from:"), self.source)
        form.addRow(self.tr("Into:"), self.target)
        form.addRow(self.tr("Segments:"), self.unit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            self.path.text(),
            self.tr("Workbench projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        if name:
            if not name.endswith(PROJECT_SUFFIX):
                name += PROJECT_SUFFIX
            self.path.setText(name)

    def _check(self) -> None:
        if self.source.currentData() == self.target.currentData():
            self.error.setText(self.tr("Choose two different languages."))
            return
        self.accept()

    def values(self) -> tuple[Path, str, str, str]:
        return (
            Path(self.path.text().strip()),
            self.source.currentData(),
            self.target.currentData(),
            self.unit.currentData(),
        )


class MissingModelDialog(QDialog):
    """Says which model is missing, its licence, how to get it; or pick a local folder."""

    def __init__(self, spec: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from workbench.mt.models import download_command

        self.setWindowTitle(self.tr("Translation model not found"))
        self.chosen_folder: str | None = None
        self.wants_download = False  # "Download in the app…": the window opens Tools > Models
        self.command = download_command(spec)
        layout = QVBoxLayout(self)
        esc = html.escape
        text = QLabel(
            self.tr(
                "<b>The translation model <code>{model}</code> could not be loaded.</b><br><br>"
                "{description}<br><br>"
                "To download it, run this in a terminal (needs the internet, once):<br>"
                "<code>{command}</code><br><br>"
                "Or choose a folder that holds a model (config.json, tokenizer and weights).<br>"
                "You can keep translating by hand meanwhile.<br><br>"
                "<small>Details: {details}</small>"
            ).format(
                model=esc(spec),
                description=esc(model_description(spec)).replace(chr(10), "<br>"),
                command=esc(self.command),
                details=esc(message),
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.refusal = QLabel()  # a chosen folder that holds no model: why, in one line
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.refusal.setVisible(False)
        layout.addWidget(self.refusal)
        buttons = QDialogButtonBox()
        self.download_button = buttons.addButton(
            self.tr("Download in the app…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.download_button.clicked.connect(self._download)
        copy = buttons.addButton(self.tr("Copy command"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.command))
        folder = buttons.addButton(
            self.tr("Choose model folder…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        folder.clicked.connect(self._choose)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _download(self) -> None:
        self.wants_download = True
        self.accept()

    def _choose(self) -> None:
        """A folder that holds a model closes the dialog (the window uses it); another one
        is refused here, in one line, and the dialog stays for another try."""
        folder = choose_model_folder(self, self._refuse_folder)
        if folder:
            self.chosen_folder = folder
            self.accept()

    def _refuse_folder(self, line: str) -> None:
        self.refusal.setText(line)
        self.refusal.setVisible(True)
