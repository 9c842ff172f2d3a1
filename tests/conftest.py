"""Shared test set-up: offscreen Qt, settings and caches in tmp, the tiny model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ["HF_HUB_OFFLINE"] = "1"


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
