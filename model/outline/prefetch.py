"""Detect a big report's outline in a second process while the window is being built.

Started by main.py before Qt is imported, for a report named on the command line: importing
Qt and building the window (~0.25 s) and detecting a 5 MB report's outline (~0.1 s) each
hold the GIL, so in one process they add up; in two they overlap on a second core. Any
failure (no worker, a crash, a timeout, a different text) falls back to detecting in line.
This module imports no Qt: it runs before Qt is loaded.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from model.outline.tree import Outline
from model.outline.worker import read
from model.report.loading import Report

ROOT = Path(__file__).resolve().parents[2]
#: Smaller reports are detected in line in a few milliseconds: not worth a process.
MIN_BYTES = 1_000_000
#: A worker slower than this is abandoned (a loaded single-core machine).
TIMEOUT_S = 20.0
#: Set to "0" to detect in line (troubleshooting; bench.startup compares both).
SWITCH_ENV = "YUEPI_OUTLINE_WORKER"


def worker_arguments(path: str | os.PathLike[str]) -> list[str]:
    """The interpreter's arguments for a worker on `path` (run in ROOT)."""
    return ["-m", "model.outline.worker", os.path.abspath(path)]


def workers_available() -> bool:
    """Whether a worker process can help here: a second core, an interpreter to start (a
    frozen build has none) and not switched off by YUEPI_OUTLINE_WORKER=0."""
    return (not getattr(sys, "frozen", False) and bool(sys.executable)
            and (os.cpu_count() or 1) >= 2 and os.environ.get(SWITCH_ENV) != "0")


class OutlinePrefetch:
    """A running worker for one report file; take() its outline once the report is loaded."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process

    @classmethod
    def start(cls, path: str | None, min_bytes: int = MIN_BYTES) -> OutlinePrefetch | None:
        """A worker for `path` when it is a big file and workers_available(), else None."""
        if not path or not workers_available():
            return None
        try:
            if os.stat(path).st_size < min_bytes:
                return None
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash (Windows)
            process = subprocess.Popen(
                [sys.executable, *worker_arguments(path)],
                cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, creationflags=flags)
        except (OSError, ValueError):
            return None
        return cls(process)

    def take(self, report: Report, timeout: float = TIMEOUT_S) -> Outline | None:
        """The worker's outline of exactly `report`'s text, or None (then detect in line)."""
        try:
            out, _ = self._process.communicate(timeout=timeout)
        except (subprocess.TimeoutExpired, OSError, ValueError):
            self.close()
            return None
        return read(out, report.sha256) if self._process.returncode == 0 else None

    def close(self) -> None:
        """Stop the worker if it still runs (the report failed to open, or it was slow)."""
        if self._process.poll() is None:
            self._process.kill()
            try:
                self._process.communicate(timeout=5)
            except (subprocess.TimeoutExpired, OSError, ValueError):
                pass
