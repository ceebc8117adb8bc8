"""Whole provincial reports as B (issue 16, session 12, match14: the part heldback10 studied,
tune13 since): a review headed by the term that tells the past year after it, and a report
that writes its own indicators with Latin letters."""
from __future__ import annotations

from pathlib import Path

from model.compare.parts import years_spans
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.compare.stated_verdicts import stated_verdict
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

#: the term's review first (its own heading), then the past year in a paragraph of its own and
#: the headed paragraphs after it, then the term again (the speaker's 过去五年成绩的取得…)
TERM_FIRST_B = """某省2026年政府工作报告

一、“十四五”时期工作回顾

“十四五”时期是我省发展极不平凡的五年。地区生产总值年均增长5%。

——民生福祉不断增进。安全生产形势持续向好，重点领域风险有效防范化解。

刚刚过去的2025年，全省上下攻坚克难，全年GDP增长4%，快于上年1.8个百分点。

加强科技创新，驱动能源转型。全年规上原煤产量13亿吨。

用心用情用力，为民排忧解难。全年未发生重大及以上生产安全事故，事故起数、死亡人数同比分别下降12%、11%。

各位代表！过去五年成绩的取得，根本在于党中央的坚强领导。

某省五年来发展成就的取得，是全省人民苦干实干的结果。

二、2026年工作安排

今年地区生产总值增长4.5%—5%。
"""


def _b(tmp_path: Path, text: str = TERM_FIRST_B):
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    return load_report(tmp_path / "b.txt")


def test_the_year_told_after_the_term_runs_on_until_the_term_reopens(tmp_path: Path) -> None:
    """刚刚过去的2025年，… opens the year's review: the headed paragraphs after it report that
    year too (not the term's), until a paragraph names the term again within its first words
    (各位代表！过去五年…, 某省五年来…)."""
    b = _b(tmp_path)
    spans = years_spans(b.text, detect_outline(b))
    term = [b.text[s:e] for s, e in spans]
    in_term = lambda phrase: any(phrase in t for t in term)  # noqa: E731
    assert in_term("安全生产形势持续向好")
    assert not in_term("全年GDP增长4%")
    assert not in_term("全年规上原煤产量") and not in_term("全年未发生重大及以上生产安全事故")
    assert in_term("过去五年成绩的取得") and in_term("某省五年来发展成就的取得")


def test_a_year_s_safety_result_after_the_term_is_the_year_s(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """The year's answer to a safety task (全年未发生…事故起数…下降) is in the year's review,
    before the term's general line (安全生产形势持续向好)."""
    b = _b(tmp_path)
    quote = "压实安全生产责任，坚决遏制重特大事故，减少一般事故。"
    [best, *_] = Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)
    assert best.passage.quote.startswith("全年未发生重大及以上生产安全事故") and best.in_review


def test_gdp_written_in_latin_letters_in_b_answers_the_target(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """A report may write its own GDP with Latin letters (全年GDP增长4%): the figure answers A's
    地区生产总值增长5%左右 (missed), before the term's average (年均增长5%)."""
    b = _b(tmp_path)
    quote = "地区生产总值增长5%左右"
    [best, *_] = Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)
    assert "全年GDP增长4%" in best.passage.quote
    assert (best.figure, best.verdict) == ("4%", "missed")


#: a national review: the year's growth, a share of GDP reached, a share of GDP whose term
#: target was missed
SHARE_B = """某年政府工作报告

一、过去一年工作回顾

去年，中央财政保持支出规模不变，国内生产总值增长7.8%，城镇新增就业1266万人。
财政性教育经费去年占国内生产总值比例达到4%。
研究与试验发展经费支出占国内生产总值比重没有完成规划目标。

二、今年工作部署

今年国内生产总值增长7.5%左右。
"""


def test_a_share_of_gdp_is_answered_by_the_share_not_by_gdp(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """财政性教育经费支出占国内生产总值的4%: GDP is the base of the share; B's GDP growth
    (国内生产总值增长7.8%) answers nothing of it, B's share (占国内生产总值比例达到4%) does."""
    b = _b(tmp_path, SHARE_B)
    quote = "中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算。"
    [best, *_] = Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)
    assert "占国内生产总值比例达到4%" in best.passage.quote


def test_gdp_named_only_as_a_share_s_base_states_no_verdict_on_gdp(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """…占国内生产总值比重没有完成规划目标 says a share missed its target, not GDP: the GDP
    target is answered by GDP's figure."""
    assert stated_verdict("研究与试验发展经费支出占国内生产总值比重没有完成规划目标。",
                          ["国内生产总值"]) == ""
    assert stated_verdict("国内生产总值增速没有完成预期目标。", ["国内生产总值"]) == "missed"
    b = _b(tmp_path, SHARE_B)
    quote = "国内生产总值增长8%左右；"
    [best, *_] = Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)
    assert "国内生产总值增长7.8%" in best.passage.quote


#: a national review whose only word on the price target is among its shortcomings
PRICES_B = """某年政府工作报告

一、过去一年工作回顾

过去一年，经济平稳较快发展，国内生产总值增长9.2%。
我们大力发展生产，保障供给，搞活流通，扭转了一度过快上涨势头。
政府工作仍存在一些缺点和不足，节能减排、物价调控目标没有完成。

二、今年工作部署

今年居民消费价格涨幅控制在4%左右。
"""


def test_the_price_target_missed_is_said_as_the_物价_target(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """居民消费价格总水平涨幅控制在4%左右: the report says 物价调控目标没有完成, sharing no word
    with the commitment; the sentence joins the candidates and answers it, missed."""
    assert stated_verdict("节能减排、物价调控目标没有完成。", ["居民消费价格总水平"]) == "missed"
    b = _b(tmp_path, PRICES_B)
    quote = "居民消费价格总水平涨幅控制在4%左右；"
    found = Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)
    assert found and "物价调控目标没有完成" in found[0].passage.quote
    assert found[0].verdict == "missed"


#: a review answering the trade and grain tasks by their indicators, with other lines naming
#: the tasks' words
FIELD_B = """某年政府工作报告

一、过去一年工作回顾

积极推进市场多元化战略，努力优化贸易结构。
全年货物进出口总额3.64万亿美元，增长22.5％。
农业全面丰收，粮食总产量实现“八连增”。
稳定粮食种植面积，支持优势产区生产。
跨境电商等外贸新业态加快发展。

二、今年工作部署

推动外贸稳规模、优结构。
"""


def test_a_field_s_task_is_answered_by_its_headline_indicator(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """保持对外贸易稳定增长 is answered by 进出口总额…增长, 保障粮食安全 by 粮食总产量…连增,
    although neither shares the task's words; a task on work in the field (外贸综合服务
    新业态) is not a task on its level: the trade figure does not answer it."""
    b = _b(tmp_path, FIELD_B)
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)

    def best(quote: str) -> str:
        return evidence.candidates(Passage(0, len(quote), quote, ()), 3)[0].passage.quote

    assert best("保持对外贸易稳定增长。").startswith("全年货物进出口总额")
    assert best("要把保障粮食安全作为首要目标，毫不放松地抓好农业生产。").startswith("农业全面丰收")
    assert best("鼓励发展外贸综合服务、跨境电商等新业态。").startswith("跨境电商")
