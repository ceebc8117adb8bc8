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


def atomic_write(path: Path, data: bytes, backup: Path | None = None) -> None:
    """Replace `path` with `data` atomically; if `backup` is given and `path` exists, the
    previous content ends up in `backup` (itself replaced atomically)."""
    tmp = _write_temp(path, data)
    try:
        if backup is not None and path.exists():
            _keep_backup(path, backup)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _write_temp(path: Path, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _give_mode(fd, path)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _give_mode(fd: int, path: Path) -> None:
    """mkstemp creates 0600; the user's file keeps its mode, a new one gets the usual
    0666 less the umask (a sidecar is a document the user may share)."""
    if not hasattr(os, "fchmod"):
        return
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):
        os.fchmod(fd, mode)


def _keep_backup(path: Path, backup: Path) -> None:
    """Make `backup` hold the current `path`: a hard link when the file system allows
    (instant, no copy), else a copy; either way via a temp name and os.replace."""
    tmp = f"{backup}.{os.getpid()}.tmp"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    try:
        os.link(path, tmp)
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
