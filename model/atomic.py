"""Write a file so that a crash at any moment leaves either the old or the new content.

Temp file in the same folder → write → flush → fsync → (old file becomes the backup) →
os.replace → fsync of the folder. Errors are plain OSError; callers translate them.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, backup: Path | None = None) -> os.stat_result:
    """Replace `path` with `data` atomically; if `backup` is given and `path` exists, the
    previous content ends up in `backup` (itself replaced atomically). Returns the new
    file's stat (taken before the rename, which changes neither its mtime nor its size).

    Few system calls on purpose: each one lets a busy worker thread take the GIL."""
    try:
        old: os.stat_result | None = os.stat(path)
    except OSError:
        old = None
    tmp, st = _write_temp(path, data, old)
    try:
        if backup is not None and old is not None:
            with contextlib.suppress(FileNotFoundError):  # it vanished meanwhile
                _keep_backup(path, backup)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)
    return st


def _write_temp(path: Path, data: bytes, old: os.stat_result | None
                ) -> tuple[str, os.stat_result]:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _give_mode(fd, old)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
            st = os.fstat(f.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp, st


def _give_mode(fd: int, old: os.stat_result | None) -> None:
    """mkstemp creates 0600; the user's file keeps its mode, a new one gets the usual
    0666 less the umask (a sidecar is a document the user may share)."""
    if not hasattr(os, "fchmod"):
        return
    if old is not None:
        mode = old.st_mode & 0o7777
    else:
        mask = os.umask(0o022)
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):
        os.fchmod(fd, mode)


def _keep_backup(path: Path, backup: Path) -> None:
    """Make `backup` hold the current `path`: a hard link when the file system allows
    (instant, no copy), else a copy; either way via a temp name and os.replace."""
    tmp = f"{backup}.{os.getpid()}.tmp"
    try:
        _link_over(path, tmp)
    except OSError:
        shutil.copyfile(path, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
    try:
        os.replace(tmp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
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
