"""Outline detection off the GUI thread, for large reports.

detect_outline is pure Python (≈0.1 s per MB); on a big report it runs in a worker while
Qt lays out and paints the text (setPlainText and painting release the GIL). Each job has
an id; results of a superseded job are dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from model.report import Report


class OutlineJobs(QObject):
    """Signals: finished(job_id, report, outline); failed(job_id, report, message)."""

    finished = Signal(int, object, object)
    failed = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._current = 0

    def start(self, report: Report) -> int:
        """Detect the outline of `report` in the worker; returns the job id."""
        self._current += 1
        self._pool.start(_OutlineJob(self, self._current, report))
        return self._current

    def cancel(self) -> None:
        """Forget the running job: its result will be ignored."""
        self._current += 1

    def is_current(self, job_id: int) -> bool:
        return job_id == self._current

    def wait(self, msecs: int = -1) -> bool:
        """Block until no job is running (used before the window goes away)."""
        return self._pool.waitForDone(msecs)


class _OutlineJob(QRunnable):
    def __init__(self, jobs: OutlineJobs, job_id: int, report: Report) -> None:
        super().__init__()
        self._jobs = jobs
        self._id = job_id
        self._report = report

    def run(self) -> None:
        from model.outline_detect import detect_outline

        try:
            outline = detect_outline(self._report)
        except Exception as exc:  # noqa: BLE001 — a detector bug must not kill the window
            self._jobs.failed.emit(self._id, self._report, f"{type(exc).__name__}: {exc}")
        else:
            self._jobs.finished.emit(self._id, self._report, outline)
