"""A table of contents (目录) never becomes the outline, and never hides the body's headings."""
from __future__ import annotations

import pytest

from model.outline.contents import contents_end, is_entry
from tests.model.outline.helpers import headings, outline

BODY = """一、总体要求
（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。
（二）发展目标。到2025年，数字经济核心产业增加值占比达到10%。
二、重点任务
（一）加快数字基础设施建设。新建5G基站500个。
三、保障措施
（一）加强组织领导。成立工作专班。
"""
EXPECTED = [(1, "一、", "总体要求"), (2, "（一）", "指导思想"), (2, "（二）", "发展目标"),
            (1, "二、", "重点任务"), (2, "（一）", "加快数字基础设施建设"), (1, "三、", "保障措施"),
            (2, "（一）", "加强组织领导")]
TITLE = "某县数字经济发展实施方案\n"


@pytest.mark.parametrize("contents", [
    "目  录\n一、总体要求………………1\n二、重点任务………………3\n三、保障措施………………8\n",
    "目录\n一、总体要求\n二、重点任务\n三、保障措施\n\n",  # no page numbers: the body repeats 一、
    "目 次\n一、总体要求\t1\n（一）指导思想\t1\n二、重点任务\t3\n三、保障措施\t8\n",  # Word's tabs
    "一、总体要求.........1\n二、重点任务.........3\n三、保障措施.........8\n",  # no label
    "目錄\n一、總體要求……1\n二、重點任務……3\n",
])
def test_the_body_headings_are_the_outline(contents: str) -> None:
    text = TITLE + contents + BODY
    assert headings(text) == EXPECTED
    assert outline(text).title == "某县数字经济发展实施方案"
    first = outline(text).nodes()[0]
    assert text[first.start:].startswith("一、总体要求\n（一）")  # the body's, not the entry


def test_a_report_opening_with_its_contents_has_no_title() -> None:
    text = "目录\n一、总体要求……1\n二、重点任务……3\n三、保障措施……8\n" + BODY
    assert outline(text).title is None
    assert headings(text) == EXPECTED


def test_contents_end_is_where_the_first_entry_comes_again() -> None:
    text = TITLE + "目录\n一、总体要求\n二、重点任务\n" + BODY
    assert contents_end(text, len(TITLE)) == text.index("一、总体要求\n（一）")
    # the label may follow front matter (the title here): the body is found all the same
    assert contents_end(text, 0) == text.index("一、总体要求\n（一）")
    assert contents_end(BODY, 0) == 0


@pytest.mark.parametrize(("clause", "entry"), [
    ("总体要求………………1", True), ("总体要求\t12", True), ("总体要求 . . . . 3", True),
    ("总体要求..........１２", True), ("增长8.6", False), ("总体目标 2025", False),
    ("2024年工作回顾", False), ("主要指标……", False),
])
def test_entry_lines_end_in_a_leader_and_a_page_number(clause: str, entry: bool) -> None:
    assert is_entry(clause) is entry
