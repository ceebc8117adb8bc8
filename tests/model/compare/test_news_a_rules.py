"""The rules of session 8, round 2 (issue 16), on sentences written for them: an A that is
a news account, a 要点 list or a 分工方案 of the report (targets run together with 、, a part
named by a short line, the reporter's subject and attribution, projects promised by their
milestone), and a whole B whose term review opens in the forms reports use (——这五年，
各位代表！…回望“十四五”, “十四五”时期…)."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.compare.commitments import checkable, commitments
from model.compare.figures import spelled_out
from model.compare.matching import clauses as _clauses
from model.compare.parts import part_outline, plan_spans, review_spans, years_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.compare.targets import items
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report


def _report(tmp_path: Path, text: str) -> Report:
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return load_report(tmp_path / "r.txt")


def _items(sentence: str) -> list[str]:
    return [sentence[s:e] for s, e in items(sentence, 0, len(sentence))]


def test_targets_run_together_with_enumeration_commas_are_each_an_item() -> None:
    said = ("某省主要预期目标为生产总值增长5.5%左右、城镇调查失业率控制在5%以内、居民消费价格涨幅2%左右、"
            "居民可支配收入与经济增长基本同步。")
    assert _items(said) == ["某省主要预期目标为生产总值增长5.5%左右", "城镇调查失业率控制在5%以内",
                            "居民消费价格涨幅2%左右", "居民可支配收入与经济增长基本同步。"]
    # a 分工方案 frames the list (对…等预期目标完成情况进行监测): its enumerator stays with the first
    plan = "一、对地区生产总值增长5%以上、粮食产量500亿斤左右等预期目标完成情况进行监测。"
    assert _items(plan) == ["一、对地区生产总值增长5%以上", "粮食产量500亿斤左右等预期目标完成情况进行监测。"]


@pytest.mark.parametrize("sentence", [
    "城镇和农村居民人均可支配收入分别增长4.3%、5.5%。",  # a respective list: one figure's
    "万元地区生产总值能耗、水耗等指标保持最优水平。",  # no piece with a figure of its own
    "基础设施投资、工业投资增长3.2%。",
])
def test_an_enumeration_that_is_not_a_list_of_targets_stays_whole(sentence: str) -> None:
    assert _items(sentence) == [sentence]


NEWS_A = """某市2025年政府工作报告（节选）

主要预期目标

1月14日，某市人民代表大会开幕，市长作政府工作报告。

报告明确指出，某市将实现地区生产总值增长5%左右。此外，居民收入增长将与经济增长保持同步，确保人民生活水平稳步提升。

2025年重点任务

