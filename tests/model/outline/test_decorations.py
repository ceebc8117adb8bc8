"""Decoration before a heading's marker (emoji, ●■◆▶★☆✔ bullets, a 【章名】 label) does
not hide the marker; a "- " list entry is never a lead sentence."""
from __future__ import annotations

import pytest

from tests.model.outline.helpers import headings, rows

BODY = "全年完成各项目标任务，取得了明显成效。"


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("deco", ["🌟", "●", "■", "◆", "▶", "★", "☆", "✔", "※", "•", "➤ ",
                                  "⭐️", "👉🏻", "◆ ", "【章名】"])
def test_decoration_before_a_marker_keeps_the_heading(deco: str) -> None:
    text = doc("报告", f"{deco}一、工作回顾", BODY, f"{deco}（一）经济发展", BODY,
               f"{deco}二、工作展望", BODY)
    assert headings(text) == [(1, "一、", "工作回顾"), (2, "（一）", "经济发展"),
                              (1, "二、", "工作展望")]


def test_decorated_chapter_label_of_a_law_database() -> None:
    text = doc("某某条例", "【章名】 第一章 总则", "第一条 为了规范立法活动，制定本条例。",
               "第二条 本条例适用于本市。", "【章名】 第二章 附则", "第三条 本条例自公布之日起施行。")
    assert [(d, k, m) for d, k, m, _ in rows(text)] == [
        (1, "heading", "第一章"), (2, "item", "第一条"), (2, "item", "第二条"),
        (1, "heading", "第二章"), (2, "item", "第三条")]


def test_decoration_alone_is_no_heading() -> None:
    """A decorated sentence without a marker stays body text (🎯展望2024年，…：)."""
    text = doc("报告", "一、工作回顾", BODY, "🌈2023年，全县经济稳中向好，以下是工作回顾:",
               "1️⃣ 经济发展稳中向好，GDP增长8.5%。", "二、工作展望", BODY)
    assert headings(text) == [(1, "一、", "工作回顾"), (1, "二、", "工作展望")]


def test_markdown_bullet_entries_are_not_leads() -> None:
    text = doc("报告", "🌟一、2023年工作回顾", "以下是几个亮点:", "- 经济稳中向好，增速居前。",
               "- 乡村振兴深入推进。", "🌟二、2024年工作展望", BODY, "* 推动产业转型升级。")
    assert [(d, k, m) for d, k, m, _ in rows(text)] == [(1, "heading", "一、"),
                                                       (1, "heading", "二、")]
