"""The units a suggestion may be given to, each with what its context says it is.

A unit is an enumeration item (一是… up to its first sentence end), a sentence or a task
line (a heading that states a quantity or a target); headings, salutations, closing
formulas and run-in headings are left out. Its lean is what the section it sits in says
(存在的问题: problem, 下步打算: commitment, 主要做法/工作回顾: past), or the problem
opening of its paragraph, or that the document as a whole is a plan (read from the
sections by model/reading/suggestion_lean.py), or the part an announcement or a headline
the outline missed opens (model/reading/missed_parts.py). The decision itself (cue words,
numbers): model/reading/suggestions.py.
"""
from __future__ import annotations

import bisect
import re
import sys

from model.outline.tree import Outline
from model.reading import result_cues, state_cues
from model.reading import suggestion_cues as cues
from model.reading.missed_parts import (
    FULL_STOP,
    HEADLINE_MAX,
    SENTENCE_MARK,
    TITLE_STOPS,
    after_announcement,
    announces_work,
    under_headlines,
)
from model.reading.start_set import speed_up_module
from model.reading.suggestion_evidence import _closes_on_state
from model.reading.suggestion_lean import (
    NUMBERED,
    PAST,
    PLAN,
    REVIEW,
    Lean,
    SectionLeans,
    admits_shortfall,
    document_lean,
    planned_year,
    research_document,
    short_label,
)
from model.reading.traditional import simplified
from model.report.sentences import SPACES, sentences
from model.report.textnorm import fold_width

_CLOSING = re.compile(r"(?:各位代表|各位领导|同志们|以上报告|特此报告|我的汇报|谢谢|现将|现就|"
                      r"根据组织安排|各位領導|同志們|以上報告|特此報告|我的匯報|我的彙報|謝謝|現將|"
                      r"現就|根據組織安排)")
_ENUM_START = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,])")
_HEADING_MAX = 15
#: a paragraph opening on the time ahead ("今后，在思想上，刻苦磨练意志；在工作上，…",
#: "在今后的工作中，我将…"): a review's resolve — every sentence of it is undertaken
#: (docs/tags.md "What the thirteenth study part taught").
_AHEAD_OPENING = re.compile(r"(?:今后|下一步|在今后的工作中|(?:在)?新的一年里?)[,，]")


def units(text: str, outline: Outline | None, original: str | None = None
          ) -> list[tuple[int, int, Lean | None]]:
    """Enumeration items, sentences and task lines, each with its lean; headings,
    salutations, closing formulas and run-in headings are left out.

    An item (outline node of kind "item", 一是…) is one unit up to its first 。！？ — its
    ；-separated clauses stay together; further sentences inside the item's span are units
    of their own (a result sentence after "三是…。" is often not part of the item).
    A heading that states a quantity or a target ("1.投资3000万元建设…基地", "到2027年，
    …达到50亿元以上") is a task or a result, not a label: it is a unit too. `original` (the
    text `text` was simplified from) is what a problem opening is quoted from.
    """
    heads = _item_heads(text, outline)
    tasks = _task_titles(text, outline)
    titles = sorted((n.title_start, n.title_end) for n in outline.nodes()
                    if n.kind != "item" and n.title_end > n.title_start) if outline else []
    default = document_lean(text, outline)
    review = default is not None and default.kind == REVIEW
    plan = default is not None and default.kind == PLAN
    lean_at = SectionLeans(outline, review, plan,
                           default is None and research_document(text, outline),
                           planned_year(text, outline))
    units: list[tuple[int, int, Lean | None]] = []
    line_start = 0
    headlines: list[tuple[int, int]] = []  # lines that may be headlines the outline missed
    announced: Lean | None = None  # the problems a paragraph's last sentence announced
    for line in text.split("\n"):
        line_end = line_start + len(line)
        found = _line_units(text, line_start, line_end, heads, titles, lean_at, default,
                            text if original is None else original)
        if found and not line_start and SENTENCE_MARK.search(line) is None:
            found = []  # the document's title, however long ("…关于印发…的通知（节选）")
        if announced is not None and found:
            if _ENUM_START.match(line.lstrip(SPACES)):
                found = [(s, e, announced if lean is None or lean.kind in (PAST, REVIEW)
                          else lean) for s, e, lean in found]
            else:
                announced = None
        if found and _announces_problems(found[-1][2]):
            announced = found[-1][2]
        if (not found and line_start and len(line) <= HEADLINE_MAX and line.strip(SPACES)
                and _containing(titles, line_end - 1) is None):  # the outline took none
            headlines.append((line_start, line_end))
        units.extend(found)
        line_start = line_end + 1
    units = _later_years_planned(text, outline, units)
    if default is None or default.kind != REVIEW:
        units = after_announcement(text, outline, units)
    if headlines:
        units = under_headlines(text, outline, units, headlines)
        units.extend((start, end, Lean("problem", short_label(text[start:end])))
                     for start, end in headlines
                     if admits_shortfall(text[start:end].strip(SPACES)))  # "…建设进度迟缓"
    for start, end, node_start in tasks:
        lean = lean_at(start, skip=node_start) or default
        title = simplified(text[start:end]).rstrip("。；; ")
        if _claims_allowed(lean) and _admits_itself(title):  # not in a plan: nothing yet
            lean = Lean("problem", short_label(text[start:end]))
        if lean is not None and lean.kind == PLAN and NUMBERED.match(text, start):
            lean = Lean("commitment", lean.label)  # a numbered task of a plan is undertaken
        if lean is not None or _states_target(text, start, end):
            units.append((start, end, lean))  # outside any part a number alone labels
    claimed = result_titles_in_review(text, outline, lean_at, default) if review else []
    units.extend(claimed)  # "1.学校考核获得佳绩": a review's results as its headings
    if not tasks and not claimed:
        return units
    kept: list[tuple[int, int, Lean | None]] = []
    for unit in sorted(units, key=lambda unit: unit[0]):
        if not kept or kept[-1][:2] != unit[:2]:  # a task line may be a plan title too
            kept.append(unit)
    return kept


