"""Whole national reports as A and B (issue 16, session 11 round 2, match13: the part
heldback9 studied, tune12 since): how a 政府工作报告 reports a target of the year."""
from __future__ import annotations

from pathlib import Path

from model.compare.passages import Passage
from model.compare.proposals import Candidate, Evidence
from model.compare.stated_verdicts import stated_verdict
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

#: a national B: the year's review, the paragraph admitting the year's problems (where a
#: missed target is said in words), then the plan
MISSED_B = """某年政府工作报告

一、去年工作回顾

过去一年，经济运行保持在合理区间。国内生产总值增长6.9%。
努力稳定对外贸易，调整出口退税负担机制，清理规范进出口环节收费，提高贸易便利化水平，出口结构发生积极变化。

在肯定成绩的同时，我们也清醒看到面临的困难和挑战。受全球贸易萎缩等因素影响，去年我国进出口总额出现下降，预期增长目标未能实现。

二、今年工作总体部署

进出口回稳向好。
"""


def _candidates(tmp_path: Path, segmenter: Segmenter, idf: Idf, b_text: str,
                quote: str) -> list[Candidate]:
    (tmp_path / "b.txt").write_text(b_text, encoding="utf-8")
    b = load_report(tmp_path / "b.txt")
    return Evidence(b.text, detect_outline(b), segmenter, idf).candidates(
        Passage(0, len(quote), quote, ()), 3)


def test_a_target_missed_in_words_is_its_report_even_among_the_problems(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """进出口增长6%左右: B gives no figure of 进出口 but says the target was missed, in the
    paragraph admitting problems; that sentence is the report, its verdict "missed"."""
    [best, *_] = _candidates(tmp_path, segmenter, idf, MISSED_B, "进出口增长6%左右")
    assert "预期增长目标未能实现" in best.passage.quote
    assert (best.verdict, best.default_verdict) == ("missed", "not_kept")


def test_a_verdict_in_words_must_name_the_indicator_and_not_set_a_target() -> None:
    assert stated_verdict("去年我国进出口总额出现下降，预期增长目标未能实现。", ["进出口"]) == "missed"
    assert stated_verdict("粮食产量达到6.5亿吨，完成预期目标。", ["粮食产量"]) == "met"
    # the year's targets met, no indicator named: no target's report in particular
    assert stated_verdict("圆满实现全年经济社会发展主要预期目标。", ["进出口"]) == ""
    # B's own plan sets targets
    assert stated_verdict("今年主要预期目标是：进出口增长5%左右。", ["进出口"]) == ""


#: a review giving the consumer price index before the share of consumption in growth
PRICE_B = """某年政府工作报告

一、去年工作回顾

价格稳，居民消费价格上涨2%。
经济结构有新的优化，消费对经济增长的贡献率上升3个百分点，达到51.2%。

二、今年工作总体部署

居民消费价格涨幅3%左右。
"""


def test_consumption_is_not_answered_by_the_consumer_price_index(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """居民消费价格 is a price: its 消费 answers no commitment on consumption; a commitment
    on prices is still answered by it."""
    [best, *_] = _candidates(tmp_path, segmenter, idf, PRICE_B, "把消费作为扩大内需的主要着力点")
    assert best.passage.quote.startswith("经济结构有新的优化")
    [price, *_] = _candidates(tmp_path, segmenter, idf, PRICE_B, "居民消费价格涨幅3%左右")
    assert "居民消费价格上涨2%" in price.passage.quote


#: a review giving the rural residents' income against the urban before all residents'
PACE_B = """某年政府工作报告

一、去年工作回顾

农村居民人均可支配收入实际增长9.2%，快于城镇居民收入增长。
人民生活有新的改善，全国居民人均可支配收入实际增长8%，快于经济增长。

二、今年工作总体部署

居民收入增长和经济增长同步。
"""


def test_keeping_pace_with_the_economy_is_answered_beside_the_economy(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """居民收入增长和经济发展同步: the sentence setting income beside the economy answers
    it, not one comparing rural with urban income."""
    [best, *_] = _candidates(tmp_path, segmenter, idf, PACE_B, "努力实现居民收入增长和经济发展同步")
    assert "快于经济增长" in best.passage.quote


#: a review giving outward investment (beside 利用外资) before inward
INVEST_B = """某年政府工作报告

一、去年工作回顾

对外直接投资1029亿美元，与利用外资并驾齐驱。
实际使用外商直接投资1196亿美元，居世界首位。

二、今年工作总体部署

稳定利用外资规模。
"""


def test_attracting_foreign_investment_is_not_answered_by_outward_investment(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    """外商投资 comes in, 对外投资 goes out: the inward figure answers a commitment to attract
    foreign investment; a commitment on going out is still answered by the outward one."""
    [best, *_] = _candidates(tmp_path, segmenter, idf, INVEST_B,
                             "坚持积极有效利用外资，使中国继续成为外商投资首选地")
    assert best.passage.quote.startswith("实际使用外商直接投资")
    [out, *_] = _candidates(tmp_path, segmenter, idf, INVEST_B, "扩大对外直接投资")
    assert out.passage.quote.startswith("对外直接投资")
