"""model/compare/ranking.py: what a candidate list shows agrees with its order — each
candidate's rank and the strength of its place descend, where the matcher's score (fused
with the plain overlap) need not."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.compare import ranking
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

NONE: frozenset[str] = frozenset()
PAIRS = frozenset({"高速", "速公", "公路", "建成", "通车"})

B = """2026年某省政府工作报告

一、2025年工作回顾

全省高速公路建设加快推进。

沿海高速公路建成通车，新建改建高速公路420公里。

普通国省道改造提升800公里，农村公路通达率100%。

二、2026年主要工作

加快综合交通网络建设。
"""


class S:
    """A sentence of B as the ranking reads it."""

    def __init__(self, start: int, pairs: frozenset[str]) -> None:
        self.passage = Passage(start, start + 1, "", ())
        self.pairs = pairs
        self.in_review = True
        self.frame = False


def _kept() -> list[tuple[object, ...]]:
    """The matcher's second (by a hair) repeats every pair of the commitment."""
    return [(1.00, S(0, frozenset({"高速"})), [], NONE, None),
            (0.99, S(10, PAIRS), [], NONE, None),
            (0.50, S(20, frozenset({"高速", "公路"})), [], NONE, None)]


def _order(kept: list[tuple[object, ...]]) -> list[int]:
    """The candidates' order (indices into `kept`) as ranking.ranked gives it."""
    return [i for i, _strength in ranking.ranked(kept, PAIRS, True)]


def test_the_rank_is_fused_with_the_plain_overlap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A candidate the matcher puts second by a hair but that repeats far more of the
    commitment's characters comes first when the overlap weighs as much as the matcher;
    with the fusion off the matcher's order stands; strong evidence (a figure of the
    indicator) ranks first by the overlap too."""
    kept = _kept()
    monkeypatch.setattr(ranking, "FUSION_WEIGHT", 1.0)
    monkeypatch.setattr(ranking, "FUSION_K", 3.0)
    assert _order(kept) == [1, 0, 2]
    kept[0] = (1.00, kept[0][1], [], NONE, "420公里")  # a figure: strong evidence
    assert _order(kept) == [0, 1, 2]
    monkeypatch.setattr(ranking, "FUSION_WEIGHT", 0.0)
    assert _order(kept[::-1]) == [2, 1, 0]


def test_the_strength_descends_where_the_matchers_score_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranking, "FUSION_WEIGHT", 1.0)
    monkeypatch.setattr(ranking, "FUSION_K", 3.0)
    kept = _kept()
    order = ranking.ranked(kept, PAIRS, True)
    assert [i for i, _ in order] == [1, 0, 2]
    scores = [kept[i][0] for i, _ in order]
    strengths = [s for _, s in order]
    assert scores != sorted(scores, reverse=True)  # the case: 0.99 above 1.00
    assert strengths == sorted(strengths, reverse=True)
    assert 0 < strengths[-1] and strengths[0] <= 1


def test_first_by_both_ranks_is_full_strength(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _kept()
    kept[1] = (1.10, kept[1][1], [], NONE, None)  # now first by the matcher too
    [(first, strength), *_rest] = ranking.ranked(kept, PAIRS, True)
    assert first == 1 and strength == pytest.approx(1.0)
    monkeypatch.setattr(ranking, "FUSION_WEIGHT", 0.0)  # the matcher alone
    order = ranking.ranked(kept, PAIRS, True)
    assert [i for i, _ in order] == [1, 0, 2]
    assert order[0][1] == pytest.approx(1.0) and order[1][1] < 1


def test_proposed_candidates_carry_their_rank_and_strength(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    path = tmp_path / "b.txt"
    path.write_text(B, encoding="utf-8")
    b = load_report(path)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    commitment = "力争沿海高速公路建成通车，新建改建高速公路400公里"
    found = evidence.candidates(Passage(0, len(commitment), commitment, ()), 3)
    assert len(found) >= 2
    assert [c.rank for c in found] == list(range(1, len(found) + 1))
    strengths = [c.strength for c in found]
    assert strengths == sorted(strengths, reverse=True) and strengths[0] <= 1
