"""Two writers of one sidecar: the editing lock, and conflicts with their three answers.

A mixin of gui/annotations/controller.py (like tag_set_edits.py), which provides what these
methods use: `report`, `annotation_set`, `read_only`, `summary`, `quarantined`, `autosave`,
`_apply_own(read, path)`, `_load(report, path)`, `_start_over(path, fingerprint)`, `_push`,
`_emit`, `error`, `message`, `save_failed`, `conflict_detected`, `conflict_resolved`,
`lock_changed`, and calls `_init_sharing()` once.

- **Editing lock** (model/sidecar/lock.py): taken when a report opens; refreshed every
  REFRESH_EVERY_S; released when it closes (and by the lock's own finaliser, and stale
  detection after a crash). While another live window holds it, the annotations are
  shown read-only, read without touching the file, and `lock_holder` says who has it;
  `take_over()` re-checks (or, forced, takes it anyway).
- **Conflicts**: the file changed under us (the `merge` verb, a forced take-over, a sync
  client). `merge_with_disk()` merges three-way with `_base`, the set as last read from
  or written to disk, as one undo step, and saves — under the write lock, so nobody
  writes in between; `reload_from_disk()` takes theirs; `keep_mine()` overwrites.
  Closing with a conflict still open merges: work is never dropped.
"""
from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Slot

from gui.annotations.commands import ReplaceSet
from gui.annotations.sidecar_loads import OpenPlan, SidecarRead, read_sidecar
from model.annotations import AnnotationSet
from model.errors import ModelError
from model.report.loading import Report
from model.sidecar import store as sidecar
from model.sidecar.format import APP
from model.sidecar.lock import REFRESH_EVERY_S, EditingLock, LockHeld, LockInfo, write_lock
from model.sidecar.merge3 import Merge3Result, merge_with_disk, snapshot


