"""What a batch run has finished, kept in OUT/.workbench/ so a rerun redoes only the rest.

The manifest is an append-only journal (manifest.jsonl): one JSON line per file
whose translated copy is in place, written and fsynced right after the copy was
renamed into place. A crash (even kill -9) can lose at most the line of the file
being finished, and that file is then simply done again with the same result.
A torn last line is ignored. Each line records the source's SHA-256 and the
fingerprint of the settings and model that produced the copy, so a changed
source, model or setting makes the file count as not done.

Every file the runner writes goes through atomic_write: a temporary file in
OUT/.workbench/tmp, fsynced, then renamed over the target.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from workbench.core.errors import WorkbenchError
from workbench.core.fileio import atomic_write
from workbench.core.i18n import msg

STATE_DIR = ".workbench"
MANIFEST_NAME = "manifest.jsonl"
LOCK_NAME = "lock"
MANIFEST_VERSION = 1

# Writes bytes to a path atomically; tests inject one that fails like a full disk.
Writer = Callable[[Path, bytes], None]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(settings: dict[str, Any]) -> str:
    """A short, stable hash of everything that changes what a translated file contains."""
    text = json.dumps(settings, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:24]


def dumps(value: Any) -> bytes:
    """JSON as UTF-8; a file name that is not valid UTF-8 keeps a \\udcXX escape (still JSON)."""
    return json.dumps(value, ensure_ascii=False, indent=None).encode("utf-8", "backslashreplace")


@dataclass
class ManifestEntry:
    path: str  # relative to SRC, with "/" separators
    source_sha256: str
    settings: str  # fingerprint() of what produced the copy
    output_sha256: str
    info: dict[str, Any]  # what the report says about the file (counts, flags, encoding...)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "source_sha256": self.source_sha256,
            "settings": self.settings,
            "output_sha256": self.output_sha256,
            "info": self.info,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ManifestEntry:
        return cls(
            str(raw["path"]),
            str(raw["source_sha256"]),
            str(raw["settings"]),
            str(raw["output_sha256"]),
            dict(raw.get("info") or {}),
        )


class Manifest:
    """The journal of finished files in OUT/.workbench/."""

    def __init__(self, out_dir: Path) -> None:
        self.state_dir = out_dir / STATE_DIR
        self.path = self.state_dir / MANIFEST_NAME
        self.tmp_dir = self.state_dir / "tmp"
        self.pairs_dir = self.state_dir / "pairs"
        self.entries: dict[str, ManifestEntry] = {}
        self._lock: IO[str] | None = None

    def load(self) -> None:
        """Read the journal without writing anything (a missing one is empty)."""
        self.entries = dict(self._read())

    def open(self) -> None:
        """Make the state folder ready for writing: take the folder's lock, drop a crashed
        run's temporaries and rewrite the journal compactly."""
        self.check_links()
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        shutil.rmtree(self.tmp_dir, ignore_errors=True)
        self.tmp_dir.mkdir(exist_ok=True)
        self.pairs_dir.mkdir(exist_ok=True)
        self.entries = dict(self._read())
        # Rewrite once without superseded or torn lines, so the journal does not grow forever.
        lines = [dumps({"manifest": MANIFEST_VERSION})]
        lines += [dumps(e.to_json()) for e in self.entries.values()]
        atomic_write(self.path, b"\n".join(lines) + b"\n", self.tmp_dir)

    def check_links(self, *more: str) -> None:
        """Refuse a state folder, or a file or folder in it, that is a link: through it the
        run would empty another folder's tmp/ and write its lock, journal and report
        there. `more`: other names the run writes in the state folder."""
        names = ("tmp", "pairs", LOCK_NAME, MANIFEST_NAME, *more)
        for path in (self.state_dir, *(self.state_dir / name for name in names)):
            if path.is_symlink():
                raise WorkbenchError(
                    msg(
                        "is a link (to {readlink}); a batch keeps its state only "
                        "inside the output folder and does not write through links: "
                        "remove the link, or choose another output folder",
                        readlink=os.readlink(path),
                    ),
                    path=path,
                )

    def _take_lock(self) -> None:
        """One run at a time per output folder; the OS drops the lock if the process dies."""
        try:
            import fcntl
        except ImportError:  # Windows: no lock
            return
        handle = open(self.state_dir / LOCK_NAME, "w")  # noqa: SIM115 - held until close()
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise WorkbenchError(
                msg("another batch run is writing to this folder; wait for it to finish"),
                path=self.state_dir.parent,
            ) from None
        self._lock = handle

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _read(self) -> Iterator[tuple[str, ManifestEntry]]:
        try:
            raw = self.path.read_bytes()
        except OSError:  # none yet, or an output folder that cannot be read: nothing is done
            return
        for line in raw.splitlines():
            try:
                item = json.loads(line.decode("utf-8"))
                if "manifest" in item:
                    continue
                entry = ManifestEntry.from_json(item)
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a line torn by a crash, or not ours
            yield entry.path, entry

    def is_done(self, rel: str, source_sha256: str, settings: str, output: Path) -> bool:
        """True when `rel` was finished from this very source with these settings and its
        translated copy is still there, unchanged."""
        entry = self.entries.get(rel)
        if entry is None or entry.source_sha256 != source_sha256 or entry.settings != settings:
            return False
        try:
            return output.is_file() and sha256_file(output) == entry.output_sha256
        except OSError:
            return False

    def record(self, entry: ManifestEntry) -> None:
        """Append one finished file; fsync, so a line once written survives a crash."""
        with open(self.path, "ab") as f:
            f.write(dumps(entry.to_json()) + b"\n")
            f.flush()
            os.fsync(f.fileno())
        self.entries[entry.path] = entry

    def pairs_path(self, rel: str) -> Path:
        return self.pairs_dir / (
            hashlib.sha256(rel.encode("utf-8", "surrogateescape")).hexdigest()[:32] + ".json"
        )
