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
"""
from __future__ import annotations

import re

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
