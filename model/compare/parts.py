"""A report's parts: B's review part, the past-year section a later report reports in,
A's plan part, and within a review the term's look back and the problems it admits.

A section heading says which part a passage is in. A heading that names a review
(回顾, 完成情况, 执行情况, 过去一年) is the review whatever else it says; one that names
the year's targets or tasks (目标任务, 重点工作, 2024年工作, 对今年政府工作的建议) is the plan even
when it also says 主要工作 — the words a review heading shares with a plan heading do not
make a plan a review. The innermost heading that says either decides.

A report pasted without its heading markers still names its parts: a line of its own,
short and unpunctuated, that names a year's review or plan (2023年工作回顾, 2024年工作安排)
is a part heading as 一、2023年工作回顾 is, whether or not the outline detector took it
for one (see part_outline).

A report's opening, before its first heading (现在，我代表…向大会报告工作…全年经济运行总体
平稳…), sums up the past year when the report's first part is its review: its sentences are
read and count as that review; the title and the salutation (各位代表：) are not read.

A review that also looks back over the whole term (过去五年…, 五年来…) reports last year's
results before it: see years_spans.
"""
from __future__ import annotations

import re

from model.compare.documents import (
    PLAN,
    SUMMARY,
    KindOutline,
    document_kind,
    labelled_plan,
    outline_kind,
    summary_heading_kind,
)
from model.compare.passages import RUN_IN, sentences, stripped
from model.compare.problem_openings import admits_problems
from model.compare.term_hinge import term_turn
from model.outline.tree import Outline, OutlineNode
from model.reading.suggestion_lean import PAST, heading_lean
from model.reading.traditional import simplified

#: headings that name a review part: they decide even when plan words are there too
#: — and a lead stating a target beaten (———就业超过预期目标。城镇新增就业859万人): a result, though
#: it names the target
_PAST_HEAD = re.compile(r"过去一年|过去五年|回顾|工作及成效|一年来|完成情况|执行情况|"
                        r"超过预期目标|超额完成|好于预期|高于预期")
#: headings that name a plan part (下一步, 主要目标 …), checked before the suggester's lean
_PLAN_HEAD = re.compile(r"今年|明年|来年|新的一年|建议|工作任务|重点任务|主要任务|目标任务|预期目标|"
                        r"主要目标|政策取向|工作安排|重点工作|下一步|下步|打算")
#: a year's work or targets (2023年工作, 2022年经济社会发展…): the plan, unless the heading
#: also sounds like a result (2023年工作成效)
_YEAR_PLAN_HEAD = re.compile(r"\d{4}年(?:工作|主要|重点|经济社会|目标|政府工作)")
#: a year a heading names (2023年工作回顾)
_YEAR = re.compile(r"(20\d\d)年")
#: a paragraph that opens the review of a longer period than the past year
_YEARS_OPENING = re.compile(r"(?:过去|近|这)?[五十]年(?:来|间|中)?|新时代十年|十八大以来|本届政府|"
                            r"[“\"]?十[一二三四五六]五[”\"]?(?:时期|以来|期间)|"
                            r"(?:透过[^，,。！!]{0,8})?回[望顾](?:过去)?[“\"]?(?:十[一二三四五六]五|五年)")
#: what a paragraph may open with before its first words: the speaker's address to the
#: deputies (各位代表！) and the dash of a run of parallel paragraphs (——这五年，…)
_ADDRESS = re.compile(r"(?:各位代表[！!，,：:]\s*)?(?:——)?")
#: a paragraph that opens with the past year (the term's review is over)
_YEAR_OPENING = re.compile(r"(?:刚刚)?过去的?(?:一年|20\d\d年)|一年来|去年|"
                           r"20\d\d年(?:[，,]|以来|全年|我们)")
#: a heading that names a term (“十四五”时期发展成就, 过去五年工作回顾)
_TERM_HEAD = re.compile(r"十[一二三四五六]五|五年|本届政府|新时代十年")
#: the term named within a paragraph's first characters (甘肃五年来发展成就的取得…) reopens it
_TERM_REOPENS = 6
#: the term's last year described before its review (2025年是“十四五”规划收官之年。过去五年…)
_TERM_CLOSED = re.compile(r"20\d\d年是[^。！!\n]{0,24}(?:收官|最后一年|完成)之年[。！!]")
#: a review paragraph's first sentence that admits problems (在看到成绩的同时，我们也清醒认识
#:到…困难和问题：): what is still lacking, no result
_PROBLEMS = re.compile(r"困难和问题|问题和困难|问题和不足|不足和问题|差距和不足|短板和不足|矛盾和问题|"
                       r"困难和挑战|风险挑战")