#: a sentence opening on a year and the plan for it ("2020年计划完成工程财政决算，…").
_YEAR_PLANNED = re.compile(r"(20\d\d)年(?:计划|将|拟|打算|准备)")
_TITLE_YEAR = re.compile(r"(20\d\d)(?:年|－|-|—)")


def _later_years_planned(text: str, outline: Outline | None,
                         units: list[tuple[int, int, Lean | None]]
                         ) -> list[tuple[int, int, Lean | None]]:
    """A review's sentence that opens on a year after the one its title reviews and the
    plan for it ("2020年计划完成…" in a 2019 述职) looks ahead: undertaken, not work done
    (docs/tags.md "What the eleventh blind part taught")."""
    title = outline.title if outline is not None and outline.title else text[:80]
    found = _TITLE_YEAR.search(title.split("\n", 1)[0])
    if found is None:
        return units
    year = int(found.group(1))
    out = []
    for start, end, lean in units:
        planned = _YEAR_PLANNED.match(text, start)
        if (planned is not None and int(planned.group(1)) > year and lean is not None
                and lean.kind in (PAST, REVIEW)):
            lean = Lean("commitment", planned.group())
        out.append((start, end, lean))
    return out


def _announces_problems(lean: Lean | None) -> bool:
    """Whether a paragraph closes under the problem opening it holds ("…我们也清醒地认识到，
    …困难和问题还不少。"): the paragraphs after it that open on 一是, 二是… are the problems
    it announced (docs/tags.md "What the eleventh blind part taught")."""
    return lean is not None and lean.opening and lean.kind == "problem"


def result_titles_in_review(text: str, outline: Outline | None, lean_at: SectionLeans,
                            default: Lean | None) -> list[tuple[int, int, Lean | None]]:
    """The headings of a 总结 or 述职 that claim a result (result_cues.result_titles),
    where they stand in its review: units judged like its sentences (session 11)."""
    found: list[tuple[int, int, Lean | None]] = []
    for start, end, node_start in (result_cues.result_titles(text, outline) if outline else []):
        lean = lean_at(start, skip=node_start) or default
        if lean is not None and lean.kind in (PAST, REVIEW):
            found.append((start, end, lean))
    return found


def _task_titles(text: str, outline: Outline | None) -> list[tuple[int, int, int]]:
    """(title start, title end, node start) of headings that hold a quantity or a target,
    or that have nothing under them (an entry of a numbered list, not a section's title)."""
    if outline is None:
        return []
    tasks = []
    for node in outline.nodes():
        if node.kind == "item" or node.title_end - node.title_start < 8:
            continue
        title = fold_width(text[node.title_start:node.title_end])
        end = node.title_end
        stop = FULL_STOP.match(text, end) or _LIST_STOP.match(text, end)
        if stop is not None:  # the title's own full stop (a list entry's ；) belongs to it
            end = stop.end()
        bare = not node.children and _only_assignments(text[end:node.end])
        if (bare or cues.QUANTITY.search(title) or cues.PLAN_TARGET.search(title)
                or _ADMITTING_TITLE.search(title) or _admits_itself(simplified(title))):
            tasks.append((node.title_start, end, node.start))
    return tasks


