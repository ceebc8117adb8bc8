"""Where run-in enumeration cues stand (model/outline/item_cues.py) and the item title cut."""
from __future__ import annotations

import pytest

from model.outline.item_cues import cue_list
from model.outline.rules import MAX_TITLE, short_title


def cues(text: str, family: str, body_end: int | None = None) -> list[tuple[int, str, str]]:
    """(start, literal, clause after it) of every cue found."""
    end = len(text) if body_end is None else body_end
    return [(start, lit, text[a:b]) for start, lit, (a, b) in cue_list(text, family, end)]


def test_a_cue_opens_the_text_a_paragraph_or_follows_a_break() -> None:
    text = "一是抓学习。二是抓落实；统一是原则\n　　三是抓作风，四是  抓廉政：五是好"
    assert [(s, lit) for s, lit, _ in cues(text, "是")] == [
        (text.index(lit), lit) for lit in ("一是", "二是", "三是", "四是", "五是")]


def test_any_run_of_indent_before_a_cue() -> None:
    text = "　　一是甲\n \t\u3000\xa0二是乙。x 三是丙"
    assert [lit for _, lit, _ in cues(text, "是")] == ["一是", "二是"]


@pytest.mark.parametrize(("text", "found"), [
    ("第一，抓学习。第一部分。第十一、甲。第十：第二十一，", ["第一", "第十一", "第十", "第二十一"]),
    ("其一，甲。其十一，乙。其二：丙", ["其一", "其二"]),
    ("首先，甲。其次乙。再次丙。最后一公里。最后，丁", ["首先", "其次", "再次", "最后"]),
    ("一方面，甲；另一方面，乙。一方面要", ["一方面", "另一方面"]),
])
def test_strict_cues_need_a_break_after(text: str, found: list[str]) -> None:
    family = {"第": "第", "其": "其", "首": "首先", "一": "方面"}[text[0]]
    assert [lit for _, lit, _ in cues(text, family)] == found


def test_the_clause_after_a_cue_skips_separators_and_stops_at_a_break() -> None:
    assert [clause for *_, clause in cues("一是：  加强领导，统一思想。二是\n三是", "是")] == [
        "加强领导，统一思想", "", ""]


def test_a_cue_must_end_by_body_end() -> None:
    text = "一是甲。二是"
    assert [lit for _, lit, _ in cues(text, "是", len(text) - 1)] == ["一是"]
    assert [lit for _, lit, _ in cues("第一，", "第", 2)] == ["第一"]  # its break lies past


@pytest.mark.parametrize(("clause", "title"), [
    ("一" * (MAX_TITLE + 5), "一" * MAX_TITLE + "…"),
    ("加强党的领导，" + "一" * MAX_TITLE, "加强党的领导"),
    ("加，" + "一" * MAX_TITLE, "加，" + "一" * (MAX_TITLE - 2) + "…"),  # too short a part
    ("加强党的领导,全面" + "一" * MAX_TITLE, "加强党的领导"),
    ("加，强党的领导,全面" + "一" * MAX_TITLE, "加，强党的领导"),
    ("加强党的领导全面，推进,改革" + "一" * MAX_TITLE, "加强党的领导全面"),
    ("一" * (MAX_TITLE + 1) + "，后面", "一" * MAX_TITLE + "…"),  # its comma comes too late
    ("一" * MAX_TITLE + "，后面", "一" * MAX_TITLE),
    ("加强,党的领导，全面" + "一" * MAX_TITLE, "加强,党的领导"),
])
def test_a_long_clause_is_cut_at_its_first_usable_comma(clause: str, title: str) -> None:
    assert short_title(clause) == title
