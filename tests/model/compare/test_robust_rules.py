"""Rules from the kinds of miss the part held back as heldback4 showed (session 8, round 3),
each on written sentences: a 政府工作报告's own year names its plan; the matcher's rank
fused with the plain character-pair overlap."""
from __future__ import annotations

from pathlib import Path

from model.compare.figures import figures, is_share, same_indicator
from model.compare.parts import part_outline, report_year, review_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

#: a whole report whose review part is the term's and whose plan heading sounds like a
#: result (主要工作), named only by the report's own year
TERM_B = """2026年某省政府工作报告

一、“十四五”时期经济社会发展回顾

过去五年，全省经济总量迈上新台阶。

2025年，全省地区生产总值增长5.1%，新建改建高速公路420公里。

二、2026年主要工作

推动城市群高标准高质量建设。力促沿海高速公路建成通车。
"""

#: a year's work summary: its title's year is the year it reviews
SUMMARY = """某局2025年工作总结

一、2025年主要工作

全年完成道路养护120公里。

二、2026年工作打算

推进道路养护提质。
"""


def _report(tmp_path: Path, text: str) -> Report:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return load_report(path)


def test_a_government_report_s_own_year_names_its_plan(tmp_path: Path) -> None:
    b = _report(tmp_path, TERM_B)
    spans = review_spans(part_outline(b.text, detect_outline(b)))
    assert spans and all("力促沿海高速公路" not in b.text[s:e] for s, e in spans)
    assert any("新建改建高速公路420公里" in b.text[s:e] for s, e in spans)
    assert report_year("2026年某省政府工作报告") == 2026
    assert report_year("某局2025年工作总结") is None and report_year(None) is None


def test_a_work_summary_s_year_is_the_year_it_reviews(tmp_path: Path) -> None:
    s = _report(tmp_path, SUMMARY)
    spans = review_spans(part_outline(s.text, detect_outline(s)))
    assert any("全年完成道路养护120公里" in s.text[a:e] for a, e in spans)


def test_a_plan_sentence_of_the_report_s_year_loses_to_last_year_s_result(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    b = _report(tmp_path, TERM_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    commitment = "力争沿海高速公路建成通车，新建改建高速公路400公里"
    [first, *_rest] = evidence.candidates(Passage(0, len(commitment), commitment, ()), 3)
    assert "420公里" in first.passage.quote


def test_a_ratio_to_an_indicator_is_not_the_indicator() -> None:
    [target] = [f for f in figures("地区生产总值同比增长5%左右") if f.indicator]
    ratio, growth = [f for f in figures(
        "社会物流总费用与地区生产总值的比率降至13.6%左右；地区生产总值增长3.9%。") if f.indicator]
    assert is_share(ratio.indicator) and not is_share(growth.indicator)
    # 同比 says what a rate is measured against, not which indicator
    assert same_indicator(target.indicator, growth.indicator) == 1.0
    assert same_indicator("居民收入同比", "居民收入比上年") == 1.0
