"""Tools > Batch translate folder: the GUI face of `workbench batch`.

The dialog checks the folders as they are typed (messages under each field),
runs the batch on a worker thread (batch_worker), shows every file's status in a
table and the run's progress below it, and the report's summary at the end. It is
not modal: the editor stays usable during a long run. (About 470 lines: one dialog's
form, checks and run; the table and the progress texts are in batch_table.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.app.batch_check import Note, output_note, source_note, tmx_note
from workbench.app.batch_report import FAILED
from workbench.core.formats import FORMATS
from workbench.core.i18n import shown
from workbench.core.languages import LANGUAGES
from workbench.core.settings import Settings
from workbench.gui.batch_table import (
    ERROR_COLOUR,
    RESUME_HINT,
    BatchFileTable,
    progress_text,
    stage_text,
)
from workbench.gui.batch_worker import BatchRunner
from workbench.gui.dialogs import catalogue, licence_of
from workbench.gui.i18n import ensure_translators, language_name, translate
from workbench.gui.labels import flag_label, label
from workbench.gui.model_folder import choose_model_folder
from workbench.gui.runner import Outcome


class BatchDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        source_lang: str = "auto",
        target_lang: str = "en",
    ) -> None:
        super().__init__(parent)
        ensure_translators(settings.language)  # also when opened without the window (tests)
        self.settings = settings
        self.setWindowTitle(self.tr("Batch translate folder"))
        self.setModal(False)
        self.runner = BatchRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.report = None  # the last run's BatchReport
        self.outcome: Outcome | None = None  # the last run's outcome
        self._close_when_done = False
        self._out_dir: Path | None = None
        self._project: Path | None = None  # the open project, whose memory can be reused

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_inputs(source_lang, target_lang))
        layout.addWidget(self._build_progress(), 1)
        layout.addLayout(self._build_buttons())
        self.runner.fileDone.connect(self.table.show_file)
        screen = self.screen().availableGeometry()
        self.resize(min(940, screen.width()), min(880, int(screen.height() * 0.9)))
        self.validate()

    # ------------------------------------------------------------------ layout
    def _build_inputs(self, source_lang: str, target_lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("What to translate"))
        form = QFormLayout(box)
        self.form = form
        self.source_dir, self.source_hint = self._path_row(
            form,
            self.tr("Source folder:"),
            self.tr("The folder of documents to translate"),
            self._browse_source,
        )
        self.out_dir, self.out_hint = self._path_row(
            form,
            self.tr("Output folder:"),
            self.tr("Where the translated copies go"),
            self._browse_out,
        )

        self.source_lang = QComboBox()
        self.source_lang.addItem(self.tr("Detect per document"), "auto")
        self.target_lang = QComboBox()
        for code, lang in LANGUAGES.items():
            self.source_lang.addItem(f"{language_name(code)} ({lang.native_name})", code)
            self.target_lang.addItem(f"{language_name(code)} ({lang.native_name})", code)
        self.source_lang.setCurrentIndex(max(0, self.source_lang.findData(source_lang)))
        self.target_lang.setCurrentIndex(max(0, self.target_lang.findData(target_lang)))
        langs = QHBoxLayout()
        langs.addWidget(self.source_lang, 1)
        langs.addWidget(QLabel("  " + self.tr("into") + "  "))
        langs.addWidget(self.target_lang, 1)
        form.addRow(self.tr("Translate from:"), langs)
        self.lang_hint = self._hint(form)

        self.model = QComboBox()
        self.model.setEditable(True)
        for model_id, text in catalogue():
            self.model.addItem(model_id)
            self.model.setItemData(self.model.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.model.setCurrentText(self.settings.model)
        self.model.setMinimumContentsLength(28)
        model_folder = QPushButton(self.tr("Folder…"))
        model_folder.clicked.connect(self._browse_model)
        row = QHBoxLayout()
        row.addWidget(self.model, 1)
        row.addWidget(model_folder)
        form.addRow(self.tr("Model:"), row)
        self.licence = QLabel()
        self.licence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.licence)

        formats = QHBoxLayout()
        self.formats: dict[str, QCheckBox] = {}
        for name, fmt in FORMATS.items():
            check = QCheckBox(name)
            check.setChecked(True)
            check.setToolTip(", ".join(fmt.extensions))
            check.toggled.connect(self.validate)
            formats.addWidget(check)
            self.formats[name] = check
        formats.addStretch(1)
        form.addRow(self.tr("Formats:"), formats)
        self.formats_hint = self._hint(form)

        self.tmx, self.tmx_hint = self._path_row(
            form,
            self.tr("TMX file:"),
            self.tr("Optional: also save the segment pairs as TMX"),
            self._browse_tmx,
        )
        # As `workbench batch --project`: 100% matches from the open project's memory.
        self.use_memory = QCheckBox()
        form.addRow(self.tr("Memory:"), self.use_memory)
        self.set_project(None)
        for widget in (self.source_dir, self.out_dir, self.tmx):
            widget.textChanged.connect(self.validate)
        self.source_lang.currentIndexChanged.connect(self.validate)
        self.target_lang.currentIndexChanged.connect(self.validate)
        self.model.currentTextChanged.connect(self.validate)
        self.inputs = box
        return box

    def set_project(self, path: Path | None) -> None:
        """The project open in the window: its memory is offered, and used by default when
        another project than before is given (a choice made for this project is kept)."""
        if path == self._project and path is not None:
            return
        self._project = path
        self.form.setRowVisible(self.use_memory, path is not None)
        self.use_memory.setEnabled(path is not None)
        self.use_memory.setChecked(path is not None)
        self.use_memory.setText(
            self.tr("Reuse 100% matches from the memory of {project}").format(project=path.name)
            if path is not None
            else ""
        )
        self.use_memory.setToolTip(str(path) if path is not None else "")

    def _path_row(self, form: QFormLayout, label: str, placeholder: str, browse) -> tuple:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(browse)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        form.addRow(label, row)
        return edit, self._hint(form)

    def _hint(self, form: QFormLayout) -> QLabel:
        hint = QLabel()
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.setRowVisible(hint, False)
        return hint

    def _build_progress(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress"))
        layout = QVBoxLayout(box)
        self.stage = QLabel(self.tr("Choose the folders, then Start."))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p %")
        self.counts = QLabel("")
        self.table = BatchFileTable()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("Open output folder"))
        self.open_button.clicked.connect(self.open_output)
        self.open_button.setEnabled(False)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the current batch of sentences"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        return row

    # ------------------------------------------------------------------ choosing
    def _browse_source(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of documents to translate"))
        if folder:
            self.source_dir.setText(folder)

    def _browse_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the translated copies"))
        if folder:
            self.out_dir.setText(folder)

    def _browse_tmx(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the pairs as TMX"), "", self.tr("TMX (*.tmx)")
        )
        if name:
            self.tmx.setText(name if name.lower().endswith(".tmx") else name + ".tmx")

    def _browse_model(self) -> None:
        folder = choose_model_folder(self, self._refuse_folder)
        if folder:
            self.model.setCurrentText(folder)

    def _refuse_folder(self, line: str) -> None:
        self.licence.setStyleSheet(f"color: {ERROR_COLOUR};")  # the model field is kept
        self.licence.setText(line)

    # ------------------------------------------------------------------ validation
    def validate(self) -> bool:
        """Check the inputs, say what is wrong (or worth knowing) under each field."""
        src, out, tmx = (
            Path(text).expanduser() if text else None
            for text in (
                self.source_dir.text().strip(),
                self.out_dir.text().strip(),
                self.tmx.text().strip(),
            )
        )

        source = source_note(src)
        self._say(self.source_hint, source)
        output = output_note(src, out)
        self._say(self.out_hint, output)
        ok = src is not None and not source.error and out is not None and not output.error

        same = self.source_lang.currentData() == self.target_lang.currentData()
        other = Note(self.tr("Choose a target language other than the source."), True)
        self._say(self.lang_hint, other if same else Note())
        none = not any(check.isChecked() for check in self.formats.values())
        self._say(
            self.formats_hint,
            Note(self.tr("Choose at least one format."), True) if none else Note(),
        )
        tmx_problem = tmx_note(src, out, tmx)
        self._say(self.tmx_hint, tmx_problem)

        spec = self.model.currentText().strip()
        self.licence.setStyleSheet("")
        self.licence.setText(
            self.tr("Licence: {licence}").format(licence=licence_of(spec))
            if spec
            else self.tr("Choose a model.")
        )
        self.licence.setToolTip(
            self.tr(
                "Engine {engine}, device {device}, beam {beam} (change them in Settings)"
            ).format(
                engine=label("automatic")
                if self.settings.engine == "auto"
                else self.settings.engine,
                device=label("automatic")
                if self.settings.device == "auto"
                else self.settings.device,
                beam=self.settings.beam_size,
            )
        )
        ok = ok and not same and not none and not tmx_problem.error and bool(spec)
        self.start_button.setEnabled(ok and not self.runner.running)
        return ok

    def _say(self, label: QLabel, note: Note) -> None:
        label.setText(note.text)
        label.setStyleSheet(f"color: {ERROR_COLOUR};" if note.error else "")
        self.form.setRowVisible(label, bool(note.text))  # a hidden row takes no space

    # ------------------------------------------------------------------ running
    def options(self):
        """The BatchOptions the inputs describe."""
        from workbench.app.batch import BatchOptions
        from workbench.mt.config import EngineConfig

        chosen = tuple(name for name, check in self.formats.items() if check.isChecked())
        tmx = self.tmx.text().strip()
        return BatchOptions(
            source_dir=Path(self.source_dir.text().strip()).expanduser(),
            out_dir=Path(self.out_dir.text().strip()).expanduser(),
            target=self.target_lang.currentData(),
            source=self.source_lang.currentData(),
            mt=EngineConfig.from_settings(self.settings, model=self.model.currentText().strip()),
            formats=() if len(chosen) == len(self.formats) else chosen,
            tmx=Path(tmx).expanduser() if tmx else None,
            project=self._project if self.use_memory.isChecked() else None,
        )

    def start(self) -> None:
        if self.runner.running or not self.validate():
            return
        options = self.options()
        self._out_dir = options.out_dir
        self.report, self.outcome = None, None
        self.table.clear_rows()
        self.summary.clear()
        self.summary.hide()
        self.message.hide()
        self.bar.setRange(0, 0)  # busy until there is a total
        self.counts.setText("")
        self.stage.setText(stage_text("scanning"))
        self._set_running(True)
        self.runner.start(options)

    def cancel(self) -> None:
        if not self.runner.running:
            return
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.stage.setText(self.tr("Stopping after the current batch of sentences…"))

    def _set_running(self, running: bool) -> None:
        self.inputs.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.start_button.setEnabled(not running)
        self.open_button.setEnabled(
            not running and self._out_dir is not None and self._out_dir.is_dir()
        )
        if not running:
            self.validate()

    def _on_progress(self, p) -> None:
        if not self.runner.running:
            return
        if p.stage in ("scanning", "loading"):
            self.stage.setText(stage_text(p.stage))
        elif p.stage in ("reading", "translating") and not self.runner.cancelling:
            self.stage.setText(stage_text(p.stage, p.file or ""))
        if p.stage == "translating" and p.file:
            self.table.show_progress(p)
        if p.sentences_total:
            self.bar.setRange(0, p.sentences_total)
            self.bar.setValue(p.sentences_done)
        self.counts.setText(progress_text(p))

    def _on_finished(self, outcome: Outcome, report, message: str) -> None:
        self.outcome, self.report = outcome, report
        self._set_running(False)
        self.bar.setRange(0, max(1, self.bar.maximum()))
        if outcome == Outcome.DONE and report is not None:
            self._show_report(report)
        elif outcome == Outcome.CANCELLED:
            self.stage.setText(self.tr("Stopped before any file was translated."))
            self._show_message(translate("BatchFileTable", RESUME_HINT), error=False)
        else:
            what = (
                self.tr("The model could not be loaded.")
                if outcome == Outcome.MISSING
                else self.tr("Nothing was done.")
            )
            self.stage.setText(what)
            self.bar.setValue(0)
            self._show_message(message, error=True)
        if self._close_when_done:
            self._close_when_done = False
            self.reject()

    def _show_report(self, report) -> None:
        if report.interrupted:
            self.stage.setText(self.tr("Stopped after the current batch."))
            self._show_message(translate("BatchFileTable", RESUME_HINT), error=False)
        elif report.error:
            self.stage.setText(self.tr("Stopped: the output could not be written."))
            self._show_message(report.error, error=True)
        elif report.ok:
            self.stage.setText(self.tr("Finished: every supported file was translated."))
            self.bar.setValue(self.bar.maximum())
        else:
            failed = report.count(FAILED)
            self.stage.setText(self.tr("Finished; %n file(s) failed.", "", failed))
        text = "\n".join(map(shown, report.summary_lines(flag_label)))  # interface language
        self.summary.setPlainText(text)
        # As tall as the summary (up to 8 lines): the table keeps the rest of the space.
        lines = min(8, text.count("\n") + 1)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)
        self.summary.show()

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(shown(text))  # a core message in the interface's language
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;" if error else "")
        self.message.show()

    def open_output(self) -> None:
        if self._out_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._out_dir)))

    # ------------------------------------------------------------------ closing
    def shutdown(self) -> None:
        """Stop a run and wait for its thread (the main window is closing)."""
        self.runner.shutdown()

    def reject(self) -> None:
        """Close (Escape, the window's close button); during a run, stop it first."""
        if self.runner.running:
            # Finished files are kept; the dialog closes once the current batch is done.
            self._close_when_done = True
            self.cancel()
            return
        super().reject()


def show_batch_dialog(window) -> BatchDialog:
    """Open the main window's batch dialog (one per window, kept between uses)."""
    dialog = getattr(window, "batch_dialog", None)
    if dialog is None:
        project = window.project
        dialog = BatchDialog(
            window.settings,
            window,
            source_lang=project.source_lang if project is not None else "auto",
            target_lang=project.target_lang if project is not None else "en",
        )
        window.batch_dialog = dialog
    dialog.set_project(window.project.path if window.project is not None else None)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
