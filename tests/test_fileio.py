"""Atomic writes: the target is the old file or the whole new one, with normal permissions."""

from __future__ import annotations

import os
import stat

import pytest

from workbench.core.fileio import atomic_write, replacing
from workbench.core.settings import Settings


def test_atomic_write_replaces_and_uses_normal_permissions(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    atomic_write(target, "новый".encode())
    assert target.read_text(encoding="utf-8") == "новый"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary left


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with replacing(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk full half way")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_settings_do_not_keep_the_environment_model(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    Settings(model="nllb-200-distilled-1.3B", translator_name="Aida").save(path)
    monkeypatch.setenv("WORKBENCH_MODEL", "/tmp/some-model")
    settings = Settings.load(path)
    assert settings.model == "/tmp/some-model"  # this run uses the environment's model
    settings.font_size = 14
    settings.save(path)
    monkeypatch.delenv("WORKBENCH_MODEL")
    again = Settings.load(path)
    assert again.model == "nllb-200-distilled-1.3B" and again.font_size == 14
    settings.model = "nllb-200-3.3B"  # chosen by the user while the variable was set
    settings.save(path)
    assert Settings.load(path).model == "nllb-200-3.3B"
