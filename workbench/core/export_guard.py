"""Export never replaces a file the user made or changed.

An export folder keeps a small record (.workbench-export.json) of the files the
workbench wrote there and their SHA-256. A file already at an output path may
be replaced only when the record says the workbench wrote it and it is
unchanged since: re-exporting into the same folder works, while a source file
(edited since its import or not) or an exported file someone has since edited
is never overwritten. The export then refuses before writing anything.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from workbench.core.errors import BadInput
from workbench.core.fileio import atomic_write
from workbench.core.i18n import msg

RECORD = ".workbench-export.json"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class ExportGuard:
    """What an export may overwrite in one folder."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.record_path = out_dir / RECORD
        self.written: dict[str, str] = {}
        try:
            if not self.record_path.is_symlink():
                raw = json.loads(self.record_path.read_text(encoding="utf-8"))
                self.written = {str(k): str(v) for k, v in dict(raw.get("files", {})).items()}
        except (OSError, ValueError, AttributeError, TypeError):
            self.written = {}  # no record (or a broken one): overwrite nothing

    def check(self, out: Path) -> None:
        """Raise BadInput if `out` exists and is not an unchanged earlier export."""
        if not out.exists() and not out.is_symlink():
            return
        key = self._key(out)
        if out.is_file() and not out.is_symlink() and self.written.get(key) == _digest(out):
            return
        raise BadInput(
            msg(
                "already exists and is not an unchanged earlier export (a "
                "source document, or a file changed since); nothing was "
                "written: export into another folder, or move the file away"
            ),
            path=out,
        )

    def wrote(self, out: Path) -> None:
        self.written[self._key(out)] = _digest(out)

    def save(self) -> None:
        data = json.dumps({"files": self.written}, ensure_ascii=False, indent=1)
        atomic_write(self.record_path, data.encode("utf-8"))

    def _key(self, out: Path) -> str:
        return out.relative_to(self.out_dir).as_posix()
