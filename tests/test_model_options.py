"""The model options every translating command shares (workbench/cli/model_options.py):
settings as defaults, the command line over them, and the engine they load (the real
loader on the tiny model)."""

from __future__ import annotations

import argparse

import pytest

from workbench.cli.model_options import add_model_options, engine_config, say_model
from workbench.core.errors import WorkbenchError
from workbench.core.settings import Settings
from workbench.mt.engine import GenerationSettings


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_model_options(parser)
    return parser.parse_args(list(argv))


def saved_settings(**values) -> Settings:
    settings = Settings.load()
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def test_settings_are_the_defaults():
    saved_settings(device="cpu", engine="transformers", beam_size=3, threads=1)
    choice = engine_config(parse())  # the settings file, loaded as each command does
    assert (choice.model, choice.device, choice.engine) == (None, "cpu", "transformers")
    assert (choice.beam_size, choice.threads) == (3, 1)
    assert choice.generation() == GenerationSettings(beam_size=3)


def test_the_command_line_wins_over_the_settings():
    saved_settings(device="cpu", engine="transformers", beam_size=3)
    choice = engine_config(
        parse("--model", "/models/x", "--device", "auto", "--engine", "ctranslate2", "--beam", "1")
    )
    assert (choice.model, choice.device, choice.engine, choice.beam_size) == (
        "/models/x", "auto", "ctranslate2", 1,
    )  # fmt: skip


@pytest.mark.parametrize("beam", ["0", "-2"])
def test_a_beam_below_one_is_a_one_line_error(beam):
    with pytest.raises(WorkbenchError) as info:
        engine_config(parse("--beam", beam))
    assert str(info.value) == f"--beam {beam}: the beam size must be 1 or more"


def test_an_unknown_engine_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit):
        parse("--engine", "fastest")
    assert "invalid choice: 'fastest'" in capsys.readouterr().err


def test_load_follows_model_env_then_setting_and_honours_threads(
    tiny_model_dir, tmp_path, monkeypatch, capsys
):
    saved_settings(model=str(tmp_path / "not-this-one"), engine="transformers", threads=1)
    monkeypatch.setenv("WORKBENCH_MODEL", str(tiny_model_dir))  # over the setting
    engine = engine_config(parse()).load(target="en")
    try:
        assert engine.model_id == str(tiny_model_dir)
        assert engine.name == "transformers" and engine.device == "cpu"
        import torch

        assert torch.get_num_threads() == 1  # the setting reached the engine
        say_model(engine)
        err = capsys.readouterr().err
        assert err.startswith(f"model {tiny_model_dir} (transformers, cpu); licence ")
        assert "CC-BY-NC-4.0" in err and err.count("\n") == 1
    finally:
        engine.close()


def test_explicit_model_wins_and_a_missing_one_names_itself(tiny_model_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_MODEL", str(tmp_path / "elsewhere"))
    missing = tmp_path / "nowhere"
    with pytest.raises(WorkbenchError) as info:
        engine_config(parse("--model", str(missing))).load()
    assert str(missing) in str(info.value) and "\n" not in str(info.value)
