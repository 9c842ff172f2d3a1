"""Adding documents reads and segments them on a worker thread: the window keeps
painting while a large file is read, the documents still land in the project, and
a bad file gives its one-line error while the others are imported."""

from __future__ import annotations

import sys
import time
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


def test_large_file_keeps_the_window_responsive(window, tmp_path):
    big = big_text(tmp_path / "big.txt")
    assert big.stat().st_size > 4_900_000
    ticks: list[float] = []
    messages: list[str] = []
    arrived: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.statusBar().messageChanged.connect(messages.append)
    # Connected before the window's own receiver, so this runs just before storing.
    window._import_runner().fileRead.connect(lambda _read: arrived.append(time.perf_counter()))
    switch_interval = sys.getswitchinterval()
    timer.start()
    started = time.perf_counter()

    try:
        errors = window.add_documents([big])
    finally:
        timer.stop()
    ended = time.perf_counter()
    assert errors == []
    assert not window._import_runner().running
    assert sys.getswitchinterval() == switch_interval  # restored after the import
    docs = window.project.documents()
    assert [d.name for d in docs] == ["big.txt"]
    assert docs[0].segments == 3 * big.read_text("utf-8").count("\n\n")  # 3 sentences each
    assert window.model.rowCount() == docs[0].segments
    assert "Reading big.txt…" in messages
    assert window.statusBar().currentMessage().startswith("Added big.txt:")
    # Reading and segmenting took seconds; the 20 ms timer kept firing all along.
    assert len(arrived) == 1 and arrived[0] - started > 1.0, "the file is too small to tell"
    times = [started, *ticks, ended]
    gaps = [(b - a, b) for a, b in zip(times, times[1:], strict=False)]
    reading = [gap for gap, end in gaps if end <= arrived[0]]
    assert len(reading) > (arrived[0] - started) / 0.02 / 2
    assert max(reading) < 0.12, f"longest gap while reading {max(reading) * 1000:.0f} ms"
    # Storing (the Project's SQLite write, on the GUI thread by design) is one short pause.
    assert max(gap for gap, _ in gaps) < 0.4


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
