"""What a unit's context says it is (its lean): the section it sits in (存在的问题: problem,
下步打算: commitment, 主要做法/工作回顾: past, 面临的形势: situation), read from the
section titles, or that the document as a whole is a plan or a review. The units
themselves: model/reading/suggestion_units.py.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from model.outline.tree import Outline, OutlineNode
from model.reading import suggestion_cues as cues
from model.reading.start_set import speed_up_module
from model.reading.traditional import simplified
from model.report.sentences import SPACES

PAST = "past"
#: the lean of a unit in a plan document outside any part that says more (weaker than a
#: plan part: the unit's own evidence decides first).
PLAN = "plan"
#: the same for a document that reports work done as a whole (工作总结, 述职报告, 汇报).
REVIEW = "review"
#: the lean of a plan's situation part (面临的形势, 发展环境, 现状): the present described,
#: neither undertaken nor reviewed; a unit there is judged on its own evidence.
SITUATION = "situation"

_PROBLEM_HEAD = re.compile(r"存在|问题(?:和|与|及)不足|不足|短板|差距|薄弱环节|困难和问题|"
                           r"低下|不强|滞后|不健全|不完善|乏力|"
                           # a part that names the problems it studies ("二、现状及问题", "主要
                           # 问题", "问题及原因": a research report's; session 10)
                           r"(?:现状|情况)(?:及|和|与)问题$|主要问题$|问题(?:及|和|与)(?:原因|成因)$")
_PLAN_HEAD = re.compile(r"下一步|下步|下阶段|今后|打算|工作计划|工作思路|努力方向|工作任务|重点工作|"
                        r"主要目标|预期目标|目标任务|工作安排|明年|总体要求|工作重点|重点任务|主要任务|改进方向|改进措施|"
                        r"新的一年|十五五|开好局|起好步|"
                        # a research report's proposals ("四、对策建议", "几点建议"): the work it
                        # lays down, a plan part (docs/tags.md "What the seventh part taught")
                        r"对策|(?:几点|工作|意见|政策)建议|建议$")
_SITUATION_HEAD = re.compile(r"面临的|形势分析|发展形势|发展环境|发展基础|发展现状|基本现状|现状分析|"
                             r"编制背景|规划背景")
#: a part of the period's events as its label ("一、本周大事：", "大事记"): what was done. Only
#: the label: a headline's "办好惠民“头等大事”" or "十件大事" names what is planned.
_EVENTS = (r"(?:^|[、．.）)\s])(?:本周|本月|本期|本学期|本年度?|上周|近期|年度)?大事记?[：:]?\s*$")
_PAST_HEAD = re.compile(r"回顾|主要做法|做法|成效(?!应)|成绩|优点|" + _EVENTS
                        + r"|开展情况|完成情况|履职情况|主要工作|基本情况|"
                        r"工作总结|取得|执行情况|落实情况|进展情况|自查|整改情况|整改成效")
#: the words by which a heading says its work is arranged ahead ("三、2024年主要工作安排",
#: "主要工作计划"): "主要工作" then names the work, not the time it was done — the heading
#: of a plan part, not of a review (docs/tags.md "What the thirteenth study part taught").
_ARRANGED = re.compile(r"工作(?:安排|计划|打算|思路|要点)|下一步|下步|今后|明年|新的一年")
SHORT_LABEL = 14  # characters of a section title in a reason
#: a part named as the strengths found ("二、本周优点：", "主要优点"): a weekly summary's or a
#: check's list of what went well, told as states ("教学秩序井然", "…已经大有好转") more often
#: than with a result word — results (session 11). 工作成效, 特色亮点 mix the work in.
_RESULTS_ONLY = re.compile(r"(?:本周|本月|本期|本学期|主要|突出)?(?:的)?优点[：:]?")
#: a heading whose shortfall is the object of the work that fixes it ("四、着实根本，补强五块
#: 学校短板", "2．加快补齐短板弱项", "（三）破解发展难题"): it names a task, not an admission
#: (docs/tags.md "What the seventh blind part taught (round 2)").
_REMEDY_HEAD = re.compile(r"(?=[补弥破解克攻化缩])(?:补|弥补|破解|解决|克服|攻克|化解|缩小)"
                          r"[^，,。；;：:]{0,8}?(?:短板|弱项|差距|不足|难题|问题|瓶颈|薄弱环节)")


class Lean(NamedTuple):
    """What the context says a unit is: kind (problem | commitment | past), the short label
    of the section that says so, or the opening phrase of a problem paragraph."""

    kind: str
    label: str
    opening: bool = False


def names_plan(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a word a heading opening a plan part says it by."""
    return _PLAN_HEAD.search(text, start, end) is not None


