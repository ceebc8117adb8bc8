"""`compare` on a report with thousands of sections: the review and plan parts are found in
one sweep (a scan of every section per section took quadratic time)."""
from __future__ import annotations

import time
from pathlib import Path

from model.compare.parts import plan_spans, review_spans, years_spans
from model.outline.detector import detect_outline
from model.report.loading import load_report


def test_thousands_of_sections_are_classified_quickly(tmp_path: Path) -> None:
    parts = ["某市政府工作报告\n"]
    for i in range(1, 1500):
        parts.append(f"一、{2000 + i % 20}年工作回顾\n\n（一）经济运行稳中向好。全市生产总值增长"
                     f"{i % 9}.5%。\n\n二、{2001 + i % 20}年重点工作\n\n（一）扩大有效投资。"
                     f"年内完成投资{i}亿元以上。\n")
    (tmp_path / "r.txt").write_text("\n".join(parts) * 3, encoding="utf-8")
    report = load_report(tmp_path / "r.txt")
    outline = detect_outline(report)
    started = time.perf_counter()
    review, plan = review_spans(outline), plan_spans(outline)
    years_spans(report.text, outline)
    assert time.perf_counter() - started < 5.0
    assert len(review) == len(plan) > 1000
    assert not any(a < d and c < b for a, b in review for c, d in plan[:50])
