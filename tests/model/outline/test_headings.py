"""Numbered headings: accepted variants, depth by nesting order, sequence and traps."""
from __future__ import annotations

import pytest

from model.report.ordinals import int_to_cn
from tests.model.outline.helpers import headings, outline

BODY = "全年完成各项目标任务，取得了明显成效。"


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("first", "second", "marker1", "marker2"), [
    ("一、总体情况", "二、主要做法", "一、", "二、"),
    ("\u3000\u3000一、总体情况", "\u3000\u3000二、主要做法", "一、", "二、"),
    ("\xa0\xa0一、总体情况", "\t二、主要做法", "一、", "二、"),
    ("一，总体情况", "二，主要做法", "一，", "二，"),
    ("一.总体情况", "二.主要做法", "一.", "二."),
    ("一．总体情况", "二．主要做法", "一．", "二．"),
    ("一：总体情况", "二：主要做法", "一：", "二："),
    ("一 总体情况", "二\u3000主要做法", "一", "二"),
    ("(一)总体情况", "(二)主要做法", "(一)", "(二)"),
    ("（一)总体情况", "(二）主要做法", "（一)", "(二）"),
    ("（一）、总体情况", "（二）、主要做法", "（一）、", "（二）、"),
    ("1.总体情况", "2.主要做法", "1.", "2."),
    ("1．总体情况", "2．主要做法", "1．", "2．"),
    ("1、总体情况", "2、主要做法", "1、", "2、"),
    ("1，总体情况", "2，主要做法", "1，", "2，"),
    ("1 .总体情况", "2 .主要做法", "1.", "2."),
    ("1)总体情况", "2)主要做法", "1)", "2)"),
    ("1）总体情况", "2）主要做法", "1）", "2）"),
    ("(1)总体情况", "（2）主要做法", "(1)", "（2）"),
    ("①总体情况", "②主要做法", "①", "②"),
    ("１．总体情况", "２．主要做法", "１．", "２．"),
    ("第一部分　总体情况", "第二部分　主要做法", "第一部分", "第二部分"),
    ("第一章 总体情况", "第二章：主要做法", "第一章", "第二章"),
    ("第一节总体情况", "第二节总体安排", "第一节", "第二节"),
    ("A.总体情况", "B. 主要做法", "A.", "B."),
    ("a．总体情况", "b．主要做法", "a．", "b．"),
    ("Ａ．总体情况", "Ｂ．主要做法", "Ａ．", "Ｂ．"),
])
def test_marker_variants(first: str, second: str, marker1: str, marker2: str) -> None:
    got = headings(doc(first, BODY, second, BODY))
    assert [(d, m) for d, m, _ in got] == [(1, marker1), (1, marker2)]
    assert got[0][2] == "总体情况"


def test_numerals_past_ten() -> None:
    lines = []
    for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"):
        lines += [f"（{n}）着力推进第{n}项工作", BODY]
    got = headings(doc("一、重点任务", *lines, "二、保障措施", BODY))
    assert [m for _, m, _ in got][-3:] == ["（十一）", "（十二）", "二、"]
    assert len(got) == 14


def test_twenty_at_top_level() -> None:
    lines = []
    for n in range(1, 22):
        lines += [f"{int_to_cn(n)}、第{n}项工作", BODY]
    assert [m for _, m, _ in headings(doc(*lines))][-2:] == ["二十、", "二十一、"]


def test_full_chain_depths() -> None:
    text = doc("一、主要工作", "（一）稳增长", "1.抓项目", "（1）重点项目", "①交通项目", BODY,
               "②水利项目", BODY, "（2）一般项目", BODY, "2.抓企业", BODY, "（二）促转型", BODY,
               "二、下步打算", BODY)
    assert [(d, m) for d, m, _ in headings(text)] == [
        (1, "一、"), (2, "（一）"), (3, "1."), (4, "（1）"), (5, "①"), (5, "②"), (4, "（2）"),
        (3, "2."), (2, "（二）"), (1, "二、")]


def test_latin_letters_are_the_levels_below_circled_numbers() -> None:
    text = doc("一、主要工作", "1.抓项目", "①交通项目", "A.高速公路", BODY, "a.南段", BODY,
               "b.北段", BODY, "B.国省干线", BODY, "②水利项目", BODY, "2.抓企业", BODY)
    assert [(d, m) for d, m, _ in headings(text)] == [
        (1, "一、"), (2, "1."), (3, "①"), (4, "A."), (5, "a."), (5, "b."), (4, "B."), (3, "②"),
        (2, "2.")]


@pytest.mark.parametrize("trap", [
    "A股上市企业新增1家。", "U.S.市场出口增长12%。", "A.B两类企业均有增长。", "C.类似表述不是标题。",
])
def test_latin_letters_in_sentences_are_not_headings(trap: str) -> None:
    text = doc("一、主要工作", "1.抓项目", BODY, trap, BODY, "2.抓企业", BODY)
    assert [m for _, m, _ in headings(text)] == ["一、", "1.", "2."]


