"""The sidecar file as found on disk: read only when it is a regular file (a FIFO or device
is refused without blocking), its fingerprint (mtime, size, inode, sha256), and whether it
changed since we last read or wrote it (another program, another Yuepi)."""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from model.errors import SidecarNotRegular, SidecarUnreadable

#: Open for reading without waiting for a writer (a FIFO); no effect on a regular file.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class Fingerprint:
    """What the sidecar on disk looked like when we last read or wrote it.

    Usually a stat settles whether the file changed, so after a save the content's
    sha256 is computed only when first asked for (from the bytes written): hashing 9 MB
    takes longer than the rest of adding an annotation."""

    __slots__ = ("mtime_ns", "size", "written", "_sha256", "_data", "ino")

    def __init__(self, mtime_ns: int, size: int, sha256: str | None = None, *,
                 data: bytes | None = None, ino: int = 0) -> None:
        if sha256 is None and data is None:
            raise ValueError("a Fingerprint needs the sha256 or the data")
        self.mtime_ns, self.size = mtime_ns, size
        #: the file's inode (0: unknown): a replaced file is a new one even when the
        #: mtime is as coarse as the kernel's tick and the size is the same
        self.ino = ino
        self._sha256, self._data = sha256, data
        #: made by save_sidecar from the bytes it wrote (so a file in our own schema)
        self.written = data is not None

    @classmethod
    def absent(cls) -> Fingerprint:
        """`expected` for a file that did not exist when we looked: any file is a change."""
        return cls(0, -1, "")

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self._data or b"").hexdigest()
            self._data = None
        return self._sha256

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fingerprint):
            return NotImplemented
        return (self.mtime_ns, self.size) == (other.mtime_ns, other.size) \
            and self.sha256 == other.sha256

    def __hash__(self) -> int:
        return hash((self.mtime_ns, self.size))

    def __repr__(self) -> str:
        return f"Fingerprint(mtime_ns={self.mtime_ns}, size={self.size})"


def fingerprint_of(path: str | os.PathLike[str]) -> Fingerprint | None:
    """The current fingerprint of a sidecar file (None when absent)."""
    read = read_fingerprinted(Path(path))
    return None if read is None else read[1]


def read_fingerprinted(path: Path) -> tuple[bytes, Fingerprint] | None:
    """The file's bytes and fingerprint (None when absent); as read_regular."""
    read = read_regular(path)
    if read is None:
        return None
    raw, st = read
    return raw, Fingerprint(st.st_mtime_ns, st.st_size, hashlib.sha256(raw).hexdigest(),
                            ino=st.st_ino)


def read_regular(path: Path, limit: int = -1) -> tuple[bytes, os.stat_result] | None:
    """The bytes (at most `limit`; -1: all) of the regular file `path` and its stat, or
    None when absent. A FIFO, device or socket raises SidecarNotRegular without blocking:
    checked before opening, opened non-blocking, checked again on the open file.
    Other failures raise SidecarUnreadable."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise SidecarUnreadable(f"{path} (a folder)")
        if not stat.S_ISREG(mode):
            raise SidecarNotRegular(str(path))
        fd = os.open(path, _READ_FLAGS)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise SidecarUnreadable(f"{path} ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):  # replaced between the check and the open
                raise SidecarNotRegular(str(path))
            raw = f.read(limit)
    except OSError as exc:
        raise SidecarUnreadable(f"{path} ({exc.strerror or exc})") from exc
    return raw, st


def sidecar_changed_on_disk(path: str | os.PathLike[str],
                            fingerprint: Fingerprint | None) -> bool:
    """Has the file changed since `fingerprint` (None: since we saw no file)?"""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return fingerprint is not None
    except OSError:
        return True
    if fingerprint is None or not stat.S_ISREG(st.st_mode):
        return True
    if same_stat(st, fingerprint):
        return False
    if st.st_size != fingerprint.size:
        return True
    read = read_fingerprinted(Path(path))
    return read is None or read[1].sha256 != fingerprint.sha256


def same_stat(st: os.stat_result, fingerprint: Fingerprint) -> bool:
    return (st.st_mtime_ns, st.st_size, st.st_ino) == (
        fingerprint.mtime_ns, fingerprint.size, fingerprint.ino or st.st_ino)
