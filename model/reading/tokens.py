"""What segmentation gives: a text's tokens and their edges (model/reading/segmenter.py
makes them; search, the cue lexicon and the analysis read them).
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple


class Token(NamedTuple):
    """One word: text[start:end] == word (code points, end exclusive). A NamedTuple: a
    1 MB report has ~200k tokens and a frozen dataclass costs twice the time to build."""

    word: str
    start: int
    end: int


class Boundaries:
    """Token edges of one text: `offset in b` is True when a token starts or ends there."""

    def __init__(self, length: int, edges: Iterable[int] = ()) -> None:
        self._flags = bytearray(length + 1)
        flags = self._flags
        for edge in edges:
            flags[edge] = 1

    @classmethod
    def of_flags(cls, flags: bytearray) -> Boundaries:
        """Boundaries over `flags` (one byte per offset, 0..length; not copied)."""
        bounds = cls(0)
        bounds._flags = flags
        return bounds

    @staticmethod
    def of_sorted(edges: Sequence[int], length: int) -> Boundaries:
        """Boundaries of a text of `length` whose other edges are the sorted `edges` (not
        copied): the starts of its default-mode tokens, which follow each other."""
        return _SortedEdges(edges, length)

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and 0 <= offset < len(self._flags) and bool(
            self._flags[offset])

    def __len__(self) -> int:
        """Length of the text these boundaries belong to."""
        return len(self._flags) - 1

    @property
    def edge_at(self) -> Callable[[int], object]:
        """A function of an offset from 0 to the length, true where `offset in self`:
        a C-level lookup of the flags for a caller testing many offsets (cue matching,
        twice a cue), where `in` is a Python call each."""
        return self._flags.__getitem__


class _SortedEdges(Boundaries):
    """Boundaries as a sorted sequence (an array of token starts: no byte per character
    and no second pass over the tokens); 0 and the length always count."""

    def __init__(self, edges: Sequence[int], length: int) -> None:
        self._edges = edges
        self._length = length

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int) or not 0 <= offset <= self._length:
            return False
        if offset in (0, self._length):
            return True
        i = bisect.bisect_left(self._edges, offset)
        return i < len(self._edges) and self._edges[i] == offset

    def __len__(self) -> int:
        return self._length

    @property
    def edge_at(self) -> Callable[[int], object]:
        return self.__contains__
