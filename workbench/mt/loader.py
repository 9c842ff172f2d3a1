"""load_engine: the one way the GUI, the CLI and batch runs get an engine.

Model spec precedence: the explicit spec (--model), then WORKBENCH_MODEL, then
the model setting (Settings.load applies the environment over the file).

engine="auto" prefers CTranslate2 (`load_ct2_engine`, which converts the model
once and caches the conversion) and falls back to transformers when that
raises ModelError; engine="ctranslate2" lets the error through.
"""

from __future__ import annotations

from workbench.core.errors import Cancelled, ModelError, WorkbenchError, first_line
from workbench.core.i18n import msg
from workbench.core.settings import Settings
from workbench.core.task import TaskState
from workbench.mt.config import ENGINES, check_engine
from workbench.mt.engine import Engine
from workbench.mt.models import ResolvedModel, resolve_model

__all__ = ["ENGINES", "load_engine", "model_spec"]


def model_spec(spec: str | None) -> str:
    """--model if given, else WORKBENCH_MODEL, else the model setting."""
    if spec and spec.strip():
        return spec.strip()
    return Settings.load().model


def load_engine(
    spec: str | None = None,
    device: str = "auto",
    engine: str = "auto",
    state: TaskState | None = None,
    *,
    threads: int = 0,
    allow_download: bool = False,
    target: str | None = None,
) -> Engine:
    """`target` is the language most requests will go to: CTranslate2 loads that
    script's output shortlist first (another script reloads it, about a second)."""
    check_engine(engine)
    try:
        return _load(spec, device, engine, state, threads, allow_download, target)
    except (WorkbenchError, Cancelled):
        raise
    except Exception as exc:  # a damaged model folder: one line, no traceback
        first = first_line(exc)
        raise ModelError(
            msg(
                "cannot load model {model_spec} ({name}: {first}); its files "
                "may be incomplete or damaged: download it again or choose "
                "another model",
                model_spec=model_spec(spec),
                name=type(exc).__name__,
                first=first,
            )
        ) from None


def _load(
    spec: str | None,
    device: str,
    engine: str,
    state: TaskState | None,
    threads: int,
    allow_download: bool,
    target: str | None,
) -> Engine:
    resolved = resolve_model(model_spec(spec), allow_download=allow_download, state=state)
    if engine in ("auto", "ctranslate2"):
        loaded = _try_ct2(
            resolved, device, threads, state, target, required=engine == "ctranslate2"
        )
        if loaded is not None:
            return loaded
    from workbench.mt.hf_engine import HFEngine

    return HFEngine(
        resolved.path,
        model_id=resolved.model_id,
        revision=resolved.revision,
        device=device,
        threads=threads,
        state=state,
    )


def _try_ct2(
    resolved: ResolvedModel,
    device: str,
    threads: int,
    state: TaskState | None,
    target: str | None,
    required: bool,
) -> Engine | None:
    from workbench.mt.ct2_engine import load_ct2_engine

    try:
        return load_ct2_engine(
            resolved.path,
            resolved.model_id,
            resolved.revision,
            device=device,
            threads=threads,
            state=state,
            target=target or "ru",
        )
    except ModelError as exc:
        if required:
            raise
        if state is not None:
            state.set_status(
                msg("CTranslate2 unavailable ({error}); using transformers", error=str(exc))
            )
        return None
