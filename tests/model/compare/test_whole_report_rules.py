"""Whole term-closing reports as B (issue 16, session 11, match12): where the review turns
from the past year to the term, and the term's review giving the past year by its number."""
from __future__ import annotations

from pathlib import Path

from model.compare.parts import years_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.compare.term_hinge import names_year, reviewed_year, term_turn
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

#: a whole B: the year's review, then the sentence closing the year and the term, then the
#: term's review under the same heading, then the plan
HINGED_B = """2026年某省政府工作报告

一、2025年和“十四五”时期工作回顾

2025年是“十四五”收官之年，是很不平凡的一年。

安全基础不断夯实。超额完成年度化债任务，中小金融机构减量提质。

各位代表！2025年主要目标任务圆满完成，标志着“十四五”胜利收官。回首奋斗历程，我们倍感振奋。

这是安全发展水平显著提高的五年。

粮食总产量连续18年保持在100万吨以上，地方债务风险化解有力有效，保交楼任务全面完成。

二、2026年重点工作任务

积极有序化解地方债务风险。
"""

#: a B whose term review gives the past year's value by its year
TERM_YEAR_B = """2026年某省政府工作报告

一、2025年和“十四五”时期工作回顾

过去一年，经济运行总体平稳，城镇新增就业62.6万人。

各位代表！五年来，我们砥砺奋进，经济社会发展取得新成就。

（一）大力推进以人为本的新型城镇化。城镇空间格局持续优化，城镇人口稳步增加。深入推进城市更新，常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。

二、2026年工作安排

常住人口城镇化率稳步提高。
"""


def _report(tmp_path: Path, text: str) -> Report:
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    return load_report(tmp_path / "b.txt")


def test_the_sentence_closing_the_year_and_the_term_turns_the_review(tmp_path: Path) -> None:
    b = _report(tmp_path, HINGED_B)
    [(start, end)] = years_spans(b.text, detect_outline(b))
    term = b.text[start:end]
    assert term.startswith("回首奋斗历程")  # the sentence itself reports the year's targets met
    assert "粮食总产量连续18年" in term and "超额完成年度化债任务" not in term


def test_the_year_s_result_outranks_the_term_s(tmp_path: Path, segmenter: Segmenter,
                                                idf: Idf) -> None:
    b = _report(tmp_path, HINGED_B)
    quote = "全面完成年度地方债务化解任务"
    found = Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)
    assert found[0].passage.quote.startswith("超额完成年度化债任务")
    assert not any(c.in_review for c in found if "连续18年" in c.passage.quote)


def test_a_paragraph_naming_the_term_as_its_five_years_reviews_the_term() -> None:
    text = "这是生态文明建设取得显著成效的五年。\n"
    assert term_turn(text, 0, len(text) - 1) == 0
    opening = "2025年是“十四五”收官之年，是很不平凡的一年。\n"
    assert term_turn(opening, 0, len(opening) - 1) is None  # the year's review opens so


def test_the_reviewed_year_is_the_one_before_the_title_s() -> None:
    assert reviewed_year(["工作回顾"], 2026) == 2025
    assert reviewed_year(["2025年和“十四五”时期工作回顾"], None) == 2025
    assert reviewed_year(["工作回顾"], None) is None
    assert names_year("从2020年的53.2%提升到2025年的57.7%", 2025)
    assert not names_year("较2020年增长一倍", 2025) and not names_year("2025年", None)


def test_the_term_s_review_giving_the_past_year_s_value_is_that_year_s_result(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    b = _report(tmp_path, TERM_YEAR_B)
    quote = "常住人口城镇化率达到58%左右"
    [best, *_] = Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)
    assert "2025年的57.7%" in best.passage.quote and best.in_review