_FIRST_SENTENCE = re.compile(r"[^。！？!?：:\n]*")
#: a news account's attribution before the report's words (施小琳说，报告指出，): the
#: paragraph opens after it
_ATTRIBUTION = re.compile(r"[^，,。：:\n]{1,8}(?:说|指出|显示|表示|提到)[，,：:]")
#: a line of its own, short, without a sentence's punctuation: a heading candidate
_BARE_LINE = re.compile(r"^[^\n。；;：:，,！？!?]{4,30}$", re.M)


def years_named(text: str) -> list[int]:
    """The years a heading or title names (2023年工作回顾 → [2023])."""
    return [int(y) for y in _YEAR.findall(text)]


def heading_kind(title: str, nested: bool = False, plan_year: int | None = None) -> str | None:
    """"past" for a review heading, "plan" for a plan heading, else None. Words that only
    sound like results (成效, 取得, 成绩, 主要工作) decide a top-level heading; a nested one
    inherits its part, since a plan's subsections use them for aims (推动乡村振兴取得新成效).
    When the report's headings name two years, the later is the year it plans: a heading
    naming it is the plan (2024年主要工作), one naming an earlier year the review."""
    title = simplified(title)
    if _PAST_HEAD.search(title):
        return PAST
    if _PLAN_HEAD.search(title):
        return "plan"
    named = years_named(title)
    if plan_year is not None and named:
        return "plan" if max(named) >= plan_year else PAST
    lean = heading_lean(title)
    if lean == PAST and not nested:
        return PAST
    if lean == "commitment" or _YEAR_PLAN_HEAD.search(title):
        return "plan"
    return None


def _kind_spans(outline: Outline | None, kind: str) -> list[tuple[int, int]]:
    """The spans of the text whose innermost telling heading is of `kind` (one sweep over
    the nested sections: the innermost covering section is the top of the stack)."""
    if outline is None:
        return []
    document = outline_kind(outline)
    if document == PLAN and kind == PLAN:
        # a plan document plans wherever no heading names a review
        return _outside(_kind_spans(outline, PAST), max((n.end for n in outline.nodes()),
                                                         default=_END))
    nodes = list(outline.nodes())
    years = {y for node in nodes for y in years_named(simplified(node.title))}
    # a yearly report names last year and this one; farther years (2035年远景目标) say nothing
    plan_year = max(years) if len(years) >= 2 and max(years) - min(years) <= 2 else None
    if plan_year is None:
        plan_year = report_year(outline.title)
    if document == SUMMARY:  # a summary reviews but where it looks ahead or admits problems
        told = [(node.start, node.end, k) for node in nodes if node.kind != "item"
                and (k := summary_heading_kind(node.title, node.parent is not None))]
    else:
        told = [(node.start, node.end, k) for node in nodes
                if (k := heading_kind(node.title, node.parent is not None, plan_year))]
    told.sort(key=lambda n: (n[0], -n[1]))
    cuts = sorted({p for s, e, _k in told for p in (s, e)})
    spans: list[tuple[int, int]] = []
    stack: list[tuple[int, int, str]] = []
    at = 0
    for s, e in zip(cuts, cuts[1:]):
        while at < len(told) and told[at][0] <= s:
            stack.append(told[at])
            at += 1
        while stack and stack[-1][1] <= s:
            stack.pop()
        if stack and stack[-1][2] == kind:
            if spans and spans[-1][1] == s:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
    if kind == PAST and spans and told and told[0][2] == PAST and spans[0][0] == told[0][0] \
            and told[0][0] == min(node.start for node in nodes):
        # the report's opening (现在，我代表…报告工作…全年经济运行…) sums up the year its
        # first part reviews
        spans[0] = (0, spans[0][1])
    if kind == PAST and not spans and document != PLAN and any(k == PLAN for _s, _e, k in told):
        # no heading names the review, one names the plan: a report reviews before it plans,
        # so what comes before its first heading is the review (过去一年… under no heading)
        first = min((node.start for node in nodes if node.kind not in RUN_IN), default=0)
        if first > 0:
            spans = [(0, first)]
    return spans


#: the end of a span that reaches the text's end when the outline has no node to tell it
_END = 1 << 62


