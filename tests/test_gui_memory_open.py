"""Opening a project in the real window reads its memories' matching keys on a worker
(the project's own memory and its references): the side panel says the memory is
loading, then shows the current segment's matches, including a segment the translator
went to meanwhile; closing the project while the keys are read is clean.

A spy around store_tm.pair_keys records which thread read each memory's keys, and can
hold the worker (a gate) so "while loading" is a state the test controls, not a race.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from tests.conftest import new_project, wait_for_memory  # noqa: E402
from tests.test_gui_memory import OWN, REFERENCE, choose_file, make_project  # noqa: E402
from tests.test_tm_refs import write_tmx  # noqa: E402
from workbench.app import tm_refs as refs_app  # noqa: E402
from workbench.core import store_tm, tm, tm_index, tm_refs  # noqa: E402
from workbench.core.settings import Settings  # noqa: E402
from workbench.core.store import NewSegment, Project  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402

WEATHER = ("Бүгүн аба ырайы жакшы болот.", "The weather will be fine today.")


class KeyReads:
    """Who read which memory's keys (unit by unit, or stored whole as a TMX's index keeps
    them); `hold()` keeps the worker waiting before it reads."""

    def __init__(self, monkeypatch) -> None:
        self.seen: list[tuple[str, str]] = []  # (GUI | worker, file name)
        self.gate = threading.Event()
        self.gate.set()
        for name in ("pair_keys", "keys_blob"):
            monkeypatch.setattr(store_tm, name, self._spy(getattr(store_tm, name)))

    def _spy(self, real):
        def read(project, *args, **kwargs):
            on_gui = threading.current_thread() is threading.main_thread()
            self.seen.append(("GUI" if on_gui else "worker", project.path.name))
            if not on_gui:
                self.gate.wait(30)
            return real(project, *args, **kwargs)

        return read

    def hold(self) -> None:
        self.gate.clear()

    def release(self) -> None:
        self.gate.set()

    def readers(self, name: str) -> list[str]:
        """The threads that read that file's keys."""
        return sorted({who for who, file in self.seen if file == name})


def open_window(qtbot, path: Path) -> MainWindow:
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(path)  # no event handled since: the worker is not back yet
    return win


def tm_details(win: MainWindow) -> list[str]:
    """What the side panel shows now (no lookup made here)."""
    return [s.detail for s in win.side.suggestions if s.score is not None]


def test_own_and_reference_keys_are_read_on_a_worker(qtbot, tmp_path, monkeypatch):
    path = make_project(tmp_path / "news.wbproj")
    with Project.open(path) as project:
        refs_app.attach(project, write_tmx(tmp_path / "r.tmx", REFERENCE), "R", 5)
    reads = KeyReads(monkeypatch)
    reads.hold()
    win = open_window(qtbot, path)
    try:
        assert win.memory_loading()
        # the lookups made while opening left every memory to the worker
        assert not tm_index.loaded(win.project, "ky", "en")
        assert tm_details(win) == []
        assert win.side.memory_loading.isVisible()
        assert "being read" in win.side.memory_note.text()
        qtbot.wait(100)  # events handled: still loading, nothing read on the GUI thread
        assert win.memory_loading() and tm_details(win) == []
        reads.release()
        with qtbot.waitSignal(win.memoryLoaded, timeout=60000):
            pass
        # the matches are shown as they arrive, without another lookup asked for
        assert tm_details(win) == ["TM 95% · R (−5)", "TM 93% · project"]
        assert not win.side.memory_loading.isVisible()
        assert not win.side.memory_note.isVisible()
        index = tm_refs.index_path(tmp_path / "r.tmx").name
        assert reads.readers("news.wbproj") == ["worker"]
        assert reads.readers(index) == ["worker"]
    finally:
        win.close()


def test_a_segment_visited_while_loading_gets_its_matches(qtbot, tmp_path, monkeypatch):
    path = make_project(tmp_path / "news.wbproj")
    with Project.open(path) as project, project.transaction():
        tm.store_unit(project, "ky", "en", *WEATHER, origin=tm.ORIGIN_PROJECT)
    reads = KeyReads(monkeypatch)
    reads.hold()
    win = open_window(qtbot, path)
    try:
        win.grid.go_to_row(1)  # the translator moves on before the memory is in
        qtbot.waitUntil(lambda: win.side.segment_id == win.model.ids[1], timeout=10000)
        assert tm_details(win) == [] and win.side.memory_loading.isVisible()
        reads.release()
        with qtbot.waitSignal(win.memoryLoaded, timeout=60000):
            pass
        assert win.side.segment_id == win.model.ids[1]
        assert [s.text for s in win.side.suggestions] == [WEATHER[1]]
        assert reads.readers("news.wbproj") == ["worker"]
    finally:
        win.close()


