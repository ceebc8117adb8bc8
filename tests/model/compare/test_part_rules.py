"""Rules from the pairs held back in session 7 (heldback2, now tune data), each on a small
written pair: unmarked part headings, a report's opening, coordinated set phrases, a
source's spacing around figures, a level held beside a target figure."""
from __future__ import annotations

from pathlib import Path

from model.compare.commitments import commitments
from model.compare.figures import figures
from model.compare.pair import propose
from model.compare.parts import part_outline, review_spans, years_spans
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

#: headings without markers, as a reader pastes them; a plan of run-in task titles
UNMARKED_A = """某省2024年政府工作报告（节选）

2023年工作回顾

全省地区生产总值增长6%，地方一般公共预算收入增长13.3%。

2024年工作安排

2024年，全省经济社会发展主要预期目标是：地区生产总值增长6%左右；粮食产量保持在715亿斤以上。

重点做好五个方面工作：推动城市群建设走深走实，牵引和带动区域协调发展。切实保障和改善民生，提升人民的生活品质。扩大高水平对外开放，构筑向西开放战略高地。
"""

UNMARKED_B = """某省2025年政府工作报告（节选）

2024年工作回顾

经济运行稳中向好，预计全省地区生产总值增长5.7%。区域发展更趋协调，城市群共建重点项目完成年度投资5200亿元。改革开放纵深推进，国际航空枢纽年旅客吞吐量增长16.6%。民生保障水平提升，财政民生支出占比保持在65%以上。全省粮食产量726.8亿斤、再创历史新高。19所高校学科进入世界高水平学科行列。

2025年工作安排

今年发展主要预期目标是：地区生产总值增长5.5%以上；粮食产量725亿斤以上。坚持教育科技人才一体发展，建设高水平大学。
"""


def _pair(tmp_path: Path, a_text: str, b_text: str) -> tuple[Report, Report]:
    (tmp_path / "a.txt").write_text(a_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b_text, encoding="utf-8")
    return load_report(tmp_path / "a.txt"), load_report(tmp_path / "b.txt")


def test_an_unmarked_year_heading_heads_a_part(tmp_path: Path) -> None:
    a, _b = _pair(tmp_path, UNMARKED_A, UNMARKED_B)
    outline = part_outline(a.text, detect_outline(a))
    assert outline is not None
    assert [n.title for n in outline.roots] == ["2023年工作回顾", "2024年工作安排"]
    [(start, end)] = review_spans(outline)
    assert "增长13.3%" in a.text[start:end] and "2024年工作安排" not in a.text[start:end]
    # the title names a year, not a part; a detected outline is not changed
    assert part_outline("某省2024年政府工作报告\n\n全省经济平稳。", None) is None


def test_each_task_of_an_unmarked_plan_is_a_commitment(
        tmp_path: Path, segmenter: Segmenter) -> None:
    a, _b = _pair(tmp_path, UNMARKED_A, UNMARKED_B)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    for task in ("地区生产总值增长6%左右", "粮食产量保持在715亿斤以上", "推动城市群建设走深走实",
                 "切实保障和改善民生", "扩大高水平对外开放"):
        assert any(task in q for q in quotes), task
    assert not any("增长13.3%" in q for q in quotes)  # last year's result, in the review


def _top(tmp_path: Path, segmenter: Segmenter, idf: Idf, commitment: str,
         a_text: str = UNMARKED_A, b_text: str = UNMARKED_B) -> str:
    a, b = _pair(tmp_path, a_text, b_text)
    made = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
    [p] = [p for p in made if commitment in p.commitment.passage.quote]
    return p.candidates[0].passage.quote


def test_a_coordinated_set_phrase_is_matched_by_its_words(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    # jieba keeps 保障和改善民生 whole; the review writes 民生保障
    assert _top(tmp_path, segmenter, idf, "切实保障和改善民生").startswith("民生保障水平提升")


def test_a_manner_word_is_no_subject(tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    # 高水平 says how, not what: a sentence sharing only it (高水平学科) is no answer to
    # 扩大高水平对外开放
    a, b = _pair(tmp_path, UNMARKED_A, UNMARKED_B)
    made = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)
    [p] = [p for p in made if "扩大高水平对外开放" in p.commitment.passage.quote]
    assert not any("高水平学科" in c.passage.quote for c in p.candidates)


OPENING_B = """某省2025年政府工作报告（节选）

各位代表：

现在，我代表省人民政府向大会报告工作。全省经济运行总体平稳，2024年地区生产总值达13.7万亿元、增长5.8%，一般公共预算收入再次达到万亿级规模。

关于某省2024年计划执行情况与2025年计划草案的报告（摘要）

一、2024年计划执行情况

（一）加力宏观调节。规上工业增加值增长7.7%，城镇新增就业143万人。

二、2025年计划

地区生产总值增长5%左右。
"""

OPENING_A = """某省2024年政府工作报告

一、2023年工作回顾

全省经济回升向好。

二、2024年目标任务

主要预期目标是：地区生产总值增长 5% 以上；城镇新增就业125万人以上。
"""


def test_the_opening_before_the_first_heading_is_the_review(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    top = _top(tmp_path, segmenter, idf, "地区生产总值增长 5% 以上", OPENING_A, OPENING_B)
    assert "增长5.8%" in top
    a, b = _pair(tmp_path, OPENING_A, OPENING_B)
    [(start, _end)] = review_spans(detect_outline(b))
    assert start == 0  # the report opens with its review


def test_spacing_around_a_figure_is_no_part_of_it() -> None:
    [target] = figures("地区生产总值增长 5% 以上")
    assert (target.indicator, target.value, target.bound) == ("地区生产总值", 5.0, "以上")
    [result] = figures("省重大项目投资 7300 亿元")
    assert result.indicator == "省重大项目投资" and result.value == 7.3e11


def test_a_news_attribution_is_read_past_when_the_term_s_review_opens(tmp_path: Path) -> None:
    text = ("某省2026年政府工作报告\n\n一、2025年工作回顾\n\n过去一年，区域发展协调推进。\n\n"
            "省长说，五年来，我们持续优化经济布局，区域城乡发展更趋协调。\n\n二、2026年重点工作\n\n"
            "推动区域协调发展。\n")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    [(start, end)] = years_spans(b.text, detect_outline(b))
    assert b.text[start:end].startswith("省长说，五年来") and "过去一年" not in b.text[start:end]