def _outside(spans: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The stretches of [0, end) that none of `spans` (sorted, apart) covers."""
    found, at = [], 0
    for s, e in spans:
        if s > at:
            found.append((at, s))
        at = max(at, e)
    if at < end:
        found.append((at, end))
    return found


def report_year(title: str | None) -> int | None:
    """The year a 政府工作报告's title names (2026年河北省政府工作报告 → 2026): the year it
    plans, given at its start, reviewing the year before. So a heading naming that year
    alone (2026年主要工作) is its plan, though 主要工作 sounds like a result. None for any
    other title (a 工作总结 names the year it reviews)."""
    title = simplified(title or "")
    named = years_named(title)
    return max(named) if named and "政府工作报告" in title else None


def part_outline(text: str, outline: Outline | None) -> Outline | None:
    """The outline with the report's unmarked part headings added as top-level sections.

    A line alone that names a year's review or plan (2023年工作回顾, 2024年工作安排 — a
    year and a part word, no sentence punctuation), or a short one naming a part by its
    word alone (主要预期目标), heads a part as its marked form does;
    the detector leaves such lines out when the report has no 一、 before them. Each spans
    to the next such line (or the end); the detected sections inside it become its
    children. The given outline is returned untouched when nothing is added (its nodes
    are copied otherwise, never relinked).

    A summary that joins several people's reports (述职报告 of a school's leaders, each
    under its own title line: 2021年度述职述廉述德述法报告) starts a report at each such line
    after its first: the opening of each (一年来…) is a review, not the part of the report
    before it (its 存在问题 or 后续努力方向)."""
    bare = []
    summary = outline is not None and document_kind(outline.title) == SUMMARY
    first = len(text) - len(text.lstrip())
    for m in _BARE_LINE.finditer(text):
        start, end = stripped(text, m.start(), m.end())
        title = text[start:end]
        # the report's own title (2024年政府工作报告) names the year, not a part
        node = None if outline is None else outline.node_at(start)
        if node is not None and node.title_start <= start <= node.title_end:
            continue
        if summary and start > first and document_kind(title) == SUMMARY:
            bare.append((start, end, title))  # the next report of a compilation
            continue
        if "报告" in title or heading_kind(title) is None \
                or not (years_named(title) or _named_part(title)):
            continue
        bare.append((start, end, title))
    # a plan document whose title is missing is known by its own labels (documents.py)
    named = None if outline is None else outline.title
    kind = PLAN if document_kind(named) is None and not (named and "报告" in named) \
        and labelled_plan(text) else None
    if not bare and kind is None:
        return outline
    roots = [] if outline is None else [_copied(n) for n in outline.roots]
    bounds = [s for s, _e, _t in bare[1:]] + [len(text)]
    parts = [OutlineNode(text.count("\n", 0, s) + 1, 1, "heading", "", title, s, end, s, e)
             for (s, e, title), end in zip(bare, bounds)]
    top: list[OutlineNode] = []
    for node in roots:
        part = next((p for p in parts if p.start <= node.start < p.end), None)
        if part is None:
            top.append(node)
        else:
            part.children.append(node)
            node.end = min(node.end, part.end)
    top.extend(parts)
    top.sort(key=lambda n: n.start)
    return KindOutline(named, top, kind)


def _named_part(title: str) -> bool:
    """A short line that names a part by its own word, no year (主要预期目标, 重点任务,
    过去一年工作回顾): a news account or an excerpt heads its parts so."""
    return len(title) <= 12 and bool(_PAST_HEAD.search(title) or _PLAN_HEAD.search(title))


def _copied(node: OutlineNode) -> OutlineNode:
    return OutlineNode(node.line, node.depth, node.kind, node.marker, node.title, node.start,
                       node.end, node.title_start, node.title_end,
                       [_copied(c) for c in node.children])


def review_spans(outline: Outline | None) -> list[tuple[int, int]]:
    """The spans of the text in sections whose heading says they review the past year."""
    return _kind_spans(outline, PAST)


def plan_spans(outline: Outline | None) -> list[tuple[int, int]]:
    """The spans of the text in sections whose heading says they plan the coming year."""
    return _kind_spans(outline, "plan")


def years_spans(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """The parts of the review that look back over several years.

    A report that closes a term reviews the past year and the past five years (过去一年…
    then 过去五年极不寻常… / 五年来…, often under the same heading): from a paragraph of a
    review section that opens with such a period (五年来, 这五年, “十四五”时期, 回望“十四五”) to
    the next that opens with the past year
    (过去一年…, 2025年，…: some reports review the term first) or the section's end, the
    text reports on the term, not on last year's commitments. The speaker's address (各位
    代表！), the dash of a parallel run (——这五年，…), a news account's attribution
    (施小琳说，五年来…; 报告指出，) and the term's last year described first (2025年是“十四五”
    规划收官之年。过去五年…) are read past. A review section whose heading names the term and
    no year nor the past one (“十四五”时期发展成就; not 过去一年和五年工作回顾) is the term's
    review as a whole."""
    spans = []
    if outline is not None:
        for node in outline.nodes():
            title = simplified(node.title)
            if node.kind != "lead" and _TERM_HEAD.search(title) and not years_named(title) \
                    and "一年" not in title and heading_kind(title) == PAST:
                spans += _without_year_paragraphs(text, node.start, node.end)
    for start, end in review_spans(outline):
        at, term = start, None
        while at < end:
            line_end = text.find("\n", at, end)
            line_end = end if line_end < 0 else line_end
            s, _e = stripped(text, at, line_end)
            address = _ADDRESS.match(text, s, line_end)
            opening = address.end() if address else s
            said = _ATTRIBUTION.match(text, opening, min(line_end, opening + 12))
            opening = said.end() if said else opening
            closed = _TERM_CLOSED.match(text, opening, line_end)
            opening = closed.end() if closed else opening
            turn = None if term is not None else term_turn(text, opening, line_end)
            if turn is not None:  # the year's targets met, the term closed: the term follows
                term = turn
            elif term is None and _YEARS_OPENING.match(text, opening, min(line_end, opening + 16)):
                term = s
            elif term is not None and not closed \
                    and _YEAR_OPENING.match(text, opening, min(line_end, opening + 12)):
                spans.append((term, s))
                term = None
            at = line_end + 1
        if term is not None:
            spans.append((term, end))
    return sorted(set(spans))


def _without_year_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A term's review section less its paragraphs that open with the past year (刚刚过去的
    2025年，…; 2025年，…) and the paragraphs after them until one names the term again
    (刚刚过去的2025年，… then 加强科技创新，驱动能源转型。全年… until 各位代表！过去五年…): a report whose one review part is headed by the term still reports the
    past year there, paragraph by paragraph."""
    spans, at = [], start
    begin: int | None = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        s, _e = stripped(text, at, line_end)
        address = _ADDRESS.match(text, s, line_end)
        opening = address.end() if address else s
        if s < line_end and _YEAR_OPENING.match(text, opening, min(line_end, opening + 10)) \
                and not _TERM_CLOSED.match(text, opening, line_end):
            if begin is not None and s > begin:
                spans.append((begin, s))
            begin = None
        elif begin is None and s < line_end and _YEARS_OPENING.search(
                text, opening, min(line_end, opening + _TERM_REOPENS)):
            begin = s  # the term again (各位代表！过去五年成绩的取得…; 甘肃五年来…)
        at = line_end + 1
    if begin is not None and begin < end:
        spans.append((begin, end))
    return spans