def test_other_segment_languages_are_read_on_the_worker_too(qtbot, tmp_path, monkeypatch):
    path = make_project(tmp_path / "news.wbproj")
    with Project.open(path) as project:
        text = "Сегодня хорошая погода."
        segment = NewSegment(0, 0, "", text, "", text, "ru")
        project.add_document("ru.txt", "txt", "utf-8", b"-", [segment])
        with project.transaction():
            tm.store_unit(project, "ru", "en", text, "Fine.", origin="project")
    reads = KeyReads(monkeypatch)
    win = open_window(qtbot, path)
    try:
        wait_for_memory(qtbot, win)
        assert tm_index.loaded(win.project, "ru", "en")  # read for the Russian document
        ru_row = next(
            row for row, sid in enumerate(win.model.ids) if win.project.segment(sid).lang == "ru"
        )
        win.grid.go_to_row(ru_row)
        win.update_side_panel()
        assert [s.text for s in win.side.suggestions] == ["Fine."]
        assert reads.readers("news.wbproj") == ["worker"]  # ky->en and ru->en
    finally:
        win.close()


def test_keys_added_by_an_import_are_read_on_the_worker(qtbot, tmp_path, monkeypatch):
    path = make_project(tmp_path / "news.wbproj")
    win = open_window(qtbot, path)
    try:
        wait_for_memory(qtbot, win)
        win.grid.go_to_row(1)  # the weather segment: its match comes with the import
        qtbot.waitUntil(lambda: win.side.segment_id == win.model.ids[1], timeout=10000)
        assert tm_details(win) == []
        many = [(f"Сүйлөм номер {n} үй-бүлө жөнүндө.", f"Sentence {n}.") for n in range(300)]
        choose_file(monkeypatch, write_tmx(tmp_path / "w.tmx", *many, WEATHER))
        reads = KeyReads(monkeypatch)
        win.acts["import_tmx"].trigger()
        with qtbot.waitSignal(win.tmx_runner.finished, timeout=60000):
            pass
        assert win.memory_loading() and win.side.memory_loading.isVisible()
        wait_for_memory(qtbot, win)
        assert [s.text for s in win.side.suggestions] == [WEATHER[1]]
        assert reads.readers("news.wbproj") == ["worker"]  # the 301 new keys too
        assert len(tm_index.pair_keys(win.project, "ky", "en").ids) == 302
    finally:
        win.close()


def test_an_import_while_the_keys_are_read_at_opening(qtbot, tmp_path, monkeypatch):
    path = make_project(tmp_path / "news.wbproj")
    many = [(f"Сүйлөм номер {n} үй-бүлө жөнүндө.", f"Sentence {n}.") for n in range(300)]
    choose_file(monkeypatch, write_tmx(tmp_path / "w.tmx", *many, WEATHER))
    reads = KeyReads(monkeypatch)
    reads.hold()  # the keys of the opening are not read before the import ends
    win = open_window(qtbot, path)
    try:
        qtbot.waitUntil(lambda: reads.readers("news.wbproj") == ["worker"], timeout=10000)
        win.grid.go_to_row(1)
        win.acts["import_tmx"].trigger()
        with qtbot.waitSignal(win.tmx_runner.finished, timeout=60000):
            pass
        reads.release()
        wait_for_memory(qtbot, win)
        assert [s.text for s in win.side.suggestions] == [WEATHER[1]]
        assert reads.readers("news.wbproj") == ["worker"]
        assert len(tm_index.pair_keys(win.project, "ky", "en").ids) == 302
    finally:
        win.close()


def test_closing_the_project_while_its_keys_are_read(qtbot, tmp_path, monkeypatch):
    path = make_project(tmp_path / "news.wbproj")
    win = open_window(qtbot, path)  # once, so what opening records is recorded
    wait_for_memory(qtbot, win)
    win.close_project()
    before = dump(path)
    reads = KeyReads(monkeypatch)
    adopted: list[str] = []
    real_adopt = tm_index.adopt
    monkeypatch.setattr(
        tm_index,
        "adopt",
        lambda project, *a: (adopted.append(project.path.name), real_adopt(project, *a)),
    )
    reads.hold()
    assert win.open_project(path)
    qtbot.waitUntil(lambda: reads.readers("news.wbproj") == ["worker"], timeout=10000)
    threading.Timer(0.3, reads.release).start()  # while the window waits for the worker
    win.close_project()  # the worker's keys arrive during the close
    assert win.project is None and not win.memory_loading()
    qtbot.wait(200)
    assert adopted == []  # its keys went nowhere: the project they were for is closed
    assert dump(path) == before  # nothing written
    # the project opens again, and its memory is read again
    assert win.open_project(path)
    wait_for_memory(qtbot, win)
    win.update_side_panel()
    assert [s.text for s in win.side.suggestions][0] == OWN[1]
    win.close()


def test_a_project_without_memory_starts_no_worker(qtbot, tmp_path):
    with new_project(tmp_path / "empty.wbproj", [[WEATHER[0]]]):
        pass
    win = open_window(qtbot, tmp_path / "empty.wbproj")
    try:
        assert not win.memory_loading() and not win.side.memory_loading.isVisible()
        assert win.memory_keys_runner is None
        assert win.side.list.item(0).text().startswith("No suggestions yet")
    finally:
        win.close()


def dump(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
