"""Ordinal numbers as written in Chinese reports: 一/十一/二十, 1/１, ①.

Only canonical forms count as numerals (十一, not 一十一 or 一一), so stray runs of numeral
characters such as 二〇二四 (a year) never pass as an ordinal.
"""
from __future__ import annotations

CN_DIGITS = "零一二三四五六七八九"
_CN_VALUE = {ch: i for i, ch in enumerate(CN_DIGITS)} | {"〇": 0, "两": 2}
CIRCLED_FIRST = 0x2460  # ①; ⑳ is 0x2473


def int_to_cn(value: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一 (1 ≤ value ≤ 999)."""
    if not 0 < value < 1000:
        raise ValueError(value)
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    out = ""
    if hundreds:
        out += CN_DIGITS[hundreds] + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else CN_DIGITS[tens]) + "十"
    if units:
        out += CN_DIGITS[units]
    return out


def cn_to_int(numeral: str) -> int | None:
    """Value of a canonical Chinese numeral (两 accepted for 二), else None."""
    total = 0
    pending = 0
    for ch in numeral:
        if ch == "十":
            total += (pending or 1) * 10
            pending = 0
        elif ch == "百":
            total += (pending or 1) * 100
            pending = 0
        elif ch in _CN_VALUE:
            pending = _CN_VALUE[ch]
        else:
            return None
    value = total + pending
    if value <= 0 or value >= 1000:
        return None
    return value if int_to_cn(value) == numeral.replace("两", "二") else None


def ordinal_value(numeral: str) -> int | None:
    """Value of an ordinal written with Chinese, ASCII/full-width Arabic or circled digits."""
    if not numeral:
        return None
    if numeral.isdecimal():
        value = int(numeral)  # int() reads full-width digits too
        return value if value > 0 else None
    if len(numeral) == 1 and CIRCLED_FIRST <= ord(numeral) <= CIRCLED_FIRST + 19:
        return ord(numeral) - CIRCLED_FIRST + 1
    return cn_to_int(numeral)
