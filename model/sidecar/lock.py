"""Advisory locks beside a sidecar: who is editing it, and one writer at a time.

Two locks with two jobs (plain Python, POSIX and Windows, no third-party package):

* **Editing lock** (`EditingLock`, file `NAME.annotations.json.lock`): held by a window
  for as long as the report is open for editing, so that a second window or instance
  opens it read-only and says who has it. A small JSON file (pid, host, user, app, start
  time, a random token) created with O_CREAT|O_EXCL. It is only advice: data safety does
  not depend on it (the write lock and the three-way merge do). It is *stale* when
  - it names this host and a process that is no longer running (a crash), or
  - it was not refreshed for `STALE_AFTER_S` (10 min): the holder touches its mtime every
    `REFRESH_EVERY_S` (2 min), so this covers another host that crashed or lost the
    share, and a pid reused by an unrelated process after a reboot, or
  - its content cannot be read and it is older than `GARBLED_GRACE_S` (a crash between
    creating and writing it).
  A stale lock is taken over without asking (moved aside under a unique name first, so
  two takers cannot both win).
* **Write lock** (`write_lock(sidecar)`, file `.NAME.annotations.json.wlock`): held around
  each save's check-then-replace, and around a merge's read-merge-save, so two writers
  (two windows, a window and `main.py merge`, two processes) never interleave. An OS lock
  on the whole file (`fcntl.flock` on POSIX, `msvcrt.locking` on Windows): the system
  releases it when the holder dies, so it never goes stale, and it excludes other open
  files of the same process too (two windows in one process). The file is removed after
  use; a waiter that locked a file removed meanwhile notices (another inode) and retries.
  Where the file cannot be created or the file system has no locks, the save goes ahead
  unlocked, as before (the write itself then reports an unwritable folder).

File names: `lock_path` / `write_lock_path` below. The sidecar names module
(model/sidecar/names.py, shortening names past 255 bytes) replaces them when merged.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
import sys
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from model.errors import SidecarBusy
from model.sidecar.names import lock_path, write_lock_path
from model.sidecar.processes import pid_alive

#: The holder touches the editing lock this often (the window's timer uses it).
REFRESH_EVERY_S = 120
#: An editing lock not touched for this long is stale (five missed refreshes).
STALE_AFTER_S = 600
#: An editing lock whose content cannot be read is left alone this long (being written).
GARBLED_GRACE_S = 10
#: How long a save waits for another writer's write lock before giving up (SidecarBusy).
WRITE_WAIT_S = 10.0
#: How long a lock file that cannot be opened is retried on Windows before going unlocked.
_PENDING_S = 0.5
_NO_WAIT = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_WAIT


@dataclass(frozen=True)
class LockInfo:
    """What an editing lock says about its holder. `age_s`: since its last refresh."""

    pid: int
    host: str
    user: str
    app: str
    started: str  # ISO 8601, UTC
    token: str
    age_s: float = field(default=0.0, compare=False)

    def started_local(self) -> datetime | None:
        """The start time in local time (None if unreadable), for "since 14:02"."""
        try:
            return datetime.fromisoformat(self.started).astimezone()
        except (ValueError, OverflowError, OSError):  # not a time, or out of range
            return None

    def same_host(self) -> bool:
        return self.host.casefold() == socket.gethostname().casefold()


class LockHeld(Exception):
    """The editing lock is held by a live holder (`holder`)."""

    def __init__(self, holder: LockInfo) -> None:
        super().__init__(f"{holder.host} pid {holder.pid}")
        self.holder = holder


class EditingLock:
    """An editing lock this process holds. `acquire` takes it; `refresh` keeps it fresh;
    `release` (or the end of the process, see weakref.finalize) removes it."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path, self.info = path, info
        self._finalizer = weakref.finalize(self, _remove_if_ours, path, info.token,
                                           os.getpid())

    @classmethod
    def acquire(cls, sidecar: Path, *, app: str = "", force: bool = False) -> EditingLock:
        """Take the editing lock of `sidecar`: free or stale → ours. Held by a live
        holder → LockHeld, unless `force` (take it anyway: the reviewer knows better).
        OSError when the lock file cannot be created at all (a read-only folder)."""
        path = lock_path(sidecar)
        for _ in range(20):
            info = _new_info(app)
            if _create(path, info):
                return cls(path, info)
            if not _is_file(path):  # a folder or a pipe in the way: no lock here
                raise FileExistsError(errno.EEXIST, "not a regular file", str(path))
            holder = read_lock(path)
            if holder is None:
                continue  # released meanwhile
            if is_live(holder) and not force:
                raise LockHeld(holder)
            _move_aside(path, holder)
        raise LockHeld(read_lock(path) or _new_info(app))  # taken again and again

    def holds(self) -> bool:
        """Is the lock file still ours (not taken over as stale or by force)?"""
        current = read_lock(self.path)
        return current is not None and current.token == self.info.token

    def refresh(self) -> bool:
        """Touch the lock so others see it live; re-create it if it vanished. False when
        someone else holds it now (we lost it)."""
        if self.holds():
            with contextlib.suppress(OSError):
                os.utime(self.path)
            return True
        return _create(self.path, self.info)

    def release(self) -> None:
        """Remove the lock if it is still ours."""
        self._finalizer()


