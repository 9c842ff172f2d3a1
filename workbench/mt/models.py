"""The model catalogue and finding a model on disk.

A model spec is a catalogue id ("nllb-200-distilled-600M" or the full hub id),
any other hub id, or a local folder. resolve_model looks, in order, at a local
folder, then the Hugging Face hub cache (never the network), then downloads,
but only when the caller allows it: `workbench models download` does, the
translate commands do not, because a translation run should never silently
start a multi-GB download; they fail with a one-line ModelError that gives the
command to run instead.

The catalogue lives here as code (not as a data file next to the package) so an
installed package always has it; models/README.md describes it for people.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from workbench.core.commands import command
from workbench.core.errors import ModelError, first_line
from workbench.core.task import TaskState

LICENCE_NLLB = "CC-BY-NC-4.0"
LICENCE_NOTE = "CC-BY-NC-4.0: non-commercial use only"
DEFAULT_MODEL = "nllb-200-distilled-600M"


@dataclass(frozen=True)
class ModelInfo:
    id: str  # short id, e.g. "nllb-200-distilled-600M"
    hub_id: str  # e.g. "facebook/nllb-200-distilled-600M"
    parameters: str
    download_gb: float  # approximate size of the files fetched
    memory_gb: float  # approximate RAM (fp32) to run it with transformers
    licence: str
    note: str = ""


CATALOGUE: tuple[ModelInfo, ...] = (
    ModelInfo(
        "nllb-200-distilled-600M",
        "facebook/nllb-200-distilled-600M",
        "615M",
        2.5,
        3.5,
        LICENCE_NLLB,
        "default; runs on a laptop CPU",
    ),
    ModelInfo(
        "nllb-200-distilled-1.3B",
        "facebook/nllb-200-distilled-1.3B",
        "1.37B",
        5.5,
        7.0,
        LICENCE_NLLB,
        "better quality, about twice as slow",
    ),
    ModelInfo(
        "nllb-200-1.3B",
        "facebook/nllb-200-1.3B",
        "1.37B",
        5.5,
        7.0,
        LICENCE_NLLB,
        "the non-distilled 1.3B",
    ),
    ModelInfo(
        "nllb-200-3.3B",
        "facebook/nllb-200-3.3B",
        "3.3B",
        17.6,
        15.0,
        LICENCE_NLLB,
        "best quality; needs a GPU or much patience",
    ),
)


@dataclass(frozen=True)
class ResolvedModel:
    model_id: str  # the catalogue/hub id, or the folder as given
    path: Path  # folder holding config.json, tokenizer and weights
    revision: str  # hub commit hash, or a fingerprint of a local folder's files
    info: ModelInfo | None  # catalogue entry when the model is one


def find_in_catalogue(spec: str) -> ModelInfo | None:
    key = spec.strip().lower()
    for info in CATALOGUE:
        if key in (info.id.lower(), info.hub_id.lower()):
            return info
    return None


def download_command(spec: str) -> str:
    info = find_in_catalogue(spec)
    return command("models", "download", info.id if info else spec)


def _looks_like_path(spec: str) -> bool:
    return (
        spec.startswith((".", "~", "/"))
        or "\\" in spec  # a Windows path
        or Path(spec).expanduser().exists()
        or spec.count("/") > 1
    )


def folder_revision(path: Path) -> str:
    """A fingerprint of a local model folder: its small files' content, big files' size+mtime.

    Hashing gigabytes of weights on every start would take seconds; size and
    modification time change whenever the weights are replaced.
    """
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        stat = file.stat()
        digest.update(str(file.relative_to(path)).encode())
        if stat.st_size < 1_000_000:
            digest.update(file.read_bytes())
        else:
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    return "local-" + digest.hexdigest()[:16]


def _local_folder(spec: str) -> ResolvedModel:
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise ModelError(
            f"model folder {spec} does not exist: point --model, WORKBENCH_MODEL or the model "
            "setting at a folder holding config.json, or use a catalogue id such as "
            f"{DEFAULT_MODEL}"
        )
    if not (path / "config.json").is_file():
        raise ModelError(
            f"model folder {spec} has no config.json: it is not a Hugging Face model folder "
            "(save one with save_pretrained or download one with "
            f"`{command('models', 'download')}`)"
        )
    return ResolvedModel(spec, path.resolve(), folder_revision(path), None)


def _from_hub_cache(hub_id: str) -> Path | None:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError

    try:
        return Path(snapshot_download(hub_id, local_files_only=True))
    except HFValidationError:
        raise ModelError(
            f"{hub_id!r} is neither a model folder nor a valid hub id "
            f"(like facebook/{DEFAULT_MODEL})"
        ) from None
    except (OSError, ValueError):  # LocalEntryNotFoundError is an OSError
        return None


def _is_complete(path: Path) -> bool:
    has_weights = any(path.glob("*.safetensors")) or any(path.glob("*.bin"))
    return (path / "config.json").is_file() and has_weights


def missing_model_message(spec: str) -> str:
    info = find_in_catalogue(spec)
    size = f" (about {info.download_gb:g} GB, licence {info.licence})" if info else ""
    return (
        f"model {spec} is not on this computer: run `{download_command(spec)}`{size}, "
        "or point --model, WORKBENCH_MODEL or the model setting at a local model folder"
    )


def resolve_model(
    spec: str, *, allow_download: bool = False, state: TaskState | None = None
) -> ResolvedModel:
    """Find a model's folder; download it only when allow_download is true."""
    spec = spec.strip()
    if not spec:
        raise ModelError(f"no model given: use --model with a catalogue id such as {DEFAULT_MODEL}")
    info = find_in_catalogue(spec)
    if info is None and _looks_like_path(spec):
        return _local_folder(spec)
    hub_id = info.hub_id if info else spec
    model_id = info.id if info else spec
    cached = _from_hub_cache(hub_id)
    if cached is not None and _is_complete(cached):
        return ResolvedModel(model_id, cached, cached.name, info)
    if not allow_download:
        raise ModelError(missing_model_message(model_id))
    path = download_model(hub_id, state=state)
    return ResolvedModel(model_id, path, path.name, info)