def problem_spans(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """The paragraphs of the review that admit problems: a paragraph whose first sentence
    names them (在看到成绩的同时，我们也清醒认识到，经济社会发展中还存在一些困难和问题：科技创新…
    不够强) says what is still lacking, so its sentences report no result, however many of a
    commitment's words they repeat."""
    spans = []
    for start, end in review_spans(outline):
        at = start
        while at < end:
            line_end = text.find("\n", at, end)
            line_end = end if line_end < 0 else line_end
            s, e = stripped(text, at, line_end)
            first = _FIRST_SENTENCE.match(text, s, e)
            if first and (_PROBLEMS.search(text, s, first.end()) or admits_problems(text, s, e)):
                spans.append((s, e))
            at = line_end + 1
    return spans


def plan_sentences(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """The sentences of A's plan part (headings left out)."""
    spans = plan_spans(outline)
    return [(p.start, p.end) for p in sentences(text, outline)
            if any(s <= p.start < e for s, e in spans)]


def plan_headings(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """The titles of the sections inside A's plan part that are no part label themselves
    ((二)加快建设现代化产业体系, not 主要预期目标): each names a task, which a later report
    often reviews in the same words (现代化产业体系建设取得重要进展). The marker is left
    out."""
    if outline is None:
        return []
    spans = plan_spans(outline)
    found = []
    for node in outline.nodes():
        if node.parent is None or node.kind == "lead" \
                or not any(s <= node.title_start < e for s, e in spans) \
                or heading_kind(node.title, nested=True) is not None:
            continue
        at = text.find(node.title, node.title_start, node.title_end + 1)
        if at >= 0 and len(node.title) >= 4:
            found.append((at, at + len(node.title)))
    return found
