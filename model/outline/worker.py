"""Outline detection in a second process, and the one way to start it (OutlineWorker).

    python -m model.outline.worker REPORT   # writes marshal bytes of pack() to stdout

Detection is pure Python (about 0.1 s per MB) and holds the GIL, as Qt does while it lays
out and paints; in one process the two add up, in two they overlap on a second core. The
window uses a worker twice: main.py starts one before Qt is imported for a big report named
on the command line, and the window starts one for each large report it opens later. The
result names the canonical text's SHA-256, so it is used only for the very text the window
loaded itself; any failure (no worker, a crash, a timeout, another text) falls back to
detecting in line. This module imports no Qt.
"""
from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from model.outline.tree import Outline, OutlineNode

if TYPE_CHECKING:
    import subprocess

    from model.report.loading import Report

#: The folder the worker runs in (the `model` package is importable from there).
ROOT = Path(__file__).resolve().parents[2]
#: OutlineWorker.start's default: smaller reports are detected in line in a few milliseconds.
MIN_BYTES = 1_000_000
#: A worker slower than this is abandoned (a loaded single-core machine).
TIMEOUT_S = 20.0
#: Set to "0" to detect in line; "1" to start a worker at launch too, whatever the size
#: (bench.startup compares both).
SWITCH_ENV = "YUEPI_OUTLINE_WORKER"

#: Bumped whenever the tuple layout changes (a stale worker's output is then ignored).
FORMAT = 1

#: (line, depth, kind, marker, title, start, end, title_start, title_end, parent index or -1)
NodeRow = tuple[int, int, str, str, str, int, int, int, int, int]
#: (FORMAT, sha256 of the canonical text, outline title, rows in document order)
Packed = tuple[int, str, "str | None", list[NodeRow]]


def pack(outline: Outline, sha256: str) -> Packed:
    nodes = outline.nodes()
    index = {id(n): i for i, n in enumerate(nodes)}
    rows = [(n.line, n.depth, n.kind, n.marker, n.title, n.start, n.end, n.title_start,
             n.title_end, index[id(n.parent)] if n.parent is not None else -1)
            for n in nodes]
    return FORMAT, sha256, outline.title, rows


def unpack(packed: object, sha256: str) -> Outline | None:
    """The outline, or None when `packed` is not a current pack of the text `sha256`."""
    if not (isinstance(packed, tuple) and len(packed) == 4 and packed[0] == FORMAT
            and packed[1] == sha256):
        return None
    _, _, title, rows = packed
    nodes: list[OutlineNode] = []
    roots: list[OutlineNode] = []
    for line, depth, kind, marker, heading, start, end, t_start, t_end, parent in rows:
        node = OutlineNode(line, depth, kind, marker, heading, start, end, t_start, t_end)
        nodes.append(node)
        (nodes[parent].children if parent >= 0 else roots).append(node)
    return Outline(title, roots)


def read(data: bytes, sha256: str) -> Outline | None:
    """The outline in a worker's output, or None when it is not a current pack of `sha256`."""
    try:
        return unpack(marshal.loads(data), sha256) if data else None
    except (EOFError, ValueError, TypeError):
        return None


def worker_arguments(path: str | os.PathLike[str]) -> list[str]:
    """The interpreter's arguments for a worker on `path` (run in ROOT)."""
    return ["-m", "model.outline.worker", os.path.abspath(path)]


def startup_worker(path: str | None) -> OutlineWorker | None:
    """The worker main.py starts before Qt for the report named on the command line: only
    when YUEPI_OUTLINE_WORKER=1. It lost at every size measured on two cores (bench.startup,
    paired runs, worker/in line: ×1.2 at 0.5–2 MB, ×1.0–1.4 at 5 MB, ×1.3 at 20 MB): it
    loads and decodes the report a second time and starts a second interpreter while the
    window imports Qt and lays the same text out, so the two compete for the cores."""
    if os.environ.get(SWITCH_ENV) != "1":
        return None
    return OutlineWorker.start(path, min_bytes=0)


def workers_available() -> bool:
    """Whether a worker process can help here: a second core, an interpreter to start (a
    frozen build has none) and not switched off by YUEPI_OUTLINE_WORKER=0."""
    return (not getattr(sys, "frozen", False) and bool(sys.executable)
            and (os.cpu_count() or 1) >= 2 and os.environ.get(SWITCH_ENV) != "0")


class OutlineWorker:
    """A running worker process for one report file; take() its outline once the report is
    loaded (take blocks, without holding the GIL, until the worker is done)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process

    @classmethod
    def start(cls, path: str | None, min_bytes: int = MIN_BYTES) -> OutlineWorker | None:
        """A worker for `path` when it is a big file and workers_available(), else None."""
        if not path or not workers_available():
            return None
        import subprocess  # only for a worker (off by default): not on the start-up path

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
        import subprocess

        try:
            out, _ = self._process.communicate(timeout=timeout)
        except (subprocess.TimeoutExpired, OSError, ValueError):
            self.close()
            return None
        return read(out, report.sha256) if self._process.returncode == 0 else None

    def stop(self) -> None:
        """Kill the worker (safe while another thread waits in take(): it then returns)."""
        try:
            if self._process.poll() is None:
                self._process.kill()
        except OSError:
            pass

    def close(self) -> None:
        """Stop the worker if it still runs (the report failed to open, or it was slow)."""
        if self._process.poll() is None:
            import subprocess

            self._process.kill()
            try:
                self._process.communicate(timeout=5)
            except (subprocess.TimeoutExpired, OSError, ValueError):
                pass


#: How much lower the worker's scheduling priority is than the window's (Unix nice): on a
#: busy machine the window's thread, laying out and painting while the worker detects,
#: gets the core first; on an idle second core it changes nothing.
NICENESS = 5


def yield_to_the_window() -> None:
    """Lower this process's priority (where the system allows it; never fatal)."""
    if hasattr(os, "nice"):
        try:
            os.nice(NICENESS)
        except OSError:
            pass


def main(argv: list[str]) -> int:
    """Load the report, detect its outline, write marshal(pack) to stdout; exit 2 on bad
    input (the window then reports the error itself, from its own load)."""
    from model.errors import ModelError
    from model.outline.detector import detect_outline
    from model.report.loading import load_report

    yield_to_the_window()
    try:
        report = load_report(argv[0])
    except (ModelError, OSError, IndexError):
        return 2
    sys.stdout.buffer.write(marshal.dumps(pack(detect_outline(report), report.sha256)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
