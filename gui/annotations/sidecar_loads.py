"""Reading a report's sidecar, off the window's thread when it is large.

Parsing, checking and anchoring 10,000 annotations takes ~0.3 s: on the window's thread
that is one stall while the report opens. The Controller takes the editing lock itself (a
quick file operation whose answer decides how to read), then a worker thread reads the
file (read_sidecar) and also encodes every annotation for the first save (RenderCache);
the result is applied on the window's thread. Until then the report's text is shown and
the annotations are not editable (Controller.report is None; tagging says why).
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.common.serial_jobs import SerialJobs
from model.annotations import AnnotationSet
from model.errors import ModelError
from model.report.loading import Report
from model.sidecar import store as sidecar
from model.sidecar.merge import read_anchored

#: Sidecars at least this large (≈ 550 annotations, ≈ 30 ms to read) are read in the
#: background; smaller ones at once, as before (nothing to keep responsive).
ASYNC_SIDECAR_BYTES = 500_000


@dataclass(frozen=True)
class OpenPlan:
    """How to read a report's sidecar, decided on the window's thread with the lock."""

    path: Path
    is_new: bool  # no file yet: the default tag set is used
    view: bool  # another live window edits the report: read without touching the file


@dataclass
class SidecarRead:
    """What reading found. Own (view False): `opened`, or `error` when the model refused.
    View: `annotation_set` and `summary`, or `error`. `failure`: an unexpected exception
    in the worker, raised again on the window's thread."""

    view: bool
    opened: sidecar.AnnotationsOpened | None = None
    annotation_set: AnnotationSet | None = None
    summary: Any = None
    error: ModelError | None = None
    failure: Exception | None = None


def read_sidecar(report: Report, plan: OpenPlan,
                 cache: sidecar.RenderCache | None = None) -> SidecarRead:
    """Read (and place) the sidecar as `plan` says; `cache`: encode what was read."""
    if plan.view:
        try:
            aset, summary = read_anchored(report, plan.path, missing_ok=True, allow_newer=True)
        except ModelError as exc:
            return SidecarRead(True, error=exc)
        return SidecarRead(True, annotation_set=aset, summary=summary)
    try:
        opened = sidecar.open_annotations(report)
    except ModelError as exc:
        return SidecarRead(False, error=exc)
    if cache is not None and not opened.read_only:
        cache.prepare(report, opened.annotation_set)
    return SidecarRead(False, opened=opened)


def wants_background(path: Path, min_bytes: int) -> bool:
    """A sidecar large enough to read in the background (a missing one is not)."""
    try:
        return os.stat(path).st_size >= min_bytes
    except (OSError, ValueError):
        return False


class SidecarLoads(SerialJobs):
    """Reads one sidecar at a time in a worker thread.

    Signal: finished(job_id): `take(job_id)` has the SidecarRead. A result can also be
    taken before the signal arrives (`wait()` then `take()`: closing while it loads)."""

    finished = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: dict[int, SidecarRead] = {}
        self._guard = threading.Lock()

    def start(self, report: Report, plan: OpenPlan, cache: sidecar.RenderCache) -> int:
        job_id = self._next_id()
        with self._guard:
            self._results.clear()  # an older job's result will not be wanted
        self._run_in_worker(lambda: self._read(job_id, report, plan, cache))
        return job_id

    def take(self, job_id: int) -> SidecarRead | None:
        """The job's result once (None: not done yet, or taken already)."""
        with self._guard:
            return self._results.pop(job_id, None)

    def _read(self, job_id: int, report: Report, plan: OpenPlan,
              cache: sidecar.RenderCache) -> None:
        try:
            read = read_sidecar(report, plan, cache)
        except Exception as exc:  # noqa: BLE001 — handed to the window's thread
            read = SidecarRead(plan.view, failure=exc)
        with self._guard:
            self._results[job_id] = read
        self.finished.emit(job_id)
