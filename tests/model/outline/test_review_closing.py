"""How a 政府工作报告's review closes: its closing paragraphs (where the results came from,
what is still lacking) close the part, not its last item (model/outline/part_close.py)."""
from __future__ import annotations

import pytest

from model.outline.tree import OutlineNode
from tests.model.outline.helpers import outline

BODY = "全年新增城镇就业5200人，新建改扩建中小学校6所，各项工作有序推进。"
PROBLEMS = ("在看到成绩的同时，我们也清醒地认识到，发展中还存在不少困难和问题：经济回升的基础还不"
            "稳固，政府效能有待提升。")
SOURCE = "上述成绩的取得，根本在于党中央的坚强领导，是全县人民团结奋斗的结果。"


def doc(*lines: str) -> str:
    return "\n".join(["某县2026年政府工作报告", "", *lines, ""])


REVIEW = doc("一、2025年工作回顾", BODY,
             "（一）经济运行稳中有进。" + BODY,
             "（二）民生福祉持续增进。" + BODY,
             BODY,
             SOURCE,
             PROBLEMS,
             "二、2026年工作安排", BODY)


def _node(text: str, title_start: str) -> OutlineNode:
    return next(n for n in outline(text).nodes() if n.title.startswith(title_start))


def test_the_closing_paragraphs_close_the_part_not_its_last_item() -> None:
    last = _node(REVIEW, "民生福祉")
    part = _node(REVIEW, "2025年工作回顾")
    assert REVIEW[last.start:last.end].rstrip("\n").endswith(BODY)  # its own two paragraphs
    assert SOURCE not in REVIEW[last.start:last.end]
    assert PROBLEMS in REVIEW[part.start:part.end]
    assert part.end == _node(REVIEW, "2026年").start


@pytest.mark.parametrize("opening", [
    "我们也清醒看到，经济社会发展中还存在不少困难和问题。",
    "同时，我们也清醒地认识到，外部环境复杂多变。",
    "各位代表！取得这样的成绩十分不易，根本在于党中央的坚强领导。",
    "过去一年取得的成绩，是党中央正确领导的结果。",
], ids=["qingxing_kandao", "tongshi_renshidao", "qude_zheyang", "qude_de_chengji"])
def test_each_closing_formula_closes_the_part(opening: str) -> None:
    text = doc("一、2025年工作回顾", BODY, "（一）经济运行稳中有进。" + BODY,
               "（二）民生福祉持续增进。" + BODY, opening, "二、2026年工作安排", BODY)
    last = _node(text, "民生福祉")
    assert opening not in text[last.start:last.end]


def test_a_section_headed_by_its_problems_keeps_them() -> None:
    """（三）存在的问题 opens with the formula as its own text; so does an item whose
    paragraph is the formula only (nothing of its own before it)."""
    text = doc("一、2025年工作回顾", BODY, "（一）经济运行稳中有进。" + BODY,
               "（二）存在的问题和不足", PROBLEMS, BODY, "二、2026年工作安排", BODY)
    problems = _node(text, "存在的问题")
    assert PROBLEMS in text[problems.start:problems.end]


def test_a_closing_formula_before_the_part_s_next_item_cuts_nothing() -> None:
    """Only the last items are closed: a list going on after the paragraph owns it."""
    text = doc("一、2025年工作回顾", BODY, "（一）经济运行稳中有进。" + BODY, SOURCE,
               "（二）民生福祉持续增进。" + BODY, "二、2026年工作安排", BODY)
    first = _node(text, "经济运行")
    assert SOURCE in text[first.start:first.end]


def test_problem_items_after_the_closing_formula_belong_to_the_part() -> None:
    text = doc("一、2025年工作回顾", BODY, "（一）经济运行稳中有进。" + BODY,
               "（二）民生福祉持续增进。" + BODY,
               "我们也清醒地看到，发展还存在不少困难和问题。一是经济恢复的基础尚不牢固；"
               "二是民生保障还有不足。", "二、2026年工作安排", BODY)
    part = _node(text, "2025年工作回顾")
    assert [(c.kind, c.title) for c in part.children[-2:]] == [
        ("item", "经济恢复的基础尚不牢固"), ("item", "民生保障还有不足")]


def test_an_item_whose_only_paragraph_is_the_formula_keeps_it() -> None:
    """（三）几点体会 on a line of its own, its one paragraph opening 上述成绩的取得…: the
    paragraph is the item's text, not the part's close (the heading alone is no text)."""
    text = doc("一、2025年工作回顾", BODY, "（一）经济运行稳中有进。" + BODY,
               "（二）民生福祉持续增进。" + BODY, "（三）几点体会", SOURCE,
               "二、2026年工作安排", BODY)
    lessons = _node(text, "几点体会")
    assert SOURCE in text[lessons.start:lessons.end]