def names_results(label: str) -> bool:
    """Whether a part's label names only what went well (its results): see _RESULTS_ONLY."""
    if "优点" not in label:  # (asked of most units of a review: the word first)
        return False
    body = _HEADING_NUMBER.sub("", label.strip(SPACES), count=1).strip(SPACES)
    return _RESULTS_ONLY.fullmatch(body) is not None


def short_label(title: str) -> str:
    """A section title fit for a reason: trailing punctuation dropped, its first comma part
    or its first SHORT_LABEL characters."""
    title = title.strip().rstrip("：:，,。；;、 \u3000")
    if len(title) <= SHORT_LABEL:
        return title
    comma = min((i for i in (title.find("，"), title.find(",")) if i >= 4), default=-1)
    if 0 < comma <= SHORT_LABEL:
        return title[:comma]
    return title[:SHORT_LABEL - 1] + "…"


#: a heading that closes on the problems it heads ("一、追赶超越目标任务完成情况方面存在的
#: 问题", "二、…工作中存在的不足"): what stands before names the field the problems are found
#: in, its plan or review words (目标任务, 完成情况) no part of its own (session 11).
_PROBLEMS_LAST = re.compile(r"(?:存在|发现|突出)的?(?:主要)?(?:问题|不足)(?:和不足|及原因)?[：:]?$")


#: a heading that admits a shortfall of its subject ("（一）农业生产力水平低下", "（二）农村投入
#: 严重不足") — a claim, not a part's label ("二、存在的问题", "问题和不足"): it is a problem
#: itself, and heads the problems it names (docs/tags.md "A heading that admits").
#: Session 11: the same of a finding or a self-criticism, whatever words close it — still to
#: be done ("1.理论学习有待进一步加深"), short of the standard ("预算管理还不够严格和规范。",
#: "预算执行还不完全到位。"), slow or not begun ("…建设进度迟缓", "（1）部分…项目未开工建设。"),
#: too large or too weak ("地方政府性债务总体规模较大。", "…意识淡薄").
_CLAIMED_SHORTFALL = re.compile(r"(?:低下|不足|不强|滞后|不健全|不完善|乏力|不高|不够[^\s，,、；;]{0,6}|"
                                r"不(?:明确|清晰|严格|扎实|细致|全面|深入|规范|及时|平衡|充分|匹配|适应)|"
                                r"恶劣|极差|较差|脆弱|落后|薄弱|任重道远|"
                                r"不(?:完全|太)?到位|有待(?:进一步)?[^\s，,、；;]{2}|迟缓|缓慢|"
                                r"(?:尚)?未(?:开工|动工)(?:建设)?|偏[大重高低弱少慢小]|"
                                r"较[大重弱少慢]|淡薄|依然如故|"
                                # a condition poor ("交通条件差，信息闭塞"), too much of one and
                                # too little of the other ("应付事务多，专题研究少": session 13)
                                r"闭塞|不便|(?:条件|基础|设施)(?:较|很|比较)?差|"
                                r"(?<=[\u4e00-\u9fff]{2})多[、,，][\u4e00-\u9fff]{2,6}少)$")


def admits_shortfall(title: str) -> bool:
    """A heading that claims a shortfall of its subject, not a label of the problems part."""
    return (_CLAIMED_SHORTFALL.search(title.rstrip("。；; ")) is not None
            and "问题" not in title and "存在" not in title
            and _WEIGHED.search(title) is None)


#: a heading that weighs both sides ("一、成绩与不足", "优势和不足"): a part's label.
_WEIGHED = re.compile(r"[和与及]不足|成绩|优势")


def heading_lean(title: str) -> str | None:
    """What a section heading says about its content, or None if nothing (or both)."""
    if (_PROBLEMS_LAST.search(title.rstrip(SPACES)) is not None
            or admits_shortfall(title.strip(SPACES)) and _REMEDY_HEAD.search(title) is None):
        # "2、工作计划不明确": the shortfall closes it, its plan words name the field
        return "problem"
    problem = bool(_PROBLEM_HEAD.search(title))
    if problem and _REMEDY_HEAD.search(title):
        return "commitment"  # the shortfall is what the part's work fixes
    plan = bool(_PLAN_HEAD.search(title))
    past = bool(_PAST_HEAD.search(title))
    if past and plan and _ARRANGED.search(title) and not _PAST_HEAD.search(
            title.replace("主要工作", "")):
        past = False  # "三、2024年主要工作安排": the work arranged, a plan part
    if past and not problem:
        return PAST
    if problem and not plan:
        return "problem"
    if plan and not problem:
        return "commitment"
    if not (plan or problem) and _SITUATION_HEAD.search(title):
        return SITUATION
    return None


