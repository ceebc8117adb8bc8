"""How a 政府工作报告's review groups its leads: lines of one dash-led sentence head the
run-in leads after them (model/outline/groups.py)."""
from __future__ import annotations

from model.outline.tree import OutlineNode
from tests.model.outline.helpers import outline, rows

BODY = "全年新增城镇就业5200人，新建改扩建中小学校6所，各项工作有序推进。"
SOURCE = "上述成绩的取得，根本在于党中央的坚强领导，是全县人民团结奋斗的结果。"


def doc(*lines: str) -> str:
    return "\n".join(["某县2026年政府工作报告", "", *lines, ""])


def _node(text: str, title_start: str) -> OutlineNode:
    return next(n for n in outline(text).nodes() if n.title.startswith(title_start))


GROUPED = doc(
    "一、2025年工作回顾",
    "——扎实抓好稳增长、防风险、保民生三项基本任务，发展的底盘持续夯实。",
    "经济运行稳中有进。" + BODY,
    "就业和税收总体向好。" + BODY,
    "——着力深化改革、扩大开放、促进创新，发展的动力更加强劲。",
    "深化改革释放新动能。" + BODY,
    "对外开放取得新成效。" + BODY,
    SOURCE,
    "二、2026年工作安排", BODY)


def test_dash_lines_standing_alone_group_the_leads_after_them() -> None:
    assert rows(GROUPED) == [
        (1, "heading", "一、", "2025年工作回顾"),
        (2, "lead", "", "——扎实抓好稳增长、防风险、保民生三项基本任务"),
        (3, "lead", "", "经济运行稳中有进"),
        (3, "lead", "", "就业和税收总体向好"),
        (2, "lead", "", "——着力深化改革、扩大开放、促进创新，发展的动力更加强劲"),
        (3, "lead", "", "深化改革释放新动能"),
        (3, "lead", "", "对外开放取得新成效"),
        (1, "heading", "二、", "2026年工作安排"),
    ]
    first, second = _node(GROUPED, "——扎实"), _node(GROUPED, "——着力")
    assert first.end == second.start  # a group ends where the next begins
    assert first.children[-1].end == second.start
    assert SOURCE not in GROUPED[second.start:second.end]  # the part's closing paragraph


def test_dash_leads_with_their_own_text_are_no_group_heads() -> None:
    """——经济实力实现整体跃升。顶住… goes on after its sentence: a lead, not a group head."""
    text = doc("一、“十四五”时期工作回顾",
               "——经济实力实现整体跃升。" + BODY, "——支点功能得到实质增强。" + BODY,
               "——转型发展取得突破成效。" + BODY, "二、2026年工作安排", BODY)
    assert [d for d, k, _m, _t in rows(text) if k == "lead"] == [2, 2, 2]


def test_one_dash_line_alone_groups_nothing() -> None:
    text = doc("一、2025年工作回顾",
               "——扎实抓好稳增长、防风险、保民生三项基本任务，发展的底盘持续夯实。",
               "经济运行稳中有进。" + BODY, "就业和税收总体向好。" + BODY,
               "二、2026年工作安排", BODY)
    assert [d for d, k, _m, _t in rows(text) if k == "lead"] == [2, 2]
