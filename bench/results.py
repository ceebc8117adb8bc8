"""One row per figure, collected by `python -m bench` into a single table.

A benchmark prints its human-readable lines as before and, for every headline figure, calls
`figure(...)`: that prints a `BENCH-ROW\t{json}` line which bench/__main__.py picks up and
gathers into the final table `figure | value | baseline or target | met?`.
"""
from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

MARK = "BENCH-ROW\t"


def figure(name: str, value: str, reference: str = "", met: bool | None = None) -> None:
    """Report one figure: its value (with unit), what it is held to, whether it meets it."""
    print(MARK + json.dumps({"figure": name, "value": value, "reference": reference,
                             "met": met}, ensure_ascii=False), flush=True)


def paired_medians(ours: Callable[[], object], base: Callable[[], object],
                   runs: int) -> tuple[float, float, float]:
    """(median s of ours, median s of base, median of the per-pair ratios), the two timed
    alternately (ours, base, ours, base …) so that load from other processes on a shared
    machine falls on both alike. The ratio of each pair is what is compared, not the best."""
    a, b = [], []
    for i in range(runs):
        order = ((ours, a), (base, b)) if i % 2 == 0 else ((base, b), (ours, a))
        for fn, bucket in order:
            t0 = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - t0)
    ratios = [x / y for x, y in zip(a, b) if y > 0]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def spread(values: list[float]) -> float:
    """(max - min) / median: how noisy a series of runs was."""
    mid = statistics.median(values)
    return (max(values) - min(values)) / mid if mid else 0.0