def test_depth_comes_from_nesting_not_nominal_level() -> None:
    text = doc("一、统计工作开展情况", "1.完成经济普查", BODY, "2.做好常规调查", BODY,
               "二、下一步打算", "1.加强法治建设", BODY)
    assert [(d, m) for d, m, _ in headings(text)] == [
        (1, "一、"), (2, "1."), (2, "2."), (1, "二、"), (2, "1.")]


def test_higher_style_never_nests_under_a_lower_one() -> None:
    text = doc("1.前言", BODY, "一、主要工作", "（一）项目", BODY, "二、下步打算", BODY)
    assert [(d, m) for d, m, _ in headings(text)] == [
        (1, "1."), (1, "一、"), (2, "（一）"), (1, "二、")]


def test_second_level_style_alone_is_top_level() -> None:
    text = doc("（一）项目建设", BODY, "（二）招商引资", BODY)
    assert [(d, m) for d, m, _ in headings(text)] == [(1, "（一）"), (1, "（二）")]


def test_heading_sentence_followed_by_body() -> None:
    text = doc("一、主要做法", "（一）强化组织领导。成立了以局长为组长的领导小组，定期研究工作。",
               "（二）完善工作机制：建立周调度制度。")
    result = outline(text)
    first = result.nodes()[1]
    assert (first.marker, first.title) == ("（一）", "强化组织领导")
    assert text[first.title_start:first.title_end] == "（一）强化组织领导"
    assert result.nodes()[2].title == "完善工作机制"


def test_marker_alone_takes_title_from_next_line() -> None:
    text = doc("一、总体情况", BODY, "二、", "下一步工作打算", BODY)
    assert headings(text)[-1] == (1, "二、", "下一步工作打算")


def test_long_first_clause_is_shortened_for_display() -> None:
    text = doc("1.全面完成第五次全国经济普查，共清查法人单位4328个、个体经营户12650户，"
               "普查数据质量抽查差错率为零。", "2.做好统计调查。")
    assert headings(text)[0][2] == "全面完成第五次全国经济普查"


@pytest.mark.parametrize("trap", [
    "三、四季度经济运行平稳，工业增加值同比增长8%。",
    "二、三产业占比持续提高。",
    "一、二、三产业融合发展取得新进展。",
    "1.5亿元专项资金全部到位。",
    "2024.12月末，全县联网直报单位达到612家。",
    "2024年12月，全县工业用电量同比增长6.8%。",
])
def test_numbers_inside_sentences_are_not_headings(trap: str) -> None:
    text = doc("一、主要工作", "（一）工业经济", BODY, trap, "（二）项目建设", BODY,
               "二、存在问题", BODY)
    assert [m for _, m, _ in headings(text)] == ["一、", "（一）", "（二）", "二、"]


def test_bold_markdown_headings() -> None:
    text = doc("**一、主要工作**", BODY, "**二、存在问题**", BODY)
    assert headings(text) == [(1, "一、", "主要工作"), (1, "二、", "存在问题")]


def test_sequence_break_is_rejected() -> None:
    text = doc("一、主要工作", BODY, "三、存在问题", BODY, "二、下步打算", BODY)
    assert [m for _, m, _ in headings(text)] == ["一、", "二、"]


@pytest.mark.parametrize("first", ["二、主要工作", "（二）主要工作", "3.主要工作", "②主要工作"])
def test_a_level_must_start_at_one(first: str) -> None:
    # inside a text, a lone marker out of sequence is no heading (at the very start of a
    # text it is: a pasted part, see test_fragments.py)
    assert headings(doc(BODY, first, BODY)) == []


def test_an_excerpts_lone_part_heading_opens_its_level() -> None:
    # an excerpt (节选) is cut: its one part heading on a line of its own opens its level
    # wherever it stands; one holding a comma is a sentence
    assert headings(doc("某省政府工作报告（节选）", BODY, "二、主要任务", BODY)) == [
        (1, "二、", "主要任务")]
    assert headings(doc("某省政府工作报告（节选）", BODY, "二、主要任务，重点工作", BODY)) == []


def test_new_level_with_very_long_first_clause_is_rejected() -> None:
    long_clause = "按照县委县政府统一部署" * 9
    text = doc("一、主要工作", f"1.{long_clause}。", BODY)
    assert [m for _, m, _ in headings(text)] == ["一、"]


def test_section_spans() -> None:
    text = doc("一、主要工作", "（一）项目", BODY, "（二）企业", BODY, "二、下步打算", BODY)
    nodes = outline(text).nodes()
    one, sub1, sub2, two = nodes
    assert (one.start, one.end) == (0, two.start)
    assert sub1.end == sub2.start and sub2.end == two.start
    assert two.end == len(text)
    assert [n.line for n in nodes] == [1, 2, 4, 6]
