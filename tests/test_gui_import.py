"""Adding documents reads and segments them on a worker thread: the window keeps
painting while a large file is read, the documents still land in the project, and
a bad file gives its one-line error while the others are imported."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402

from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"

# A paragraph of long Kyrgyz sentences: the file is large, its segment count moderate.
SENTENCE = (
    "Бишкектеги жаңы китепкана шаардын борборунда ачылып, анда балдар жана чоңдор үчүн "
    "кыргыз, орус жана англис тилдериндеги он миңден ашык китеп, гезит-журналдар, "
    "ошондой эле компьютерлер менен жабдылган окуу залдары бар, ал эми жекшемби күнү "
    "китепкана жабык болуп, калган күндөрү саат тогуздан кечки алтыга чейин иштейт. "
)
PARAGRAPH = SENTENCE * 3 + "\n\n"


@pytest.fixture
def window(qtbot, tmp_path):
    with Project.create(tmp_path / "p.wbproj", "ky", "en"):
        pass
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(tmp_path / "p.wbproj")
    yield win
    win.close()


def big_text(path: Path, megabytes: float = 5) -> Path:
    repeats = int(megabytes * 1_000_000 / len(PARAGRAPH.encode()))
    path.write_text(PARAGRAPH * repeats, "utf-8")
    return path


def test_large_file_keeps_the_window_responsive(window, tmp_path, monkeypatch):
    """The file is read and segmented on a worker thread while the GUI thread's event
    loop keeps turning. How long the loop stalls is a speed figure, measured by
    benchmarks/import_stall.py, not asserted here (the suite runs on loaded machines)."""
    from workbench.core import importer

    big = big_text(tmp_path / "big.txt", megabytes=2)
    messages: list[str] = []
    reading = threading.Event()  # set by the reader once it has started
    turned = threading.Event()  # set by a GUI-thread timer tick after that
    readers: list[threading.Thread] = []
    turned_while_reading: list[bool] = []
    original = importer.read_and_segment

    def read_and_segment(*args, **kwargs):
        readers.append(threading.current_thread())
        reading.set()
        if threading.current_thread() is not threading.main_thread():
            # Hold the read until the GUI thread has handled a timer event: that can
            # only happen if the read does not block the event loop.
            turned_while_reading.append(turned.wait(60))
        return original(*args, **kwargs)

    monkeypatch.setattr(importer, "read_and_segment", read_and_segment)
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: reading.is_set() and turned.set())
    window.statusBar().messageChanged.connect(messages.append)
    switch_interval = sys.getswitchinterval()
    timer.start()
    try:
        errors = window.add_documents([big])
    finally:
        timer.stop()
    assert errors == []
    assert readers and readers[0] is not threading.main_thread()
    assert turned_while_reading == [True]
    assert not window._import_runner().running
    assert sys.getswitchinterval() == switch_interval  # restored after the import
    docs = window.project.documents()
    assert [d.name for d in docs] == ["big.txt"]
    assert docs[0].segments == 3 * big.read_text("utf-8").count("\n\n")  # 3 sentences each
    assert window.model.rowCount() == docs[0].segments
    assert "Reading big.txt…" in messages
    assert window.statusBar().currentMessage().startswith("Added big.txt:")


def test_bad_file_gives_its_error_and_the_others_import(window, tmp_path):
    good = tmp_path / "news.txt"
    good.write_text("Бишкекте жаңы китепкана ачылды.\n\nКитепкана саат 9:00дөн иштейт.\n", "utf-8")
    binary = tmp_path / "broken.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    missing = tmp_path / "missing.docx"
    paths = [binary, good, missing]
    if (SAMPLES / "news_ky.docx").exists():
        paths.append(SAMPLES / "news_ky.docx")
    errors = window.add_documents(paths)
    assert len(errors) == 2
    assert all("\n" not in e for e in errors)
    assert errors[0].startswith(str(binary)) and errors[1].startswith(str(missing))
    assert "not found" in errors[1]
    names = [d.name for d in window.project.documents()]
    assert names == [p.name for p in paths if p not in (binary, missing)]
    assert window.model.rowCount() >= 2
    assert window.dialog is not None and window.dialog.isVisible()
    assert window.dialog.text() == "\n".join(errors)
    window.dialog.close()


def test_same_name_twice_in_one_drop_is_refused_once(window, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for folder in (first, second):
        (folder / "note.txt").write_text("Бишкекте жаңы китепкана ачылды.\n", "utf-8")
    errors = window.add_documents([first / "note.txt", second / "note.txt"])
    assert len(errors) == 1 and "already in the project" in errors[0]
    assert errors[0].startswith(str(second / "note.txt"))
    assert [d.name for d in window.project.documents()] == ["note.txt"]
    window.dialog.close()


def test_project_closed_during_import_stores_nothing(window, tmp_path):
    big = big_text(tmp_path / "big.txt", 2)
    small = tmp_path / "small.txt"
    small.write_text("Бишкекте жаңы китепкана ачылды.\n", "utf-8")
    project_path = window.project.path
    QTimer.singleShot(50, window.close_project)
    errors = window.add_documents([big, small])
    assert errors == ["adding documents stopped: the project was closed"]
    assert window.project is None
    with Project.open(project_path) as project:
        assert project.documents() == []


def test_second_import_while_one_runs_is_refused(window, tmp_path):
    big = big_text(tmp_path / "big.txt", 1)
    small = tmp_path / "small.txt"
    small.write_text("Бишкекте жаңы китепкана ачылды.\n", "utf-8")
    nested: list[list[str]] = []
    QTimer.singleShot(20, lambda: nested.append(window.add_documents([small])))
    assert window.add_documents([big]) == []
    assert nested == [["documents are still being added; wait for them and try again"]]
    assert [d.name for d in window.project.documents()] == ["big.txt"]
