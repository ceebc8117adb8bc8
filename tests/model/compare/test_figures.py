"""Targets and results as real 政府工作报告 phrase them (tests/data/compare_real)."""
from __future__ import annotations

import pytest

from model.compare.figures import figures, same_indicator, verdict


def one(text: str):  # noqa: ANN201 - a Figure
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "indicator", "value", "unit", "bound"), [
    ("国内生产总值增长5.5%左右", "国内生产总值", 5.5, "%", "左右"),
    ("城镇新增就业1100万人以上", "城镇新增就业", 11_000_000, "人", "以上"),
    ("城镇调查失业率全年控制在5.5%以内", "城镇调查失业率", 5.5, "%", "以内"),
    ("粮食产量保持在1.3万亿斤以上", "粮食产量", 1.3e12, "斤", "以上"),
    ("赤字率拟按3%安排", "赤字率", 3, "%", "拟"),
    ("城镇新增就业1206万人", "城镇新增就业", 12_060_000, "人", ""),
    ("年末城镇调查失业率降到5.5%", "城镇调查失业率", 5.5, "%", ""),
    ("城镇新增就业超143万人", "城镇新增就业", 1_430_000, "人", ""),
    ("全年增值税留抵退税超过2.4万亿元", "增值税留抵退税", 2.4e12, "元", ""),
])
def test_target_and_result_phrasings(text: str, indicator: str, value: float, unit: str,
                                     bound: str) -> None:
    f = one(text)
    assert (f.indicator, f.unit, f.bound) == (indicator, unit, bound)
    assert f.value == pytest.approx(value)
    assert text[f.start:f.end][0].isdigit()


def test_a_bare_figure_after_an_indicator_is_about_it() -> None:
    """国内生产总值超过126万亿元，增长5.2%: the growth is the same indicator's."""
    size, growth = figures("国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。")
    assert size.indicator == growth.indicator == "国内生产总值"
    assert (growth.value, growth.unit) == (5.2, "%")


def test_one_sentence_of_results_keeps_each_indicator() -> None:
    found = figures("全年国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%，"
                    "居民消费价格上涨2%。")
    assert [f.indicator for f in found] == ["国内生产总值", "城镇新增就业", "城镇调查失业率",
                                           "居民消费价格"]


def test_indicators_agree_across_word_order() -> None:
    assert same_indicator("新增城镇就业", "城镇新增就业") == 1.0
    assert same_indicator("粮食产量", "城镇新增就业") < 0.5


@pytest.mark.parametrize(("target", "result", "expected"), [
    ("城镇新增就业1100万人以上", "城镇新增就业1206万人", "met"),
    ("新增城镇就业1200万人以上", "城镇新增就业1256万人", "met"),
    ("国内生产总值增长5.5%左右", "国内生产总值增长3%", "missed"),
    ("规模以上工业增加值增长5%", "规模以上工业增加值增长4.2%", "missed"),
    # ceilings: prices and unemployment should stay under the target
    ("居民消费价格涨幅3%左右", "居民消费价格上涨2%", "met"),
    ("城镇调查失业率全年控制在5.5%以内", "城镇调查失业率平均为5.6%", "missed"),
    # another unit, or the next year's own target, answers nothing
    ("粮食产量保持在1.3万亿斤以上", "粮食产量1.39万亿吨", ""),
    ("城镇新增就业1200万人左右", "城镇新增就业1200万人以上", ""),
])
def test_verdict(target: str, result: str, expected: str) -> None:
    assert verdict(one(target), one(result)) == expected


@pytest.mark.parametrize(("target", "result", "offered"), [
    ("国内生产总值增长5.5%左右", "国内生产总值增长3%", "not_kept"),  # clearly short
    ("社会消费品零售总额增长6%", "社会消费品零售总额增长5.8%", "partly"),  # a little short
    ("城镇新增就业1100万人以上", "城镇新增就业1206万人", "kept"),
    ("城镇调查失业率控制在5.5%以内", "城镇调查失业率5.6%", "partly"),  # a ceiling, just over
    ("居民消费价格涨幅3%左右", "居民消费价格上涨4%", "not_kept"),  # a ceiling, clearly over
    ("居民消费价格涨幅3%左右", "居民消费价格上涨2%", "kept"),
    ("城镇新增就业1100万人以上", "国内生产总值增长3%", ""),  # different units: no answer
])
def test_the_verdict_offered_follows_how_far_the_figure_misses(
        target: str, result: str, offered: str) -> None:
    from model.compare.figures import default_verdict

    assert default_verdict(one(target), one(result)) == offered


def test_a_share_is_a_level_of_its_own() -> None:
    from model.compare.figures import is_share

    assert is_share("高技术制造业增加值占规模以上工业比重")
    assert not is_share("规模以上工业增加值")
