"""The sidecar file `<report name>.annotations.json`: load, save, open with re-anchoring.

The reviewer's work must never be lost:
- saving is atomic (model.atomic) and keeps the previous file as `….annotations.json.bak`;
- a file that cannot be parsed or fails the schema is never overwritten: it is moved aside
  to `….annotations.corrupt-YYYYmmdd-HHMMSS.json`; what can be salvaged from it is loaded
  (model.sidecar.salvage), else the reviewer starts empty;
- a file from a newer Yuepi opens read-only and saving over it is refused;
- only regular files are read: a FIFO or device is refused (SidecarNotRegular), never
  opened in blocking mode, moved or written over;
- a fingerprint (mtime, size, sha256) lets the caller notice changes by other programs.
The format is in docs/sidecar.md and resources/sidecar.schema.json; the file names (also
for report names too long to add `.annotations.json` to) in model/sidecar/names.py.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from model.annotations import AnnotationSet
from model.atomic import REPLACE_RETRY, atomic_write, remove_stale_temps
from model.errors import (
    SidecarChangedOnDisk,
    SidecarCorrupt,
    SidecarError,
    SidecarNotRegular,
    SidecarTooNew,
    SidecarUnreadable,
    SidecarUnwritable,
)
from model.report.loading import Report
from model.sidecar.anchoring import AnchorSummary, anchor_annotations
from model.sidecar.dump import RenderCache, dump_bytes
from model.sidecar.format import (
    SCHEMA_VERSION,
    SidecarData,
    SourceInfo,
    from_json_dict,
    to_json_dict,
)
from model.sidecar.lock import write_lock
from model.sidecar.names import SUFFIX, backup_path, corrupt_path, lock_path, sidecar_path
from model.sidecar.salvage import SidecarProblem
from model.surrogates import may_hold_surrogates

__all__ = [
    "SUFFIX", "AnnotationsOpened", "Fingerprint", "RenderCache", "SidecarData",
    "SidecarProblem", "SourceInfo", "backup_path", "fingerprint_of", "from_json_dict",
    "load_sidecar", "lock_path", "open_annotations", "read_regular", "save_sidecar",
    "sidecar_path", "sidecar_changed_on_disk", "to_json_dict",
]

#: Open for reading without waiting for a writer (a FIFO); no effect on a regular file.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
#: How a file we wrote starts and ends; anything else is fully checked before overwriting.
_OUR_HEAD = re.compile(rb'\A\{\n  "schema": (\d+),\n')
_OUR_TAIL = b"\n}\n"
#: Where our own files open their annotations array, and the JSON whitespace around items.
_ARRAY_OPEN = '\n  "annotations": [\n'
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
#: Texts at least this long are parsed an annotation at a time (_loads).
_PIECEWISE_CHARS = 500_000


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


@dataclass
class AnnotationsOpened:
    """Result of open_annotations. `quarantined` is where a damaged sidecar was moved
    (and `problem` says what was wrong); `read_only` means a newer schema. `problems`
    lists what a partly damaged file had wrong: its readable annotations were salvaged
    into `annotation_set` (and the file itself was moved aside). `repaired` counts lone
    surrogates replaced with U+FFFD."""

    path: Path
    annotation_set: AnnotationSet = field(default_factory=AnnotationSet)
    summary: AnchorSummary = field(default_factory=AnchorSummary)
    read_only: bool = False
    quarantined: Path | None = None
    fingerprint: Fingerprint | None = None
    problem: str = ""
    skipped: int = 0  # annotations of a newer-schema file that could not be read
    #: After a quarantine: the previous version (`.bak`) if it is readable, so the GUI
    #: can offer to restore it (load_sidecar(backup), then save).
    backup: Path | None = None
    problems: list[SidecarProblem] = field(default_factory=list)
    repaired: int = 0

    @property
    def salvaged(self) -> bool:
        """A partly damaged file was moved aside and its readable part loaded."""
        return bool(self.problems)


def load_sidecar(path: str | os.PathLike[str], *, allow_newer: bool = False
                 ) -> SidecarData | None:
    """The parsed sidecar, or None when there is none. A partly damaged file is salvaged
    (`problems`; nothing is moved here). Raises SidecarCorrupt, SidecarUnreadable
    (SidecarNotRegular for a FIFO or device), or SidecarTooNew (unless `allow_newer`:
    then read what we can)."""
    read = _read(Path(path))
    return None if read is None else parse_sidecar(read[0], allow_newer=allow_newer)


def parse_sidecar(raw: bytes, *, allow_newer: bool = False) -> SidecarData:
    """Bytes of a sidecar file → SidecarData (SidecarCorrupt on any damage)."""
    if not raw.strip():
        raise SidecarCorrupt("the file is empty")
    ours = _looks_like_ours(raw)
    try:
        data = _loads(raw.decode("utf-8-sig"), ours)
    except UnicodeDecodeError as exc:
        raise SidecarCorrupt(f"not UTF-8 at byte {exc.start}") from exc
    except json.JSONDecodeError as exc:
        raise SidecarCorrupt(f"not JSON ({exc.msg}, line {exc.lineno})") from exc
    except RecursionError as exc:
        raise SidecarCorrupt("nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise SidecarCorrupt(f"not JSON ({str(exc)[:100]})") from exc
    try:
        return from_json_dict(data, allow_newer=allow_newer,
                              repair_text=may_hold_surrogates(raw), ours=ours)
    except RecursionError as exc:
        raise SidecarCorrupt("nested too deeply") from exc


def _loads(text: str, ours: bool) -> object:
    """json.loads(text); a large file as Yuepi writes it an annotation at a time: one
    json.loads of a 9 MB sidecar (10,000 annotations) is a single C call holding the GIL
    for 40–110 ms — a pause of the window while its worker thread reads the sidecar."""
    if ours and len(text) >= _PIECEWISE_CHARS:
        data = _loads_in_pieces(text)
        if data is not None:
            return data
    return json.loads(text)


def _loads_in_pieces(text: str) -> dict[str, object] | None:
    """The same as json.loads(text) for our own layout (the annotations array opened on
    a line of its own at the top level), parsing each annotation with its own call; None
    when the text is not laid out so or is not valid JSON (json.loads then decides and
    says where)."""
    at = text.find(_ARRAY_OPEN)
    if at < 0 or text.find(_ARRAY_OPEN, at + 1) >= 0:
        return None
    decoder = json.JSONDecoder()
    items: list[object] = []
    try:
        position = _after_space(text, at + len(_ARRAY_OPEN))
        if not text.startswith("]", position):
            while True:
                item, position = decoder.raw_decode(text, position)
                items.append(item)
                position = _after_space(text, position)
                if not text.startswith(",", position):
                    break
                position = _after_space(text, position + 1)
            if not text.startswith("]", position):
                return None
        shell = json.loads(text[:at] + '\n  "annotations": []' + text[position + 1:])
    except (ValueError, RecursionError):
        return None
    if not isinstance(shell, dict) or shell.get("annotations") != []:
        return None  # the array found was not the top level's (last) "annotations"
    shell["annotations"] = items
    return shell


def _after_space(text: str, position: int) -> int:
    found = _JSON_SPACE.match(text, position)
    return found.end() if found is not None else position


def open_annotations(report: Report) -> AnnotationsOpened:
    """Load the report's sidecar and place its annotations on the report's text.

    Absent → empty set. Damaged → moved aside, empty set, `quarantined` set. Partly
    damaged → moved aside too, its readable annotations in the set, `problems` listing
    the rest (the caller should save the set soon: no sidecar is left in place). Newer
    schema → `read_only`. Raises SidecarUnreadable (SidecarNotRegular: left alone), or
    SidecarCorrupt when a damaged file cannot be moved aside (it is then left exactly as
    it was).
    """
    path = sidecar_path(report.path)
    read = _read(path)
    if read is None:
        return AnnotationsOpened(path)
    raw, fingerprint = read
    try:
        data = parse_sidecar(raw, allow_newer=True)
    except SidecarCorrupt as exc:
        return AnnotationsOpened(path, quarantined=quarantine(path), problem=str(exc),
                                 backup=_usable_backup(path))
    placed, summary = anchor_annotations(report.text, data.annotation_set,
                                         old_length=data.source.length,
                                         old_sha256=data.source.sha256)
    opened = AnnotationsOpened(path, placed, summary, read_only=data.schema > SCHEMA_VERSION,
                               fingerprint=fingerprint, skipped=data.skipped,
                               problems=data.problems, repaired=data.repaired)
    if data.problems:  # keep the original, byte for byte; the next save writes the rest
        opened.quarantined, opened.fingerprint = quarantine(path), None
        opened.problem = "; ".join(p.describe() for p in data.problems[:3])
    return opened


def save_sidecar(path: str | os.PathLike[str], report: Report | SourceInfo,
                 annotation_set: AnnotationSet, *, expected: Fingerprint | None = None,
                 cache: RenderCache | None = None, locked: bool = False) -> Fingerprint:
    """Write the sidecar atomically (previous version → `.bak`); return its fingerprint.

    Refuses (SidecarTooNew) to overwrite a newer-schema file; moves a damaged one aside
    first. With `expected` (the fingerprint from open or the last save), raises
    SidecarChangedOnDisk if another program changed the file meanwhile.
    SidecarUnwritable when the folder or disk refuses the write. Pass the same `cache`
    to every save of one report to skip re-encoding unchanged annotations.
    The check and the write happen under the sidecar's write lock (model.sidecar.lock;
    SidecarBusy if another writer keeps it); `locked`: the caller holds it already.
    """
    path = Path(path)
    data = dump_bytes(report, annotation_set, cache)
    backup = backup_path(path)
    with contextlib.nullcontext() if locked else write_lock(path):  # check + replace: one step
        _check_before_overwrite(path, expected)
        try:
            st = atomic_write(path, data, backup)
        except OSError as exc:
            raise SidecarUnwritable(f"{path} ({exc.strerror or exc})") from exc
    remove_stale_temps(path, backup)  # left by saves that were interrupted
    return Fingerprint(st.st_mtime_ns, st.st_size, data=data, ino=st.st_ino)


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
    if _same_stat(st, fingerprint):
        return False
    if st.st_size != fingerprint.size:
        return True
    read = _read(Path(path))
    return read is None or read[1].sha256 != fingerprint.sha256


def quarantine(path: Path) -> Path:
    """Move a damaged sidecar aside under a new, timestamped name; return that name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        target = corrupt_path(path, stamp, n)
        if os.path.lexists(target):
            continue
        try:
            REPLACE_RETRY.run(functools.partial(os.rename, path, target))
        except OSError as exc:
            raise SidecarCorrupt(f"{path} (and it cannot be moved aside: "
                                 f"{exc.strerror or exc})") from exc
        return target
    raise SidecarCorrupt(f"{path} (too many damaged copies beside it)")


