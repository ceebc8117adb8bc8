"""A reviewer's regular expression, run in a second process that can be killed.

    python -m model.reading.regex_worker   # stdin: marshal (pattern, flags, text)
                                           # stdout: marshal [(start, end), ...]

Every pattern in model/ is linear (docs/reliability.md §5), but one the reviewer types in
Find is not ours: `(a+)+$` on a long run of a backtracks for minutes. Python's `re` holds
the GIL and cannot be interrupted, not even from another thread, so the only way to give
up on it is to run it in a process and kill that. The worker imports nothing but the
standard library here, so it starts in about 15 ms. This module imports no Qt.
"""
from __future__ import annotations

import marshal
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from model.errors import SearchError, SearchTooSlow

#: The folder the worker runs in (the `model` package is importable from there).
ROOT = Path(__file__).resolve().parents[2]
#: A search still running after this long is abandoned with SearchTooSlow.
TIMEOUT_S = 2.0
#: How often the waiting thread looks at its deadline and at cancelled().
POLL_S = 0.02


def available() -> bool:
    """Whether a worker can be started: an interpreter to start (a frozen build has none)."""
    return not getattr(sys, "frozen", False) and bool(sys.executable)


def run(compiled: re.Pattern[str], folded: str, *, timeout: float | None = None,
        cancelled: Callable[[], bool] = lambda: False) -> list[tuple[int, int]]:
    """The non-empty matches of `compiled` in `folded` (model.reading.search.regex_spans),
    found by a worker process. Blocks the calling thread (never the window's: call it
    from a background thread) without holding the GIL.

    Raises SearchTooSlow after `timeout` seconds (TIMEOUT_S) and search.Cancelled as soon as
    `cancelled()` is true; either way the worker is killed. Without a worker (a frozen
    build) the search runs here, uninterruptible.
    """
    from model.reading.search import Cancelled, regex_spans
    if not available():
        return regex_spans(compiled, folded)
    payload: bytes | None = marshal.dumps((compiled.pattern, compiled.flags, folded))
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash (Windows)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "model.reading.regex_worker"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            creationflags=flags)
    except (OSError, ValueError):
        return regex_spans(compiled, folded)
    timeout = TIMEOUT_S if timeout is None else timeout
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                out, _ = process.communicate(payload, timeout=POLL_S)
                break
            except subprocess.TimeoutExpired:
                payload = None  # being written; a retry must not send it again
                if cancelled():
                    raise Cancelled from None
                if time.monotonic() > deadline:
                    raise SearchTooSlow(f"{compiled.pattern}: over {timeout:g} s",
                                        pattern=compiled.pattern) from None
    finally:
        if process.poll() is None:
            process.kill()
        with process:  # closes its pipes (on every path) and reaps it
            pass
    try:
        spans = marshal.loads(out) if process.returncode == 0 else None
    except (EOFError, ValueError, TypeError):
        spans = None
    if not isinstance(spans, list):
        raise SearchError(f"{compiled.pattern}: the search process failed",
                          pattern=compiled.pattern)
    return spans


def main() -> int:
    pattern, flags, text = marshal.loads(sys.stdin.buffer.read())
    compiled = re.compile(pattern, flags)
    spans = [m.span() for m in compiled.finditer(text) if m.end() > m.start()]
    sys.stdout.buffer.write(marshal.dumps(spans))
    return 0


if __name__ == "__main__":
    sys.exit(main())
