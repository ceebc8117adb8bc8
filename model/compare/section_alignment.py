"""A's task sections and B's review paragraphs follow the same fields (A's 加大保障和改善民生
力度 ↔ B's 民生保障稳步增进): a sentence of B under a heading that shares the words of the
commitment's own headings reports on that field."""
from __future__ import annotations

from collections.abc import Sequence

from model.compare.matching import char_pairs

#: the most a sentence gains when its headings share every pair of the commitment's
SECTION_BONUS = 0.2
#: headings' character pairs every field's heading has
_GENERIC = char_pairs("推进推动加快加强坚持着力持续全面深入进一步高质量发展建设工作")


def section_share(a_section: Sequence[str], b_section: Sequence[str]) -> float:
    """The share of the character pairs of the commitment's headings below its part (A's
    task headings) that the sentence's headings below B's part have."""
    mine = frozenset().union(*(char_pairs(t) for t in a_section[1:])) - _GENERIC
    if not mine or len(b_section) < 2:
        return 0.0
    theirs = frozenset().union(*(char_pairs(t) for t in b_section[1:]))
    return len(mine & theirs) / len(mine)