def _usable_backup(path: Path) -> Path | None:
    backup = backup_path(path)
    try:
        return backup if load_sidecar(backup) is not None else None
    except SidecarError:
        return None


def fingerprint_of(path: str | os.PathLike[str]) -> Fingerprint | None:
    """The current fingerprint of a sidecar file (None when absent)."""
    read = _read(Path(path))
    return None if read is None else read[1]


def _read(path: Path) -> tuple[bytes, Fingerprint] | None:
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


def _check_before_overwrite(path: Path, expected: Fingerprint | None) -> None:
    """Never overwrite a damaged or newer file; with `expected`, refuse a changed one."""
    try:
        st = os.stat(path)
    except OSError:
        return  # absent (or unreachable: the write will report it)
    if expected is not None and _same_stat(st, expected) and (
            expected.written or _head_is_ours(path)):
        return  # as we wrote it (a stat suffices, as in sidecar_changed_on_disk)
    read = _read(path)
    if read is None:
        return
    raw, current = read
    # a file as this version writes it, where we expect one: changed or not is settled
    # by its hash below. Otherwise (keep mine, Save As …) it is read in full.
    if expected is None or not _looks_like_ours(raw):
        try:
            damaged = bool(parse_sidecar(raw, allow_newer=True).problems)
        except SidecarCorrupt:
            damaged = True
        if damaged:  # even partly: what salvage left out stays in the file moved aside
            quarantine(path)
            return
    version = _our_version(raw)
    if version is not None and version > SCHEMA_VERSION:
        raise SidecarTooNew(str(path))
    if expected is not None and current.sha256 != expected.sha256:
        raise SidecarChangedOnDisk(str(path))


def _same_stat(st: os.stat_result, fingerprint: Fingerprint) -> bool:
    return (st.st_mtime_ns, st.st_size, st.st_ino) == (
        fingerprint.mtime_ns, fingerprint.size, fingerprint.ino or st.st_ino)


def _head_is_ours(path: Path) -> bool:
    """Cheap check that the file starts like one this version wrote."""
    try:
        read = read_regular(path, 64)
    except SidecarError:
        return False
    head = None if read is None else _OUR_HEAD.match(read[0])
    if head is None:
        return False
    return int(head.group(1)) <= SCHEMA_VERSION


def _looks_like_ours(raw: bytes) -> bool:
    head = _OUR_HEAD.match(raw)
    return head is not None and int(head.group(1)) <= SCHEMA_VERSION and raw.endswith(
        _OUR_TAIL)


def _our_version(raw: bytes) -> int | None:
    """The schema number of a parseable file (None if it has no integer one)."""
    head = _OUR_HEAD.match(raw)
    if head is not None:
        return int(head.group(1))
    try:
        version = json.loads(raw.decode("utf-8-sig")).get("schema")
    except (ValueError, AttributeError, RecursionError):
        return None
    return version if type(version) is int else None
