"""Suggestions after what the reviewer taught (model.reading.learning): each rule
suggestion re-scored, the ones the reviewer keeps rejecting the like of left out, and
sentences the reviewer keeps tagging by hand suggested even where the rules are silent.

With an empty learner the suggestions come back unchanged (the same list).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from model.outline.tree import Outline
from model.reading.learning import ADD_SCORE, LEARNED_CODE, Learner, span_features
from model.reading.suggestion_units import units
from model.reading.suggestions import MAX_UNIT_CHARS, Suggestion, suggestion_key

#: A rule suggestion the learner lowers below this is left out.
DROP_SCORE = 0.35
__all__ = ["DROP_SCORE", "LEARNED_CODE", "learned_suggestions"]


def learned_suggestions(text: str, outline: Outline | None, found: Sequence[Suggestion],
                        learner: Learner | None) -> list[Suggestion]:
    """`found` (suggest()'s list) re-scored and completed by `learner`, in document order.

    Callers filter the result again by the reviewer's rejections and annotations
    (model.reading.coverage): an added suggestion may be one the reviewer dealt with."""
    if learner is None or learner.empty:
        return list(found)
    by_span: dict[tuple[int, int], list[Suggestion]] = {}
    for s in found:
        by_span.setdefault((s.start, s.end), []).append(s)
    tags = [t for t, w in learner.weights.items() if w]
    out: list[Suggestion] = []
    for start, end, lean in units(text, outline):
        if end - start > MAX_UNIT_CHARS:
            continue
        rules = by_span.pop((start, end), [])
        feats = span_features(text, start, end, lean.kind if lean else None)
        kept = [new for s in rules
                if (new := _rescored(s, learner.score(s.tag, feats, s.score), DROP_SCORE))]
        best = max((s.score for s in kept), default=0.0)
        ruled = {s.tag for s in rules}
        added = [(learner.score(t, feats, None), t) for t in tags if t not in ruled]
        score, tag = max(added, default=(0.0, ""))
        if score >= ADD_SCORE and score > best:
            quote = text[start:end]
            kept = [Suggestion(tag, start, end, quote, round(score, 2),
                               suggestion_key(tag, quote), LEARNED_CODE, {})]
        out += kept
    out += [s for rest in by_span.values() for s in rest]  # not a unit (cannot happen)
    return sorted(out, key=lambda s: (s.start, s.end))


def _rescored(item: Suggestion, score: float, drop: float) -> Suggestion | None:
    """`item` with the learned score (the change shown in its reason); None when learning
    lowered it below `drop`."""
    if score < drop and score < item.score:
        return None
    new = round(score, 2)
    if new == item.score:
        return item
    change = f"{new - item.score:+.2f}"
    return dataclasses.replace(item, score=new,
                               reason_args={**item.reason_args, "learned": change})

