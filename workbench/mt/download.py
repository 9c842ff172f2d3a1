"""Download a hub model into a folder of its own: resumable, cancellable, space checked.

Why not snapshot_download: huggingface_hub 2.x resumes a broken connection only
inside one call (http_get retries with a Range header) and deletes its partial
file when the call ends (its temporary names are unique per process, see its
PR 4228). A download cancelled, or stopped by a network that stayed down, would
start again from zero: 2.5 GB for the default model on a village connection.
So each file is fetched with the hub library's own http_get into
NAME.incomplete in a staging folder that survives, and the next attempt asks
for the rest with Range. The hub library still does everything else: the API
call (file list, sizes, commit), the URLs (HF_ENDPOINT), the headers and token,
the HTTP errors, and its in-call retries.

Layout, under <cache>/models/:
    facebook--nllb-200-distilled-600M/          the model, with workbench-model.json
    facebook--nllb-200-distilled-600M.partial/  while downloading (download.json)
The staging folder is renamed into place once every file is complete, so a
half-downloaded model is never taken for a model.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlparse

from workbench.core.errors import Cancelled, ModelError, first_line
from workbench.core.i18n import msg
from workbench.core.settings import cache_dir
from workbench.core.task import TaskState

MANIFEST = "workbench-model.json"
STAGING = "download.json"
CHUNK_BYTES = 1 << 20  # bytes read at a time: Cancel takes effect within one of them
SPACE_MARGIN = 200 * 1000**2  # left free after a download (the system, a conversion's temp)
# Files a transformers NLLB checkpoint needs; one copy of the weights is picked apart.
NEEDED = ["*.json", "*.model", "*.txt"]


def models_root() -> Path:
    return cache_dir() / "models"


def model_folder(hub_id: str, root: Path | None = None) -> Path:
    return (root or models_root()) / hub_id.strip("/").replace("/", "--")


def gb(size: int) -> str:
    """A byte count as people read it on a download ("2.46 GB", "860 KB")."""
    for unit, scale in (("GB", 1000**3), ("MB", 1000**2), ("KB", 1000)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def read_manifest(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def downloaded(hub_id: str, root: Path | None = None) -> tuple[Path, str] | None:
    """(folder, hub commit) of a finished download of hub_id, or None."""
    folder = model_folder(hub_id, root)
    manifest = read_manifest(folder)
    if manifest and manifest.get("hub_id") == hub_id and isinstance(manifest.get("revision"), str):
        return folder, manifest["revision"]
    return None


@dataclass(frozen=True)
class RemoteFile:
    name: str
    size: int


@dataclass(frozen=True)
class Plan:
    """What a download fetches: the hub's commit and the files with their sizes."""

    hub_id: str
    revision: str
    files: tuple[RemoteFile, ...]

    @property
    def total(self) -> int:
        return sum(f.size for f in self.files)


def endpoint_host() -> str:
    from huggingface_hub import constants

    return urlparse(constants.ENDPOINT).netloc or constants.ENDPOINT


def network_message(hub_id: str, exc: BaseException) -> str:
    return msg(
        "cannot download {hub_id}: {host} cannot be reached ({error}); "
        "connect to the internet and try again (the download resumes where it stopped), or "
        "copy a model folder onto this computer and use it (Use a model folder… in the "
        "window, --model FOLDER on the command line)",
        hub_id=hub_id,
        host=endpoint_host(),
        error=first_line(exc),
    )