def section_lean(outline: Outline | None, offset: int, skip: int = -1,
                 review: bool = False, plan: bool = False, research: bool = False,
                 year: str = "") -> Lean | None:
    """The lean of the innermost enclosing section whose heading says something.

    Item nodes (一是…) are skipped: their "title" is body text (一是聚焦补短板 is a measure);
    so is the node starting at `skip` (a task line read as a heading). In a document that
    reports work done (`review`: a 述职, 总结, 汇报) or inside a review part a plan heading
    must look ahead (下一步, 打算, 计划, 明年, a year): "抓好重点工作落实" names work done there.
    In a document that is a plan as a whole (`plan`: a 工作计划, 实施方案, 工作要点) the parts
    a plan is written in (指导思想, 工作目标, 主要工作, 工作措施) are plan parts: "三、主要工作"
    there lists the tasks, not the work done (docs/tags.md "What the sixth blind part taught").
    """
    if outline is None:
        return None
    return _lean_of_path(outline.path_at(offset), skip, review, plan, research, year)


class SectionLeans:
    """`section_lean` of one outline for many offsets (a report's every unit), each
    section's lean read once: its headings' searches were a sixth of cutting the units."""

    def __init__(self, outline: Outline | None, review: bool = False,
                 plan: bool = False, research: bool = False, year: str = "") -> None:
        self.outline, self.review, self.plan, self.research = outline, review, plan, research
        self.year = year  # the year the report lays down (planned_year), if it says one
        self._known: dict[tuple[int, int], Lean | None] = {}  # (id of node, skip) -> lean

    def __call__(self, offset: int, skip: int = -1) -> Lean | None:
        if self.outline is None:
            return None
        node = self.outline.node_at(offset)
        if node is None:
            return None
        key = (id(node), skip)  # the innermost section gives the path (made once)
        known = self._known
        if key not in known:
            known[key] = _lean_of_path(node.path(), skip, self.review, self.plan,
                                       self.research, self.year)
        return known[key]


def _lean_of_path(path: list[OutlineNode], skip: int, review: bool,
                  plan: bool = False, research: bool = False, year: str = ""
                  ) -> Lean | None:
    """`section_lean` of the sections `path` (outermost first)."""
    for depth in range(len(path) - 1, -1, -1):
        node = path[depth]
        if node.kind == "item" or node.start == skip:
            continue
        title = simplified(node.title)
        lean = _year_lean(title, year)
        if lean == "problem" and _fixed_above(path[:depth]):
            continue  # "16.制度短板" under "补强五块学校短板": the shortfall the task fixes
        if lean == PAST and _aim_heading(title) and _inside_plan(path[:depth], year):
            continue  # "推动京津冀协同发展取得新进展" under a plan part: the task's aim
        if plan and lean != "problem" and (_plan_part(title) or lean is None
                                           and _task_heading(title)):
            lean = "commitment"
        if research and lean == PAST and _DESCRIBED.search(title):
            lean = SITUATION  # a research report's 基本情况 describes: no work of its author
        if (lean == "commitment" and not _looks_ahead(title)
                and (review or _inside_review(path[:depth]))
                and not _inside_plan(path[:depth], year)):
            continue
        if lean is not None:
            return Lean(lean, short_label(node.title))
    return None


#: the parts a plan document is written in ("一、指导思想", "二、工作目标", "三、主要工作",
#: "四、工作措施"): in a plan they open its tasks (a review's "主要工作" is its work done).
_PLAN_PART = re.compile(r"指导思想|总体思路|工作目标|总体目标|目标任务|主要工作|工作措施|主要措施|"
                        r"具体措施|保障措施|工作要求|工作任务|工作重点|重点工作|实施步骤|主要内容|"
                        r"工作要点|工作安排")  # ("三、工作要点": session 11)
#: what a plan document reviews all the same (its situation, its last term's results).
_PLAN_REVIEWS = re.compile(r"回顾|成效(?!应)|成绩|取得|完成情况|执行情况|落实情况|进展情况|基本情况|现状|"
                           r"过去|以来")


#: the number a heading opens on ("一、", "（三）", "3.")
_HEADING_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                             r"|\d{1,2}[.、．]")


