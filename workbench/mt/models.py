"""The model catalogue and finding a model on disk.

A model spec is a catalogue id ("nllb-200-distilled-600M" or the full hub id),
any other hub id, or a local folder. resolve_model looks, in order, at a local
folder, then the workbench's own downloads (mt.download), then the Hugging Face
hub cache (never the network), then downloads,
but only when the caller allows it: `workbench models download` does, the
translate commands do not, because a translation run should never silently
start a multi-GB download; they fail with a one-line ModelError that gives the
command to run instead.

The catalogue lives here as code (not as a data file next to the package) so an
installed package always has it; models/README.md describes it for people.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from workbench.core.commands import command
from workbench.core.errors import ModelError, first_line
from workbench.core.i18n import msg
from workbench.core.task import TaskState
from workbench.mt.download import download, downloaded

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


NLLB_TYPES = ("m2m_100",)  # transformers' model_type of the NLLB-200 checkpoints
TOKENIZER_FILES = ("tokenizer.json", "sentencepiece.bpe.model")


def check_model_folder(path: Path, spec: str | None = None) -> None:
    """Raise a one-line ModelError unless `path` holds an NLLB model transformers can load:
    config.json of the NLLB architecture, a tokenizer and weights. The GUI's folder
    choice and --model FOLDER both go through here."""
    name = spec or str(path)
    if not path.is_dir():
        raise ModelError(
            msg(
                "model folder {name} does not exist: point --model, "
                "WORKBENCH_MODEL or the model setting at a folder holding "
                "config.json, or use a catalogue id such as {DEFAULT_MODEL}",
                name=name,
                DEFAULT_MODEL=DEFAULT_MODEL,
            )
        )
    config = path / "config.json"
    if not config.is_file():
        inner = sorted(p.parent.name for p in path.glob("*/config.json"))
        hint = (
            msg(" (the folder {inner} inside it has one: choose that)", inner=inner[0])
            if inner
            else ""
        )
        raise ModelError(
            msg(
                "model folder {name} has no config.json: it is not a Hugging "
                "Face model folder{hint}; choose the folder that holds "
                "config.json, the tokenizer and the weights, or download one "
                "with `{command}`",
                name=name,
                hint=hint,
                command=command("models", "download"),
            )
        )
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            msg(
                "model folder {name}: config.json cannot be read ({error}); "
                "copy or download the model again",
                name=name,
                error=first_line(exc),
            )
        ) from None
    kind = data.get("model_type") if isinstance(data, dict) else None
    if kind is None and (path / "model.bin").is_file():
        raise ModelError(
            msg(
                "model folder {name} holds a CTranslate2 conversion, not the "
                "model itself: choose the original NLLB-200 folder (the "
                "workbench converts it by itself)",
                name=name,
            )
        )
    if kind not in NLLB_TYPES:
        what = (
            msg("a {kind} model", kind=kind)
            if isinstance(kind, str)
            else msg("a model of unknown type")
        )
        raise ModelError(
            msg(
                "model folder {name} holds {what}, not NLLB-200 (m2m_100): "
                "choose a folder with an NLLB-200 model such as "
                "{DEFAULT_MODEL}",
                name=name,
                what=what,
                DEFAULT_MODEL=DEFAULT_MODEL,
            )
        )
    if not _has_weights(path):
        raise ModelError(
            msg(
                "model folder {name} has no weights (.safetensors or .bin): "
                "copy the whole model folder",
                name=name,
            )
        )
    if not any((path / f).is_file() for f in TOKENIZER_FILES):
        raise ModelError(
            msg(
                "model folder {name} has no tokenizer ({join}): copy the whole model folder",
                name=name,
                join=" or ".join(TOKENIZER_FILES),
            )
        )


def _has_weights(path: Path) -> bool:
    return any(path.glob("*.safetensors")) or any(path.glob("*.bin"))


def _local_folder(spec: str) -> ResolvedModel:
    path = Path(spec).expanduser()
    check_model_folder(path, spec)
    return ResolvedModel(spec, path.resolve(), folder_revision(path), None)


def _from_hub_cache(hub_id: str) -> Path | None:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError

    try:
        return Path(snapshot_download(hub_id, local_files_only=True))
    except HFValidationError:
        raise ModelError(
            msg(
                "{hub_id!r} is neither a model folder nor a valid hub id "
                "(like facebook/{DEFAULT_MODEL})",
                hub_id=hub_id,
                DEFAULT_MODEL=DEFAULT_MODEL,
            )
        ) from None
    except (OSError, ValueError):  # LocalEntryNotFoundError is an OSError
        return None


def _is_complete(path: Path) -> bool:
    return (path / "config.json").is_file() and _has_weights(path)


def missing_model_message(spec: str) -> str:
    info = find_in_catalogue(spec)
    size = (
        msg(" (about {gb:g} GB, licence {licence})", gb=info.download_gb, licence=info.licence)
        if info
        else ""
    )
    return msg(
        "model {spec} is not on this computer: run `{command}`{size}, "
        "or point --model, WORKBENCH_MODEL or the model setting at a local model folder",
        spec=spec,
        command=download_command(spec),
        size=size,
    )


def resolve_model(
    spec: str, *, allow_download: bool = False, state: TaskState | None = None
) -> ResolvedModel:
    """Find a model's folder; download it only when allow_download is true."""
    spec = spec.strip()
    if not spec:
        raise ModelError(
            msg(
                "no model given: use --model with a catalogue id such as {DEFAULT_MODEL}",
                DEFAULT_MODEL=DEFAULT_MODEL,
            )
        )
    info = find_in_catalogue(spec)
    if info is None and _looks_like_path(spec):
        return _local_folder(spec)
    hub_id = info.hub_id if info else spec
    model_id = info.id if info else spec
    mine = downloaded(hub_id)  # the workbench's own, resumable downloads
    if mine is not None:
        return ResolvedModel(model_id, mine[0], mine[1], info)
    cached = _from_hub_cache(hub_id)
    if cached is not None and _is_complete(cached):
        return ResolvedModel(model_id, cached, cached.name, info)
    if not allow_download:
        raise ModelError(missing_model_message(model_id))
    path = download_model(hub_id, state=state)
    return ResolvedModel(model_id, path, path.name, info)


def download_model(hub_id: str, *, state: TaskState | None = None) -> Path:
    """Download a hub model (config, tokenizer, one copy of the weights): mt.download."""
    return download(hub_id, state=state)


def is_downloaded(info: ModelInfo) -> bool:
    if downloaded(info.hub_id) is not None:
        return True
    path = _from_hub_cache(info.hub_id)
    return path is not None and _is_complete(path)