def plan_download(hub_id: str) -> Plan:
    """One API call: the files to fetch (config, tokenizer, one copy of the weights)."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError
    from huggingface_hub.utils import filter_repo_objects

    try:
        info = HfApi().model_info(hub_id, files_metadata=True, timeout=15)
    except HfHubHTTPError as exc:  # no such repository, gated, server error
        raise ModelError(
            msg("cannot download {hub_id}: {error}", hub_id=hub_id, error=first_line(exc))
        ) from None
    except Exception as exc:  # no network: httpx errors are not OSErrors
        raise ModelError(network_message(hub_id, exc)) from None
    siblings = info.siblings or []
    names = [s.rfilename for s in siblings]
    weights = ["*.safetensors"] if any(n.endswith(".safetensors") for n in names) else ["*.bin"]
    chosen = set(filter_repo_objects(names, allow_patterns=NEEDED + weights))
    files = tuple(RemoteFile(s.rfilename, s.size or 0) for s in siblings if s.rfilename in chosen)
    if not any(f.name.endswith((".safetensors", ".bin")) for f in files):
        raise ModelError(
            msg(
                "cannot download {hub_id}: the repository has no weights "
                "(.safetensors or .bin); it is not a model the workbench can "
                "use",
                hub_id=hub_id,
            )
        )
    return Plan(hub_id, info.sha or "main", files)


def free_space(folder: Path) -> tuple[Path, int]:
    """(the nearest existing folder, its free bytes): the folder may not exist yet."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return probe, shutil.disk_usage(probe).free


def check_disk_space(needed: int, folder: Path, what: str) -> None:
    """Raise a one-line ModelError when `needed` bytes (plus a margin) do not fit."""
    probe, free = free_space(folder)
    if needed + SPACE_MARGIN > free:
        raise ModelError(
            msg(
                "not enough disk space to download {what}: it needs {needed} "
                "more and {folder} has {free} free; free some space, or set "
                "WORKBENCH_CACHE_DIR to a folder on a larger disk",
                what=what,
                needed=gb(needed),
                folder=str(probe),
                free=gb(free),
            )
        )


def _staging_for(plan: Plan, final: Path) -> Path:
    """The staging folder, kept when it belongs to the same commit (its partial files
    resume), emptied when the model changed on the hub since (they would not fit)."""
    staging = final.with_name(final.name + ".partial")
    try:
        record = json.loads((staging / STAGING).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = None
    if record != {"hub_id": plan.hub_id, "revision": plan.revision}:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True, exist_ok=True)
        record = {"hub_id": plan.hub_id, "revision": plan.revision}
        (staging / STAGING).write_text(json.dumps(record), encoding="utf-8")
    return staging


def _present(plan: Plan, staging: Path) -> int:
    """Bytes already on disk: finished files and the partial ones."""
    have = 0
    for f in plan.files:
        done, partial = staging / f.name, staging / (f.name + ".incomplete")
        if done.is_file():
            have += done.stat().st_size
        elif partial.is_file():
            have += min(partial.stat().st_size, f.size)
    return have


class _Sink:
    """The partial file as http_get writes it: counts progress and checks Cancel.

    Cancelling raises before a chunk is written, so the partial file always holds a
    prefix of the real file and the next attempt resumes from its size."""

    def __init__(self, out: BinaryIO, state: TaskState, base: int, total: int) -> None:
        self._out, self._state, self._base, self._total = out, state, base, total

    def write(self, data: bytes) -> int:
        self._state.check_cancelled()
        written = self._out.write(data)
        self._state.set_progress(self._base + self._out.tell(), self._total)
        return written

    def tell(self) -> int:
        return self._out.tell()

    def seek(self, *args: int) -> int:  # http_get rewinds when a server ignores Range
        return self._out.seek(*args)

    def truncate(self, *args: int) -> int:
        return self._out.truncate(*args)


def _quiet_tqdm() -> type:
    from huggingface_hub.utils import tqdm

    class Quiet(tqdm):  # progress goes to the TaskState; no second bar on stderr
        def __init__(self, *args, **kwargs) -> None:
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)

    return Quiet


