"""Model catalogue, resolution and the missing-model message."""

from __future__ import annotations

import pytest

from workbench.core.errors import ModelError
from workbench.mt.loader import load_engine, model_spec
from workbench.mt.models import (
    CATALOGUE,
    DEFAULT_MODEL,
    find_in_catalogue,
    folder_revision,
    resolve_model,
)


def test_catalogue_has_the_four_nllb_models_with_licence():
    hub_ids = [m.hub_id for m in CATALOGUE]
    assert hub_ids == [
        "facebook/nllb-200-distilled-600M",
        "facebook/nllb-200-distilled-1.3B",
        "facebook/nllb-200-1.3B",
        "facebook/nllb-200-3.3B",
    ]
    assert CATALOGUE[0].id == DEFAULT_MODEL
    assert all(m.licence == "CC-BY-NC-4.0" for m in CATALOGUE)
    assert all(m.download_gb > 0 and m.memory_gb > 0 and m.parameters for m in CATALOGUE)


def test_short_and_full_ids_find_the_same_entry():
    assert find_in_catalogue("nllb-200-3.3B") is find_in_catalogue("facebook/nllb-200-3.3B")
    assert find_in_catalogue("someone/else") is None


def test_local_folder_resolves_with_a_content_revision(tiny_model_dir):
    resolved = resolve_model(str(tiny_model_dir))
    assert resolved.path == tiny_model_dir.resolve()
    assert resolved.info is None
    assert resolved.revision == folder_revision(tiny_model_dir)
    assert resolved.revision.startswith("local-")


def test_revision_changes_when_a_file_changes(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    before = folder_revision(tmp_path)
    (tmp_path / "config.json").write_text('{"d_model": 8}')
    assert folder_revision(tmp_path) != before


@pytest.mark.parametrize("spec", ["./no/such/folder", "/no/such/model/dir"])
def test_missing_folder_is_a_one_line_model_error(spec):
    with pytest.raises(ModelError) as info:
        resolve_model(spec)
    assert "\n" not in str(info.value) and spec in str(info.value)


def test_folder_without_config_is_explained(tmp_path):
    with pytest.raises(ModelError, match="no config.json"):
        resolve_model(str(tmp_path))


@pytest.mark.parametrize("spec", [DEFAULT_MODEL, "facebook/nllb-200-1.3B", "someone/not-cached"])
def test_uncached_hub_model_names_the_download_command(spec, tmp_path, monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    with pytest.raises(ModelError) as info:
        resolve_model(spec)
    message = str(info.value)
    assert "\n" not in message
    assert "workbench models download" in message and "--model" in message
    assert spec.split("/")[-1] in message


def test_download_refuses_quickly_when_offline(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError, match="HF_HUB_OFFLINE"):
        resolve_model("someone/not-cached", allow_download=True)


def test_model_spec_precedence(monkeypatch):
    assert model_spec(None) == DEFAULT_MODEL  # the setting's default
    monkeypatch.setenv("WORKBENCH_MODEL", "/from/env")
    assert model_spec(None) == "/from/env"
    assert model_spec("/from/flag") == "/from/flag"


def test_load_engine_uses_workbench_model(tiny_model_dir, monkeypatch):
    monkeypatch.setenv("WORKBENCH_MODEL", str(tiny_model_dir))
    engine = load_engine(None, device="cpu", engine="transformers")
    try:
        assert engine.model_id == str(tiny_model_dir)
        assert [t.text for t in engine.translate(["Кыргыз тили"], "ky", "ru", _settings())] == [
            "Кыргыз тили"
        ]
    finally:
        engine.close()


def _settings():
    from workbench.mt.engine import GenerationSettings

    return GenerationSettings()


def test_download_without_network_fails_with_one_line(monkeypatch, tmp_path):
    from huggingface_hub import constants

    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    with pytest.raises(ModelError) as info:  # how fast: benchmarks/large_inputs.py
        resolve_model("nllb-200-distilled-600M", allow_download=True)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("cannot download facebook/nllb-200-distilled-600M")
    assert "--model" in message
