"""The models on this computer, their sizes and licences, and their CTranslate2 copies.

What Tools > Models and `workbench models list/delete` show and act on. Models come
from three places: the workbench's own downloads (mt.download), the Hugging Face hub
cache (models fetched earlier by other tools), and a folder the user chose (the model
setting); converted CTranslate2 copies live in the cache (mt.convert) and are tied to
their model by the folder they were converted from.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.errors import ModelError
from workbench.core.i18n import msg
from workbench.mt.convert import ct2_root, read_manifest
from workbench.mt.download import MANIFEST, models_root
from workbench.mt.download import read_manifest as read_download
from workbench.mt.models import (
    LICENCE_NLLB,
    ModelInfo,
    _looks_like_path,
    check_model_folder,
    find_in_catalogue,
    resolve_model,
)

DOWNLOADED = "downloaded"  # by the workbench (deletable, re-downloadable)
HUB_CACHE = "hub cache"  # fetched by huggingface_hub into its cache (deletable)
FOLDER = "folder"  # the user's own folder: listed, never deleted here


@dataclass(frozen=True)
class ConvertedCopy:
    path: Path
    source_dir: Path
    quantization: str
    size: int


@dataclass(frozen=True)
class InstalledModel:
    name: str  # catalogue id, hub id, or the folder
    path: Path
    size: int  # bytes on disk
    licence: str
    where: str  # DOWNLOADED, HUB_CACHE or FOLDER
    licence_declared: bool = True  # False: no catalogue entry or model card says it
    hub_id: str | None = None
    revision: str = ""
    copies: tuple[ConvertedCopy, ...] = field(default=())

    @property
    def deletable(self) -> bool:
        return self.where != FOLDER


def folder_size(path: Path) -> int:
    """Bytes under `path`, symlinks followed (the hub cache links into blobs), each
    file counted once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for file in path.rglob("*"):
        try:
            stat = file.stat()
        except OSError:
            continue
        key = (stat.st_dev, stat.st_ino)
        if file.is_file() and key not in seen:
            seen.add(key)
            total += stat.st_size
    return total


def licence_of_folder(path: Path) -> str | None:
    """The licence the model card (README.md) declares, or None."""
    card = path / "README.md"
    if card.is_file():
        try:
            from huggingface_hub import ModelCard

            licence = ModelCard.load(card).data.license
        except Exception:  # noqa: BLE001 - a card we cannot read says nothing
            licence = None
        if isinstance(licence, str) and licence:
            return licence.upper() if licence.lower().startswith("cc-") else licence
    return None


def converted_copies(root: Path | None = None) -> list[ConvertedCopy]:
    root = root or ct2_root()
    found = []
    for path in sorted(root.iterdir()) if root.is_dir() else ():
        manifest = read_manifest(path)
        if manifest and isinstance(manifest.get("source_dir"), str):
            found.append(
                ConvertedCopy(
                    path,
                    Path(manifest["source_dir"]),
                    str(manifest.get("quantization", "")),
                    folder_size(path),
                )
            )
    return found


def _hub_cache_models() -> list[tuple[str, Path, str, int]]:
    """(hub id, snapshot folder, commit, size) of NLLB models in the hub cache."""
    from huggingface_hub import scan_cache_dir
    from huggingface_hub.errors import CacheNotFound

    try:
        cache = scan_cache_dir()
    except (CacheNotFound, OSError, ValueError):
        return []
    found = []
    for repo in cache.repos:
        if repo.repo_type != "model":
            continue
        for revision in repo.revisions:
            try:
                check_model_folder(revision.snapshot_path)
            except ModelError:
                continue
            found.append(
                (repo.repo_id, revision.snapshot_path, revision.commit_hash, revision.size_on_disk)
            )
    return found


def installed_models(chosen: str | None = None) -> list[InstalledModel]:
    """Every model on this computer; `chosen` (the model setting) is listed too when it
    is a folder holding an NLLB model."""
    copies = converted_copies()
    rows: list[tuple[str, Path, str, str | None, str, int | None]] = []
    root = models_root()
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        manifest = read_download(folder)
        if manifest and (folder / MANIFEST).is_file() and isinstance(manifest.get("hub_id"), str):
            hub_id = manifest["hub_id"]
            rows.append((hub_id, folder, DOWNLOADED, hub_id, manifest.get("revision", ""), None))
    for hub_id, path, commit, size in _hub_cache_models():
        rows.append((hub_id, path, HUB_CACHE, hub_id, commit, size))
    if chosen and find_in_catalogue(chosen) is None and _looks_like_path(chosen):
        path = Path(chosen).expanduser()
        try:
            check_model_folder(path)
        except ModelError:
            pass
        else:
            if not any(r[1].resolve() == path.resolve() for r in rows):
                rows.append((str(path), path, FOLDER, None, "", None))
    models = []
    for name, path, where, hub_id, revision, size in rows:
        info = find_in_catalogue(hub_id) if hub_id else None
        licence = info.licence if info else licence_of_folder(path)
        declared = licence is not None
        mine = tuple(c for c in copies if c.source_dir.resolve() == path.resolve())
        models.append(
            InstalledModel(
                info.id if info else name,
                path,
                folder_size(path) if size is None else size,
                licence or LICENCE_NLLB,  # an NLLB model's weights: NLLB's licence
                where,
                declared,
                hub_id,
                revision,
                mine,
            )
        )
    return models


def delete_model(model: InstalledModel) -> int:
    """Delete a downloaded or hub-cache model and its converted copies; the bytes freed."""
    if not model.deletable:
        raise ModelError(
            msg(
                "{path} is your own model folder: the workbench does not "
                "delete it; delete it in your file manager if you no longer "
                "need it",
                path=model.path,
            )
        )
    freed = sum(delete_copy(c) for c in model.copies)
    if model.where == HUB_CACHE:
        from huggingface_hub import scan_cache_dir

        strategy = scan_cache_dir().delete_revisions(model.revision)
        freed += strategy.expected_freed_size
        strategy.execute()
    else:
        freed += model.size
        shutil.rmtree(model.path)
        shutil.rmtree(model.path.with_name(model.path.name + ".partial"), ignore_errors=True)
    return freed


def delete_copy(copy: ConvertedCopy) -> int:
    """Delete one converted CTranslate2 copy (it is made again when next needed)."""
    shutil.rmtree(copy.path)
    return copy.size


def find_installed(spec: str, models: list[InstalledModel]) -> InstalledModel:
    """The installed model named `spec` (catalogue id, hub id or folder), or a one-line error."""
    info = find_in_catalogue(spec)
    for model in models:
        if spec in (model.name, model.hub_id, str(model.path)) or (
            info is not None and model.hub_id == info.hub_id
        ):
            return model
    names = ", ".join(m.name for m in models) or "none"
    raise ModelError(
        msg("model {spec} is not on this computer (installed: {names})", spec=spec, names=names)
    )


@dataclass(frozen=True)
class ModelStatus:
    """Whether the chosen model (the setting) can be used now, never asking the network."""

    spec: str
    info: ModelInfo | None  # its catalogue entry, if it is a catalogue model
    path: Path | None  # where it is, when it is on this computer
    problem: str = ""  # why not, when path is None

    @property
    def ready(self) -> bool:
        return self.path is not None


def model_status(spec: str) -> ModelStatus:
    try:
        resolved = resolve_model(spec)
    except ModelError as exc:
        return ModelStatus(spec, find_in_catalogue(spec), None, str(exc))
    return ModelStatus(spec, resolved.info, resolved.path)