def read_lock(path: Path) -> LockInfo | None:
    """The editing lock at `path` (None when there is none). Content that cannot be read
    gives a LockInfo with pid 0 (live for GARBLED_GRACE_S, then stale)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NO_WAIT)  # a pipe in the way must not block
        with os.fdopen(fd, "rb") as f:
            raw = f.read(4096)
            age = time.time() - os.fstat(f.fileno()).st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo(0, "", "", "", "", "", 0.0)  # unreadable: treat as held
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data.get("user", "")),
                        str(data.get("app", "")), str(data.get("started", "")),
                        str(data["token"]), age)
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
        return LockInfo(0, "", "", "", "", "", age)


def is_live(info: LockInfo) -> bool:
    """Does the holder still count (see the module docstring for the rules)?"""
    if not info.token:
        return info.age_s < GARBLED_GRACE_S
    if info.age_s > STALE_AFTER_S:
        return False
    return pid_alive(info.pid) if info.same_host() else True


def _is_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True  # gone meanwhile: try again
    except OSError:
        return False


def holder_of(sidecar: Path) -> LockInfo | None:
    """Who holds the editing lock of `sidecar` now (None: free or stale)."""
    info = read_lock(lock_path(sidecar))
    return info if info is not None and is_live(info) else None


def _new_info(app: str) -> LockInfo:
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment
        user = ""
    started = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    return LockInfo(os.getpid(), socket.gethostname(), user, app, started,
                    os.urandom(8).hex())


def _create(path: Path, info: LockInfo) -> bool:
    """Create the lock file with `info`, atomically; False if one exists."""
    try:
        fd = os.open(path, _FLAGS, 0o644)
    except FileExistsError:
        return False
    data = {"app": info.app, "user": info.user, "host": info.host, "pid": info.pid,
            "started": info.started, "token": info.token}
    with os.fdopen(fd, "wb") as f:
        f.write(json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n")
    return True


def _move_aside(path: Path, judged: LockInfo | None) -> None:
    """Take a stale (or forced) lock out of the way. Renamed to a unique name first, so
    of two processes that judged it stale only one moves it; if what was moved is not
    the lock that was judged (someone took it over meanwhile), it is put back."""
    aside = path.with_name(f"{path.name}.{os.urandom(4).hex()}.stale")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return  # the holder released it, or another taker moved it: try again
    moved = read_lock(aside)
    if judged is not None and moved is not None and moved.token != judged.token:
        _rename_no_replace(aside, path)  # a fresh lock: give it back
    with contextlib.suppress(OSError):
        os.unlink(aside)


def _rename_no_replace(src: Path, dst: Path) -> None:
    """Rename unless `dst` exists (Windows' rename never replaces; POSIX: link+unlink)."""
    with contextlib.suppress(OSError):
        if os.name == "nt":
            os.rename(src, dst)
            return
        try:
            os.link(src, dst)
        except FileExistsError:
            return
        except OSError:  # no hard links here (FAT, some shares): a plain rename
            os.rename(src, dst)
            return
        os.unlink(src)


def _remove_if_ours(path: Path, token: str, pid: int) -> None:
    if os.getpid() != pid:
        return  # a forked child exiting: the lock is its parent's
    current = read_lock(path)
    if current is not None and current.token == token:
        with contextlib.suppress(OSError):
            os.unlink(path)


# --- the write lock ----------------------------------------------------------------------
@contextlib.contextmanager
def write_lock(sidecar: Path, wait_s: float = WRITE_WAIT_S) -> Iterator[None]:
    """Hold the write lock of `sidecar` for the block (see the module docstring).
    SidecarBusy when another writer holds it for longer than `wait_s`."""
    path = write_lock_path(_through_link(sidecar))
    fd = _lock(path, wait_s)
    try:
        yield
    finally:
        if fd is not None:
            _unlock(fd, path)


def _through_link(path: Path) -> Path:
    """A sidecar that is a symbolic link is written where it points: lock there."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _lock(path: Path, wait_s: float) -> int | None:
    """An open, locked descriptor of the lock file at `path`; None when locking is not
    possible here (the caller goes on unlocked)."""
    start = time.monotonic()
    deadline = start + wait_s
    pause = 0.0005
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _NO_WAIT, 0o644)
        except PermissionError:
            # Windows: a lock file removed while a scanner had it open is "delete
            # pending" for a moment; anywhere: a read-only folder (the write says so)
            if os.name != "nt" or time.monotonic() - start > min(wait_s, _PENDING_S):
                return None
            time.sleep(pause)
            continue
        except OSError:
            return None
        got = _try_lock(fd)
        if got is None:  # no locks on this file system: nobody waits on the file
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(path)
            return None
        if got and _same_file(fd, path):
            return fd
        if got:
            _release(fd)
        os.close(fd)
        if time.monotonic() > deadline:
            raise SidecarBusy(str(path))
        time.sleep(pause)
        pause = min(pause * 2, 0.02)


def _same_file(fd: int, path: Path) -> bool:
    """Is the locked file still the one at `path` (not removed by the last holder)?"""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _unlock(fd: int, path: Path) -> None:
    """Remove the file while locked (POSIX: waiters see another inode and retry), then
    unlock. Windows cannot remove an open file: unlock, close, then try."""
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.unlink(path)
    _release(fd)
    os.close(fd)
    if os.name == "nt":
        with contextlib.suppress(OSError):  # another writer has it open: it stays
            os.unlink(path)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool | None:
        """True: locked; False: another holder; None: never (not on Windows)."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool | None:
        """True: locked; False: another holder; None: this file system has no locks."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            return False if exc.errno in (errno.EAGAIN, errno.EACCES) else None
        return True

    def _release(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