# Files a transformers NLLB checkpoint needs; weights picked separately.
_NEEDED = ["*.json", "*.model", "*.txt"]


def download_model(hub_id: str, *, state: TaskState | None = None) -> Path:
    """Download a hub model (config, tokenizer, one copy of the weights) into the hub cache."""
    from huggingface_hub import HfApi, snapshot_download
    from huggingface_hub.errors import HfHubHTTPError

    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        raise ModelError(
            f"cannot download {hub_id}: HF_HUB_OFFLINE is set; unset it, or copy the model "
            "folder to this computer and point --model at it"
        )
    if state is not None:
        state.set_status(f"downloading {hub_id}")
    try:
        # One quick request first: without a network it fails at once instead of retrying.
        info = HfApi().model_info(hub_id, timeout=15)
        files = [s.rfilename for s in info.siblings or []]
        # One copy of the weights: safetensors when the repo has them, else .bin.
        weights = ["*.safetensors"] if any(f.endswith(".safetensors") for f in files) else ["*.bin"]
        path = snapshot_download(hub_id, allow_patterns=_NEEDED + weights, etag_timeout=10)
    except HfHubHTTPError as exc:
        raise ModelError(f"cannot download {hub_id}: {first_line(exc)}") from None
    except Exception as exc:  # no network (httpx errors are not OSErrors), disk full...
        raise ModelError(
            f"cannot download {hub_id} ({first_line(exc)}): check the network, or copy the "
            "model folder to this computer and point --model at it"
        ) from None
    return Path(path)


def is_downloaded(info: ModelInfo) -> bool:
    path = _from_hub_cache(info.hub_id)
    return path is not None and _is_complete(path)
