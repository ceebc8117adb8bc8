"""Code-point offsets (model/) ↔ UTF-16 positions (QTextDocument).

They differ only where the text has characters outside the BMP (CJK Extension B names such
as 𠀀), so for the common case both directions are the identity and cost nothing.
"""
from __future__ import annotations

import bisect
import re
import sys

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts between Python code-point offsets and Qt UTF-16 positions for one text."""

    def __init__(self, text: str) -> None:
        # code-point indexes of astral characters, ascending (found by the regex engine:
        # a Python loop over a 5 MB report takes half a second). CPython stores a str
        # with no astral character in at most 2 bytes a character: then there is nothing
        # to look for (a 5 MB report's scan, ~20 ms before its text can show, skipped)
        bmp_only = sys.getsizeof(text) < 4 * len(text)
        self._astral = [] if bmp_only else [m.start() for m in _ASTRAL.finditer(text)]
        # their UTF-16 positions (each earlier astral char adds one unit)
        self._astral_qt = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        """Code-point offset → UTF-16 position."""
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """UTF-16 position → code-point offset (a position inside a surrogate pair rounds down)."""
        if not self._astral:
            return position
        whole = bisect.bisect_right(self._astral_qt, position - 2)  # pairs wholly before
        inside = whole < len(self._astral_qt) and self._astral_qt[whole] == position - 1
        return position - whole - (1 if inside else 0)

