"""EngineConfig: which model runs, on which engine and device, and how.

The one engine configuration the settings, the CLI's model options, a batch run and
the GUI's MT worker all use, with one way to load it (EngineConfig.load) and one
way to turn it into generation settings and pipeline limits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import msg

if TYPE_CHECKING:
    from workbench.core.settings import Settings
    from workbench.core.task import TaskState
    from workbench.mt.engine import Engine, GenerationSettings

ENGINES = ("auto", "ctranslate2", "transformers")


def check_engine(engine: str) -> None:
    """A one-line WorkbenchError unless `engine` is one of ENGINES (the option's check,
    for EngineConfig.checked and load_engine alike)."""
    if engine not in ENGINES:
        raise WorkbenchError(
            msg(
                "unknown engine {engine!r}: use one of {join}",
                engine=engine,
                join=", ".join(ENGINES),
            )
        )


@dataclass(frozen=True)
class EngineConfig:
    model: str | None = None  # catalogue id, hub id or folder; None: WORKBENCH_MODEL, the setting
    engine: str = "auto"  # auto | ctranslate2 | transformers
    device: str = "auto"  # auto | cpu | cuda
    threads: int = 0  # 0: match the machine
    beam_size: int = 1
    # Batch limits of one engine call; None: the engine's own (mt.pipeline.batch_limits).
    batch_tokens: int | None = None
    max_batch: int | None = None

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> EngineConfig:
        """The user's settings, with the given fields replaced where they are not None."""
        config = cls(
            model=settings.model,
            engine=settings.engine,
            device=settings.device,
            threads=settings.threads,
            beam_size=settings.beam_size,
        )
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(config, **given)

    def checked(self) -> EngineConfig:
        """Itself, or a one-line WorkbenchError naming the option that cannot work."""
        if self.beam_size < 1:
            raise WorkbenchError(
                msg("--beam {beam_size}: the beam size must be 1 or more", beam_size=self.beam_size)
            )
        check_engine(self.engine)
        return self

    def load(
        self,
        state: TaskState | None = None,
        *,
        target: str | None = None,
        allow_download: bool = False,
    ) -> Engine:
        """Load the engine (raises ModelError when the model is missing or damaged).
        `target` is the language most requests go to: its shortlist loads first."""
        from workbench.mt.loader import load_engine

        return load_engine(
            self.model,
            self.device,
            self.engine,
            state,
            threads=self.threads,
            allow_download=allow_download,
            target=target,
        )

    def generation(self) -> GenerationSettings:
        from workbench.mt.engine import GenerationSettings

        return GenerationSettings(beam_size=self.beam_size)

    def pipeline_options(self) -> dict[str, int | None]:
        """The batch limits, as translate_segments takes them (None: the engine's)."""
        return {"batch_tokens": self.batch_tokens, "max_batch": self.max_batch}
