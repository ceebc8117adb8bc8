"""Outline detection off the GUI thread, for large reports opened in the visible window.

A worker thread would share the GIL with the GUI thread, which Qt keeps through
setPlainText and every paint; so the job thread only waits (GIL released) for a worker
process (model/outline/worker.py, the same one main.py starts at launch) and detects the
outline itself only when that process cannot start or delivers nothing usable (another
text, a crash). Each job has an id; results of a superseded job are dropped and its
process is stopped.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.common.serial_jobs import SerialJobs
from model.outline.tree import Outline
from model.outline.worker import OutlineWorker, workers_available
from model.report.loading import Report


class OutlineJobs(SerialJobs):
    """Signals: finished(job_id, report, outline); failed(job_id, report, message).
    `use_process`: False detects in the worker thread only."""

    finished = Signal(int, object, object)
    failed = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.use_process = workers_available()
        self._workers: dict[int, OutlineWorker] = {}
        self._adopted: OutlineWorker | None = None

    def adopt(self, worker: OutlineWorker | None) -> None:
        """Keep a worker started before the window existed (main.py) for take_adopted();
        one adopted before and not used is stopped."""
        if self._adopted is not None and self._adopted is not worker:
            self._adopted.close()
        self._adopted = worker

    def take_adopted(self, report: Report) -> Outline | None:
        """The adopted worker's outline of exactly `report`'s text, else None; the worker
        is used once either way."""
        worker, self._adopted = self._adopted, None
        if worker is None:
            return None
        outline = worker.take(report)
        worker.close()
        return outline

    def start(self, report: Report) -> int:
        """Detect the outline of `report` in the background; returns the job id."""
        job_id = self._next_id()  # first: the stopped workers' jobs are stale
        self._stop_workers()
        worker = OutlineWorker.start(str(report.path), min_bytes=0) \
            if self.use_process and report.path.is_file() else None
        if worker is not None:
            self._workers[job_id] = worker
        self._run_in_worker(lambda: self._detect(job_id, report, worker))
        return job_id

    def cancel(self) -> None:
        """Drop the running job and stop its process (an adopted worker is kept)."""
        super().cancel()
        self._stop_workers()

    def _stop_workers(self) -> None:
        """Stop the processes of stale jobs (their threads then return and are dropped)."""
        stopping = list(self._workers.values())
        self._workers.clear()
        for worker in stopping:
            worker.stop()

    def _detect(self, job_id: int, report: Report, worker: OutlineWorker | None) -> None:
        """In the job thread: the worker's outline, else one detected here."""
        outline = worker.take(report) if worker is not None else None
        self._workers.pop(job_id, None)
        if not self.is_current(job_id):
            return
        if outline is None:
            from model.outline.detector import detect_outline

            try:
                outline = detect_outline(report)
            except Exception as exc:  # noqa: BLE001 — a detector bug must not kill the window
                self.failed.emit(job_id, report, f"{type(exc).__name__}: {exc}")
                return
        self.finished.emit(job_id, report, outline)
