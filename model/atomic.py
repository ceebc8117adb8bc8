"""Every file Yuepi writes goes through this module: sidecars and their backups, review
exports, PDFs, the reviewer's dictionary, jieba's cache. A crash at any moment leaves
either the old or the new content, whole.

How: temp file in the same folder → write → flush → fsync → (old file becomes the backup) →
os.replace → fsync of the folder. `fsync=False` skips both fsyncs for files whose loss only
costs time (a cache). Errors are plain OSError; callers translate them.

A symbolic link at the target is kept: the file it points to is replaced.

Names: the temp file is `.NAME.<8 hex>.tmp` and a backup is made under `BACKUP.<pid>.tmp`,
both shortened by model.name_fit when they would not fit the file-name limit.
`remove_stale_temps` removes such leftovers of interrupted writes (and nothing else).
On Windows a rename fails now and then while a scanner or sync client holds a file: every
os.replace here is retried briefly (`Retry`, up to ~1 s) before the error is reported.

Permissions, one policy for every file: a file that exists keeps its mode (a reviewer who
made a sidecar private keeps it private); a new file gets what a plain open() gives, 0666
less the umask (the temp file is created with that mode and the system applies the umask,
where tempfile.mkstemp would make every file 0600). Windows has no such modes.

`atomic_write(path, data)` writes bytes in memory; `atomic_target(path)` is for a library
that writes the file itself (Qt's PDF writer): it yields a temp path to write and replaces
`path` with it when the block ends.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from model.name_fit import fit

#: Temp files are created as a plain open() would create the file: the umask applies.
_NEW_FILE_MODE = 0o666
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
#: A temp file untouched this long (seconds) is a leftover of an interrupted write: no
#: save takes minutes, but another program may be in the middle of one.
STALE_AFTER = 600.0
#: The tails of our temp names (the whole name is then compared with temp_name /
#: backup_temp_name); anchored at the end only, so a search stays linear.
_TEMP = re.compile(r"\.(?P<token>[0-9a-f]{8})\.tmp\Z")
_BACKUP_TEMP = re.compile(r"\.(?P<pid>[1-9][0-9]*)\.tmp\Z")
#: Windows errors an antivirus scanner or a sync client causes for a moment:
#: ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
_TRANSIENT_WINERRORS = frozenset((5, 32, 33))
T = TypeVar("T")


def is_transient(exc: OSError) -> bool:
    """A failure that goes away if retried shortly (another program holds the file)."""
    if getattr(exc, "winerror", None) in _TRANSIENT_WINERRORS:
        return True
    return os.name == "nt" and isinstance(exc, PermissionError)


@dataclass(frozen=True)
class Retry:
    """How long to keep retrying a rename that failed transiently (`is_transient`):
    sleeps of 10, 20, 40 … ms (at most 200) until `timeout` seconds have passed."""

    timeout: float = 1.0
    transient: Callable[[OSError], bool] = is_transient
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def run(self, action: Callable[[], T]) -> T:
        """`action()`, retried while it raises a transient OSError and time is left."""
        deadline = self.clock() + self.timeout
        delay = 0.01
        while True:
            try:
                return action()
            except OSError as exc:
                if not self.transient(exc) or self.clock() + delay > deadline:
                    raise
            self.sleep(delay)
            delay = min(delay * 2, 0.2)


#: The policy every replace of this module uses.
REPLACE_RETRY = Retry()


def temp_name(name: str, token: str) -> str:
    """The temp file written before it replaces `name`: `.NAME.<token>.tmp`, with NAME
    shortened (model.name_fit) when the whole would not fit."""
    return fit(name, head=".", tail=f".{token}.tmp")


def backup_temp_name(backup_name: str, pid: int) -> str:
    """The temp name a backup is made under (`BACKUP.<pid>.tmp`, shortened if needed)."""
    return fit(backup_name, tail=f".{pid}.tmp")


def atomic_write(path: Path, data: bytes, backup: Path | None = None, *,
                 fsync: bool = True, retry: Retry = REPLACE_RETRY) -> os.stat_result:
    """Replace `path` with `data` atomically; if `backup` is given and `path` exists, the
    previous content ends up in `backup` (itself replaced atomically). Returns the new
    file's stat (taken before the rename, which changes neither its mtime nor its size).

    Few system calls on purpose: each one lets a busy worker thread take the GIL. A
    rename that fails for a moment (Windows: a scanner holds the file) is retried
    (`retry`)."""
    path = _through_link(path)
    old = _stat(path)
    fd, tmp = _create_temp(path, old)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if fsync:
                os.fsync(f.fileno())
            st = os.fstat(f.fileno())
    except BaseException:
        _remove(tmp)
        raise
    _commit(tmp, path, old, backup, fsync, retry)
    return st


class TempTarget:
    """What `atomic_target` yields: write the file at `path`; `discard()` (e.g. when the
    user cancelled) leaves the target as it was."""

    __slots__ = ("path", "discarded")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.discarded = False

    def discard(self) -> None:
        self.discarded = True


@contextlib.contextmanager
def atomic_target(path: Path, backup: Path | None = None, *,
                  fsync: bool = True, retry: Retry = REPLACE_RETRY) -> Iterator[TempTarget]:
    """A temp file beside `path` (already created, empty, with the policy's mode) for a
    writer that takes a file name; when the block ends it replaces `path` as
    `atomic_write` does. If the block raises or calls `discard()`, the temp file is
    removed and `path` is left alone."""
    path = _through_link(path)
    old = _stat(path)
    fd, tmp = _create_temp(path, old)
    os.close(fd)
    target = TempTarget(Path(tmp))
    try:
        yield target
        if target.discarded:
            _remove(tmp)
            return
        if fsync:
            _fsync_file(tmp)
    except BaseException:
        _remove(tmp)
        raise
    _commit(tmp, path, old, backup, fsync, retry)


def remove_stale_temps(path: Path, backup: Path | None = None, *,
                       min_age: float = STALE_AFTER, now: float | None = None) -> list[Path]:
    """Remove what interrupted writes of `path` (and of its `backup`) left beside it:
    regular files named exactly as `temp_name(path.name, <8 hex>)` or
    `backup_temp_name(backup.name, <pid>)`, untouched for `min_age` seconds. Nothing
    else is ever removed; a file that cannot be examined or removed is left alone.
    Returns the removed paths."""
    path = _through_link(path)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        if _is_our_temp(entry.name, path.name, backup) and _old_file(entry, now - min_age):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _is_our_temp(name: str, target: str, backup: Path | None) -> bool:
    temp = _TEMP.search(name) if name.startswith(".") else None
    if temp is not None and name == temp_name(target, temp.group("token")):
        return True
    if backup is None:
        return False
    other = _BACKUP_TEMP.search(name)
    return other is not None and name == backup_temp_name(backup.name, int(other.group("pid")))


def _old_file(entry: os.DirEntry[str], cutoff: float) -> bool:
    """A regular file (not a symbolic link) last modified before `cutoff`. (A backup temp
    file is a hard link to the sidecar, so it has the sidecar's age: removing one that
    another process is about to rename only means that save keeps the older backup.)"""
    try:
        st = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff


def _through_link(path: Path) -> Path:
    """A symbolic link stays a link: the file it points to is replaced (e.g. a dictionary
    linked into a synced folder keeps receiving the words); a link to nothing yet gets
    its file. A link loop raises OSError (ELOOP) rather than being replaced by a file."""
    if not os.path.islink(path):
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        return Path(os.path.realpath(path))


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _create_temp(path: Path, old: os.stat_result | None) -> tuple[int, str]:
    """Create `.NAME.<random>.tmp` beside `path`: the mode of `old` if the file exists,
    else the mode a plain open() would give."""
    while True:
        tmp = os.path.join(path.parent, temp_name(path.name, os.urandom(4).hex()))
        try:
            fd = os.open(tmp, _TEMP_FLAGS, _NEW_FILE_MODE)
            break
        except FileExistsError:  # another writer's temp file: draw again
            continue
    if old is not None and hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):  # e.g. a file system without modes
            os.fchmod(fd, stat.S_IMODE(old.st_mode))
    return fd, tmp


def _commit(tmp: str, path: Path, old: os.stat_result | None, backup: Path | None,
            fsync: bool, retry: Retry) -> None:
    """Keep the backup, then rename the finished temp file over `path`."""
    try:
        if backup is not None and old is not None:
            with contextlib.suppress(FileNotFoundError):  # it vanished meanwhile
                _keep_backup(path, backup, retry)
        retry.run(lambda: os.replace(tmp, path))
    except BaseException:
        _remove(tmp)
        raise
    if fsync:
        _fsync_dir(path.parent)


def _remove(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _fsync_file(name: str) -> None:
    """Flush a file another writer has closed (opened for writing: Windows needs that)."""
    with open(name, "rb+") as f:
        os.fsync(f.fileno())


def _keep_backup(path: Path, backup: Path, retry: Retry) -> None:
    """Make `backup` hold the current `path`: a hard link when the file system allows
    (instant, no copy), else a copy with the same mode; either way via a temp name and
    os.replace."""
    tmp = os.path.join(backup.parent, backup_temp_name(backup.name, os.getpid()))
    try:
        _link_over(path, tmp)
    except OSError:
        shutil.copyfile(path, tmp)
        with contextlib.suppress(OSError):
            shutil.copymode(path, tmp)
        _fsync_file(tmp)
    try:
        retry.run(lambda: os.replace(tmp, backup))
    except BaseException:
        _remove(tmp)
        raise


def _link_over(path: Path, tmp: str) -> None:
    """Hard-link `path` as `tmp`, replacing a stale `tmp` left by a killed save."""
    try:
        os.link(path, tmp)
    except FileExistsError:
        os.unlink(tmp)
        os.link(path, tmp)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open folders this way)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