def _task_heading(title: str) -> bool:
    """Whether a heading of a plan document is a task: it opens on a verb of undertaking
    ("一、深化五方面工作加强学校党建引领…", "三、实施四大创新工作…") — its part lists the work
    it names (docs/tags.md "What the seventh part taught"); not one that reviews."""
    title = title.strip(SPACES)
    number = _HEADING_NUMBER.match(title)
    body = title[number.end():].lstrip(SPACES) if number else title
    return cues.ACTION_OPEN.match(body) is not None and _PLAN_REVIEWS.search(title) is None


#: the parts a research report describes its subject in ("一、基本情况", "现状", "概况").
_DESCRIBED = re.compile(r"基本情况|概况|现状")
#: the title of a research report (调研报告, 调查报告, 考察报告).
_RESEARCH_TITLE = re.compile(r"调研|调查报告|考察报告")


def research_document(text: str, outline: Outline | None) -> bool:
    """Whether the document is a research report: its author studied a subject — its
    situation part describes (figures, no work of the author's), its proposals are the
    work it lays down (docs/tags.md "What the seventh part taught")."""
    title = outline.title if outline is not None and outline.title else ""
    if not title:
        title = next((line.strip(SPACES) for line in text[:2_000].split("\n")
                      if line.strip(SPACES)), "")
    return len(title) <= 60 and _RESEARCH_TITLE.search(simplified(title)) is not None


def _plan_part(title: str) -> bool:
    """Whether a heading of a plan document names one of the parts a plan is written in."""
    return _PLAN_PART.search(title) is not None and _PLAN_REVIEWS.search(title) is None


def _fixed_above(outer: list[OutlineNode]) -> bool:
    """Whether a section sits inside a part whose heading fixes a shortfall ("四、补强五块
    学校短板" › "16.制度短板"): its own title names the shortfall fixed, no admission."""
    return any(node.kind != "item" and _REMEDY_HEAD.search(simplified(node.title))
               is not None for node in outer)


def _inside_plan(outer: list[OutlineNode], year: str = "") -> bool:
    """Whether a section sits inside a part that looks ahead (三、下步打算 › （一）重点工作):
    its own title then names the plan's part."""
    for node in outer:
        title = simplified(node.title)
        if (node.kind != "item" and _year_lean(title, year) == "commitment"
                and _looks_ahead(title)):
            return True
    return False


#: a government work report's title with the year it is named for ("2026年河北省政府工作
#: 报告", "政府工作报告——2026年1月26日在…"): it is delivered at that year's start, reviews
#: the year before and lays down this one.
_REPORT_YEAR = re.compile(r"(20\d\d)年[^。\n]{0,16}?政府工作报告|政府工作报告[^。]{0,8}?(20\d\d)年")


def planned_year(text: str, outline: Outline | None) -> str:
    """The year a government work report lays down, read from its title or the date line
    under it ("" if it names none: a 总结's year is the year it reviews)."""
    title = outline.title if outline is not None and outline.title else ""
    head = simplified(title or text[:200])
    found = _REPORT_YEAR.search(head) or ("政府工作报告" in head
                                          and _REPORT_YEAR.search(simplified(text[:200])))
    return (found.group(1) or found.group(2)) if found else ""


def _year_lean(title: str, year: str) -> str | None:
    """`heading_lean`, and in the report of `year` a heading naming that year's main work
    ("三、2026年主要工作" in the 2026 report): the work of the year ahead, a plan part — the
    year before is the one reviewed (docs/tags.md "What the eleventh blind part taught")."""
    lean = heading_lean(title)
    if (lean == PAST and year and f"{year}年" in title
            and _PAST_HEAD.search(title.replace("主要工作", "")) is None):
        return "commitment"
    return lean


def _aim_heading(title: str) -> bool:
    """A heading that opens on the verb of the work ("推动京津冀协同发展取得新进展"): under a
    plan part the result it names is the aim of the task, not a result reached."""
    number = _HEADING_NUMBER.match(title)
    body = title[number.end():].lstrip(SPACES) if number else title.lstrip(SPACES)
    return cues.ACTION_OPEN.match(body) is not None


def _inside_review(outer: list[OutlineNode]) -> bool:
    """Whether a section sits inside a review part (回顾, 主要工作…): "（三）狠抓重点任务落实"
    there names work done, not a plan."""
    return any(node.kind != "item" and heading_lean(simplified(node.title)) == PAST
               for node in outer)


