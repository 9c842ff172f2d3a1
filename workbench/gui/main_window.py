"""The main window: project, segment grid / paragraph view, side panel, MT.

Every edit goes to the store as it happens (see segment_view and undo), so
there is no Save command; the status bar says when everything is saved.
Commands live in mixins (window_files, window_editing, window_mt, window_terms);
what is left here (about 500 lines) is the window's own set-up and state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench.core import target_checks, tm_index, tm_refs
from workbench.core.i18n import shown
from workbench.core.importer import file_notes
from workbench.core.segment import Segment, Status
from workbench.core.settings import Settings
from workbench.core.store import Project
from workbench.gui import theme
from workbench.gui.actions import Actions, build_menus, shortcut_table
from workbench.gui.dialogs import SettingsDialog
from workbench.gui.i18n import (
    UI_LANGUAGES,
    MroTr,
    current_language,
    ensure_translators,
    language_name,
    resolve_language,
    translate,
)
from workbench.gui.lock_banner import LockMixin
from workbench.gui.message_bar import MessageBar
from workbench.gui.mt_controller import MTController
from workbench.gui.paragraph_view import ParagraphView
from workbench.gui.segment_model import COL_TARGET, SegmentTableModel
from workbench.gui.segment_view import SegmentGrid, TargetEditor
from workbench.gui.side_panel import SidePanel, suggestions_for
from workbench.gui.window_editing import UNCONFIRMED, EditingMixin
from workbench.gui.window_files import FilesMixin
from workbench.gui.window_find import FindMixin
from workbench.gui.window_memory import MemoryMixin
from workbench.gui.window_mt import MTMixin
from workbench.gui.window_segments import SegmentsMixin
from workbench.gui.window_terms import WITH_WARNINGS, TermsMixin
from workbench.gui.window_tools import ToolsMixin
from workbench.gui.window_welcome import WelcomeMixin

if TYPE_CHECKING:
    from workbench.gui.batch_dialog import BatchDialog

WARM_UP_DELAY_MS = 1500  # after a project opens, the worker imports the MT libraries
# Actions that work with no project open (the rest are disabled then).
WITHOUT_PROJECT = ("new", "open", "settings", "quit", "shortcuts", "batch_translate", "models")
STATUS_FILTERS: list[tuple[str, tuple[Status, ...] | str | None]] = [
    (QT_TRANSLATE_NOOP("MainWindow", "All statuses"), None),
    (QT_TRANSLATE_NOOP("MainWindow", "Not done"), UNCONFIRMED),
    (QT_TRANSLATE_NOOP("MainWindow", "New"), (Status.NEW,)),
    (QT_TRANSLATE_NOOP("MainWindow", "MT draft"), (Status.MT_DRAFT,)),
    (QT_TRANSLATE_NOOP("MainWindow", "Needs review"), (Status.NEEDS_REVIEW,)),
    (QT_TRANSLATE_NOOP("MainWindow", "Confirmed"), (Status.CONFIRMED,)),
    (QT_TRANSLATE_NOOP("MainWindow", "No translation needed"), (Status.NOT_NEEDED,)),
    (QT_TRANSLATE_NOOP("MainWindow", "With warnings"), WITH_WARNINGS),
]


class MainWindow(
    WelcomeMixin,
    FilesMixin,
    EditingMixin,
    FindMixin,
    SegmentsMixin,
    MTMixin,
    TermsMixin,
    ToolsMixin,
    MemoryMixin,
    LockMixin,
    MroTr,
    QMainWindow,
):
    # The memories' keys read on a worker at opening are all in; the side panel shows
    # the current segment's matches (window_memory.py).
    memoryLoaded = Signal()  # noqa: N815

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings.load()
        ensure_translators(self.settings.language)
        self.project: Project | None = None
        self.model: SegmentTableModel | None = None
        self.grid: SegmentGrid | None = None
        self.mt: MTController | None = None
        self.assist = None  # gui.completion.CompletionController while a project is open
        self.dialog: QWidget | None = None  # the last non-blocking dialog shown (tests close it)
        # Tools > Batch translate folder (not modal; imported when first opened)
        self.batch_dialog: BatchDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Translation Workbench"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._side_timer = QTimer(self, singleShot=True, interval=60)
        self._side_timer.timeout.connect(self.update_side_panel)
        self._counts_timer = QTimer(self, singleShot=True, interval=500)
        self._counts_timer.timeout.connect(self.update_counts)
        self._build_central()
        self._build_side_panel()
        self._build_terms()
        self._build_status_bar()
        self.acts = self._build_menus()
        self._build_toolbar()
        self._set_project_enabled(False)

    # ------------------------------------------------------------------ layout
    def _build_central(self) -> None:
        self.stack = QStackedWidget()
        welcome = self._build_welcome()  # shown while no project is open
        self.welcome = welcome
        self.paragraphs = ParagraphView()
        self.paragraphs.paragraphActivated.connect(self._on_paragraph_activated)
        self.paragraphs.paragraphEdited.connect(self.revise_paragraph)
        self.stack.addWidget(welcome)
        self.stack.addWidget(self.paragraphs)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_lock_banner())  # says why a project is read-only
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_side_panel(self) -> None:
        self.side = SidePanel()
        self.side.insertRequested.connect(self.insert_suggestion)
        self.side_dock = QDockWidget(self.tr("Current segment"), self)
        self.side_dock.setObjectName("sidePanel")
        self.side_dock.setWidget(self.side)
        self.side_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
        self.resizeDocks([self.side_dock], [320], Qt.Orientation.Horizontal)

    def _build_status_bar(self) -> None:
        bar = MessageBar(self)  # messages wrap instead of being cut off behind the counters
        self.setStatusBar(bar)
        self.saved_label = QLabel("")
        self.counts_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("MT %v / %m"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop machine translation (Ctrl+Shift+X)"))
        self.cancel_button.clicked.connect(self.cancel_mt)
        self.cancel_button.hide()
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.saved_label)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Filter"))
        bar.setObjectName("filterBar")
        bar.setMovable(False)
        self.document_box = QComboBox()
        self.document_box.setMinimumWidth(160)
        self.document_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_box = QComboBox()
        for text, _statuses in STATUS_FILTERS:
            self.status_box.addItem(translate("MainWindow", text))
        self.status_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.least_confident = QCheckBox(self.tr("Least confident MT first"))
        self.least_confident.setToolTip(
            self.tr("Only segments with MT, the model's least sure first")
        )
        self.least_confident.toggled.connect(lambda _on: self.apply_filter())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search source and target (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # Narrow enough that the bar fits 1280 px in Russian and Kyrgyz (longer labels).
        self.search.setMinimumWidth(180)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.view_button = QPushButton(self.tr("Paragraph view (F7)"))
        self.view_button.clicked.connect(self.toggle_view)
        self.pair_label = QLabel("")
        for widget in (
            QLabel(" " + self.tr("Document:") + " "),
            self.document_box,
            QLabel("  " + self.tr("Status:") + " "),
            self.status_box,
            QLabel("  "),
            self.least_confident,
            QLabel("  "),
            self.search,
            QLabel("  "),
            self.view_button,
            QLabel("  "),
            self.pair_label,
        ):
            bar.addWidget(widget)
        self.addToolBar(bar)
        self.filter_bar = bar

    def _build_menus(self) -> Actions:
        return build_menus(self)

    def _set_project_enabled(self, enabled: bool) -> None:
        for name, action in self.acts.by_name.items():
            if name not in WITHOUT_PROJECT:
                action.setEnabled(enabled)
        self.filter_bar.setVisible(enabled)
        self.side_dock.setVisible(enabled)
        self.terms_dock.setVisible(enabled)
        if enabled and self.project is not None and self.project.read_only:
            for name in (
                "add_documents",
                "confirm",
                "copy_mt",
                "copy_source",
                "clear_target",
                "replace",
                "merge_next",
                "split_segment",
                "translate_segment",
                "pretranslate_document",
                "pretranslate_project",
                "add_term",
                "import_tmx",
            ):
                self.acts[name].setEnabled(False)
        self.terms_panel.add_term.setEnabled(
            enabled and self.project is not None and not self.project.read_only
        )
        self._update_mt_actions()

    # ------------------------------------------------------------------ projects
    def _use_project(self, project: Project) -> None:
        self.close_project()
        self.project = project
        self.model = SegmentTableModel(project, self.undo_stack, self)
        self.model.translator = self.settings.translator_name or None
        self.model.theme = theme.is_dark(self.settings.theme) and "dark" or "light"
        self.model.edited.connect(self._on_segment_changed)
        self.model.saveFailed.connect(self._on_save_failed)
        self._terms_project_opened()
        self.grid = SegmentGrid(self.model)
        self.grid.delegate.editorOpened.connect(self._on_editor_opened)
        self.grid.selectionModel().currentRowChanged.connect(lambda *_: self._side_timer_start())
        self.stack.insertWidget(1, self.grid)
        self.stack.setCurrentWidget(self.grid)
        self.mt = MTController(project, lambda: self.settings, self)
        self.mt.busyChanged.connect(self._on_mt_busy)
        self.mt.progressChanged.connect(self._on_mt_progress)
        self.mt.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.mt.modelMissing.connect(self.show_missing_model)
        self.mt.jobFinished.connect(self._on_mt_finished)
        self._start_interactive_mt()
        # The checks' one-time set-up (imports, term context) happens now, while the
        # project opens, not as a stall in the middle of storing MT results.
        target_checks.warm_up(project, project.source_lang, project.target_lang)
        if not project.read_only:
            QTimer.singleShot(WARM_UP_DELAY_MS, self.mt, self.mt.warm_up)
        if self.batch_dialog is not None:  # its memory option follows the open project
            self.batch_dialog.set_project(project.path)
        self.settings.add_recent(project.path)
        self._save_settings()
        src, tgt = language_name(project.source_lang), language_name(project.target_lang)
        self.pair_label.setText(
            f"{src} → {tgt}" + (self.tr("  (read-only)") if project.read_only else "")
        )
        self.setWindowTitle(
            self.tr("{project} — Translation Workbench").format(project=project.path.name)
        )
        # before the first lookup (the document list's filter makes one): the reference
        # memories' keys are read on a worker
        self._memory_project_opened()
        self._fill_documents()
        self._set_project_enabled(True)
        self.update_counts()
        self.saved_label.setStyleSheet("")
        # A read-only window never claims to save (the banner above says why).
        self.saved_label.setText(
            self.tr("Read-only") if project.read_only else self.tr("All changes saved")
        )
        self._go_to_last_position()  # where the translator left off, else the first
        self.update_side_panel()

    def close_project(self) -> None:
        if self.project is None:
            return
        self._remember_position()
        if self.grid is not None:
            self.grid.close_editor()
        self.paragraphs.close_editor()  # saves an edited paragraph while it still can
        self._terms_project_closing()
        self._tools_project_closing()
        self._memory_project_closing()
        if self.assist is not None:
            self.assist.close()
            self.assist = None
        if self.mt is not None:
            self.mt.shutdown()
            self.mt.deleteLater()
            self.mt = None
        self.undo_stack.clear()
        if self.model is not None:
            self.model.close()
        if self.grid is not None:
            self.stack.removeWidget(self.grid)
            self.grid.deleteLater()
        self.grid = None
        self.model = None
        self.project.close()
        self.project = None
        if self.batch_dialog is not None:
            self.batch_dialog.set_project(None)
        self.lock_banner.stop()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.refresh()  # the closed project is now first among the recent ones
        self._set_project_enabled(False)
        self.setWindowTitle(self.tr("Translation Workbench"))

    # ------------------------------------------------------------------ filter and views
    def apply_filter(self) -> None:
        if self.model is None or self.grid is None:
            return
        current = self.current_segment()
        self.grid.close_editor()
        statuses = STATUS_FILTERS[max(0, self.status_box.currentIndex())][1]
        only = self.warning_segment_ids() if statuses == WITH_WARNINGS else None
        statuses = None if statuses == WITH_WARNINGS else statuses
        self.model.set_filter(
            self.document_box.currentData(),
            statuses,
            self.search.text(),
            least_confident_first=self.least_confident.isChecked(),
            only=only,
        )
        row = self.model.row_of(current.id) if current else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            index = self.model.index(row, COL_TARGET)
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
        if self.stack.currentWidget() is self.paragraphs:
            self._show_paragraphs()
        self.update_side_panel()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def toggle_view(self) -> None:
        if self.grid is None:
            return
        if self.stack.currentWidget() is self.grid:
            self.grid.close_editor()
            self._show_paragraphs()
            self.stack.setCurrentWidget(self.paragraphs)
            self.view_button.setText(self.tr("Segment grid (F7)"))
            self.paragraphs.setFocus()
        else:
            key = self.paragraphs.current_key()
            if key is not None:
                self._on_paragraph_activated(*key)
            else:
                self.stack.setCurrentWidget(self.grid)
            self.view_button.setText(self.tr("Paragraph view (F7)"))

    def _show_paragraphs(self) -> None:
        assert self.project is not None and self.model is not None
        self.paragraphs.load(self.project, self.model.document_id)
        seg = self.current_segment()
        if seg is not None:
            self.paragraphs.show_paragraph(seg.document_id, seg.paragraph)

    def _on_paragraph_activated(self, document_id: int, paragraph: int) -> None:
        """Back to the grid at the first segment of this paragraph."""
        if self.model is None or self.grid is None:
            return
        self.stack.setCurrentWidget(self.grid)
        self.view_button.setText(self.tr("Paragraph view (F7)"))
        assert self.project is not None
        for seg in self.project.segments(document_id=document_id):
            row = self.model.row_of(seg.id)
            if seg.paragraph == paragraph and row is not None:
                self.grid.go_to_row(row)
                return

    # ------------------------------------------------------------------ store events
    def _on_editor_opened(self, editor: TargetEditor) -> None:
        editor.textChanged.connect(lambda: self.saved_label.setText(self.tr("Saving…")))

    def _on_save_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("NOT SAVED"))
        self.saved_label.setStyleSheet("color: #d03030; font-weight: bold;")
        self.statusBar().showMessage(
            self.tr("Could not save: {error}").format(error=shown(message)), 30000
        )

    def _on_segment_changed(self, segment_id: int) -> None:
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(self.tr("All changes saved"))
        if self.side.segment_id == segment_id:
            self._side_timer_start()
        self._counts_timer_start()

    def _side_timer_start(self) -> None:
        self._side_timer.start()  # coalesces fast navigation: one TM lookup per pause

    def _counts_timer_start(self) -> None:
        self._counts_timer.start()

    def update_side_panel(self) -> None:
        seg = self.current_segment()
        if seg is None or self.project is None or self.model is None:
            self.side.show_segment(None, [])
            self.update_terms_panel(None)
            return
        seg = self.project.segment(seg.id)
        suggestions = suggestions_for(self.project, seg, self.settings.tm_threshold)
        # its matches follow when the worker has read the memory (window_memory.py)
        loading = tm_index.waiting(self.project, self.project, seg.lang, self.project.target_lang)
        self.side.show_segment(
            seg, suggestions, self.model.number_of(seg.id), self._note(seg), memory_loading=loading
        )
        self.side.set_memory_problems(tm_refs.problems(self.project))
        self.update_terms_panel(seg)

    def _note(self, seg: Segment) -> str:
        """The file's own note on a segment (XLIFF ids, notes, context), read once per document."""
        assert self.project is not None
        cache: dict = self.__dict__.setdefault("_file_notes", {})
        key = (str(self.project.path), seg.document_id, seg.document)
        if key not in cache:
            cache[key] = file_notes(self.project, seg.document_id)
        notes = cache[key]
        return notes[seg.paragraph] if seg.paragraph < len(notes) else ""

    def update_counts(self) -> None:
        if self.project is None:
            self.counts_label.setText("")
            return
        total = self.project.count()
        confirmed = self.project.count(status=Status.CONFIRMED)
        drafts = self.project.count(status=Status.MT_DRAFT)
        not_needed = self.project.count(status=Status.NOT_NEEDED)
        done = confirmed + not_needed
        parts = [
            self.tr("%n segment(s)", "", total),
            self.tr("%n MT draft(s)", "", drafts),
            self.tr("%n confirmed", "", confirmed),
        ]
        if not_needed:
            parts.append(self.tr("%n need(s) no translation", "", not_needed))
        if total:
            parts.append(
                self.tr("done {done}/{total} ({share}%)").format(
                    done=done, total=total, share=100 * done // total
                )
            )
        else:
            parts.append(self.tr("done {done}/{total}").format(done=done, total=total))
        self.counts_label.setText(" · ".join(parts))
        self.update_document_counts()

    # ------------------------------------------------------------------ settings and help
    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)

        def done(result: int) -> None:
            if result == SettingsDialog.DialogCode.Accepted:
                chosen = self.settings.language
                dialog.apply_to(self.settings)
                self._save_settings()
                self.apply_appearance()
                lang = resolve_language(self.settings.language)
                if self.settings.language != chosen and lang != current_language():
                    self.offer_language_restart()

        self._show_dialog(dialog, done)

    def offer_language_restart(self) -> None:
        """A new interface language shows when the window is built again: offer it now
        (the project reopens at the same segment; every edit is already saved)."""
        lang = resolve_language(self.settings.language)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Interface language"),
            self.tr(
                "The interface will speak {language} after the window restarts. "
                "Restart it now? The project reopens at the same segment."
            ).format(language=UI_LANGUAGES[lang]),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)

        def done(_result: int) -> None:
            if box.clickedButton() is restart:
                from workbench.gui.app import rebuild_window

                rebuild_window(self, lang)

        self._show_dialog(box, done)

    def apply_appearance(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name = theme.apply_theme(app, self.settings.theme, self.settings.font_size)
            if self.model is not None:
                self.model.theme = name
                self.model.translator = self.settings.translator_name or None
                self.model.layoutChanged.emit()

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>" for text, keys in shortcut_table()
        )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Keyboard shortcuts"),
            f"<table>{rows}</table>",
            QMessageBox.StandardButton.Close,
            self,
        )
        self._show_dialog(box, lambda _r: None)

    def show_about(self) -> None:
        from workbench import __version__

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About"),
            self.tr(
                "Translation Workbench {version}\n\nMachine translation by Meta's NLLB-200 "
                "models, run on this computer. The NLLB-200 weights are licensed CC-BY-NC-4.0 "
                "(non-commercial use)."
            ).format(version=__version__),
            QMessageBox.StandardButton.Close,
            self,
        )
        self._show_dialog(box, lambda _r: None)

    def show_error(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Translation Workbench"),
            shown(text),  # a core message (str(error)) in the interface's language
            QMessageBox.StandardButton.Close,
            self,
        )
        self._show_dialog(box, lambda _r: None)

    def _show_dialog(self, dialog: QWidget, on_done) -> None:
        """Window-modal, without a nested event loop (tests find it in self.dialog)."""
        self.dialog = dialog
        dialog.finished.connect(on_done)
        dialog.open()

    def show_batch_dialog(self) -> None:
        from workbench.gui.batch_dialog import show_batch_dialog

        show_batch_dialog(self)

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Could not save the settings ({error})").format(error=exc.strerror), 8000
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.batch_dialog is not None:
            self.batch_dialog.shutdown()  # a running batch stops after its current batch
        self.close_project()
        self._welcome_shutdown()  # a download in progress stops (and resumes next time)
        self._save_settings()
        event.accept()
