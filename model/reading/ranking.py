"""Fewer suggestions, the best first: a score threshold, a cap per section and an overall
limit, so a long report gives a reviewable number (tens, not hundreds).

The cap is per innermost non-item outline section (the part a reviewer reads at once);
what is kept stays in document order.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from model.outline.tree import Outline

if TYPE_CHECKING:  # the window ranks without loading the suggestion rules at start-up
    from model.reading.suggestions import Suggestion

#: Suggestions kept per section unless told otherwise (0: no cap).
DEFAULT_PER_SECTION = 8

S = TypeVar("S", bound="Suggestion")


def section_of(outline: Outline | None, offset: int) -> int:
    """An id of the innermost non-item section holding `offset` (-1: none)."""
    if outline is None:
        return -1
    for node in reversed(outline.path_at(offset)):
        if node.kind != "item":
            return node.start
    return -1


def ranked(found: Sequence[S], outline: Outline | None, min_score: float = 0.0,
           limit: int = 0, per_section: int = DEFAULT_PER_SECTION) -> list[S]:
    """`found` at or above `min_score`, at most `per_section` per section and `limit` in
    all (0: no bound), the best-scored kept (calibrated scores tie in steps: the rules'
    raw score breaks the tie); in document order."""
    order = sorted((s for s in found if s.score >= min_score),
                   key=lambda s: (-s.score, -s.raw_score, s.start))
    taken: dict[int, int] = {}
    kept: list[S] = []
    for s in order:
        section = section_of(outline, s.start)
        if per_section and taken.get(section, 0) >= per_section:
            continue
        taken[section] = taken.get(section, 0) + 1
        kept.append(s)
        if limit and len(kept) >= limit:
            break
    return sorted(kept, key=lambda s: s.start)
