"""What kind of document a report is, read from its title, and what that says about its
parts (issue 16, session 10: a unit's plan against its own summary of the year).

- A plan document (绍兴一中2021年度工作要点, 某局2024年工作计划, …实施方案) plans from its
  first line: the 2021年是…开局之年, the 总体要求 and the 主要目标 before its first heading
  are its plan, not a review of anything. Only a section a heading names a review of is
  one (a 工作总结和工作计划 is no plan document: its title names the review).
- A summary (工作总结, 述职报告, 工作汇报) reviews in every section but those whose heading
  looks ahead (下一步打算, 后续努力方向, 今后) or admits problems (存在问题, 工作反思): a
  summary's sections name the work done in a plan's words (抓好重点工作, 主要任务), so
  those words make no plan there.
A 政府工作报告 is neither: its title names a report, and its parts are told by headings
(model.compare.parts).
- A plan document whose title line is missing (pasted from its second line, an excerpt) is
  still known by its own labels: a plan states its 指导思想/总体要求, its 工作目标/主要目标
  and its 主要任务/重点工作 each under a label of its own (a heading, or 主要目标是： opening
  a line); two different such labels, and no line naming a review, make it a plan. So do
  two top-level headings that each set a counted set of tasks (一、着重落实，抓实五项政策
  实施; 二、建设三项工程推进…): a plan deals out its work so, a summary tells what was done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from model.outline.tree import Outline
from model.reading.suggestion_cues import PLAN_DOCUMENT, REVIEW_DOCUMENT
from model.reading.suggestion_lean import PAST
from model.reading.traditional import simplified

PLAN = "plan"
SUMMARY = "summary"
#: a section of a summary that admits problems: no result is reported there
PROBLEMS = "problems"
#: a report (政府工作报告, 讲话, 报告要点): never a plan document whatever else its title says
#: (湖南省2025年政府工作报告和国民经济和社会发展计划 reviews the past year first)
_REPORT = re.compile(r"报告|讲话|会议")
#: a heading of a summary that looks ahead: its plan part
_AHEAD = re.compile(r"下一步|下步|下阶段|今后|打算|明年|来年|新的一年|努力方向|工作思路|工作计划|"
                    r"改进方向|改进措施|整改措施|\d{4}年(?:工作)?(?:计划|安排|要点|思路)")
#: a heading of a summary that admits problems (存在问题, 不足之处, 个人工作反思, 面临的主要
#: 问题); not one that names the work done on them (直面问题短板，提升专业素养)
_SHORTCOMINGS = re.compile(r"存在|不足|反思|教训|(?:主要|面临的?)问题")
#: a plan document's own label opening a line (a heading 一、指导思想, or 主要目标是：…, 学校
#: 工作的总体要求是：…): the group names the kind of label (aim, goals, tasks)
_PLAN_LABEL = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])?"
    r"[^\n，,。；;：:]{0,8}?(?:(指导思想|总体要求)|(工作目标|主要目标|年度目标|目标任务)|"
    r"(主要任务|重点工作|重点任务|工作要点|工作重点))(?:是|为|如下)?(?:[：:]|[ \t\u3000]*$)",
    re.MULTILINE)
#: a top-level heading that sets a counted set of tasks (抓实五项政策实施, 办好五件惠生实事,
#: 深化五方面工作…): a verb, then the count
_COUNTED_TASKS = re.compile(
    r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．][^\n。；;]{0,8}?"
    r"(?:抓实|抓好|办好|做好|落地|落实|补强|建设|实施|深化|优化|推进|完成|打造|强化|提升)"
    r"[两二三四五六七八九十]{1,2}(?:项|件|块|大|个|方面|条)", re.MULTILINE)
#: a line that names a review: a plan document's labels do not make a summary or a
#: report with its review (一、2023年工作回顾, 过去一年) a plan
_REVIEW_LINE = re.compile(r"^[^\n。]{0,20}(?:回顾|总结)[^\n。]{0,10}$|过去一年|一年来", re.MULTILINE)


def document_kind(title: str | None) -> str | None:
    """PLAN for a plan document, SUMMARY for a summary, None otherwise (a report)."""
    title = simplified(title or "")
    if not title or len(title) > 60:
        return None
    if REVIEW_DOCUMENT.search(title):
        return SUMMARY
    if PLAN_DOCUMENT.search(title) and not _REPORT.search(title):
        return PLAN
    return None


@dataclass(eq=False)
class KindOutline(Outline):
    """An outline that carries the document's kind as model.compare.parts.part_outline
    read it (a plan known by its labels has no title saying so)."""

    kind: str | None = None


def labelled_plan(text: str) -> bool:
    """Whether the text is a plan document by its own labels (see the module docstring):
    two different kinds of label (its aim, its goals, its tasks) or two headings dealing
    out counted tasks, and no review named."""
    kinds = {next(i for i, g in enumerate(m.groups()) if g)
             for m in _PLAN_LABEL.finditer(text)}
    counted = len(_COUNTED_TASKS.findall(text))
    return (len(kinds) >= 2 or counted >= 2) and not _REVIEW_LINE.search(text)


def outline_kind(outline: Outline | None) -> str | None:
    """The document's kind: the one model.compare.parts.part_outline read (from the title,
    else from a plan's labels), else the title's."""
    if outline is None:
        return None
    return getattr(outline, "kind", None) or document_kind(outline.title)


def summary_heading_kind(title: str, nested: bool) -> str | None:
    """What a summary's heading says its section is: PLAN when it looks ahead, PROBLEMS
    when it admits problems, else a review (PAST) when it is a top-level heading; a
    nested one inherits its part."""
    title = simplified(title)
    if _AHEAD.search(title):
        return PLAN
    if _SHORTCOMINGS.search(title):
        return PROBLEMS
    return None if nested else PAST
