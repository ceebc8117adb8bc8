"""Width folding for search: one character in, one character out, so offsets never move.

Full-width ASCII (U+FF01–FF5E) becomes its ASCII twin, the ideographic space U+3000 a plain
space, and curly quotes straight ones. NFKC is deliberately not used: it changes the length
of characters such as … and ㎡, which would shift every offset after them.
"""
from __future__ import annotations

from functools import cache

FULLWIDTH_FIRST = 0xFF01
FULLWIDTH_LAST = 0xFF5E
FULLWIDTH_SHIFT = 0xFEE0


def _fold_table() -> dict[int, int]:
    table = {cp: cp - FULLWIDTH_SHIFT for cp in range(FULLWIDTH_FIRST, FULLWIDTH_LAST + 1)}
    table[0x3000] = ord(" ")
    for quote in "“”＂":
        table[ord(quote)] = ord('"')
    for quote in "‘’":
        table[ord(quote)] = ord("'")
    return table


FOLD_TABLE: dict[int, int] = _fold_table()


@cache
def _bmp_identity() -> tuple[int, ...]:
    """Every code point of the Basic Multilingual Plane, mapped to itself (made on first
    use, not while the window starts: 2 MB, 2 ms)."""
    return tuple(range(0x10000))


def dense_table(table: dict[int, int]) -> tuple[int, ...]:
    """`table` (keys in the BMP) as a tuple indexed by code point, for `str.translate`:
    the same translation at half the cost. A dict table raises and catches a KeyError for
    every character it leaves alone (most of a report: 5 MB took 0.08 s, now 0.04 s); a
    character past the BMP is an IndexError, left alone as a missing key is."""
    dense = list(_bmp_identity())  # the same int objects in every dense table
    for key, value in table.items():
        dense[key] = value
    return tuple(dense)


@cache
def _fold_dense() -> tuple[int, ...]:
    """FOLD_TABLE for `str.translate` (made on first use)."""
    return dense_table(FOLD_TABLE)


def fold_width(text: str) -> str:
    """Full-width ASCII, U+3000 and curly quotes folded; same length as `text`."""
    return text.translate(_fold_dense())


def fold_case(text: str) -> str:
    """Lower-case without changing the length (a character whose lower form is longer,
    such as 'İ', is kept as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def fold(text: str, *, case_sensitive: bool = False) -> str:
    """The search form of `text`: width-folded and, unless `case_sensitive`, lower-cased.

    Guaranteed: len(fold(text)) == len(text), so offsets found in the folded text are
    offsets into the original.
    """
    folded = fold_width(text)
    return folded if case_sensitive else fold_case(folded)
