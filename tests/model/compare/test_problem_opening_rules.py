"""A review admits its problems with a formula (我们也清醒认识到…): that paragraph reports no
result, of the year nor of the term it may close (issue 16, session 11, match12)."""
from __future__ import annotations

from pathlib import Path

from model.compare.parts import problem_spans
from model.compare.passages import Passage
from model.compare.problem_openings import admits_problems
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

ADMITTING_B = """2026年某省政府工作报告

一、工作回顾

过去一年，安全生产形势稳定，生产安全事故起数和死亡人数分别下降15.1%、17%。

五年来，我们持续推进全面振兴，经济实力迈上新台阶。

总结成绩的同时，我们也清醒地认识到，当前外部环境依然复杂严峻，防范遏制重特大事故任务仍然较重。

二、2026年工作安排

坚决守住不发生重特大安全生产事故底线。
"""


def test_the_formula_admitting_problems_is_read() -> None:
    for opening in ("在肯定成绩的同时，我们也清醒认识到，", "我们也清醒地看到，", "各位代表！我们也清醒地认识到",
                    "同时我们清醒地看到"):
        assert admits_problems(opening, 0, len(opening)), opening
    said = "我们清醒把握发展大势，"
    assert not admits_problems(said, 0, len(said))


def test_problems_closing_the_term_s_review_are_no_result(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    (tmp_path / "b.txt").write_text(ADMITTING_B, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    at = b.text.index("总结成绩的同时")
    assert any(s <= at < e for s, e in problem_spans(b.text, detect_outline(b)))
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    [admitted] = [s for s in evidence.sentences if s.passage.start == at]
    assert not admitted.in_review and not admitted.in_term  # not the term's 0.8
    quote = "坚决防范遏制重特大事故"
    [best, *_] = evidence.candidates(Passage(0, len(quote), quote, ()), 3)
    assert "下降15.1%" in best.passage.quote
