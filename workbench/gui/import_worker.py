"""Reading and segmenting documents on a worker thread (File > Add documents).

Reading a large .docx or a 10 MB text file and splitting it into segments
takes seconds; on the GUI thread the window would freeze. The worker does only
the pure core work (importer.read_and_segment) and sends each result
back as a signal; the Project belongs to the GUI thread, which stores the
documents as they arrive (see FilesMixin.add_documents).
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from workbench.core.document import Document
from workbench.core.errors import WorkbenchError, first_line
from workbench.core.store import NewSegment

IMPORT_SWITCH_INTERVAL_S = 0.0005  # GIL hand-over interval while a worker reads (see start)


@dataclass
class ImportJob:
    paths: list[Path]
    source_lang: str
    unit: str
    cancelled: threading.Event = field(default_factory=threading.Event)


@dataclass
class ReadFile:
    """One file as read on the worker: the document and its segments, or the error."""

    path: Path
    doc: Document | None = None
    segments: list[NewSegment] = field(default_factory=list)
    error: str = ""  # one line naming the file


class ImportWorker(QObject):
    """Lives in the import's QThread; run() executes there and never touches a Project."""

    reading = Signal(object)  # Path, before each file
    fileRead = Signal(object)  # noqa: N815 - ReadFile, after each file
    finished = Signal()

    @Slot(object)
    def run(self, job: ImportJob) -> None:
        from workbench.core.importer import read_and_segment

        try:
            for path in job.paths:
                if job.cancelled.is_set():
                    break
                self.reading.emit(path)
                try:
                    doc, segments = read_and_segment(path, job.source_lang, job.unit)
                except WorkbenchError as exc:
                    self.fileRead.emit(ReadFile(path, error=first_line(exc)))
                except Exception as exc:  # noqa: BLE001 - a bug must reach the user, not kill the thread
                    message = f"{path}: could not be read ({first_line(exc)}); please report this"
                    self.fileRead.emit(ReadFile(path, error=message))
                else:
                    self.fileRead.emit(ReadFile(path, doc, segments))
        finally:
            self.finished.emit()
            QThread.currentThread().quit()


class ImportRunner(QObject):
    """The GUI thread's handle on one import at a time; signals arrive on the GUI thread."""

    reading = Signal(object)  # Path
    fileRead = Signal(object)  # noqa: N815 - ReadFile
    finished = Signal()
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._job: ImportJob | None = None
        self._switch_interval = sys.getswitchinterval()

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, paths: list[Path], source_lang: str, unit: str) -> None:
        if self.running:
            raise RuntimeError("an import is already in progress")
        self._job = ImportJob(list(paths), source_lang, unit)
        thread = QThread()
        thread.setObjectName("import-worker")
        worker = ImportWorker()
        worker.moveToThread(thread)
        worker.reading.connect(self.reading)
        worker.fileRead.connect(self.fileRead)
        worker.finished.connect(self._on_finished)
        self._submit.connect(worker.run)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        # The worker is pure Python and always wants the GIL; at the default 5 ms
        # switch interval each of the GUI thread's many short Python calls while
        # painting (delegates, models) waits up to 5 ms for it, and a repaint takes
        # hundreds of ms. A short interval while the import runs keeps painting quick.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, IMPORT_SWITCH_INTERVAL_S))
        thread.start()
        self._submit.emit(self._job)
        self._submit.disconnect(worker.run)

    def cancel(self) -> None:
        """Stop after the file being read now; files already read are still delivered."""
        if self._job is not None:
            self._job.cancelled.set()

    def shutdown(self) -> None:
        """Cancel and wait for the thread (the window is closing)."""
        self.cancel()
        if self._thread is not None:
            self._thread.wait()
            QCoreApplication.sendPostedEvents(self)  # deliver what the worker sent
            self._end_thread()
            self._job = None

    def _on_finished(self) -> None:
        self._end_thread()
        self._job = None
        self.finished.emit()

    def _end_thread(self) -> None:
        if self._thread is not None:
            self._thread.wait()  # run() has returned and quit the loop: this is immediate
            self._thread.deleteLater()
            self._thread = None
            sys.setswitchinterval(self._switch_interval)
            self._worker = None
