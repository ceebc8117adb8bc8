"""The order candidates are proposed in: the matcher's rank fused with the plain
character-pair overlap's rank (FUSION_WEIGHT, FUSION_K)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from model.compare.matching import policy_pairs

#: rank fusion: a candidate's place is 1/(FUSION_K + its rank by the matcher's score) +
#: FUSION_WEIGHT/(FUSION_K + its rank by the plain count of the commitment's character pairs
#: it repeats, among B's review sentences). The matcher's many terms were each set on the
#: tune pairs; the plain overlap set on nothing. Fused, a sentence must do well by both, so a
#: term that over-fits moves a candidate only as far as the overlap agrees (chosen by
#: leaving one part of the corpus out: bench.compare_cv --part-cv). 0: matcher alone.
FUSION_WEIGHT = 0.5
FUSION_K = 1.0
#: a sentence of B without a figure that restates the political frame (一年来，我们
#: 坚持以习近平新时代中国特色社会主义思想为指导…; 在…坚强领导下; 成绩来之不易; 我代表…报告工作;
#: thanks and greetings: 向…致以新年的问候, 表示衷心感谢)
#: names every field in the abstract words plans use and reports no result: the matcher
#: counts it this much, and it gets no overlap rank (1: counted as any other sentence)
FRAME = 0.25


def ranked(kept: Sequence[tuple[Any, ...]], pairs: frozenset[str],
           has_review: bool) -> list[tuple[int, float]]:
    """The candidates' order (indices into `kept`): the matcher's rank fused with the rank
    of the plain bigram overlap (FUSION_WEIGHT, FUSION_K). The overlap counts the
    commitment's pairs less its task verbs' (`pairs`: every plan sentence has 加力推进), a
    policy named by its long form as its short name's pairs (两新 ↔ 设备更新…以旧换新).
    Strong evidence the overlap cannot see ranks first by it: a sentence naming the
    commitment's policy (by any name), giving a figure of its indicator or stating its
    target met or missed in words (_stated). Else a sentence
    outside B's review part gets no overlap rank: the naive ranking only looks in the
    review; nor does a sentence restating the political frame (FRAME).
    Each index comes with its strength: its fused value over the best possible (first by
    both ranks), so 1 at most and never higher than the one before it — what the list
    shows, where the matcher's score alone would not descend."""
    by_score = sorted(range(len(kept)), key=lambda i: (-kept[i][0], kept[i][1].passage.start))
    if not FUSION_WEIGHT:
        return [(i, (1 + FUSION_K) / (FUSION_K + rank)) for rank, i in enumerate(by_score, 1)]
    stated = {i for i, k in enumerate(kept) if _stated(k)}
    overlap = sorted((i for i in range(len(kept))
                      if (kept[i][1].in_review or not has_review or i in stated)
                      and not (kept[i][1].frame and FRAME < 1)),
                     key=lambda i: (not (kept[i][3] or kept[i][4] or i in stated),
                                    -len(pairs & (kept[i][1].pairs | policy_pairs(kept[i][3]))),
                                    kept[i][1].passage.start))
    fused = dict.fromkeys(range(len(kept)), 0.0)
    for rank, i in enumerate(by_score, 1):
        fused[i] += 1.0 / (FUSION_K + rank)
    for rank, i in enumerate(overlap, 1):
        fused[i] += FUSION_WEIGHT / (FUSION_K + rank)
    best = (1.0 + FUSION_WEIGHT) / (FUSION_K + 1)
    order = sorted(fused, key=lambda i: (-fused[i], -kept[i][0], kept[i][1].passage.start))
    return [(i, fused[i] / best) for i in order]


def _stated(k: Sequence[Any]) -> bool:
    """A candidate judged without a figure: its target's verdict said in words
    (stated_verdicts; the verdict is k[5] of (score, sentence, words, policies, figure,
    verdict, …))."""
    return len(k) > 5 and bool(k[5]) and k[4] is None
