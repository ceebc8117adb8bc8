"""Opening a report's annotations: the sidecar read (here, or in the background when it
is large: gui/annotations/sidecar_loads.py), applied, announced to every view.

A mixin of gui/annotations/controller.py (like sharing.py and tag_set_edits.py), which
provides what these methods use: `session`, `annotation_set`, `read_only`, `summary`,
`quarantined`, `problems`, `autosave`, `_render_cache`, `_loaded`, `_start_over(path,
fingerprint)`, the sharing mixin's `_lock_for_open`, `_open_shared`, `_apply_read`,
`_release_editing_lock`, `lock_holder`, `_base`, and the signals `opened`, `loading_changed`,
`load_problems`, `lock_changed`, `error`, `message`; it calls `_init_loading()` once.
Texts are translated in the Controller's context, where they have always been.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Slot

from gui.annotations.sidecar_loads import (
    ASYNC_SIDECAR_BYTES,
    OpenPlan,
    SidecarLoads,
    SidecarRead,
    read_sidecar,
    wants_background,
)
from model.annotations import AnnotationSet
from model.filenames import display_path, display_text
from model.outline.tree import Outline
from model.report.loading import Report
from model.sidecar import store as sidecar
from model.sidecar.merge3 import snapshot


class SidecarOpening:
    """Load the session's report's annotations when it opens; apply a background read."""

    def _init_loading(self: Any) -> None:
        self.async_sidecar_bytes = ASYNC_SIDECAR_BYTES
        self._loading: tuple[int, OpenPlan] | None = None  # a sidecar read in the background
        self._loads = SidecarLoads(self)
        self._loads.finished.connect(self._on_sidecar_read)

    @Slot(object, object)
    def _on_session_opened(self: Any, report: Report, _outline: Outline) -> None:
        """Load the report's annotations (sidecar next to it) and announce them; a large
        sidecar is read in the background (gui/annotations/sidecar_loads.py)."""
        self._render_cache = sidecar.RenderCache()  # one per open report
        path = Path(sidecar.sidecar_path(report.path))
        if wants_background(path, self.async_sidecar_bytes):
            plan = self._lock_for_open(path)  # the editing lock, then the file
            self._loading = (self._loads.start(report, plan, self._render_cache), plan)
            self.loading_changed.emit(True)
            self.message.emit(QCoreApplication.translate("Controller", "Loading annotations…"))
            return
        self._announce(path, self._open_shared(report, path))

    @Slot(int)
    def _on_sidecar_read(self: Any, job_id: int) -> None:
        """The background read is done: apply it, unless the report is gone already."""
        read = self._loads.take(job_id)
        if read is not None and self._loading is not None and self._loading[0] == job_id:
            self._apply_loaded(read)

    def _finish_loading_now(self: Any) -> None:
        """Closing while the sidecar loads: wait for the read and take it in quietly (the
        views, about to empty, are not told), so that closing handles what it found as
        always — a damaged file moved aside has its salvage written — and releases the
        editing lock."""
        if self._loading is None:
            return
        self._loads.wait()
        job_id, plan = self._loading
        read = self._loads.take(job_id)
        self._loading = None
        self.loading_changed.emit(False)
        if read is None or read.failure is not None:  # nothing to keep; never keep the lock
            self._release_editing_lock()
            return
        fingerprint = self._apply_read(plan, read)
        self._loaded = True
        self.autosave.reset(plan.path, fingerprint, enabled=not self.read_only)
        self._base = snapshot(self.annotation_set)
        if self.problems and not self.read_only:
            self.autosave.schedule()  # written by the closing save

    def _apply_loaded(self: Any, read: SidecarRead) -> None:
        assert self._loading is not None
        plan = self._loading[1]
        self._loading = None
        self.loading_changed.emit(False)
        if read.failure is not None:  # a bug in the read: raised here, the lock not kept
            self._release_editing_lock()
            raise read.failure
        self._announce(plan.path, self._apply_read(plan, read))

    @property
    def loading(self: Any) -> bool:
        """The open report's annotations are still being read."""
        return self._loading is not None

    def _announce(self: Any, path: Path, fingerprint: Any) -> None:
        """The annotations are here: every view resets, editing starts."""
        self._loaded = True
        self._start_over(path, fingerprint)
        self.lock_changed.emit(self.lock_holder)
        if self.problems and not self.read_only:
            self.autosave.schedule()  # the damaged file was moved aside: write what was kept
        self.opened.emit()
        QTimer.singleShot(0, self, self._prepare_save)

    def _load(self: Any, report: Report, path: Path) -> Any:
        """Read the sidecar at `path` here and make it the annotation set (reload)."""
        return self._apply_own(read_sidecar(report, OpenPlan(path, False, False)), path)

    def _apply_own(self: Any, read: SidecarRead, path: Path) -> Any:
        """Fill annotation_set/read_only/summary/problems from what was read; report
        problems as `error` (notices sidecar_salvaged/_repaired: a count as detail),
        `load_problems`."""
        if read.error is not None:  # never overwrite what we could not read (a FIFO too)
            self.annotation_set, self.read_only, self.summary = AnnotationSet(), True, None
            self.problems = []
            self.load_problems.emit([])
            self.error.emit(read.error.code, display_text(read.error.detail or str(path)))
            return None
        opened = read.opened
        assert opened is not None
        self.annotation_set = opened.annotation_set
        self.read_only = bool(opened.read_only)
        self.quarantined = opened.quarantined
        self.summary = opened.summary
        self.problems = list(opened.problems)
        self.load_problems.emit(list(self.problems))
        if opened.problems:
            self.error.emit("sidecar_salvaged", str(sum(p.dropped for p in opened.problems)))
        elif opened.quarantined is not None:
            detail = f"{opened.quarantined}: {opened.problem}" if opened.problem \
                else str(opened.quarantined)
            self.error.emit("sidecar_corrupt", display_text(detail))
        if opened.repaired:
            self.error.emit("sidecar_repaired", str(opened.repaired))
        if self.read_only:
            self.error.emit("sidecar_too_new", display_path(path))
        return opened.fingerprint

    @Slot()
    def _prepare_save(self: Any) -> None:
        """Encode every annotation once, right after opening (and after a reload or a
        take-over, where equal annotations reuse their bytes), so that the first save
        (after the first tag) only encodes the new one (~30 ms for 10,000)."""
        if self.report is not None and not self.read_only:
            self._render_cache.prepare(self.report, self.annotation_set)
