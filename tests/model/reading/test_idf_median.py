"""The IDF table's median, sorted in runs when a worker passes a pause, is the median of
one sort."""
from __future__ import annotations

import random

from model.reading import keywords
from model.reading.keywords import _median


def test_median_in_runs_equals_one_sort(monkeypatch) -> None:
    monkeypatch.setattr(keywords, "MEDIAN_RUN", 4)
    rng = random.Random(1)
    for size in (1, 2, 7, 31, 32):
        numbers = [rng.choice((0.5, 1.0, rng.random())) for _ in range(size)]
        pauses: list[int] = []
        paused = _median(numbers, lambda p=pauses: p.append(1))
        assert paused == sorted(numbers)[size // 2] == _median(numbers, None)
        assert len(pauses) == (0 if size <= 4 else -(-size // 4))
    assert _median([], None) == 1.0
