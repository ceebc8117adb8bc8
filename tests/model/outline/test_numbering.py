"""Ordinal numerals (model/report/ordinals.py)."""
from __future__ import annotations

import pytest

from model.report.ordinals import cn_to_int, int_to_cn, ordinal_value


@pytest.mark.parametrize(("value", "numeral"), [
    (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
    (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (315, "三百一十五"),
])
def test_int_to_cn_and_back(value: int, numeral: str) -> None:
    assert int_to_cn(value) == numeral
    assert cn_to_int(numeral) == value


@pytest.mark.parametrize("numeral", ["一一", "一十一", "二〇二四", "零", "十十", "abc", ""])
def test_non_canonical_numerals_are_rejected(numeral: str) -> None:
    assert cn_to_int(numeral) is None


@pytest.mark.parametrize(("written", "value"), [
    ("3", 3), ("１２", 12), ("①", 1), ("⑳", 20), ("两", 2), ("十二", 12), ("0", None), ("", None),
])
def test_ordinal_value(written: str, value: int | None) -> None:
    assert ordinal_value(written) == value


def test_int_to_cn_range() -> None:
    with pytest.raises(ValueError):
        int_to_cn(0)