#: the ； closing an entry of a numbered list ("1.…融合度有待提升，…未充分发挥；"): the entry
#: is a sentence of the list, nothing stands under it (docs/tags.md "What the sixth blind
#: part taught").
_LIST_STOP = re.compile(r"[；;]")
#: a title that admits a shortcoming after its claim ("注重自身廉洁自律，但存在标准不高的问题"):
#: a 述职's self-criticism is written in its headings; the title is a claim, not a label.
_ADMITTING_TITLE = re.compile(r"[,，]\s*但(?:仍|还|也)?(?:存在|有)")
#: a line naming who carries a task out ("牵头单位：区发改局", "责任单位：各街道").
_ASSIGNMENT = re.compile(r"^(?:牵头|责任|配合|协办|主办|主责|参与|协同)(?:单位|部门|领导)?\s*[:：]")


def _states_target(text: str, start: int, end: int) -> bool:
    """A numbered line that states a target ("2.实现城镇新增就业18万人以上，…"): undertaken
    wherever it stands, even outside any part (an annex of 民生实事; docs/tags.md rule 2)."""
    line = fold_width(text[start:end])
    return cues.TARGET.search(line) is not None or cues.PLAN_TARGET.search(line) is not None


def _admits_itself(title: str) -> bool:
    """A heading that claims a shortfall of its subject (suggestion_lean.admits_shortfall), or
    closes on what is still to be done or lacking ("有待进一步精细化", "…不到位")."""
    body = title.rstrip("。；; ")
    return admits_shortfall(title) or (result_cues.SHORT_TITLE.search(body) is not None
                                       and "问题" not in title and "存在" not in title)


def _only_assignments(rest: str) -> bool:
    """Whether nothing, or only the lines naming the units in charge, stands under a
    numbered line: an entry of a task list, not a section's title."""
    lines = [line.strip(SPACES) for line in rest.split("\n")]
    return all(not line or _ASSIGNMENT.match(fold_width(line)) for line in lines)


def _item_heads(text: str, outline: Outline | None) -> list[tuple[int, int]]:
    """(start, end) of each item up to and including its first sentence end."""
    if outline is None:
        return []
    heads = []
    for node in outline.nodes():
        if node.kind != "item":
            continue
        limit = min(node.end, len(text))
        match = FULL_STOP.search(text, node.start, limit)
        end = match.end() if match else limit
        while end > node.start and (text[end - 1] in SPACES or text[end - 1] == "\n"):
            end -= 1
        if end > node.start:
            heads.append((node.start, end))
    return sorted(heads)


def _line_units(text: str, line_start: int, line_end: int, heads: list[tuple[int, int]],
                titles: list[tuple[int, int]], lean_at: SectionLeans,
                default: Lean | None = None, original: str = ""
                ) -> list[tuple[int, int, Lean | None]]:
    spans = sentences(text, line_start, line_end)
    if not spans or _heading_line(text, spans, line_start, line_end):
        return []
    opening = cues.PROBLEM_OPENING.search(text, line_start, line_end) or (
        result_cues.COUNTED_ADMISSION.match(text, spans[0][0], spans[0][1]))  # "第三，…不够"
    ahead = _AHEAD_OPENING.match(text, spans[0][0])  # (its first sentence's start)
    # most lines hold no item head and no title: asked once a line, not twice a sentence
    near_head = _touching(heads, line_start, line_end)
    near_title = _touching(titles, line_start, line_end)
    units: list[tuple[int, int, Lean | None]] = []
    for index, (s, e) in enumerate(spans):
        run_in = False  # a run-in title opening its paragraph ("预算执行还不完全到位。…")
        head = _containing(heads, s) if near_head else None
        if head is not None:
            s, e = head
            if units and units[-1][:2] == head:
                continue
        elif near_title and _mostly_title(titles, s, e):
            if not text[s:e].rstrip(SPACES).endswith(TITLE_STOPS):
                continue  # a heading (a task title is a sentence, with its full stop)
            lean = lean_at(s) or default
            if lean is None and _run_in_numbered_title(text, s, e, line_end):
                units.append((s, e, None))  # its paragraph's tense decides (suggestions.py)
                continue
            if not (_task_title(text, s, e, lean)
                    or _claims_allowed(lean) and _claims_state(text[s:e])
                    and not _MARKED.match(text[s:e].lstrip(SPACES))):
                continue  # a numbered title claiming a state still heads its part
            if lean is not None and lean.kind == PLAN and NUMBERED.match(text, s):
                lean = Lean("commitment", lean.label)  # a numbered task of a plan
            units.append((s, e, lean))  # else judged like a sentence there
            continue
        elif (run_in := index == 0 and len(spans) > 1 and ahead is None
              and _run_in_heading(text, s, e)) and (
                not _run_in_claims(text, s, e, lean_at(s) or default)):
            continue
        if _CLOSING.match(text, s) and not (opening is not None and s <= opening.start() < e):
            continue  # (not "各位代表，我们也必须清醒看到…": the salutation opens an admission)
        lean = lean_at(s) or default
        if opening is not None and e > opening.start():
            lean = Lean("problem", (original or text)[opening.start():opening.end()],
                        opening=True)
        elif run_in and _claims_allowed(lean) and admits_shortfall(text[s:e].strip(SPACES)):
            lean = Lean("problem", short_label(text[s:e]))  # "预算执行还不完全到位。…"
        elif ahead is not None and lean is not None and lean.kind in (PAST, REVIEW):
            lean = Lean("commitment", ahead.group().strip(SPACES + "，,"))
        units.append((s, e, lean))
    return units


