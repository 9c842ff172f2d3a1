"""The model options every translating command shares, and what they resolve to.

--model, --device, --engine and --beam default to the user's settings; the
same choice loads the engine for `translate`, `project pretranslate` and `batch`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.settings import Settings
from workbench.mt.config import ENGINES, EngineConfig

if TYPE_CHECKING:
    from workbench.mt.engine import Engine


def add_model_options(p: argparse.ArgumentParser, *, beam: bool = True) -> None:
    """beam=False for commands that decode greedily whatever the setting (complete)."""
    p.add_argument(
        "--model",
        metavar="M",
        help="catalogue id, hub id or local folder (default: WORKBENCH_MODEL, then the setting)",
    )
    p.add_argument("--device", metavar="D", help="auto, cpu or cuda (default: the setting)")
    p.add_argument("--engine", choices=ENGINES, help="translation engine (default: the setting)")
    if beam:
        p.add_argument("--beam", type=int, metavar="N", help="beam size (default: the setting, 1)")


def engine_config(args: argparse.Namespace, settings: Settings | None = None) -> EngineConfig:
    """The options given, the user's settings for the rest. Without --model the model
    stays None: WORKBENCH_MODEL, then the model setting, when the engine loads."""
    config = EngineConfig.from_settings(
        settings or Settings.load(),
        device=args.device,
        engine=args.engine,
        beam_size=getattr(args, "beam", None),  # absent where decoding is greedy
    )
    return replace(config, model=args.model).checked()


def say_model(engine: Engine) -> None:
    """Which model runs, where, and under which licence (on stderr)."""
    from workbench.mt.models import LICENCE_NOTE

    print(
        f"model {engine.model_id} ({engine.name}, {engine.device}); licence {LICENCE_NOTE}",
        file=sys.stderr,
    )
