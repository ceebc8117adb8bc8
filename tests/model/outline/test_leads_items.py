"""Unnumbered lead sentences and run-in enumerations (一是…二是…)."""
from __future__ import annotations

import pytest

from tests.model.outline.helpers import outline, rows

INTRO = "始终把旗帜鲜明讲政治放在首位，持续强化理论武装，不断提高政治能力，努力做到“两个维护”。"


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_lead_sentences_under_a_heading() -> None:
    text = doc("一、突出讲政治", INTRO,
               "夯实理论功底。坚持先学一步、学深一层，每月部署学习任务。",
               "提高政治能力。加强政治历练、实践锻炼，自觉对标对表。",
               "二、突出讲大局", INTRO)
    assert rows(text) == [(1, "heading", "一、", "突出讲政治"),
                          (2, "lead", "", "夯实理论功底"), (2, "lead", "", "提高政治能力"),
                          (1, "heading", "二、", "突出讲大局")]
    nodes = outline(text).nodes()
    first, second, nxt = nodes[1], nodes[2], nodes[3]
    assert text[first.title_start:first.title_end] == "夯实理论功底"
    assert first.start == text.index("夯实") and first.end == second.start
    assert second.end == nxt.start
    assert first.line == 3


def test_lead_with_comma_and_quotes() -> None:
    text = doc("一、2024年工作回顾", "“稳”的态势巩固延续。全县地区生产总值增长5.8%。",
               "强化底线思维，确保安全稳定。筑牢保密安全防线。")
    assert [t for _, k, _, t in rows(text) if k == "lead"] == ["“稳”的态势巩固延续",
                                                                "强化底线思维，确保安全稳定"]


def test_short_line_leads_in_word_exports() -> None:
    text = doc("一、主要做法", "夯实理论功底", "坚持先学一步、学深一层，每月面向全室部署学习任务。",
               "提高政治能力", "加强政治历练、实践锻炼，自觉对标对表，提高政治判断力。")
    assert [t for _, k, _, t in rows(text) if k == "lead"] == ["夯实理论功底", "提高政治能力"]


@pytest.mark.parametrize("text", [
    # only one paragraph opens with a short sentence
    doc("一、主要做法", INTRO, "夯实理论功底。坚持先学一步、学深一层。", INTRO),
    # lead-like openings before any heading
    doc("夯实理论功底。坚持先学一步、学深一层。", "提高政治能力。加强政治历练、实践锻炼。"),
    # two short openings among many ordinary paragraphs
    doc("一、主要做法", *([INTRO] * 8), "成效明显。各项指标好于预期。",
        "任务完成。全年目标全部实现。"),
    # short lines that are a list, not heads of paragraphs
    doc("一、领导小组", "组长张三", "副组长李四", "成员王五", "办公室设在县工信局。"),
    # a figure in the opening sentence: a result, not a lead
    doc("一、主要做法", "增长5.8%。全县经济稳中向好。", "新增就业5200人。民生持续改善。"),
])
def test_not_leads(text: str) -> None:
    assert [k for _, k, _, _ in rows(text) if k == "lead"] == []


def test_inline_enumeration_items() -> None:
    text = doc("（一）存在困难",
               "一是工业总量不大，龙头企业少。二是创新能力不足；研发投入偏低。三是要素制约突出。")
    result = outline(text)
    assert rows(text) == [(1, "heading", "（一）", "存在困难"),
                          (2, "item", "一是", "工业总量不大，龙头企业少"),
                          (2, "item", "二是", "创新能力不足"), (2, "item", "三是", "要素制约突出")]
    one, two, three = result.nodes()[1:]
    assert text[one.start:one.end] == "一是工业总量不大，龙头企业少。"
    assert one.end == two.start and two.end == three.start
    assert three.end == text.index("\n", three.start)
    assert text[two.title_start:two.title_end] == "二是创新能力不足"
    assert {n.line for n in (one, two, three)} == {2}


def test_items_in_separate_paragraphs() -> None:
    text = doc("一、存在的问题", "一是产业结构单一。", "二是财政收支矛盾突出。",
               "这些问题需要认真解决。")
    nodes = outline(text).nodes()
    assert [(n.marker, n.line) for n in nodes[1:]] == [("一是", 2), ("二是", 3)]
    assert nodes[1].end == text.index("\n", nodes[1].start)
    assert nodes[2].end == text.index("\n", nodes[2].start)


@pytest.mark.parametrize(("body", "markers"), [
    ("第一，巩固成果。第二，发展产业。第三，改善环境。", ["第一", "第二", "第三"]),
    ("其一，严格落实制度；其二，开展活动；其三，加强队伍建设。", ["其一", "其二", "其三"]),
    ("首先，压实责任。其次，加强监察。再次，完善制度。最后，淘汰落后产能。",
     ["首先", "其次", "再次", "最后"]),
    ("首先，压实责任。最后，淘汰落后产能。", ["首先", "最后"]),
    ("一要抓好项目谋划，二要抓好项目建设，三要抓好要素保障。", ["一要", "二要", "三要"]),
    ("一方面，加大投入；另一方面，优化服务。", ["一方面", "另一方面"]),
    ("十是抓安全。", []),
    ("主要原因一是机制更加健全，各村普遍建立了调解工作室。", []),
    ("坚持全县一盘棋，统一是关键。二是重点。", []),
    ("排名全省第一，位居前列。第二，发展产业。", []),
    ("最后一公里问题得到解决。其次是人才问题。", []),
])
def test_enumeration_families(body: str, markers: list[str]) -> None:
    got = [m for _, k, m, _ in rows(doc("一、主要工作", body)) if k == "item"]
    assert got == markers


def test_run_continues_past_ten() -> None:
    body = "。".join(f"{n}是第{i}项工作" for i, n in enumerate(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"], 1)) + "。"
    got = [m for _, k, m, _ in rows(doc("一、主要工作", body)) if k == "item"]
    assert got[-3:] == ["十是", "十一是", "十二是"] and len(got) == 12


def test_item_titles_are_cut_for_display() -> None:
    long_clause = "局机构改革造成的与上级业务主管部门之间的职能上存在部分脱节，建设受限"
    text = doc("一、问题", f"一是{long_clause}。二是{'人才' * 20}。")
    titles = [t for _, k, _, t in rows(text) if k == "item"]
    assert titles == ["局机构改革造成的与上级业务主管部门之间的职能上存在部分脱节",
                      "人才" * 15 + "…"]


def test_nested_enumerations() -> None:
    text = doc("一、主要工作", "首先，抓项目：一是抓谋划，二是抓建设。其次，抓企业。")
    assert rows(text)[1:] == [(2, "item", "首先", "抓项目"), (3, "item", "一是", "抓谋划"),
                              (3, "item", "二是", "抓建设"), (2, "item", "其次", "抓企业")]


def test_items_under_leads_and_without_headings() -> None:
    text = doc("一、工作回顾", INTRO, "产业转型加快。一是工业提质，二是农业增收。",
               "民生持续改善。就业稳定。")
    assert rows(text)[1:4] == [(2, "lead", "", "产业转型加快"), (3, "item", "一是", "工业提质"),
                               (3, "item", "二是", "农业增收")]
    assert rows("一是抓项目。二是抓企业。\n") == [(1, "item", "一是", "抓项目"),
                                              (1, "item", "二是", "抓企业")]
