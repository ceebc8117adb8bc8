"""A's task sections and B's review paragraphs follow the same fields (A's 加大保障和改善民生
力度 ↔ B's 民生保障稳步增进): a sentence of B under a heading that shares the words of the
commitment's own headings reports on that field."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from model.compare.matching import char_pairs

#: the most a sentence gains when its headings share every pair of the commitment's
SECTION_BONUS = 0.2
#: headings' character pairs every field's heading has
_GENERIC = char_pairs("推进推动加快加强坚持着力持续全面深入进一步高质量发展建设工作")


def heading_pairs(section: Sequence[str]) -> frozenset[str]:
    """The character pairs of the headings below the part (the part's own heading, 一、…
    工作回顾 or 二、…重点任务, names no field)."""
    return frozenset().union(*(char_pairs(t) for t in section[1:]))


def field_pairs(section: Sequence[str]) -> frozenset[str]:
    """The commitment's field: the pairs of its headings below its part (A's task
    headings) less those every field's heading has."""
    return heading_pairs(section) - _GENERIC


def section_share(field: frozenset[str], b_section: Sequence[str]) -> float:
    """The share of the commitment's field (field_pairs) that the sentence's headings
    below B's part have."""
    if not field or len(b_section) < 2:
        return 0.0
    return len(field & heading_pairs(b_section)) / len(field)


def aligned(kept: list[tuple[Any, ...]], section: Sequence[str]) -> list[tuple[Any, ...]]:
    """The scored sentences (score, Sentence, …) with SECTION_BONUS times their headings'
    share of the commitment's (`section`) added to each score."""
    mine = field_pairs(section)
    if not mine or not SECTION_BONUS:
        return kept
    shares: dict[tuple[str, ...], float] = {}
    found = []
    for k in kept:
        theirs = k[1].passage.section
        share = shares.get(theirs)
        if share is None:
            share = shares[theirs] = section_share(mine, theirs)
        found.append((round(k[0] + SECTION_BONUS * share, 4), *k[1:]) if share else k)
    return found
