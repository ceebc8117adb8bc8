"""Outline detection off the GUI thread, for large reports.

detect_outline is pure Python (≈0.1 s per MB); on a big report it runs in a worker while
Qt lays out and paints the text (setPlainText and painting release the GIL). Each job has
an id; results of a superseded job are dropped.
"""
from __future__ import annotations

from PySide6.QtCore import Signal

from gui.serial_jobs import SerialJobs
from model.report import Report


class OutlineJobs(SerialJobs):
    """Signals: finished(job_id, report, outline); failed(job_id, report, message)."""

    finished = Signal(int, object, object)
    failed = Signal(int, object, str)

    def start(self, report: Report) -> int:
        """Detect the outline of `report` in the worker; returns the job id."""
        job_id = self._next_id()
        self._run_in_worker(lambda: self._detect(job_id, report))
        return job_id

    def _detect(self, job_id: int, report: Report) -> None:
        from model.outline_detect import detect_outline

        try:
            outline = detect_outline(report)
        except Exception as exc:  # noqa: BLE001 — a detector bug must not kill the window
            self.failed.emit(job_id, report, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(job_id, report, outline)
