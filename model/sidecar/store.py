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
Reading the file and its fingerprint: model/sidecar/on_disk.py; parsing its JSON:
model/sidecar/json_pieces.py; its bytes: model/sidecar/dump.py. The format is in
docs/sidecar.md and resources/sidecar.schema.json; the file names (also for report names
too long to add `.annotations.json` to) in model/sidecar/names.py.
"""
from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from model.annotations import AnnotationSet
from model.atomic import REPLACE_RETRY, atomic_write, remove_stale_temps
from model.errors import (
    SidecarChangedOnDisk,
    SidecarCorrupt,
    SidecarError,
    SidecarTooNew,
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
from model.sidecar.json_pieces import loads
from model.sidecar.lock import write_lock
from model.sidecar.names import SUFFIX, backup_path, corrupt_path, lock_path, sidecar_path
from model.sidecar.on_disk import (
    Fingerprint,
    fingerprint_of,
    read_fingerprinted,
    read_regular,
    same_stat,
    sidecar_changed_on_disk,
)
from model.sidecar.salvage import SidecarProblem
from model.surrogates import may_hold_surrogates

__all__ = [
    "SUFFIX", "AnnotationsOpened", "Fingerprint", "RenderCache", "SidecarData",
    "SidecarProblem", "SourceInfo", "backup_path", "fingerprint_of", "from_json_dict",
    "load_sidecar", "lock_path", "open_annotations", "read_regular", "save_sidecar",
    "sidecar_path", "sidecar_changed_on_disk", "to_json_dict",
]

#: How a file we wrote starts and ends; anything else is fully checked before overwriting.
_OUR_HEAD = re.compile(rb'\A\{\n  "schema": (\d+),\n')
_OUR_TAIL = b"\n}\n"


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
    read = read_fingerprinted(Path(path))
    return None if read is None else parse_sidecar(read[0], allow_newer=allow_newer)


def parse_sidecar(raw: bytes, *, allow_newer: bool = False) -> SidecarData:
    """Bytes of a sidecar file → SidecarData (SidecarCorrupt on any damage)."""
    if not raw.strip():
        raise SidecarCorrupt("the file is empty")
    ours = _looks_like_ours(raw)
    try:
        data = loads(raw.decode("utf-8-sig"), ours)
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
    read = read_fingerprinted(path)
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


def _check_before_overwrite(path: Path, expected: Fingerprint | None) -> None:
    """Never overwrite a damaged or newer file; with `expected`, refuse a changed one."""
    try:
        st = os.stat(path)
    except OSError:
        return  # absent (or unreachable: the write will report it)
    if expected is not None and same_stat(st, expected) and (
            expected.written or _head_is_ours(path)):
        return  # as we wrote it (a stat suffices, as in sidecar_changed_on_disk)
    read = read_fingerprinted(path)
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
