"""Reading and segmenting documents on a worker thread (File > Add documents).

Reading a large .docx or a 10 MB text file and splitting it into segments
takes seconds; on the GUI thread the window would freeze. The worker runs
app.importing.read_documents (pure core work, no project) and sends each result
back as a signal; the Project belongs to the GUI thread, which stores the
documents as they arrive (see FilesMixin.add_documents).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal

from workbench.app.importing import ReadFile, read_documents
from workbench.core.task import TaskState
from workbench.gui.runner import JobWorker, PythonJobRunner

__all__ = ["ImportJob", "ImportRunner", "ImportWorker", "ReadFile"]


@dataclass
class ImportJob:
    paths: list[Path]
    source_lang: str
    unit: str
    state: TaskState = field(default_factory=TaskState)


class ImportWorker(JobWorker):
    """Lives in the import's QThread; run() executes there and never touches a Project."""

    reading = Signal(object)  # Path, before each file
    fileRead = Signal(object)  # noqa: N815 - ReadFile, after each file
    what = QT_TRANSLATE_NOOP("runner", "adding documents")

    def work(self, job: ImportJob) -> None:
        reads = read_documents(job.paths, job.source_lang, job.unit, job.state, self.reading.emit)
        for read in reads:
            self.fileRead.emit(read)


class ImportRunner(PythonJobRunner):
    """The GUI thread's handle on one import at a time; signals arrive on the GUI thread.
    cancel() stops after the file being read now; files already read are still delivered."""

    reading = Signal(object)  # Path
    fileRead = Signal(object)  # noqa: N815 - ReadFile
    thread_name = "import-worker"

    def make_worker(self) -> ImportWorker:
        worker = ImportWorker()
        worker.reading.connect(self.reading)
        worker.fileRead.connect(self.fileRead)
        return worker

    def start(self, paths: list[Path], source_lang: str, unit: str) -> None:
        self.start_job(ImportJob(list(paths), source_lang, unit))
