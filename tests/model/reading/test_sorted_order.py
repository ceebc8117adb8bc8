"""A worker's sort in runs (model.reading.compact_table.sorted_order) gives the order of
one sort, ties in list order, and pauses between runs; the IDF median is the same."""
from __future__ import annotations

import random

from model.reading import compact_table
from model.reading.compact_table import SortedTable, sorted_order
from model.reading.keywords import _median


def test_runs_give_the_order_of_one_sort(monkeypatch) -> None:
    monkeypatch.setattr(compact_table, "SORT_RUN", 7)
    rng = random.Random(5)
    items = [rng.choice(["经济", "发展", "就业", "城镇"]).encode() + bytes([rng.randrange(3)])
             for _ in range(100)]
    pauses: list[int] = []
    order = list(sorted_order(items, lambda: pauses.append(1)))
    assert order == sorted(range(len(items)), key=items.__getitem__)  # stable, same ties
    assert len(pauses) == 15


def test_table_and_median_with_pauses_equal_the_plain_ones(monkeypatch) -> None:
    monkeypatch.setattr(compact_table, "SORT_RUN", 5)
    words = [w.encode() for w in ("乙", "甲", "丙", "甲", "丁", "戊", "己", "乙")]
    values = compact_table.array("d", [float(i) for i in range(len(words))])
    plain = SortedTable.of_pairs(list(words), values)
    paused = SortedTable.of_pairs(list(words), values, pause=lambda: None)
    assert [(w, plain.get(w)) for w in plain] == [(w, paused.get(w)) for w in paused]
    numbers = [random.Random(1).random() for _ in range(31)]
    assert _median(numbers, lambda: None) == sorted(numbers)[15] == _median(numbers, None)
