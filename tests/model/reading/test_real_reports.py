"""Suggested tags on the labelled real reports (tests/data/suggest_real, docs/tags.md)."""
from __future__ import annotations

import pytest

from bench.suggest_quality import load_gold, match, real_split
from model.outline.detector import detect_outline
from model.reading.ranking import ranked
from model.reading.segmenter import Segmenter
from model.reading.suggestions import TAGS, suggest
from model.report.loading import load_report, report_from_text


def _totals(part: str, segmenter: Segmenter) -> dict[str, list[int]]:
    totals = {t: [0, 0, 0] for t in TAGS}
    for txt in real_split()[part]:
        rep = load_report(txt)
        found = suggest(rep.text, detect_outline(rep), segmenter)
        tp, fp, fn, _, _ = match(load_gold(txt, rep.text),
                                 [(s.tag, s.start, s.end) for s in found])
        for t in TAGS:
            totals[t] = [totals[t][0] + tp[t], totals[t][1] + fp[t], totals[t][2] + fn[t]]
    return totals


@pytest.mark.parametrize("part", ["seen", "heldback"])
def test_results_and_problems_reach_the_measured_quality(part: str, segmenter: Segmenter
                                                          ) -> None:
    """Floors a little under what bench.suggest_quality --real measured (issue 14)."""
    totals = _totals(part, segmenter)
    tp, fp, fn = totals["achievement"]
    assert tp / (tp + fp) >= 0.85 and tp / (tp + fn) >= 0.85
    tp, fp, fn = totals["problem"]
    assert tp / (tp + fp) >= 0.75 and tp / (tp + fn) >= 0.95


def test_closing_resolution_is_a_commitment(segmenter: Segmenter) -> None:
    text = ("二、存在的问题\n　　部分企业生产经营面临较大困难。对此，我们一定会高度重视，"
            "下大力气加以解决。\n")
    found = {s.quote: s for s in suggest(text, None, segmenter)}
    closing = found["对此，我们一定会高度重视，下大力气加以解决。"]
    assert closing.tag == "commitment" and "resolution" in closing.reason


def test_review_results_are_achievements_and_cap_ranks(segmenter: Segmenter) -> None:
    text = "一、2024年工作回顾\n" + "".join(
        f"　　第{i}个项目建成投运，装机突破{i}0万千瓦。重点项目完成投资{i}亿元。\n"
        for i in range(1, 8))
    outline = detect_outline(report_from_text(text))
    found = suggest(text, outline, segmenter)
    assert found and all(s.tag == "achievement" for s in found)
    capped = ranked(found, outline, per_section=5)
    assert len(capped) == 5 and [s.start for s in capped] == sorted(s.start for s in capped)
    assert min(s.score for s in capped) >= max(s.score for s in found if s not in capped)
