"""Timing helpers shared by the benchmarks (wall clock, perf_counter)."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def run_times(fn: Callable[[], object], runs: int) -> list[float]:
    """Seconds taken by each of `runs` calls of fn."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    """Fastest of `runs` calls, in seconds (the least disturbed by other load)."""
    return min(run_times(fn, runs))


def median_of(fn: Callable[[], object], runs: int = 3) -> float:
    """Median of `runs` calls, in seconds."""
    return statistics.median(run_times(fn, runs))
