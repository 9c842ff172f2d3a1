"""A model download on a worker thread, and the panel that shows it (progress, Cancel).

The welcome screen and Tools > Models both use DownloadPanel; the work is mt.download's
(resumable, disk space checked first), run by a JobRunner like every other long job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from workbench.core.task import Progress, TaskState
from workbench.gui.runner import JobRunner, JobWorker, Outcome

SCALE = 1000  # the progress bar counts kilobytes: a QProgressBar's range is a 32-bit int


def size_text(size: int) -> str:
    """Bytes as the interface language writes them ("2.5 GB", "2,5 ГБ"): Qt's CLDR data."""
    from workbench.gui.i18n import current_language

    locale = QLocale(current_language())
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


@dataclass
class DownloadJob:
    hub_id: str
    again: bool = False
    state: TaskState = field(default_factory=TaskState)


class DownloadWorker(JobWorker):
    what = "the download"

    def work(self, job: DownloadJob) -> Path:
        from workbench.mt.download import download

        return download(job.hub_id, state=job.state, again=job.again)


class DownloadRunner(JobRunner):
    """One download at a time; `progressed(Progress)` and `finished(Outcome, Path, message)`
    arrive on the GUI thread."""

    progressed = Signal(object)
    thread_name = "model-download"

    def make_worker(self) -> DownloadWorker:
        return DownloadWorker()

    def start(self, hub_id: str, again: bool = False) -> None:
        # The state's callback runs on the worker thread; the signal reaches the panel queued.
        self.start_job(DownloadJob(hub_id, again, TaskState(self.progressed.emit)))


class DownloadPanel(QWidget):
    """Progress bar, what is being fetched, Cancel; hidden when no download runs."""

    finished = Signal(object, object, str)  # Outcome, folder or None, one-line message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = ""
        self.runner = DownloadRunner(self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel download"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.status)
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self.runner.running

    def start(self, hub_id: str, again: bool = False) -> None:
        self.bar.setRange(0, 0)  # busy until the hub says how much there is
        self._model = hub_id
        self.status.setText(self.tr("Asking the server about {model}…").format(model=hub_id))
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        self.runner.start(hub_id, again)

    def cancel(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        self.runner.shutdown(5000)

    def _on_progress(self, progress: Progress) -> None:
        if not self.runner.running or self.runner.cancelling:
            return
        if progress.total:
            self.bar.setRange(0, max(1, progress.total // SCALE))
            self.bar.setValue(progress.done // SCALE)
            self.bar.setFormat(
                self.tr("{done} of {total}").format(
                    done=size_text(progress.done), total=size_text(progress.total)
                )
            )
        if progress.total and self._model:
            self.status.setText(self.tr("Downloading {model}…").format(model=self._model))

    def _on_finished(self, outcome: Outcome, result: object, message: str) -> None:
        self.setVisible(False)
        if outcome == Outcome.CANCELLED:
            message = self.tr(
                "Download cancelled: what arrived is kept, and the next download resumes there."
            )
        self.finished.emit(outcome, result, message)
