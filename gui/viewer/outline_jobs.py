"""Outline detection off the GUI thread, for large reports opened in the visible window.

detect_outline is pure Python (≈0.1 s per MB) and a worker thread would share the GIL with
the GUI thread, which Qt keeps through setPlainText and every paint. So a report read from
a file is detected by a worker process (model/outline/worker.py, the one that also serves
the start-up, see model/outline/prefetch.py); if that process cannot start or delivers
nothing usable (another text, a crash), the worker thread detects it after all. Each job
has an id; results of a superseded job are dropped and its process is stopped.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, Signal

from model.outline.prefetch import ROOT, worker_arguments, workers_available
from gui.common.serial_jobs import SerialJobs
from model.outline.worker import read
from model.report.loading import Report

#: Give a stopped worker process this long to go away (ms)
_KILL_WAIT_MS = 2000


class OutlineJobs(SerialJobs):
    """Signals: finished(job_id, report, outline); failed(job_id, report, message).
    `use_process`: False detects in the worker thread only."""

    finished = Signal(int, object, object)
    failed = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.use_process = workers_available()
        self._processes: dict[int, QProcess] = {}

    def start(self, report: Report) -> int:
        """Detect the outline of `report` in the background; returns the job id."""
        job_id = self._next_id()  # first: the stopped processes' jobs are stale
        self._stop_processes()
        if not (self.use_process and report.path.is_file() and self._spawn(job_id, report)):
            self._in_thread(job_id, report)
        return job_id

    def cancel(self) -> None:
        super().cancel()
        self._stop_processes()

    def wait(self, msecs: int = -1) -> bool:
        """Block until no job is running (a worker process's result is then delivered)."""
        for process in list(self._processes.values()):
            process.waitForFinished(msecs)
        return super().wait(msecs)

    # the worker process -------------------------------------------------------------------
    def _spawn(self, job_id: int, report: Report) -> bool:
        process = QProcess(self)
        process.setWorkingDirectory(str(ROOT))
        process.setStandardInputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(lambda *_: self._on_process_done(job_id, report, process))
        process.start(sys.executable, worker_arguments(report.path))
        if not process.waitForStarted(_KILL_WAIT_MS):
            process.deleteLater()
            return False
        self._processes[job_id] = process
        return True

    def _on_process_done(self, job_id: int, report: Report, process: QProcess) -> None:
        self._processes.pop(job_id, None)
        process.deleteLater()
        if not self.is_current(job_id):
            return
        outline = None
        if (process.exitStatus() == QProcess.ExitStatus.NormalExit
                and process.exitCode() == 0):
            outline = read(bytes(process.readAllStandardOutput().data()), report.sha256)
        if outline is None:
            self._in_thread(job_id, report)  # the file changed, or the worker failed
        else:
            self.finished.emit(job_id, report, outline)

    def _stop_processes(self) -> None:
        """Stop the processes of stale jobs (their finished() comes, and is dropped)."""
        stopping = list(self._processes.values())
        self._processes.clear()
        for process in stopping:
            process.kill()
            process.waitForFinished(_KILL_WAIT_MS)

    # the worker thread ------------------------------------------------------------------
    def _in_thread(self, job_id: int, report: Report) -> None:
        self._run_in_worker(lambda: self._detect(job_id, report))

    def _detect(self, job_id: int, report: Report) -> None:
        from model.outline.detector import detect_outline

        try:
            outline = detect_outline(report)
        except Exception as exc:  # noqa: BLE001 — a detector bug must not kill the window
            self.failed.emit(job_id, report, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(job_id, report, outline)
