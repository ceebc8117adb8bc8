"""The commitments of A, in A's order: the reviewer's commitment annotations when A's
sidecar has any, else the suggester's commitment suggestions at or above a score, together
with the plan's target sentences and the other sentences of A's plan part; a list of
targets is cut into its items.

A 政府工作报告 puts what it promises for the coming year in its plan part, headed by the
year's tasks or targets (2022年政府工作任务, 对今年政府工作的建议, 主要预期目标); every
sentence there is a commitment a later report may answer, whatever its wording. A figure
with 左右 in A's own review part is an estimate of last year's result (预计增长3.8%左右),
not a target.
"""
from __future__ import annotations

from collections.abc import Iterable

from model.annotations import Annotation
from model.compare.passages import (
    Passage,
    items,
    plan_sentences,
    review_spans,
    section_path,
    target_sentences,
)
from model.compare.proposals import Commitment
from model.outline.tree import Outline
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest

#: suggestions scored below this are not taken as commitments
MIN_SCORE = 0.5


def commitments(text: str, outline: Outline | None, segmenter: Segmenter,
                annotations: Iterable[Annotation] = (), min_score: float = MIN_SCORE
                ) -> list[Commitment]:
    tagged = [a for a in annotations if a.tag == "commitment" and a.end > a.start]
    if tagged:
        found = [(a.start, a.end, "annotation", 1.0) for a in tagged]
    else:
        found = [(s.start, s.end, "suggestion", s.score)
                 for s in suggest(text, outline, segmenter)
                 if s.tag == "commitment" and s.score >= min_score]
        covered = [(s, e) for s, e, _src, _sc in found]
        review = review_spans(outline)
        for source, spans in (("target", target_sentences(text)),
                              ("plan", plan_sentences(text, outline))):
            for s, e in spans:
                # in A's own review a 左右 estimates last year's result (预计…增长3.8%左右)
                if any(a <= s < b for a, b in review):
                    continue
                if not any(a < e and s < b for a, b in covered):
                    found.append((s, e, source, 0.0))
                    covered.append((s, e))
    result: list[Commitment] = []
    seen: set[tuple[int, int]] = set()
    for start, end, source, score in sorted(found):
        for s, e in items(text, start, end):
            if (s, e) not in seen:
                seen.add((s, e))
                result.append(Commitment(Passage(s, e, text[s:e], section_path(outline, s)),
                                         source, round(score, 4)))
    return result
