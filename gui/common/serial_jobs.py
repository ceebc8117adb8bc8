"""One worker thread that runs jobs in order; only the newest job's results count.

Each job started with `_next_id()` gets an id; `cancel()` or a newer job makes older ids
stale, and subclasses drop results whose id is no longer current.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool


class SerialJobs(QObject):
    """Base for the background job runners (outline detection, jieba analysis)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._current = 0

    def _next_id(self) -> int:
        self._current += 1
        return self._current

    def _run_in_worker(self, func: Callable[[], None]) -> None:
        self._pool.start(_Call(func))

    def cancel(self) -> None:
        """Forget the running job: its result will be dropped."""
        self._current += 1

    def is_current(self, job_id: int) -> bool:
        return job_id == self._current

    def wait(self, msecs: int = -1) -> bool:
        """Block until no job is running (used before the window goes away)."""
        return self._pool.waitForDone(msecs)


class _Call(QRunnable):
    """A QRunnable running one Python callable."""

    def __init__(self, func: Callable[[], None]) -> None:
        super().__init__()
        self._func = func

    def run(self) -> None:
        try:
            self._func()
        except RuntimeError as exc:
            # the owner was deleted while the job ran (a window destroyed without being
            # closed): its result has nowhere to go, which is not an error
            if "Signal source has been deleted" not in str(exc):
                raise
