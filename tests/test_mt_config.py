"""EngineConfig: the one engine configuration, from the settings and the CLI options."""

from __future__ import annotations

import argparse

import pytest

from workbench.cli.model_options import add_model_options, engine_config
from workbench.core.errors import WorkbenchError
from workbench.core.settings import Settings
from workbench.mt.config import EngineConfig


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_model_options(parser)
    return parser.parse_args(list(argv))


def test_the_gui_s_config_is_the_settings_with_the_chosen_model():
    settings = Settings(model="m-setting", engine="transformers", device="cpu", threads=3)
    settings.beam_size = 2
    config = EngineConfig.from_settings(settings)
    assert config == EngineConfig("m-setting", "transformers", "cpu", 3, 2)
    assert EngineConfig.from_settings(settings, model="other", device=None).model == "other"
    # No limits of its own: the engine's (mt.pipeline.batch_limits) unless set.
    assert config.pipeline_options() == {"batch_tokens": None, "max_batch": None}
    given = engine_config(parse("--model", "other", "--engine", "ctranslate2"), settings)
    assert (given.model, given.engine, given.beam_size) == ("other", "ctranslate2", 2)


def test_an_unknown_engine_in_the_settings_is_named():
    with pytest.raises(WorkbenchError, match="unknown engine 'onnx'"):
        EngineConfig.from_settings(Settings(engine="onnx")).checked()


def test_load_gives_the_real_engine(tiny_model_dir):
    engine = EngineConfig(model=str(tiny_model_dir), engine="transformers").load(target="en")
    try:
        assert engine.name == "transformers"
        assert engine.model_id == str(tiny_model_dir)
    finally:
        engine.close()
