"""Shared test set-up: offscreen Qt, settings and caches in tmp, the tiny model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from workbench.core.settings import Settings
    from workbench.core.store import Project

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ["HF_HUB_OFFLINE"] = "1"

# CI runs the property tests on a fixed sequence of examples, so a landing never
# depends on luck; on a developer's machine they keep exploring new examples.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    """Settings and caches of each test live in their own temporary folders."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(base / "cache"))
    monkeypatch.delenv("WORKBENCH_MODEL", raising=False)
    yield base


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """A tiny NLLB-architecture model, built once per test session."""
    from tests.fixtures.make_tiny_model import build_tiny_model

    out = tmp_path_factory.mktemp("tiny-nllb")
    build_tiny_model(out)
    return out


@pytest.fixture(autouse=True)
def no_qthread_left_running(monkeypatch):
    """Fail any test that leaves a QThread running (only where Qt is loaded)."""
    import sys

    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        yield
        return
    started: list = []
    original = qtcore.QThread.start

    def start(thread, *args):
        started.append(thread)
        return original(thread, *args)

    monkeypatch.setattr(qtcore.QThread, "start", start)
    yield
    running = []
    for thread in started:
        try:
            if thread.isRunning():
                running.append(thread.objectName() or repr(thread))
        except RuntimeError:  # the C++ object is gone, so is its thread
            continue
    assert not running, f"test left QThreads running: {running}"


# --------------------------------------------------------------------------- shared helpers

ROOT = Path(__file__).resolve().parents[1]


def tiny_settings(model_dir: Path, threads: int = 1) -> Settings:
    """The user's settings pointed at the tiny model, on the transformers engine and CPU.
    The editor's look-ahead is off: tests count what pre-translation fills (the
    look-ahead has its own tests in test_gui_completion)."""
    from workbench.core.settings import Settings

    user = Settings.load()
    user.model = str(model_dir)
    user.engine = "transformers"
    user.device = "cpu"
    user.threads = threads
    user.lookahead_segments = 0
    return user


def run_cli(
    *args: str, stdin: bytes | str | None = None, env: dict | None = None, text: bool = False
) -> subprocess.CompletedProcess:
    """The `workbench` command in a fresh process, as a user runs it (offline)."""
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        input=stdin,
        capture_output=True,
        text=text,
        cwd=ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
        timeout=600,  # a hang guard, generous for a loaded machine
    )


def new_project(
    path: Path,
    paragraphs: list[list[str]],
    src: str = "ky",
    tgt: str = "en",
    name: str = "news.txt",
) -> Project:
    """An open project with one document, stored through the real store: each inner
    list is a paragraph of sentences (in `src`)."""
    from workbench.core.store import NewSegment, Project

    project = Project.create(path, src, tgt)
    segments = [
        NewSegment(p, i, "" if i == 0 else " ", text, "", text, src)
        for p, sentences in enumerate(paragraphs)
        for i, text in enumerate(sentences)
    ]
    data = "\n\n".join(" ".join(s) for s in paragraphs).encode()
    project.add_document(name, "txt", "utf-8", data, segments)
    return project


def older_project(path: Path, version: int, src: str = "ky", tgt: str = "en") -> Path:
    """An empty project file as a workbench of schema `version` left it (its migrations
    run by hand, no newer ones), for the upgrade tests."""
    import sqlite3

    from workbench.core.store import MIGRATIONS

    conn = sqlite3.connect(path)
    for step in range(1, version + 1):
        for statement in MIGRATIONS[step]:
            conn.execute(statement)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("source_lang", src), ("target_lang", tgt)])
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


def shown_window(qtbot, path: Path):
    """The editor window on the project at `path`, shown and exposed, its memory read;
    for a fixture to `yield from`, so the window is closed after the test."""
    from workbench.core.settings import Settings
    from workbench.gui.main_window import MainWindow

    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.show()
    qtbot.waitExposed(win)
    wait_for_memory(qtbot, win)
    yield win
    win.close()


def wait_for_memory(qtbot, win) -> None:
    """Until the window has the keys of the memories it read on a worker when the
    project opened (its memoryLoaded signal); the side panel then shows their matches."""
    if win.memory_loading():  # the signal comes from the event loop: none is lost here
        with qtbot.waitSignal(win.memoryLoaded, timeout=60000):
            pass


@pytest.fixture(scope="module")
def ct2(tiny_model_dir, tmp_path_factory):
    """The CTranslate2 engine on the tiny model (converted into a folder of its own)."""
    from workbench.mt.ct2_engine import load_ct2_engine

    root = tmp_path_factory.mktemp("ct2-root")
    engine = load_ct2_engine(tiny_model_dir, "tiny-nllb", "rev-1", device="cpu", root=root)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def hf(tiny_model_dir):
    """The transformers engine on the tiny model."""
    from workbench.mt.hf_engine import HFEngine

    engine = HFEngine(tiny_model_dir, model_id="tiny-nllb", revision="rev-1", device="cpu")
    yield engine
    engine.close()


def write_foreign_lock(project_path: Path) -> None:
    """A lock record of an editor on another computer (its OS lock cannot be checked)."""
    import json

    from workbench.core.project_lock import EDITOR, lock_path

    record = {
        "user": "aigul",
        "host": "laptop-of-aigul",
        "pid": 4242,
        "started": "2026-11-30T09:00:00+06:00",
        "purpose": EDITOR,
    }
    lock_path(project_path).write_text(json.dumps(record))


# --------------------------------------------------------------------------- model downloads

HUB_ID = "facebook/nllb-200-distilled-600M"


def point_hub_at(monkeypatch, url: str | None, hub_cache) -> None:
    """What HF_ENDPOINT does at import, for this process; the network allowed."""
    from huggingface_hub import constants

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(hub_cache))
    monkeypatch.setattr(constants, "DOWNLOAD_CHUNK_SIZE", constants.DOWNLOAD_CHUNK_SIZE)
    if url is not None:
        monkeypatch.setattr(constants, "ENDPOINT", url)
        template = url + "/{repo_id}/resolve/{revision}/{filename}"
        monkeypatch.setattr(constants, "HUGGINGFACE_CO_URL_TEMPLATE", template)


@pytest.fixture
def hub(tiny_model_dir, tmp_path, monkeypatch):
    """The tiny NLLB model served as the default model's repository by a local stand-in
    for huggingface.co (tests/fixtures/hub_server.py), the hub client pointed at it."""
    import shutil

    from tests.fixtures.hub_server import HubServer
    from workbench.mt import download

    repo = tmp_path / "repo"
    shutil.copytree(tiny_model_dir, repo)
    monkeypatch.setattr(download, "CHUNK_BYTES", 64 * 1024)  # the tiny weights are ~0.9 MB
    with HubServer(repo, HUB_ID) as server:
        point_hub_at(monkeypatch, server.url, tmp_path / "hub-cache")
        yield server