def _run_in_claims(text: str, start: int, end: int, lean: Lean | None) -> bool:
    """Whether a run-in title opening a paragraph is a claim of its own: outside a plan a
    state reached ("经济运行稳中有进。"); under a plan heading the task it opens ("推动主导
    产业发展壮大。"), like a lead title written as a sentence — not a state it names
    ("农业生产稳中有进。" there titles its task: nothing is reached in a plan)."""
    if lean is not None and lean.kind == "commitment" and not lean.opening:
        body = text[start:end].strip(SPACES)  # "——生态优先、绿色发展。": a principle's label
        return (body.endswith(TITLE_STOPS) and not body.startswith("——")
                and (not _claims_state(body)  # "农业生产稳中有进。": a title, nothing reached
                     # "推动县域经济取得新进展。": the verb of the work first, its aim
                     or cues.ACTION_OPEN.match(body) is not None))
    if lean is not None and lean.kind == PLAN:  # in a plan document, with its verb of work
        body = text[start:end].strip(SPACES)  # ("开展粮食安全保障行动。": session 13), as
        return _task_title(text, start, end, lean) and not _claims_state(body)  # a lead title
    if admits_shortfall(text[start:end].strip(SPACES)):  # (`text` is simplified already)
        return True  # "预算执行还不完全到位。": a finding told as its title (session 11)
    return _claims_state(text[start:end]) and _claims_allowed(lean)


def _task_title(text: str, start: int, end: int, lean: Lean | None) -> bool:
    """Whether a run-in or lead title ("1、狠抓招商引资工作。加大…", a paragraph's opening
    sentence) is a task: in a plan part a title written as a sentence, with its own full
    stop, states the task it opens (under a problems part, the problem); elsewhere in a plan
    document it needs a verb of undertaking too; in a review it only sums up the paragraph,
    and a title without a full stop is a heading (docs/tags.md, "How 公文 state a
    commitment")."""
    body = text[start:end].rstrip(SPACES)
    if lean is None or not body.endswith(TITLE_STOPS):
        return False
    if lean.kind in ("problem", "commitment"):  # under 存在的问题 / 下步打算: what it names
        return lean.kind == "problem" or result_cues.TOPIC_TITLE.fullmatch(body) is None
    return lean.kind == PLAN and _UNDERTAKES.search(body) is not None


def _run_in_numbered_title(text: str, start: int, end: int, line_end: int) -> bool:
    """A numbered title outside any part written as a sentence and run into its paragraph
    ("（六）繁荣发展社会主义文化，建设文化强区。一要…"): what the paragraph is about, a task
    where the paragraph reads as a plan (docs/tags.md "A plan's title written as a sentence
    is a task"); model/reading/suggestions.py keeps it only there."""
    body = text[start:end].strip(SPACES)
    return (body.endswith(TITLE_STOPS) and is_numbered_title(body)
            and bool(text[end:line_end].strip(SPACES)))


def is_numbered_title(body: str) -> bool:
    """Whether a unit opens on a part's number in brackets ("（六）…"), as a title does."""
    return _BRACKET_NUMBER.match(body) is not None


