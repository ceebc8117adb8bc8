"""Which sentences of A's plan are commitments a later report can check (issue 16,
session 7): the year described, the keynote and comments are not; a plan subsection's
title is."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.compare.commitments import checkable, commitments
from model.outline.detector import detect_outline
from model.reading.segmenter import Segmenter
from model.report.loading import load_report


@pytest.mark.parametrize("sentence", [
    "2023年是全面贯彻落实党的二十大精神的开局之年，是实施“十四五”规划承上启下的关键一年。",
    "今年是政府换届之年，下面简述几项重点。",
    "要坚持稳字当头、稳中求进，保持政策连续性针对性，加强各类政策协调配合。",
    "做好政府工作，要全面贯彻落实党的二十大精神，坚持稳中求进工作总基调，推动经济运行整体好转。",
    "这是高基数上的中高速增长，体现了主动作为，需要付出艰苦努力才能实现。",
    "经济增速预期目标的设定，主要考虑稳就业保民生防风险的需要。",
    "工作原则",  # a plan's framing, as a subsection title
])
def test_a_sentence_that_sets_nothing_checkable_is_no_commitment(sentence: str) -> None:
    assert not checkable(sentence)


@pytest.mark.parametrize("sentence", [
    "确保粮食能源安全。",
    "进出口保稳提质，国际收支基本平衡；",
    "加快建设现代化产业体系",
    "综合考虑各方面因素，今年赤字率拟按3%安排。",  # a reason, but it sets a figure
    "坚持稳中求进，地区生产总值增长5%左右。",  # the keynote with a target
    "今年是规划收官之年，发展主要预期目标是：国内生产总值增长5%左右；",  # the year, a target
    "深化国资国企改革，提高国企核心竞争力。",
    "各单位要严格遵循年底兑现的原则，把为民办实事列为今年工作重点，制定计划，明确责任。",
])
def test_a_task_or_a_target_is_a_commitment(sentence: str) -> None:
    assert checkable(sentence)


PLAN = """某市2023年政府工作报告

一、2022年工作回顾

全市经济平稳运行。

二、2023年工作任务

今年是全面贯彻党的二十大精神的开局之年。要坚持稳字当头、稳中求进，形成共促高质量发展合力。全市生产总值增长5.5%左右。这是高基数上的较快增长。

（一）加快建设现代化产业体系。围绕制造业重点产业链推进关键核心技术攻关。

（二）着力扩大国内需求。稳定大宗消费。
"""


def test_the_plan_s_tasks_are_listed_and_its_preamble_is_not(
        tmp_path: Path, segmenter: Segmenter) -> None:
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    a = load_report(tmp_path / "a.txt")
    quotes = [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]
    # the task titles: as the suggester's run-in commitment or as the plan's heading
    for title in ("加快建设现代化产业体系", "着力扩大国内需求"):
        assert sum(title in q for q in quotes) == 1
    assert any("生产总值增长5.5%左右" in q for q in quotes)
    assert any("关键核心技术攻关" in q for q in quotes)
    assert not any("开局之年" in q or "稳字当头" in q or q.startswith("这是") for q in quotes)


def test_the_reviewer_s_own_commitments_are_never_judged(
        tmp_path: Path, segmenter: Segmenter) -> None:
    from model.annotations import make_annotation

    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    a = load_report(tmp_path / "a.txt")
    at = a.text.index("今年是全面贯彻")
    end = a.text.index("。", at) + 1
    tagged = make_annotation(a.text, at, end, "commitment")
    found = commitments(a.text, detect_outline(a), segmenter, [tagged])
    assert [c.passage.quote for c in found] == [a.text[at:end]]
