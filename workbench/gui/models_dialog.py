"""Tools > Models: the models on this computer, their sizes and licences, their converted
CTranslate2 copies; use one, delete one (or only its copies), re-download, download another.

The listing and deleting are mt.installed's, the download mt.download's (DownloadPanel),
the same core as `workbench models list/download/delete`. The listing scans the whole
Hugging Face cache and sizes every model (a stat of each file): it runs on a worker
(ModelScanRunner) and the dialog says "Looking for models…" meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import ModelError
from workbench.core.i18n import shown
from workbench.core.settings import Settings
from workbench.core.task import TaskState
from workbench.gui.model_download import DownloadPanel, size_text
from workbench.gui.runner import JobWorker, Outcome, PythonJobRunner
from workbench.gui.welcome import ERROR_STYLE

ROLE = Qt.ItemDataRole.UserRole


class ModelScan:
    """One listing of the models on this computer for the model setting `spec`."""

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self.state = TaskState()  # JobRunner's handle (the scan itself is not cancellable)


class ModelScanWorker(JobWorker):
    def work(self, job: ModelScan):
        from workbench.mt.installed import installed_models, model_status

        return installed_models(job.spec), model_status(job.spec).path


class ModelScanRunner(PythonJobRunner):  # file stats and YAML: pure Python
    thread_name = "model-scan"

    def make_worker(self) -> JobWorker:
        return ModelScanWorker()


class ModelsDialog(QDialog):
    listed = Signal()  # the tree shows the models as they are now

    def __init__(self, settings: Settings, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from workbench.mt.models import CATALOGUE

        self.settings = settings
        self._save = save
        self.confirm: QMessageBox | None = None  # the open delete question (tests answer it)
        self.models: list = []
        self.scan = ModelScanRunner(self)
        self.scan.finished.connect(self._on_scanned)
        self._scan_again = False  # a refresh asked for while a scan ran
        self._closing = False
        self.setWindowTitle(self.tr("Models"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Model"), self.tr("Where"), self.tr("Size"), self.tr("Licence")]
        )
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use this model"))
        self.use_button.clicked.connect(self.use_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.again_button = QPushButton(self.tr("Download again"))
        self.again_button.clicked.connect(self.download_again)
        actions = QHBoxLayout()
        for button in (self.use_button, self.delete_button, self.again_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.catalogue = QComboBox()
        for info in CATALOGUE:
            self.catalogue.addItem(
                self.tr("{model}: {size} GB, {licence}").format(
                    model=info.id, size=f"{info.download_gb:g}", licence=info.licence
                ),
                info.hub_id,
            )
        self.get_button = QPushButton(self.tr("Download"))
        self.get_button.clicked.connect(self.download_chosen)
        get = QHBoxLayout()
        get.addWidget(QLabel(self.tr("Get a model:")))
        get.addWidget(self.catalogue, 1)
        get.addWidget(self.get_button)
        self.download = DownloadPanel()
        self.download.finished.connect(self._on_downloaded)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addLayout(get)
        layout.addWidget(self.download)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(860, 460)
        self.refresh()

    # ------------------------------------------------------------------ listing
    def refresh(self) -> None:
        """List the models again, on the worker; the tree is empty meanwhile."""
        if self._closing:
            return
        if self.scan.running:
            self._scan_again = True  # the listing under way may predate the change
            return
        self.models = []
        self.tree.clear()
        self.summary.setText(self.tr("Looking for models…"))
        self.scan.start_job(ModelScan(self.settings.model))
        self._update_buttons()

    @property
    def listing(self) -> bool:
        return self.scan.running

    def _on_scanned(self, outcome: Outcome, result: object, message: str) -> None:
        if self._closing:
            return
        if self._scan_again:
            self._scan_again = False
            self.refresh()
            return
        if outcome != Outcome.DONE:
            self.summary.setText("")
            self.show_message(message, error=True)
        else:
            self._fill(*result)
        self._update_buttons()
        self.listed.emit()

    def _fill(self, models: list, in_use) -> None:
        self.models = models
        for model in self.models:
            mark = " ✔" if in_use is not None and model.path == in_use else ""
            item = QTreeWidgetItem(
                [
                    model.name + mark,
                    self._where(model.where),
                    size_text(model.size),
                    self._licence(model),
                ]
            )
            item.setData(0, ROLE, model)
            item.setToolTip(0, str(model.path))
            item.setToolTip(1, str(model.path))
            for copy in model.copies:
                child = QTreeWidgetItem(
                    [
                        self.tr("CTranslate2 {quantization} copy").format(
                            quantization=copy.quantization
                        ),
                        self.tr("converted"),
                        size_text(copy.size),
                        "",
                    ]
                )
                child.setData(0, ROLE, copy)
                child.setToolTip(0, str(copy.path))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        if self.models:
            total = sum(m.size + sum(c.size for c in m.copies) for m in self.models)
            self.summary.setText(
                self.tr("{total} on disk. ✔ marks the model in use ({spec}).").format(
                    total=size_text(total), spec=self.settings.model
                )
            )
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.summary.setText(self.tr("No model on this computer yet: download one below."))

    def _licence(self, model) -> str:
        if model.licence_declared:
            return model.licence
        return self.tr("{licence} (as NLLB-200; the folder has no model card)").format(
            licence=model.licence
        )

    def _where(self, where: str) -> str:
        from workbench.mt.installed import DOWNLOADED, HUB_CACHE

        return {
            DOWNLOADED: self.tr("downloaded"),
            HUB_CACHE: self.tr("Hugging Face cache"),
        }.get(where, self.tr("your folder"))

    def selected(self):
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ROLE)

    def select(self, path) -> None:
        """Select the row of the model or copy at `path` (tests and callers)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if item.data(0, ROLE).path == path:
                    self.tree.setCurrentItem(item)
                    return
        raise LookupError(path)

    def _update_buttons(self) -> None:
        from workbench.mt.installed import InstalledModel

        chosen = self.selected()
        busy = self.download.running
        is_model = isinstance(chosen, InstalledModel)
        self.use_button.setEnabled(is_model and not busy)
        self.delete_button.setEnabled(chosen is not None and not busy and chosen_deletable(chosen))
        self.again_button.setEnabled(is_model and bool(chosen.hub_id) and not busy)
        self.get_button.setEnabled(not busy)

    # ------------------------------------------------------------------ actions
    def use_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.settings.use_model(chosen.name if chosen.hub_id else str(chosen.path))
        self._save()
        self.show_message(
            self.tr("Machine translation now uses {model}.").format(model=chosen.name)
        )
        self.refresh()

    def ask_delete(self) -> None:
        from workbench.mt.installed import InstalledModel

        chosen = self.selected()
        if chosen is None:
            return
        if isinstance(chosen, InstalledModel):
            size = chosen.size + sum(c.size for c in chosen.copies)
            text = self.tr(
                "Delete {model} and its converted copies ({size})? Machine translation "
                "needs it downloaded again afterwards."
            ).format(model=chosen.name, size=size_text(size))
        else:
            text = self.tr(
                "Delete this converted copy ({size})? It is made again the next time it is needed."
            ).format(size=size_text(chosen.size))
        self._ask(self.tr("Delete"), text, lambda: self.delete(chosen))

    def _ask(self, title: str, text: str, on_yes: Callable[[], None]) -> None:
        """A Yes / Cancel question that does not block (tests find it in self.confirm)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm = box

        def done(result: int) -> None:
            self.confirm = None
            if result == QMessageBox.StandardButton.Yes:
                on_yes()

        box.finished.connect(done)
        box.open()

    def delete(self, chosen) -> None:
        from workbench.mt.installed import InstalledModel, delete_copy, delete_model

        try:
            freed = (
                delete_model(chosen) if isinstance(chosen, InstalledModel) else delete_copy(chosen)
            )
        except (ModelError, OSError) as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(self.tr("Deleted: {size} freed.").format(size=size_text(freed)))
        self.refresh()

    def download_again(self) -> None:
        chosen = self.selected()
        if chosen is not None and getattr(chosen, "hub_id", None):
            self._start(chosen.hub_id, again=True)

    def download_chosen(self) -> None:
        self._start(self.catalogue.currentData())

    def _start(self, hub_id: str, again: bool = False) -> None:
        """Download hub_id; its licence asked for first unless accepted before."""
        from workbench.mt.models import find_in_catalogue

        info = find_in_catalogue(hub_id)
        if info is None or info.licence in self.settings.licences_accepted:
            self._download(hub_id, again)
            return

        def accept() -> None:
            self.settings.licences_accepted.append(info.licence)
            self._save()
            self._download(hub_id, again)

        self._ask(
            self.tr("Licence"),
            self.tr(
                "The weights of {model} are licensed {licence}: non-commercial use only. "
                "Accept the licence and download {size} GB?"
            ).format(model=info.id, licence=info.licence, size=f"{info.download_gb:g}"),
            accept,
        )

    def _download(self, hub_id: str, again: bool) -> None:
        self.show_message("")
        self.download.start(hub_id, again)
        self._update_buttons()

    def _on_downloaded(self, outcome: Outcome, _folder: object, message: str) -> None:
        if outcome == Outcome.DONE:
            self.show_message(self.tr("Downloaded."))
        else:
            self.show_message(message, error=outcome != Outcome.CANCELLED)
        self.refresh()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(shown(text))  # a core message in the interface's language

    def done(self, result: int) -> None:  # noqa: A003 - QDialog's
        self._closing = True
        self.download.shutdown()
        self.scan.shutdown(5000)
        super().done(result)


def chosen_deletable(chosen) -> bool:
    return getattr(chosen, "deletable", True)