#: a heading that looks ahead ("下一步工作打算", "2025年工作计划"), not one that only names
#: tasks (重点工作, 工作任务), which a review uses for the work it did.
_LOOKS_AHEAD = re.compile(r"下一步|下步|下阶段|今后|打算|计划|明年|新的一年|努力方向|思路|预期|改进|"
                          r"目标|\d{4}\s*年")


#: a time ahead in a heading: what a heading that names the targets' completion needs to
#: open a plan part of a review.
_AHEAD_TIME = re.compile(r"下一步|下步|下阶段|今后|打算|计划|明年|新的一年|努力方向|思路|预期")


def _looks_ahead(title: str) -> bool:
    """Whether a plan heading looks ahead. In a review "（二）努力完成林业工作各项目标任务",
    "三、突出四大重点，高质量完成各项目标任务" name the targets' completion — work done —
    unless a time ahead says otherwise (docs/tags.md "In a review a plan heading must look
    ahead")."""
    if "完成" in title:
        return _AHEAD_TIME.search(title) is not None
    return _LOOKS_AHEAD.search(title) is not None


def document_lean(text: str, outline: Outline | None) -> Lean | None:
    """Commitment for a document that is a plan as a whole (its title says 实施方案, 行动
    计划, 任务分解…, and not 总结, or it is a notice handing one down): its tasks are
    undertaken wherever no section says otherwise (docs/tags.md rule 2). Past for a
    document that reports work done as a whole (工作总结, 述职报告, 工作汇报)."""
    title = outline.title if outline is not None and outline.title else ""
    if not title:
        title = next((line.strip(SPACES) for line in text[:2_000].split("\n")
                      if line.strip(SPACES)), "")
    simple = simplified(title)
    if len(title) <= 60 and _is_plan_title(simple):
        return Lean(PLAN, short_label(title))
    transmitted = _transmitted_plan(text)
    if transmitted is not None:
        return Lean(PLAN, short_label(transmitted))
    if len(title) <= 60 and cues.REVIEW_DOCUMENT.search(simple):
        return Lean(REVIEW, short_label(title))  # a 总结/述职/汇报: a review as a whole
    return None


def _is_plan_title(title: str) -> bool:
    """A plan's title: 实施方案, 工作计划, 工作要点… — not the points of a report or a speech
    ("2024年政府工作报告要点"), a summary of what the report says, its review included
    (docs/tags.md "What the sixth blind part taught")."""
    if _REPORT_POINTS.search(title) and not cues.PLAN_DOCUMENT.search(
            _REPORT_POINTS.sub("", title)):
        return False
    return bool(cues.PLAN_DOCUMENT.search(title)) and heading_lean(title) != PAST


#: the points of a report, a speech or a meeting: a summary, not a work plan's 要点.
_REPORT_POINTS = re.compile(r"(?:报告|讲话|会议|全会|精神)(?:的)?(?:主要|重要)?要点")


_TRANSMITTED_TITLE = re.compile(r"《([^》\n]{2,80})》")
_SENTENCE_END = re.compile(r"[。\n]")


def _transmitted_plan(text: str) -> str | None:
    """The plan a notice transmits ("现将《…任务分解》印发给你们", "《…方案》已经…同意，
    现印发给你们"): a notice that hands down a plan undertakes it too, its requirements
    on the units and its task list (docs/tags.md, "A plan document is a list of
    commitments")."""
    head = text[:1_200]
    for sentence in _SENTENCE_END.split(head):
        if "印发给" not in sentence:
            continue
        for title in _TRANSMITTED_TITLE.findall(sentence):
            if _is_plan_title(title):
                return title
    return None


#: the number of a list entry: "1.", "2、", "（3）" — a plan's numbered entry is a task.
NUMBERED = re.compile(r"[0-9０-９]{1,3}[.、．]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]")


def reading_lean(text: str, outline: Outline | None, offset: int) -> Lean | None:
    """The lean the suggester reads at `offset` (model.reading.suggestion_units): the
    section's, read with the document's review or plan flag, else the document's own (a
    plan, a review), a plan's numbered entry undertaken — for a span that is not one of
    the suggester's units (a reviewer's signal on a selection), without cutting every unit
    of the report. The parts the outline missed (announcements, headlines) are not read."""
    default = document_lean(text, outline)
    review = default is not None and default.kind == REVIEW
    plan = default is not None and default.kind == PLAN
    research = default is None and research_document(text, outline)
    lean = section_lean(outline, offset, review=review, plan=plan, research=research,
                        year=planned_year(text, outline)) or default
    if lean is not None and lean.kind == PLAN and NUMBERED.match(text, offset):
        return Lean("commitment", lean.label)
    return lean


speed_up_module(globals())