def _fetch(plan: Plan, file: RemoteFile, staging: Path, state: TaskState, base: int) -> None:
    from huggingface_hub import constants, hf_hub_url
    from huggingface_hub.errors import HfHubHTTPError
    from huggingface_hub.file_download import http_get
    from huggingface_hub.utils import build_hf_headers

    done = staging / file.name
    if done.is_file() and done.stat().st_size == file.size:
        state.set_progress(base + file.size, plan.total)
        return
    partial = staging / (file.name + ".incomplete")
    partial.parent.mkdir(parents=True, exist_ok=True)
    have = partial.stat().st_size if partial.is_file() else 0
    if have > file.size:  # not a prefix of this file: start it again
        partial.unlink()
        have = 0
    resuming = f", resuming at {gb(have)}" if have else ""
    state.set_status(f"downloading {plan.hub_id}: {file.name} ({gb(file.size)}{resuming})")
    url = hf_hub_url(plan.hub_id, file.name, revision=plan.revision)
    constants.DOWNLOAD_CHUNK_SIZE = min(constants.DOWNLOAD_CHUNK_SIZE, CHUNK_BYTES)
    try:
        with partial.open("ab") as out:
            http_get(
                url,
                _Sink(out, state, base, plan.total),  # type: ignore[arg-type]
                resume_size=have,
                headers=build_hf_headers(),
                expected_size=file.size,
                displayed_filename=file.name,
                tqdm_class=_quiet_tqdm(),
            )
    except HfHubHTTPError as exc:
        raise ModelError(
            msg("cannot download {hub_id}: {error}", hub_id=plan.hub_id, error=first_line(exc))
        ) from None
    except OSError as exc:
        if exc.errno is None:  # http_get's size check: what arrived is not the file
            partial.unlink(missing_ok=True)
            raise ModelError(
                msg(
                    "cannot download {hub_id}: {name} arrived damaged ({error}); try again",
                    hub_id=plan.hub_id,
                    name=file.name,
                    error=first_line(exc),
                )
            ) from None
        raise ModelError(
            msg(
                "cannot write {partial} ({strerror}); free disk space, or "
                "set WORKBENCH_CACHE_DIR to a folder on a larger disk",
                partial=partial,
                strerror=exc.strerror,
            )
        ) from None
    except Cancelled:
        raise  # what arrived stays in the partial file
    except Exception as exc:  # the network went away and http_get's retries gave up
        raise ModelError(network_message(plan.hub_id, exc)) from None
    os.replace(partial, done)


def download(
    hub_id: str,
    *,
    state: TaskState | None = None,
    root: Path | None = None,
    again: bool = False,
) -> Path:
    """Download hub_id into its own folder under the models root and return the folder.

    Already downloaded: returned at once, unless `again` (re-download: the files gather
    in the staging folder and replace the old copy only once all are there, so a failed
    re-download leaves the model as it was). Interrupted earlier: resumed. Cancelled
    (state.cancel()): raises Cancelled and keeps what arrived for the next attempt."""
    state = state or TaskState()
    found = downloaded(hub_id, root)
    if found is not None and not again:
        return found[0]
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        raise ModelError(
            msg(
                "cannot download {hub_id}: HF_HUB_OFFLINE is set; unset it, "
                "or copy the model folder to this computer and point --model "
                "at it",
                hub_id=hub_id,
            )
        )
    state.set_status(f"asking {endpoint_host()} about {hub_id}")
    plan = plan_download(hub_id)
    final = model_folder(hub_id, root)
    try:
        staging = _staging_for(plan, final)
    except OSError as exc:
        raise ModelError(
            msg(
                "cannot create {parent} ({strerror}); set WORKBENCH_CACHE_DIR to a writable folder",
                parent=final.parent,
                strerror=exc.strerror,
            )
        ) from None
    present = _present(plan, staging)
    check_disk_space(plan.total - present, staging, hub_id)
    state.set_progress(present, plan.total)
    base = 0
    for file in plan.files:
        state.check_cancelled()
        _fetch(plan, file, staging, state, base)
        base += file.size
    manifest = {
        "hub_id": hub_id,
        "revision": plan.revision,
        "files": {f.name: f.size for f in plan.files},
    }
    (staging / STAGING).unlink(missing_ok=True)
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    shutil.rmtree(final, ignore_errors=True)  # a broken earlier copy without a manifest
    os.replace(staging, final)
    state.set_status(f"{hub_id} downloaded")
    return final
