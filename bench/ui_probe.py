"""A UI-latency probe: a 5 ms QTimer on the UI thread recording the longest gap between
its ticks while an interaction (and whatever it leaves queued) runs.

    with GapProbe() as probe:
        window.open_report(path)
        probe.settle(lambda: window.controller.report is not None)
    probe.largest_ms

The interaction itself is called synchronously inside the probe, so the time it blocks
the thread counts as a gap (from the last tick before it to the first after it); `settle`
then runs the event loop until `done()` holds and the queue has been quiet for `quiet_ms`,
so deferred work (timers, slices, signals from workers) is measured too.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEventLoop, QTimer

TICK_MS = 5


class GapProbe:
    """Largest interval between ticks of a TICK_MS timer, in ms."""

    def __init__(self, tick_ms: int = TICK_MS) -> None:
        self._timer = QTimer()
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._marks: list[float] = []
        self._worst_at = 0

    def _tick(self) -> None:
        self._marks.append(time.perf_counter())

    def __enter__(self) -> GapProbe:
        self._marks = [time.perf_counter()]
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._timer.stop()
        self._marks.append(time.perf_counter())

    def settle(self, done: Callable[[], bool] = lambda: True, quiet_ms: int = 300,
               timeout_s: float = 60.0) -> None:
        """Run the event loop until done() and then quiet_ms more (or timeout_s)."""
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout_s
        state = {"since": None}

        def check() -> None:
            now = time.perf_counter()
            if now > deadline:
                loop.quit()
            elif done():
                if state["since"] is None:
                    state["since"] = now
                elif now - state["since"] >= quiet_ms / 1000:
                    loop.quit()

        poll = QTimer()
        poll.setInterval(TICK_MS)
        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()

    @property
    def gaps_ms(self) -> list[float]:
        m = self._marks
        return [(b - a) * 1000 for a, b in zip(m, m[1:])]

    @property
    def largest_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)

    def stalls(self, over_ms: float = 50.0) -> list[float]:
        """The gaps longer than over_ms, in order."""
        return [g for g in self.gaps_ms if g > over_ms]


def probe(action: Callable[[], object], done: Callable[[], bool] = lambda: True,
          quiet_ms: int = 300, timeout_s: float = 60.0) -> GapProbe:
    """Run `action` under a fresh probe, settle, and return the probe."""
    with GapProbe() as p:
        p.settle(quiet_ms=50)  # ticks before the action, so its stall is bounded by them
        action()
        p.settle(done, quiet_ms, timeout_s)
    return p
