"""Column widths for the review table, sized by what the columns hold.

Fixed widths failed both ways: a 1.4 cm 批注人 column broke 王建国 after two characters,
while a 3.8 cm 位置 column spent a quarter of the page on a section path. Here every
column is measured in display width (a CJK character counts 2, ASCII 1, as in a
monospaced terminal; one unit is half an em of the table font):

- "fit" columns (序号, 位置, 批注人) get their longest text on one line, within their
  [min_share, max_share] of the text width;
- "wrap" columns (原文, 批注) share what is left in proportion to how much text they
  hold, within their own bounds; space nothing needs goes to them too.

All in twips (1/20 pt) so the numbers go straight into w:tcW / w:gridCol.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_LATIN = re.compile("[A-Za-z]")


def display_width(text: str) -> int:
    """Columns `text` takes on one line: wide/fullwidth characters 2, others 1 (combining
    marks and zero-width characters 0)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\ufeff":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _line_units(line: str) -> int:
    """display_width plus one unit to spare for a line with Latin letters: a fallback
    font such as DejaVu Serif makes them wider than half an em ("Li Hua" broke)."""
    return display_width(line) + (1 if _LATIN.search(line) else 0)


def longest_line(text: str) -> int:
    """Display width of the widest line of `text`."""
    return max((display_width(line) for line in text.split("\n")), default=0)


def line_count(text: str, capacity: int) -> int:
    """Lines `text` needs in a column `capacity` units wide (breaking anywhere, as CJK
    text breaks; explicit newlines start a line)."""
    capacity = max(1, capacity)
    return sum(max(1, math.ceil(display_width(line) / capacity)) for line in text.split("\n"))


@dataclass(frozen=True)
class Column:
    """One column: its header and cell texts, its share bounds, and whether it is a
    long-text column that wraps (else it should fit its longest text on one line)."""

    texts: Sequence[str]
    min_share: float
    max_share: float
    wraps: bool = False
    #: For a fit column: where its texts may break when the longest is wider than
    #: max_share ("›" in a citation); it then takes the width of the widest broken line.
    breaks_at: str = ""


@dataclass(frozen=True)
class Metrics:
    """Table font geometry: twips per display unit and per cell for padding/borders."""

    unit: int
    padding: int

    def natural(self, texts: Sequence[str]) -> int:
        """Width that puts the widest line of `texts` on one line."""
        units = max((_line_units(line) for t in texts for line in t.split("\n")), default=0)
        return units * self.unit + self.padding

    def capacity(self, width: int) -> int:
        """Display units one line of a column `width` twips wide holds."""
        return max(1, (width - self.padding) // self.unit)


def plan_widths(columns: Sequence[Column], total: int, metrics: Metrics) -> list[int]:
    """Widths in twips summing to `total` (see the module docstring)."""
    widths = [0.0] * len(columns)
    fit = [i for i, c in enumerate(columns) if not c.wraps]
    wrap = [i for i, c in enumerate(columns) if c.wraps]
    for i in fit:
        c = columns[i]
        natural = metrics.natural(c.texts)
        if c.breaks_at and natural > c.max_share * total:
            natural = _broken_natural(c, metrics, c.max_share * total)
        widths[i] = _clamp(natural, c.min_share * total, c.max_share * total)
    wrap_floor = sum(columns[i].min_share * total for i in wrap)
    for i in fit:  # too wide together: first break citations between their parts
        c = columns[i]
        if c.breaks_at and sum(widths[j] for j in fit) > total - wrap_floor:
            widths[i] = max(c.min_share * total, min(widths[i], _broken_natural(c, metrics, 0)))
    taken = sum(widths[i] for i in fit)
    if taken > total - wrap_floor and taken > 0:  # fit columns squeeze the text: scale them
        for i in fit:
            widths[i] *= (total - wrap_floor) / taken
    rest = total - sum(widths[i] for i in fit)
    if wrap:
        naturals = [float(metrics.natural(columns[i].texts)) for i in wrap]
        if sum(naturals) <= rest:  # everything fits on one line: spread the spare room
            weights = naturals
        else:
            weights = [float(sum(display_width(t) for t in columns[i].texts) or 1) for i in wrap]
        shares = _share(rest, weights, [columns[i].min_share * total for i in wrap],
                        [columns[i].max_share * total for i in wrap])
        for i, width in zip(wrap, shares):
            widths[i] = width
    elif fit:  # no wrapping column: the fit columns share the spare room
        spare = rest / len(fit)
        for i in fit:
            widths[i] += spare
    return _round_to(widths, total)


def _broken_natural(column: Column, metrics: Metrics, width: float) -> int:
    """Natural width of a column's texts broken at its separators to fit `width` (0: each
    part on a line of its own)."""
    capacity = metrics.capacity(int(width))
    return metrics.natural([wrap_at_separators(t, column.breaks_at, capacity)
                            for t in column.texts])


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _share(amount: float, weights: list[float], lows: list[float],
           highs: list[float]) -> list[float]:
    """Split `amount` in proportion to `weights` with per-part bounds (a part pinned at a
    bound drops out and the rest is split again). Bounds are dropped when they cannot
    all hold (their sum does not bracket `amount`)."""
    if not (sum(lows) <= amount <= sum(highs)):
        lows, highs = [0.0] * len(weights), [amount] * len(weights)
    result = [0.0] * len(weights)
    free = set(range(len(weights)))
    left = amount
    while free:
        total_weight = sum(weights[i] for i in free) or 1.0
        trial = {i: left * weights[i] / total_weight for i in free}
        pinned = {i: lows[i] for i in free if trial[i] < lows[i]}
        if not pinned:
            pinned = {i: highs[i] for i in free if trial[i] > highs[i]}
        if not pinned:
            for i, value in trial.items():
                result[i] = value
            break
        for i, value in pinned.items():
            result[i] = value
            left -= value
            free.discard(i)
    return result


def _round_to(widths: list[float], total: int) -> list[int]:
    """Whole twips; the widest column absorbs the rounding so the sum is exactly `total`."""
    rounded = [int(round(w)) for w in widths]
    if rounded:
        widest = max(range(len(rounded)), key=lambda i: rounded[i])
        rounded[widest] += total - sum(rounded)
    return rounded


def wrap_at_separators(text: str, separator: str, capacity: int) -> str:
    """Break a citation between its parts (never inside one when a part fits a line),
    keeping the separator's mark at the end of the broken line: "二、（一） ›\\n第12段"."""
    parts = text.split(separator)
    mark = separator.rstrip()
    lines: list[str] = []
    current = ""
    for k, part in enumerate(parts):
        candidate = part if not current else f"{current}{separator}{part}"
        room = capacity - (display_width(mark) if k < len(parts) - 1 else 0)
        if not current or display_width(candidate) <= room:
            current = candidate
        else:
            lines.append(current + mark)
            current = part
    lines.append(current)
    return "\n".join(lines)
