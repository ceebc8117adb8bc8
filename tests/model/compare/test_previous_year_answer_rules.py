"""How a report answers its previous year's commitments (issue 16, session 13, match16: the
rules written from tune14, the national reports 2003 → 2010 scored blind in session 12 as
heldback11), each on written sentences."""
from __future__ import annotations

from pathlib import Path

from model.compare.field_indicators import fields_of, reports_field
from model.compare.figures import figures, spelled_out
from model.compare.parts import heading_kind
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

GROWTH_B = """2005年政府工作报告
一、2004年工作回顾
我们加强宏观调控，着力解决影响经济增长的突出问题，经济增长的稳定性增强。
全年中央财政用于“三农”的支出共2626亿元，增长22.5%。
2004年，国内生产总值达到13.65万亿元，比上年增长9.5%；
二、2005年工作任务
国内生产总值增长8%左右。
"""


def _first(tmp_path: Path, segmenter: Segmenter, idf: Idf, b_text: str, task: str) -> str:
    (tmp_path / "b.txt").write_text(b_text, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    return evidence.candidates(Passage(0, len(task), task, ()), 3)[0].passage.quote


def test_the_economy_s_growth_target_set_as_an_expected_target_is_gdp_s() -> None:
    """经济增长预期目标为7%左右 (the 2003 and 2004 reports) sets GDP's growth."""
    [f] = figures(spelled_out("中央提出今年经济增长预期目标为7%左右", national=True))
    assert f.indicator.endswith("国内生产总值") and f.bound == "左右"
    [f] = figures(spelled_out("经济增长的目标为8%左右", national=True))
    assert f.indicator == "国内生产总值"
    assert spelled_out("经济增长的质量和效益") == "经济增长的质量和效益"  # no figure: no target


def test_a_change_told_against_its_base_is_the_named_indicator_s() -> None:
    """…达到13.65万亿元，比上年增长9.5%: the rate is GDP's, though its clause names only the
    base (比上年)."""
    level, rate = figures("2004年，国内生产总值达到13.65万亿元，比上年增长9.5%")
    assert level.indicator == "国内生产总值" and rate.indicator.startswith("国内生产总值")
    assert rate.unit == "%" and rate.value == 9.5


def test_the_growth_target_is_answered_by_gdp_s_growth(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """Not by the sentences sharing the words 经济增长 (tune14: nat2003, nat2004)."""
    assert _first(tmp_path, segmenter, idf, GROWTH_B,
                  "中央提出今年经济增长预期目标为7%左右").startswith("2004年，国内生产总值")


LAW_B = """2009年政府工作报告
各位代表：
现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协委员提出意见。
一、2008年工作回顾
全面实施政府信息公开条例。
国务院提请全国人大常委会审议了社会保险法、防震减灾法等8件法律议案，制定或修订了30件行政法规。
粮食连续五年增产，总产量10570亿斤，创历史最高水平。
加强耕地保护和农田水利建设，提高农业综合生产能力。
中国农业银行和国家开发银行股份制改革顺利进行。
二、2009年工作任务
加强政府法制工作，提高政府立法透明度和公众参与度。
"""


def test_the_address_to_the_congress_is_frame(tmp_path: Path, segmenter: Segmenter,
                                               idf: Idf) -> None:
    """现在，我代表国务院，向大会作政府工作报告，请予审议: the report's address, no result
    (tune14: nat2007 所得税, nat2008 政府立法 ranked it first by 现在 and 政府)."""
    (tmp_path / "b.txt").write_text(LAW_B, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    [address] = [s for s in evidence.sentences if "请予审议" in s.passage.quote]
    assert address.frame


def test_a_field_s_task_is_answered_by_its_headline_indicator() -> None:
    """Law-making by the laws made, jobs by the towns' new jobs, energy saving by the energy
    used per unit of GDP, farmers' income by the rural income per head, a good harvest by the
    grain output (粮食…增产 as well as 粮食产量)."""
    cases = [("加强政府立法，提高立法质量", "审议了社会保险法、防震减灾法等8件法律议案，制定或修订了30件行政法规"),
             ("加强社会主义法制建设，完善行政法规", "制定了《企业国有资产监督管理暂行条例》等28部行政法规"),
             ("各级政府要把改善就业环境、增加就业岗位作为重要职责", "城镇新增就业859万人"),
             ("今年要把节能降耗、保护环境作为突破口", "2007年单位国内生产总值能耗比上年下降3.27%"),
             ("努力增加农民收入", "农村居民人均纯收入2936元"),
             ("要千方百计争取农业有个好收成", "粮食连续五年增产，总产量10570亿斤"),
             ("一是稳定发展粮食生产", "全国粮食连续四年增产，2007年产量达到50150万吨")]
    for task, result in cases:
        assert fields_of(task) and reports_field(fields_of(task), result), task
    assert not fields_of("加强农业社会化服务")  # work in the field, not its level
    assert not reports_field(fields_of("加强政府立法"), "政府立法工作进一步加强")  # no count


def test_law_making_is_answered_by_the_laws_made(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """Not by the address or a regulation put in force (tune14: nat2008 政府立法 0 → 1)."""
    assert "8件法律议案" in _first(tmp_path, segmenter, idf, LAW_B, "加强政府立法，提高立法质量")


def test_a_lead_stating_a_target_beaten_is_the_review() -> None:
    """———就业超过预期目标。城镇新增就业859万人: the lead names the target as beaten, a result
    (tune14: nat2003 就业: the line was read as a plan heading, its figure outside the review)."""
    assert heading_kind("———就业超过预期目标", nested=True) == "past"
    assert heading_kind("主要预期目标") == "plan"


TERM_B = """2008年政府工作报告
各位代表：
现在，我代表国务院，向大会报告本届政府过去五年的工作，请予审议。
一、过去五年工作回顾
五年来，我们着力发展经济，深化改革开放。
——全国粮食连续四年增产，2007年产量达到50150万吨。
——统一内外资企业所得税制度，降低居民储蓄存款利息税率。
——进出口商品结构逐步优化，利用外资质量进一步提高。
二、2008年工作任务
今年要继续统一和规范内外资企业所得税的各项配套政策。
"""


def test_a_review_of_the_term_only_is_the_review(tmp_path: Path, segmenter: Segmenter,
                                                 idf: Idf) -> None:
    """The 2008 report reviews 2003–2007 and no year apart: the term's results answer the
    2007 report (its figures are results, not B's plan), a sentence naming 2007 before the
    others (tune14: nat2007; tune13: nat2010, nat2012)."""
    (tmp_path / "b.txt").write_text(TERM_B, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    assert evidence.term_only
    by_quote = {s.passage.quote: s for s in evidence.sentences}
    tax = by_quote["——统一内外资企业所得税制度，降低居民储蓄存款利息税率。"]
    grain = by_quote["——全国粮食连续四年增产，2007年产量达到50150万吨。"]
    assert tax.in_review and tax.in_term
    assert grain.in_review and not grain.in_term and not any(f.is_target for f in grain.figures)
    assert _first(tmp_path, segmenter, idf, TERM_B,
                  "现在统一内外资企业所得税").startswith("——统一内外资企业所得税制度")


def test_a_review_of_the_year_then_the_term_is_not_term_only(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    text = TERM_B.replace("五年来，我们着力发展经济，深化改革开放。",
                          "过去一年，" + "我们着力发展经济，深化改革开放，经济运行稳中有进。" * 8
                          + "\n五年来，我们着力发展经济，深化改革开放。")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    assert not Evidence(b.text, detect_outline(b), segmenter, idf).term_only


ABROAD_B = """2008年政府工作报告
一、2007年工作回顾
加快国有企业股份制改革，一批具有国际竞争力的大公司大企业集团发展壮大。
市场在资源配置中的基础性作用进一步发挥，企业活力和竞争力增强。
实施“走出去”战略迈出坚实步伐，对外经济互利合作取得明显成效。
二、2008年工作任务
继续深化改革。
"""


def test_a_name_the_later_report_quotes_is_a_policy(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """B writes “走出去” in quotes, A wrote 企业走出去 without: the policy both name, above a
    sentence sharing 企业 and 竞争力 (tune14: nat2007 走出去 5 → 2; the first, 具有国际竞争力的
    大公司大企业集团, shares more)."""
    (tmp_path / "b.txt").write_text(ABROAD_B, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    evidence = Evidence(b.text, detect_outline(b), segmenter, idf)
    task = "支持有实力、有信誉、有竞争力的各种所有制企业走出去"
    quotes = [c.passage.quote for c in evidence.candidates(Passage(0, len(task), task, ()), 3)]
    abroad = next(i for i, q in enumerate(quotes) if q.startswith("实施“走出去”"))
    market = next(i for i, q in enumerate(quotes) if q.startswith("市场在资源配置"))
    assert abroad < market


def test_a_pledge_or_a_lesson_in_the_review_is_frame(tmp_path: Path, segmenter: Segmenter,
                                                     idf: Idf) -> None:
    """我们要坚持…, ——必须坚持…: what the review draws from the years, no result (tune14:
    nat2007 外资, 进出口结构 ranked 我们要坚持把发展作为第一要务… first)."""
    text = TERM_B.replace("——进出口商品结构逐步优化，利用外资质量进一步提高。",
                          "——进出口商品结构逐步优化，利用外资质量进一步提高。\n"
                          "我们要坚持把发展作为第一要务，提高经济增长质量和效益；\n"
                          "——必须坚持加强和改善宏观调控。")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    frames = {s.passage.quote: s.frame for s in Evidence(b.text, detect_outline(b), segmenter,
                                                         idf).sentences}
    assert frames["我们要坚持把发展作为第一要务，提高经济增长质量和效益；"]
    assert frames["——必须坚持加强和改善宏观调控。"]
    assert not frames["——进出口商品结构逐步优化，利用外资质量进一步提高。"]
