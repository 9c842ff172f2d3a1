"""One writer process per project: an advisory lock file next to the .wbproj.

`news.wbproj.lock` names its holder (user, host, pid, start time and what it is:
the editor window or a `workbench ...` command). While it is held, other
processes open the project read-only (the editor shows a banner naming the
holder) or wait for it (CLI writers wait for another command, and refuse at
once when an editor window holds it, which may stay open for hours).

The holder keeps an OS lock (flock on Unix, msvcrt.locking on Windows) on the
open lock file, so the kernel releases it when the process dies, kill -9
included: a lock file whose OS lock is free is stale and is taken over
silently when it was made on this host. One made on another host (a network
share) cannot be checked from here; the user may take it over explicitly.
Taking over replaces the file, and the old holder's next write notices that
the file is no longer its own and fails loudly instead of saving silently.

filelock (in the environment for huggingface_hub) truncates or hides the lock
file's contents, so it cannot carry the holder's name for the banner; this
module is small and does only what the workbench needs.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from workbench.core.errors import ProjectError
from workbench.core.i18n import msg

EDITOR = "editor"  # the purpose the editor window records
LOCK_SUFFIX = ".lock"


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    started: str  # ISO time, local
    purpose: str  # EDITOR or the command line, e.g. "workbench tmx import"

    @classmethod
    def me(cls, purpose: str) -> Holder:
        return cls(_user(), socket.gethostname(), os.getpid(), _stamp(), purpose)

    @property
    def is_editor(self) -> bool:
        return self.purpose == EDITOR

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()

    def describe(self) -> str:
        """'the editor window of alice on pc7 (pid 42, since 11:02)'."""
        since = self.started[11:16] if self.started[:10] == _stamp()[:10] else self.started[:16]
        facts = {"user": self.user, "host": self.host, "pid": self.pid, "since": since}
        if self.is_editor:
            return msg("the editor window of {user} on {host} (pid {pid}, since {since})", **facts)
        return msg(
            "`{purpose}` of {user} on {host} (pid {pid}, since {since})",
            purpose=self.purpose,
            **facts,
        )


class ProjectLocked(ProjectError):
    """Another process holds the project for writing."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        self.holder = holder
        who = holder.describe() if holder else msg("another program")
        away = holder is not None and not holder.on_this_host
        if holder is None or holder.is_editor:
            advice = (
                msg(
                    "close the project there and run this again, or if that computer no "
                    "longer uses it, take it over in the editor"
                )
                if away
                else msg("close the project there and run this again")
            )
        elif away:
            advice = msg(
                "wait for it to finish, or if that computer no longer uses it, take it "
                "over in the editor"
            )
        else:
            advice = msg("wait for it to finish")
        super().__init__(
            msg("is open for writing in {who}; {advice}", who=who, advice=advice), path=path
        )


class ProjectLock:
    """The lock file of one project, held by this process after acquire()."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.path = lock_path(project)
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None  # (st_dev, st_ino) of our file
        self.holder: Holder | None = None

    # -- asking ------------------------------------------------------------------
    def current_holder(self) -> Holder | None:
        """Who holds the lock now (None when nobody does, or only a stale file is left)."""
        fd = self._open()
        if fd is None:
            return None
        try:
            if _try_lock(fd):
                holder = read_holder(self.path)
                _unlock(fd)
                # Free: only a file left by a process that died (or made on another host).
                return None if holder is None or holder.on_this_host else holder
            return read_holder(self.path) or Holder("?", "?", 0, "", "another program")
        finally:
            os.close(fd)

    # -- taking ------------------------------------------------------------------
    def acquire(self, purpose: str, *, take_over: bool = False) -> None:
        """Hold the lock, or raise ProjectLocked naming the holder."""
        if take_over:
            self.path.unlink(missing_ok=True)
        holder: Holder | None = None
        for _attempt in range(20):
            fd = self._open(create=True)
            if fd is None:
                continue
            if not _try_lock(fd):
                os.close(fd)
                holder = read_holder(self.path)
                if holder is not None and holder.on_this_host and not _pid_alive(holder.pid):
                    # A stale record whose file someone is only peeking at (a read-only
                    # window checks every few seconds): it is free in a moment.
                    time.sleep(0.05)
                    continue
                raise ProjectLocked(self.project, holder)
            if not _same_file(fd, self.path):
                # The holder removed the file between our open and lock: try the new one.
                _unlock(fd)
                os.close(fd)
                continue
            previous = read_holder(self.path)
            if previous is not None and not previous.on_this_host and previous.pid:
                # Free here, but a machine we cannot see may still use it.
                _unlock(fd)
                os.close(fd)
                raise ProjectLocked(self.project, previous)
            self._claim(fd, Holder.me(purpose))
            return
        raise ProjectLocked(self.project, holder)

    def acquire_waiting(
        self, purpose: str, on_wait: Callable[[Holder | None, float], bool], poll: float = 0.5
    ) -> None:
        """acquire(), and while another process holds the lock, ask on_wait(holder,
        seconds waited) whether to go on waiting (False: raise ProjectLocked)."""
        begun = time.monotonic()
        while True:
            try:
                self.acquire(purpose)
                return
            except ProjectLocked as exc:
                if not on_wait(exc.holder, time.monotonic() - begun):
                    raise
            time.sleep(poll)

    def still_ours(self) -> bool:
        """Whether the lock file is still the one this process holds (cheap: one stat)."""
        if self._identity is None:
            return False
        try:
            st = os.stat(self.path)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == self._identity

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if self.still_ours():
                self.path.unlink(missing_ok=True)  # before unlocking: see acquire's _same_file
        except OSError:
            pass
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        self._identity = None

    # -- internals -----------------------------------------------------------------
    def _open(self, create: bool = False) -> int | None:
        flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_BINARY", 0)
        try:
            return os.open(self.path, flags, 0o644)
        except FileNotFoundError:
            if create:
                raise ProjectError(msg("cannot make its lock file"), path=self.path) from None
            return None
        except OSError as exc:
            if create:
                raise ProjectError(
                    msg(
                        "cannot make its lock file ({strerror}); open the project read-only",
                        strerror=exc.strerror,
                    ),
                    path=self.path,
                ) from exc
            return None

    def _claim(self, fd: int, holder: Holder) -> None:
        data = json.dumps(asdict(holder)).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        os.fsync(fd)
        st = os.fstat(fd)
        self._fd, self._identity, self.holder = fd, (st.st_dev, st.st_ino), holder


def read_holder(path: Path) -> Holder | None:
    """The holder written in a lock file (None if missing, empty or unreadable)."""
    for _attempt in range(3):  # a holder may be writing it this very moment
        try:
            raw = json.loads(path.read_bytes() or b"null")
            if raw is None:
                return None
            return Holder(
                str(raw["user"]),
                str(raw["host"]),
                int(raw["pid"]),
                str(raw["started"]),
                str(raw["purpose"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            time.sleep(0.05)
    return None


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32" or pid <= 0:  # os.kill(pid, 0) would end it on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no name for this uid (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def _stamp() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


if sys.platform == "win32":  # pragma: no cover - not run in this project's CI
    import msvcrt

    # Windows locks are mandatory: lock a byte far past the holder record, so
    # others can still read who holds it.
    _WIN_LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:  # some network filesystems say EACCES for "held"
            if exc.errno in (13, 11):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
