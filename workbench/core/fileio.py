"""Writing files so that a crash or a full disk never leaves half a file.

Everything the workbench writes for the user (translated documents, TMX,
batch outputs and reports, settings) goes through here: a temporary file in
the same folder (or a given one), flushed to disk, given the permissions a
normal file gets, then renamed over the target in one step. The target is
either the old file or the whole new one, never a mix.

A process killed while writing (kill -9, power loss) leaves its temporary file
behind: a hidden ".NAME.XXXXXXXX.workbench.tmp". The writer holds a lock on its
temporary file while it writes (the OS drops it when the process dies), so the
next write of the same target removes the temporaries nobody holds any more.
Where there are no such locks (Windows), a temporary a day old counts as abandoned.
"""

from __future__ import annotations

import errno
import functools
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@functools.cache
def _file_mode() -> int:
    """0o666 less the umask: what open() would have given (mkstemp gives 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


TMP_SUFFIX = ".workbench.tmp"
ABANDONED_AFTER_S = 24 * 3600  # without file locks only


@contextmanager
def replacing(path: Path, tmp_dir: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path` atomically."""
    path = Path(path)
    directory = Path(tmp_dir) if tmp_dir is not None else path.parent
    remove_abandoned(directory, path.name)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=directory)
    # Locked until the end: a temporary nobody holds was left by a dead writer. (Windows
    # has no such lock, and cannot rename a file that is open: close it at once there.)
    held = _lock(fd)
    if not held:
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
        if held:
            os.close(fd)


def remove_abandoned(directory: Path, name: str) -> list[Path]:
    """Remove the temporaries for target `name` in `directory` that a killed writer left."""
    removed = []
    pattern = glob.escape(f".{name}.") + "*" + glob.escape(TMP_SUFFIX)
    for candidate in Path(directory).glob(pattern):
        if _abandoned(candidate):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        return False
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return True


def _abandoned(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:
        try:
            return time.time() - path.stat().st_mtime > ABANDONED_AFTER_S
        except OSError:
            return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a live writer holds it
    finally:
        os.close(fd)  # also releases the lock just taken
    return True


def atomic_write(path: Path, data: bytes, tmp_dir: Path | None = None) -> None:
    """Write `data` to `path`: afterwards `path` is the old file or the whole new one."""
    with replacing(path, tmp_dir) as tmp:
        tmp.write_bytes(data)


def _sync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
