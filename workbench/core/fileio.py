"""Writing files so that a crash or a full disk never leaves half a file.

Everything the workbench writes for the user (translated documents, TMX,
batch outputs and reports, settings) goes through here: a temporary file in
the same folder (or a given one), flushed to disk, given the permissions a
normal file gets, then renamed over the target in one step. The target is
either the old file or the whole new one, never a mix.
"""

from __future__ import annotations

import errno
import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@functools.cache
def _file_mode() -> int:
    """0o666 less the umask: what open() would have given (mkstemp gives 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def replacing(path: Path, tmp_dir: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path` atomically."""
    path = Path(path)
    directory = Path(tmp_dir) if tmp_dir is not None else path.parent
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _sync(tmp)
        os.chmod(tmp, _file_mode())
        try:
            os.replace(tmp, path)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            # The temporary folder is on another file system: copy it beside the target.
            with replacing(path) as beside:
                shutil.copyfile(tmp, beside)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes, tmp_dir: Path | None = None) -> None:
    """Write `data` to `path`: afterwards `path` is the old file or the whole new one."""
    with replacing(path, tmp_dir) as tmp:
        tmp.write_bytes(data)


def _sync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
