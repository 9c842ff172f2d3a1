"""Shared test set-up: offscreen Qt, settings and caches in tmp, the tiny model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

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
