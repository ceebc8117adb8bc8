"""Every file Yuepi writes goes through this module: sidecars and their backups, review
exports, PDFs, the reviewer's dictionary, jieba's cache. A crash at any moment leaves
either the old or the new content, whole.

How: temp file in the same folder → write → flush → fsync → (old file becomes the backup) →
os.replace → fsync of the folder. `fsync=False` skips both fsyncs for files whose loss only
costs time (a cache). Errors are plain OSError; callers translate them.

A symbolic link at the target is kept: the file it points to is replaced.

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
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

#: Temp files are created as a plain open() would create the file: the umask applies.
_NEW_FILE_MODE = 0o666
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def atomic_write(path: Path, data: bytes, backup: Path | None = None, *,
                 fsync: bool = True) -> os.stat_result:
    """Replace `path` with `data` atomically; if `backup` is given and `path` exists, the
    previous content ends up in `backup` (itself replaced atomically). Returns the new
    file's stat (taken before the rename, which changes neither its mtime nor its size).

    Few system calls on purpose: each one lets a busy worker thread take the GIL."""
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
    _commit(tmp, path, old, backup, fsync)
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
                  fsync: bool = True) -> Iterator[TempTarget]:
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
    _commit(tmp, path, old, backup, fsync)


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
        tmp = os.path.join(path.parent, f".{path.name}.{os.urandom(4).hex()}.tmp")
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
            fsync: bool) -> None:
    """Keep the backup, then rename the finished temp file over `path`."""
    try:
        if backup is not None and old is not None:
            with contextlib.suppress(FileNotFoundError):  # it vanished meanwhile
                _keep_backup(path, backup)
        os.replace(tmp, path)
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


def _keep_backup(path: Path, backup: Path) -> None:
    """Make `backup` hold the current `path`: a hard link when the file system allows
    (instant, no copy), else a copy with the same mode; either way via a temp name and
    os.replace."""
    tmp = f"{backup}.{os.getpid()}.tmp"
    try:
        _link_over(path, tmp)
    except OSError:
        shutil.copyfile(path, tmp)
        with contextlib.suppress(OSError):
            shutil.copymode(path, tmp)
        _fsync_file(tmp)
    try:
        os.replace(tmp, backup)
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