_BRACKET_NUMBER = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")
#: a verb of undertaking or acting in a title ("狠抓招商引资工作", "继续打造特色农业"): a
#: slogan without one ("责任到人，闭环管理") labels the requirements under it.
_UNDERTAKES = re.compile(r"抓|继续|努力|加快|加大|着力|推进|推动|促进|打造|做好|抓好|办好|实施|开展|"
                         r"强化|加强|深化|提升|提高|扩大|建设|培育|壮大|完善|健全|落实|维护|确保|"
                         r"力争|坚持|全力|大力|扎实|持续|优化|守牢|筑牢|巩固|"
                         # a modal laying the work down ("一、务必高度重视。": session 13)
                         r"务必|必须")


def _containing(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span of sorted, non-overlapping `spans` that holds `offset`."""
    i = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return spans[i] if i >= 0 and spans[i][0] <= offset < spans[i][1] else None


def _touching(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the sorted, non-overlapping `spans` overlaps [start, end)."""
    i = bisect.bisect_left(spans, (end, -1))  # the spans opening before `end`: the last
    return i > 0 and spans[i - 1][1] > start  # of them ends last


def _mostly_title(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the sorted, non-overlapping title `spans` cover half of [start, end) or
    more: a run-in title ("（一）协调统筹周全高效。") is left out, a sentence led by a short
    label ("“八个增长”：国内生产总值19.5亿元，增长15.6%；") is a claim."""
    i = bisect.bisect_left(spans, (end, -1)) - 1
    covered = 0
    while i >= 0 and spans[i][1] > start:
        covered += min(end, spans[i][1]) - max(start, spans[i][0])
        i -= 1
    return covered * 2 >= end - start and covered > 0


def _heading_line(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """A short line without any sentence end (a title, a heading, "各位代表："); a line
    leading into a list after a clause ("具体工作中，我们将…做好6个方面工作：") is a
    sentence."""
    if len(spans) != 1:
        return False  # most lines: two sentences or more, none a heading
    body = text[start:end].strip(SPACES)
    lead_in = body.endswith(("：", ":")) and ("，" in body or "," in body)
    if _ADMITTING_TITLE.search(body):
        return False  # "四、注重自身廉洁自律，但存在标准不高的问题": a claim
    if body.endswith(("：", ":")) and announces_work(body):
        return False  # "今年要重点做好9个方面工作：": the work ahead undertaken, a sentence
    return len(body) <= 40 and not lead_in and SENTENCE_MARK.search(body) is None


def _run_in_heading(text: str, start: int, end: int) -> bool:
    """"协调统筹周全高效。" opening a paragraph: a short clause with no number. Outside a
    plan one that claims a state reached ("经济运行稳中有进。", "投资消费回暖向好。") is a
    result, not a title (docs/tags.md "How 公文 state a result"): the caller asks
    `_claims_state`."""
    sentence = text[start:end]
    return (len(sentence) <= _HEADING_MAX and not _ENUM_START.match(sentence)
            and not any(c.isdigit() for c in sentence))


#: the number of a heading ("（二）", "1、", "三、"): a numbered run-in title is a title even
#: when it claims a state ("（二）续建项目和新开工项目实现新突破。").
_MARKED = re.compile(r"[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[一二三四五六七八九十0-9０-９]{1,3}[、.．]")


def _claims_state(sentence: str) -> bool:
    """A run-in sentence that claims a state reached or a standard kept ("经济运行稳中有进。",
    "水质保持Ⅱ类。"): a result, not a title."""
    if cues.RESULT.search(sentence) is not None or cues.KEPT.search(sentence) is not None:
        return True
    body = sentence.strip(SPACES)
    if (state_cues.STATE_CLOSE.search(body) is not None and not cues.ACTION_OPEN.match(body)
            and state_cues.STATE_DENIED.search(body) is None and not any(c.isdigit() for c in body)):
        return True
    # its general form: the last clause closes on a state reached ("——经济保持平稳增长。",
    # docs/tags.md "A clause that closes on a state reached"; session 9)
    return (state_cues.STATE_REACHED.search(body) is not None
            and _closes_on_state(fold_width(body)))


def _claims_allowed(lean: Lean | None) -> bool:
    """Whether a run-in sentence there may claim a state reached: not in a plan part or
    a plan document, where nothing is reached yet."""
    return lean is None or lean.kind not in ("commitment", PLAN)

# (kept last) the patterns above compiled with the characters their matches open with:
# the same matches, found sooner (model/reading/start_set.py)
speed_up_module(globals())