class SharedSidecar:
    """The Controller's editing lock and conflict resolution (see the module docstring)."""

    lock_holder: LockInfo | None

    def _init_sharing(self: Any) -> None:
        self.lock_holder = None  # another live window has the report open for editing
        self._editing: EditingLock | None = None
        self._base = AnnotationSet()  # the last common version (merge3's base)
        self._write_locked = False  # a merge holds the write lock around its save
        self._lock_round = 0  # the refresh shot of the current lock (older ones lapse)
        self.autosave.saved.connect(self._remember_base)

    # --- the editing lock ----------------------------------------------------------------
    def _open_shared(self: Any, report: Report, path: Path, force: bool = False) -> Any:
        """Take the editing lock, then load (ours: the fingerprint) or only look (another
        window edits: read-only, the file untouched, no fingerprint)."""
        plan = self._lock_for_open(path, force)
        return self._apply_read(plan, read_sidecar(report, plan))

    def _lock_for_open(self: Any, path: Path, force: bool = False) -> OpenPlan:
        """The editing lock first: whether we hold it decides how the file is read."""
        is_new = not os.path.lexists(path)  # never raises (a name too long: False)
        self.lock_holder = self._take_editing_lock(path, force)
        return OpenPlan(path, is_new, view=self.lock_holder is not None)

    def _apply_read(self: Any, plan: OpenPlan, read: SidecarRead) -> Any:
        """Make what was read (read_sidecar, here or in a worker) the annotation set."""
        if read.failure is not None:
            raise read.failure
        if plan.view:
            self._apply_view(read)
            return None
        fingerprint = self._apply_own(read, plan.path)
        if self.read_only:  # a newer or unreadable file: we will not write it
            self._release_editing_lock()
        elif plan.is_new:
            self.annotation_set.set_tags(self.default_tags)
        return fingerprint

    def _take_editing_lock(self: Any, path: Path, force: bool = False) -> LockInfo | None:
        """None when we hold it now (or no lock can be made there: a read-only folder,
        where nothing can be saved either); else the live holder."""
        try:
            self._editing = EditingLock.acquire(path, app=APP, force=force)
        except LockHeld as held:
            return held.holder
        except OSError:
            self._editing = None
            return None
        self._lock_round += 1
        self._arm_refresh()
        return None

    def _arm_refresh(self: Any) -> None:
        """Refresh the lock in REFRESH_EVERY_S. A single shot, not a QTimer child: a
        controller dropped without close() may be collected on a worker thread, where an
        active child timer cannot be stopped."""
        shot, ref = self._lock_round, weakref.ref(self)  # the shot keeps nobody alive
        QTimer.singleShot(int(REFRESH_EVERY_S * 1000), self,
                          lambda: (me := ref()) is not None and me._refresh_editing_lock(shot))

    def _release_editing_lock(self: Any) -> None:
        self._lock_round += 1
        if self._editing is not None:
            self._editing.release()
            self._editing = None

    def _refresh_editing_lock(self: Any, shot: int) -> None:
        if shot != self._lock_round or self._editing is None:
            return  # released, or another report's lock since
        if self._editing.refresh():
            self._arm_refresh()
        else:
            self._editing = None  # taken over: saving stays safe (write lock, merge)
            self.message.emit(QCoreApplication.translate(
                "Controller", "Another Yuepi window took over this report; changes saved by "
                "both are merged."))

    def _apply_view(self: Any, read: SidecarRead) -> None:
        """Show the annotations another window is editing without touching the file."""
        self.read_only, self.quarantined = True, None
        if read.error is not None:  # not "sidecar_corrupt": nothing was moved aside
            self.annotation_set, self.summary = AnnotationSet(), None
            self.error.emit("sidecar", str(read.error))
        else:
            self.annotation_set, self.summary = read.annotation_set, read.summary

    def take_over(self: Any, force: bool = False) -> bool:
        """Edit a report another window had open: when its lock is gone or stale (or,
        `force`, anyway). Reloads the file; False (view refreshed) while still held."""
        if self.report is None or self.lock_holder is None:
            return False
        path = Path(sidecar.sidecar_path(self.report.path))
        # the cache stays: what is read again equals, mostly, what was rendered
        self._start_over(path, self._open_shared(self.report, path, force))
        self.lock_changed.emit(self.lock_holder)
        QTimer.singleShot(0, self, self._prepare_save)
        return self.lock_holder is None and not self.read_only

    # --- conflicts -----------------------------------------------------------------------
    @property
    def in_conflict(self: Any) -> bool:
        """The file changed under us and the reviewer has not settled it yet."""
        return bool(self.autosave.in_conflict)

    @Slot()
    def _remember_base(self: Any) -> None:
        """Written: this is now the version both sides last saw."""
        self._base = snapshot(self.annotation_set)

    @Slot()
    def reload_from_disk(self: Any) -> None:
        """Resolve a conflict by taking the other writer's file (drops undo history)."""
        if self.report is None:
            return
        path = self.autosave.path or Path(sidecar.sidecar_path(self.report.path))
        # new objects, mostly equal to ones rendered before: the cache reuses their bytes
        self._start_over(path, self._load(self.report, path))
        self.conflict_resolved.emit()
        QTimer.singleShot(0, self, self._prepare_save)

    @Slot()
    def keep_mine(self: Any) -> bool:
        """Resolve a conflict by overwriting the file with our annotations."""
        if not self.autosave.force_save():
            return False
        self.conflict_resolved.emit()
        return True

    @Slot()
    def merge_with_disk(self: Any) -> bool:
        """Resolve a conflict by merging three-way (base: the last common version) and
        saving; the merge is one undo step. False (save_failed) if it cannot be done."""
        path = self.autosave.path
        if self.report is None or self.read_only or path is None:
            return False
        try:
            with write_lock(path):  # read, merge and write: nobody comes between
                merged = merge_with_disk(self.report, self._base, self.annotation_set)
                if merged.result.changed:
                    self._push(ReplaceSet(self.annotation_set, merged.result.merged,
                                          self._emit, QCoreApplication.translate(
                                              "Controller", "Merge changes from disk")))
                self.autosave.fingerprint, self.autosave.in_conflict = merged.fingerprint, False
                self._write_locked = True
                try:
                    saved = self.autosave.force_save()
                finally:
                    self._write_locked = False
        except ModelError as exc:  # busy (asked again shortly), unreadable, or newer
            self.autosave.in_conflict = True
            self._on_save_failed(exc.code, exc.detail)
            return False
        if saved:
            self.message.emit(merge_summary(merged.result))
            self.conflict_resolved.emit()
        return saved

    def _expected(self: Any, path: Path) -> sidecar.Fingerprint | None:
        """What the file must still be before we write it: our last fingerprint (none
        seen: no file at all); None — overwrite — when keeping mine or writing elsewhere."""
        if path != self.autosave.path or self.autosave.in_conflict:
            return None
        return self.autosave.fingerprint or sidecar.Fingerprint.absent()

    @Slot(str, str)
    def _on_save_failed(self: Any, code: str, detail: str) -> None:
        if code == "sidecar_changed":  # another program wrote between our check and write
            self.autosave.in_conflict = True
            self.conflict_detected.emit()
        elif code == "sidecar_busy":  # another writer is slow: try again in a moment
            self.message.emit(QCoreApplication.translate(
                "Controller", "The annotation file is busy; saving again shortly."))
            self.autosave.schedule()
        else:
            self.save_failed.emit(code, detail)

    def _close_shared(self: Any) -> None:
        """On close: a conflict still open is merged (never dropped); the lock goes."""
        if self.autosave.in_conflict:
            self.merge_with_disk()
        self._release_editing_lock()
        self.lock_holder = None
        self.lock_changed.emit(None)  # no notice outlives its report


def merge_summary(result: Merge3Result) -> str:
    """One status-bar line about a merge with the file on disk."""
    changed = len(result.added) + len(result.updated)  # a name: lupdate misses calls in n
    text = QCoreApplication.translate(
        "Controller", "Merged with the changes on disk: %n added or changed there.", "",
        changed)
    clashes = len(result.clashes) + len(result.tag_clashes)
    if clashes:
        text += " " + QCoreApplication.translate(
            "Controller", "%n edited on both sides: the newer version was kept.", "", clashes)
    return text
