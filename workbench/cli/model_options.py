"""The model options every translating command shares, and what they resolve to.

--model, --device, --engine and --beam default to the user's settings; the
same choice loads the engine for `translate`, `project pretranslate` and `batch`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.errors import WorkbenchError
from workbench.core.settings import Settings
from workbench.mt.loader import ENGINES

if TYPE_CHECKING:
    from workbench.core.task import TaskState
    from workbench.mt.engine import Engine, GenerationSettings


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


@dataclass(frozen=True)
class ModelChoice:
    model: str | None  # None: WORKBENCH_MODEL, then the setting
    device: str
    engine: str
    beam: int
    threads: int

    def load(self, state: TaskState | None = None, target: str | None = None) -> Engine:
        from workbench.mt.loader import load_engine

        return load_engine(
            self.model,
            device=self.device,
            engine=self.engine,
            state=state,
            threads=self.threads,
            target=target,
        )

    def generation(self) -> GenerationSettings:
        from workbench.mt.engine import GenerationSettings

        return GenerationSettings(beam_size=self.beam)


def model_choice(args: argparse.Namespace, settings: Settings | None = None) -> ModelChoice:
    settings = settings or Settings.load()
    given = getattr(args, "beam", None)
    beam = given if given is not None else settings.beam_size
    if beam < 1:
        raise WorkbenchError(f"--beam {beam}: the beam size must be 1 or more")
    return ModelChoice(
        model=args.model,
        device=args.device or settings.device,
        engine=args.engine or settings.engine,
        beam=beam,
        threads=settings.threads,
    )


def say_model(engine: Engine) -> None:
    """Which model runs, where, and under which licence (on stderr)."""
    from workbench.mt.models import LICENCE_NOTE

    print(
        f"model {engine.model_id} ({engine.name}, {engine.device}); licence {LICENCE_NOTE}",
        file=sys.stderr,
    )