某市政府积极推动区域合作，协同推进320个共建重点项目。张市长提出，要持续推动科技创新和产业创新融合发展。开工建设某某高速二期、某某大桥等重点项目。某某高铁和某某高速改扩建提前建成通车。
"""


def test_a_short_line_naming_a_part_heads_it(tmp_path: Path) -> None:
    a = _report(tmp_path, NEWS_A)
    outline = part_outline(a.text, detect_outline(a))
    [(start, end)] = plan_spans(outline)
    assert a.text[start:].startswith("主要预期目标") and end == len(a.text)
    assert not any(s < a.text.index("此外") < e for s, e in review_spans(outline))


def test_besides_opens_no_comment() -> None:
    assert checkable("此外，居民收入增长将与经济增长保持同步，确保人民生活水平稳步提升。")
    assert not checkable("此举体现了对高质量发展的追求。")


def test_a_news_account_s_tasks_are_commitments(tmp_path: Path, segmenter: Segmenter) -> None:
    a = _report(tmp_path, NEWS_A)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    for task in ("居民收入增长将与经济增长保持同步",
                 "协同推进320个共建重点项目",  # the reporter's subject; a count the task sets
                 "要持续推动科技创新",  # the reporter's attribution
                 "开工建设某某高速二期",  # a project promised by its milestone
                 "某某高速改扩建提前建成通车"):
        assert any(task in q for q in quotes), task


def test_a_milestone_with_its_year_is_a_result_told(tmp_path: Path, segmenter: Segmenter) -> None:
    a = _report(tmp_path, "某市政府工作报告\n\n开工建设某某高速二期等重点项目。2024年，某某城际铁路建成通车。\n")
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert any("某某高速二期" in q for q in quotes)
    assert not any("城际铁路" in q for q in quotes)


@pytest.mark.parametrize("opening", [
    "——这五年，综合实力大幅跃升。地区生产总值年均增长5.7%。",
    "各位代表！透过2025回望“十四五”，全市发展实现新跨越。地区生产总值年均增长5.7%。",
    "“十四五”时期是极不平凡的五年。地区生产总值年均增长5.7%。",
])
def test_a_term_review_opens_in_the_report_s_forms(tmp_path: Path, opening: str) -> None:
    text = ("某省2026年政府工作报告\n\n一、2025年和“十四五”时期工作回顾\n\n"
            f"过去一年，地区生产总值增长5.3%。\n\n{opening}\n\n二、2026年工作安排\n\n地区生产总值增长5%左右。\n")
    b = _report(tmp_path, text)
    spans = years_spans(b.text, part_outline(b.text, detect_outline(b)))
    assert [b.text[s:e].strip() for s, e in spans] == [opening]


def test_a_long_commitment_s_list_of_goods_is_one_task_a_list_of_projects_is_not() -> None:
    goods = "稳住笔电、手机、通机等优势产品出口，推动关键设备、高端装备、有色金属等进口"
    clauses = _clauses(goods)
    assert "稳住笔电、手机、通机等优势产品出口" in clauses
    assert "手机" not in clauses and "高端装备" not in clauses
    projects = "加快建设成渝中线高铁、隆黄铁路隆昌至叙永段扩能改造"
    assert "隆黄铁路隆昌至叙永段扩能改造" in _clauses(projects)


def test_an_indicator_s_latin_abbreviation_is_its_report_name(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    assert spelled_out("全省GDP增长5.5%左右，CPI涨幅2%左右") == "全省地区生产总值增长5.5%左右，居民消费价格涨幅2%左右"
    assert spelled_out("GDP增长5%左右", national=True) == "国内生产总值增长5%左右"
    text = ("某省2026年政府工作报告\n\n一、2025年工作回顾\n\n过去一年，全省地区生产总值增长5.3%。"
            "海洋生产总值增长6%左右。\n")
    b = _report(tmp_path, text)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    quote = "GDP增长5%以上"
    [top, *_] = evidence.candidates(Passage(0, len(quote), quote, ()), 3)
    assert "地区生产总值增长5.3%" in top.passage.quote


def test_a_long_label_and_a_target_moved_without_a_figure_are_read() -> None:
    said = ("建议今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右，城镇调查失业率5%以内，"
            "单位生产总值能耗、单位生产总值二氧化碳排放量进一步下降，主要污染物减排量完成国家下达目标。")
    assert _items(said) == ["全市生产总值增长5%左右", "城镇调查失业率5%以内",
                            "单位生产总值能耗、单位生产总值二氧化碳排放量进一步下降",
                            "主要污染物减排量完成国家下达目标。"]


def test_the_year_planned_with_the_author_s_will_is_a_task(tmp_path: Path,
                                                          segmenter: Segmenter) -> None:
    a = _report(tmp_path, "某省政府工作报告\n\n2025年，某省将加快建设现代化产业体系。"
                          "2024年，全省坚持稳中求进，经济运行总体平稳。\n")
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert any("某省将加快建设现代化产业体系" in q for q in quotes)
    assert not any("2024年" in q for q in quotes)


def test_a_news_account_s_attribution_is_no_part_of_the_commitment(
        tmp_path: Path, segmenter: Segmenter) -> None:
    a = _report(tmp_path, "某市2025年政府工作报告（节选）\n\n主要预期目标\n\n"
                          "报告明确指出，某市将实现地区生产总值增长5%左右。"
                          "报告还强调了生态环境质量、能源、水资源等关键指标的改善。"
                          "对于2025年的目标任务，张市长表示，城镇调查失业率控制在5%以内。\n")
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert any(q.startswith("某市将实现地区生产总值增长5%左右") for q in quotes)
    assert any(q.startswith("生态环境质量") for q in quotes)
    assert any(q.startswith("城镇调查失业率控制在5%以内") for q in quotes)
    assert not any("报告" in q or "表示" in q for q in quotes)


def test_a_title_s_colon_is_no_label() -> None:
    said = "在文化方面，8家博物馆晋级国家一级博物馆，《黑神话：悟空》成为爆款，增长10%以上，收入增长5%。"
    assert not any(item.startswith("悟空") for item in _items(said))


NEWS_UNPARTED = """上海发布2025年政府工作报告要点

上海市市长龚正在作政府工作报告时表示，2024年上海全市生产总值增长5%左右，地方一般公共预算收入增长0.7%。

龚正说，2025年上海经济社会发展主要预期目标为：全市生产总值增长5%左右；城镇调查失业率5%以内；城镇新增就业60万人左右，比2024年增加5万人。

据介绍，上海今年将新开工建设保障性住房20万平方米。
"""


def test_a_news_account_s_earlier_year_tells_results(tmp_path: Path,
                                                     segmenter: Segmenter) -> None:
    a = _report(tmp_path, NEWS_UNPARTED)
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    assert not any("0.7%" in q or "2024年上海" in q for q in quotes)  # last year's results
    assert "全市生产总值增长5%左右；" in quotes  # the planned year's list, attribution and label off
    assert any("城镇新增就业60万人左右" in q for q in quotes)  # a comparison with last year
    assert any(q.startswith("上海今年将新开工建设保障性住房") for q in quotes)
    assert not any(q.endswith("表示") or q.endswith("说") for q in quotes)  # an attribution alone
