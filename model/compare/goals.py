"""A plan document's goals, each clause a commitment (issue 16, session 10).

A unit's plan (工作要点, 工作计划) states its goals in a paragraph of their own, led by a
label (主要目标是：; 工作目标：) or under a heading that names them (（一）工作目标), one goal a
clause, most of them without a figure: 家长满意率市直前三，年度考核优秀; 新增“北斗科技班”至少2个，
科技类竞赛国一实现零突破. The unit's summary of that year answers each goal on its own
(家长满意率测评保持市直第二; 年度考核再获第一), so each clause is a commitment. A clause
that names only their occasion opens the goals after it (2021届高考，一段上线率85%以上): it
stays with the next clause.

A plan's aim sentence may name its goals by their count instead (…为落脚点，实现教育教学核心
指标全市领先和家长满意率进市直学校前三两大目标，做好…): that clause is a commitment of its own,
not the long aim sentence around it, which the summary answers nowhere as a whole.
"""
from __future__ import annotations

import re

from model.compare.passages import stripped
from model.outline.tree import Outline
from model.reading.traditional import simplified

#: a label that opens a paragraph of goals (主要目标是：, 工作目标：, 年度目标为：)
_GOAL_LABEL = re.compile(r"[^：:。，,\n]{0,12}目标(?:任务)?(?:是|为)?[：:]")
#: a heading that names the goals (（一）工作目标, 二、主要目标); not a principle or aim
_GOAL_HEADING = re.compile(r"^[^，,。]{0,8}目标(?:任务)?$")
_CLAUSE = re.compile(r"[^，,；;。！!？?\n]+")
#: a clause that names only the occasion of the goals after it (2021届高考，; 2021年，)
_OCCASION = re.compile(r"20\d\d(?:年|届|学年|年度)[^，,；;。\d%]{0,6}")
#: a clause naming the plan's goals by their count (实现…和…两大目标)
_COUNTED_GOALS = re.compile(r"(?:实现|完成|达成|确保)[^，,。；;！？\n]{2,60}?"
                            r"[两二三四五六七八九十](?:大|个|项)(?:主要)?目标")


def goal_clauses(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """The clauses of a plan document's goals: the paragraphs led by a goal label, the
    paragraphs of a section whose heading names the goals, and a clause naming its goals
    by their count."""
    lines: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        label = _GOAL_LABEL.match(text, at, end)
        if label and label.end() < end:
            lines.append((label.end(), end))
        at = end + 1
    if outline is not None:
        for node in outline.nodes():
            if node.kind != "heading" or not _GOAL_HEADING.match(simplified(node.title)):
                continue
            body = text.find("\n", node.title_end)
            if body >= 0:
                lines.append((body + 1, node.end))
    found: list[tuple[int, int]] = [m.span() for m in _COUNTED_GOALS.finditer(text)]
    for start, end in sorted(set(lines)):
        opening = -1
        for m in _CLAUSE.finditer(text, start, end):
            s, e = stripped(text, m.start(), m.end())
            if e <= s:
                continue
            if opening < 0 and _OCCASION.fullmatch(text, s, e) \
                    and text[m.end():m.end() + 1] in "，,":
                opening = s  # 2021届高考: the topic of the goals after it
                continue
            found.append((s if opening < 0 else opening, e))
            opening = -1
    return sorted(set(found))
