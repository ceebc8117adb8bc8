"""Width folding for search: one character in, one character out, so offsets never move.

Full-width ASCII (U+FF01–FF5E) becomes its ASCII twin, the ideographic space U+3000 a plain
space, and curly quotes straight ones. NFKC is deliberately not used: it changes the length
of characters such as … and ㎡, which would shift every offset after them.
"""
from __future__ import annotations

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


def fold_width(text: str) -> str:
    """Full-width ASCII, U+3000 and curly quotes folded; same length as `text`."""
    return text.translate(FOLD_TABLE)


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
