"""Parts of a report its outline did not mark, and the lean they give the units in them.

A sentence announcing the work ahead ("重点做好八方面工作。") or a meeting's demand opening a
paragraph ("全会强调，…") starts a plan part; a short line the outline took for no heading
("一年来着力抓好民生保障", "三、今后五年的…主要任务") heads the paragraphs under it. Between
such plan units, titles written as sentences are tasks. The units themselves:
model/reading/suggestion_units.py.
"""
from __future__ import annotations

import bisect
import re
import sys

from model.outline.tree import Outline
from model.reading.kind_cues import ATTENDED
from model.reading.start_set import speed_up_module
from model.reading.suggestion_lean import (
    PAST,
    PLAN,
    REVIEW,
    Lean,
    heading_lean,
    names_plan,
    short_label,
)
from model.reading.traditional import simplified
from model.report.sentences import SPACES

#: a sentence's end with the closing quotes and brackets after it.
FULL_STOP = re.compile(r"[。！？!?…]+[”’」』）)】》]*")
#: any mark that ends a sentence or a clause: a line holding one is no heading.
SENTENCE_MARK = re.compile(r"[。！？；!?;]")
#: the full stop a title written as a sentence ends on.
TITLE_STOPS = ("。", "！", "!")
#: the longest line read as a headline the outline missed.
HEADLINE_MAX = 40


#: a sentence announcing the work ahead ("重点做好八方面工作。", "今年要突出抓好以下几项工作："):
#: the plan part of a report starts there (no 了: "重点抓好了…" reports work done).
_ANNOUNCEMENT = re.compile(
    r"^(?:今年|明年|20\d\d年)?[,，]?(?:我们|政府|全市|全县|全区|全镇)?(?:要)?(?:具体)?(?:重点|突出|着力|全力|主要)?"
    r"(?:做好|抓好|推进)(?:以下|如下)?[一二三四五六七八九十几两\d]*(?:个|大)?(?:方面|项|件)?(?:重点)?"
    r"(?:工作|任务)[。:：!！]?$")

def announces_work(line: str) -> bool:
    """Whether a line announces the work ahead ("重点做好七个方面工作："): a commitment of its
    own (docs/tags.md "What the thirteenth study part taught"), not a heading."""
    return _ANNOUNCEMENT.match(line.strip(SPACES)) is not None


#: a headline opening on the time it reviews ("一年来着力抓好民生保障", "过去五年…").
_PAST_TIME = re.compile(r"(?:一年来|过去一年|过去的一年|过去五年|五年来|这五年|去年以来|"
                        r"去年|20\d\d年以来)")


def _headline_lean(line: str) -> Lean | None:
    """What a headline the outline did not take says of the paragraphs under it (a news
    compilation of a report: "一年来着力抓好民生保障…" heads work done, "今年发展主要预期
    目标" targets; an excerpt's "三、今后五年的…主要任务" after its "一、"): its part's lean, as
    a heading's (docs/tags.md "What the sixth blind part taught"); None for a line that
    says nothing (a signature, a date). A part heading ("三、…") ends the part before it:
    its lean is marked `opening` (it overrides the part's)."""
    if SENTENCE_MARK.search(line) is not None:
        return None
    title = line.strip(SPACES)  # the text is read simplified already
    if _PART_NUMBER.match(title):
        kind = heading_lean(title)
        return Lean(kind, short_label(title), opening=True) if kind is not None else None
    if _PAST_TIME.match(title):
        return Lean(PAST, short_label(title))
    kind = heading_lean(title)
    return Lean(kind, short_label(title)) if kind in ("commitment", "problem", PAST) else None


def under_headlines(text: str, outline: Outline | None,
                     units: list[tuple[int, int, Lean | None]],
                     headlines: list[tuple[int, int]]
                     ) -> list[tuple[int, int, Lean | None]]:
    """The units under each headline that says what its part is, with its lean where
    nothing else gave them one; under a plan headline its titles written as sentences are
    tasks, as after an announcement. A line is read as a headline only where a unit under
    it has no lean, or where it opens a plan part by its part number (a long report has
    thousands of units and few headlines the outline missed)."""
    out = list(units)
    unit_starts = [unit[0] for unit in units]
    leanless = [unit[0] for unit in units if unit[2] is None]
    announced: list[tuple[int, int, Lean]] = []
    for i, (head, head_end) in enumerate(headlines):
        stop = headlines[i + 1][0] if i + 1 < len(headlines) else sys.maxsize
        first = bisect.bisect_left(leanless, head)
        bare = first < len(leanless) and leanless[first] < stop  # a unit with no lean
        if not bare and (_PART_NUMBER.match(text, head) is None
                         or not (names_plan(text, head, head_end)
                                 or _names_problems(text[head:head_end]))):
            continue  # every unit under it has its lean, and it opens no plan or problems part
        headline = _headline_lean(text[head:head_end])
        # a part heading the outline missed ends the part before where it opens a plan
        # part (an excerpt's "三、今后五年的…主要任务" after its "一、过去五年的主要工作") or
        # the problems part ("……" then "四、不足与问题" after "二、…": session 13)
        overrides = (headline is not None and headline.opening
                     and headline.kind in ("commitment", "problem"))
        if headline is None or not (bare or overrides):
            continue
        plain = Lean(headline.kind, headline.label)
        ended: dict[str, bool] = {}  # per section label: whether it began before the headline
        for k in range(bisect.bisect_left(unit_starts, head),
                       bisect.bisect_left(unit_starts, stop)):
            start, end, lean = out[k]
            if lean is not None and overrides and lean.kind in (REVIEW, PLAN):
                lean = None  # the document's own lean: the part heading says more
            if lean is not None and overrides and lean.kind != headline.kind:
                if lean.label not in ended:
                    ended[lean.label] = _part_before(outline, start, head)
                if ended[lean.label]:
                    lean = None  # the part heading the outline missed ends the part before
            if lean is None:
                out[k] = (start, end, plain)
                if plain.kind == "commitment":
                    announced.append((start, end, plain))
    return _announced_titles(text, outline, out, announced) if len(announced) > 1 else out


def _names_problems(line: str) -> bool:
    """Whether a numbered line the outline took for no heading names the problems part
    ("四、不足与问题", "三、存在的问题")."""
    return SENTENCE_MARK.search(line) is None and heading_lean(line.strip(SPACES)) == "problem"


#: the number of a part ("三、"): a headline with one heads a part of the report.
_PART_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、")


def _part_before(outline: Outline | None, start: int, headline: int) -> bool:
    """Whether the innermost section that says what it is around `start` began before the
    headline at `headline` (so the headline, a part heading, ends it)."""
    if outline is None:
        return False
    for node in reversed(outline.path_at(start)):
        if node.kind != "item" and heading_lean(simplified(node.title)) is not None:
            return node.start < headline
    return False


#: a meeting's demand opening a paragraph of its communiqué ("全会强调，…", "会议要求，…",
#: "全会号召，…"): the work it lays down is undertaken, in this paragraph and the numbered
#: ones after it ("第一，…"), up to what the meeting heard or found ("全会指出，2021年…"):
#: docs/tags.md "What the sixth blind part taught".
#: who speaks in a communiqué: the plenary, the meeting, the congress.
_MEETING = r"(?:全会|会议|大会|全体会议)"
_DEMANDED = re.compile(_MEETING + r"(?:强调|要求|提出|号召|部署|明确|"
                       r"决定(?![,，]?(?:递补|增补|接受|免去|任命|给予|追认|同意))|"
                       r"指出[,，]?(?:今年|明年|20\d\d年)[^。]{0,12}要)")
#: a meeting's finding on a year it reviews, opening a paragraph ("全会指出，2023年是…开局之年。
#: …中央纪委常委会把学习…作为履职的第一课…"): the paragraph is the review of that year — a
#: year before the communiqué's own (its date line), or a time named as past.
_REVIEWED = re.compile(_MEETING + r"(?:指出|认为|一致认为|回顾|总结)[,，]"
                       r"(?:过去(?:的)?一年|一年来|五年来|过去五年|(20\d\d)年)")
_YEAR = re.compile(r"(20\d\d)年")
#: a meeting's demand after its analysis in one sentence ("全会分析了当前形势和任务，强调坚定
#: 不移实现全年经济社会发展目标。"): it opens the tasks as "全会强调，…" does.
_ANALYSED_DEMAND = re.compile(_MEETING + r"(?:分析|研究|听取|审议)[^。]{0,24}?[,，]"
                              r"(?:并|会议|全会)?(?:强调|要求|号召)")
#: a meeting's judgement of the work done ("一致认为，…中央政治局认真落实…，实现经济回升向好",
#: "会议认为，…做了大量有效工作"): its communiqué reviews there — the sentence is read as in a
#: review part, not as the demands around it (docs/tags.md "What the seventh part taught").
_JUDGED = re.compile(rf"(?:{_MEETING}(?:一致)?认为|一致认为)[,，]")
#: what a meeting heard, found or reviewed: its communiqué's report of the year done.
_REPORTED = re.compile(_MEETING + r"(?:指出|认为|听取|审议|总结|肯定|"
                       r"回顾|一致认为)")


def _skip_spaces(text: str, start: int) -> int:
    """Where the text after `start` starts past its blanks (a paragraph's indent)."""
    while start < len(text) and text[start] in SPACES:
        start += 1
    return start


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether `start` is the first non-blank character of its line: read back over the
    blanks before it only (slicing from the line's start was quadratic on one long line)."""
    i = start - 1
    while i >= 0 and text[i] in SPACES:
        i -= 1
    return i < 0 or text[i] == "\n"


def after_announcement(text: str, outline: Outline | None,
                        units: list[tuple[int, int, Lean | None]]
                        ) -> list[tuple[int, int, Lean | None]]:
    """The units after a sentence that announces the work ahead (or a meeting's demand that
    opens a paragraph of its communiqué), up to the next heading that says what its part is
    (or what the meeting found), lean commitment where nothing else gave them a lean
    (docs/tags.md "How tense and aspect decide"): "重点做好八方面工作。（一）聚焦…" opens the
    plan part of an excerpt that has no plan heading."""
    out: list[tuple[int, int, Lean | None]] = []
    announced: list[tuple[int, int, Lean]] = []
    plan: Lean | None = None
    limit = -1
    reviewed: tuple[int, Lean] | None = None  # (its paragraph's end, its lean)
    for start, end, lean in units:
        body = _skip_spaces(text, start)
        if reviewed is not None and start >= reviewed[0]:
            reviewed = None
        if lean is None and reviewed is None and _opens_paragraph(text, start):
            reviewed = _reviewed_year(text, body)
        if lean is None and reviewed is not None:
            plan = None
            out.append((start, end, reviewed[1]))
            continue
        if plan is not None and (start >= limit or ATTENDED.search(text, start, end)
                                 or _REPORTED.match(text, body)
                                 and _opens_paragraph(text, start)):
            plan = None  # (the meeting's attendance or form: its proceedings end the demands)
        if plan is None and lean is None and (
                _ANNOUNCEMENT.match(text[start:end].strip(SPACES))
                or (_DEMANDED.match(text, body) or _ANALYSED_DEMAND.match(text, body))
                and _opens_paragraph(text, start)):
            plan = Lean("commitment", short_label(text[start:end]))
            limit = _next_saying_heading(outline, end)
        if lean is None and _JUDGED.match(text, body):
            out.append((start, end, Lean(PAST, short_label(text[start:end]))))
            plan = None  # the meeting's judgement ends the demands before it
            continue
        if lean is None and plan is not None:
            announced.append((start, end, plan))
        out.append((start, end, plan if lean is None and plan is not None else lean))
    return _announced_titles(text, outline, out, announced) if len(announced) > 1 else out


def _reviewed_year(text: str, body: int) -> tuple[int, Lean] | None:
    """(the paragraph's end, a review lean) where the paragraph opening at `body` is a
    meeting's finding on a past year (docs/tags.md "What the seventh part taught")."""
    found = _REVIEWED.match(text, body)
    if found is None:
        return None
    if found.group(1) is not None:  # a year: before the communiqué's own
        own = [int(year) for year in _YEAR.findall(text, 0, 400)]
        if not own or int(found.group(1)) >= max(own):
            return None
    end = text.find("\n", body)
    label = short_label(text[body:found.end()])
    return (len(text) if end < 0 else end), Lean(PAST, label)


def _announced_titles(text: str, outline: Outline | None,
                      units: list[tuple[int, int, Lean | None]],
                      announced: list[tuple[int, int, Lean]]
                      ) -> list[tuple[int, int, Lean | None]]:
    """The titles written as sentences ("（一）壮大实体经济，推动高质量发展。", "大力提振消费。")
    between units an announcement made plan units: a plan's title with its own full stop
    is a task there as under a plan heading (docs/tags.md "A plan's title written as a
    sentence is a task")."""
    if outline is None:
        return units
    have = {s for s, _, _ in units}
    added: list[tuple[int, int, Lean | None]] = []
    starts = [s for s, _, _ in announced]
    for node in outline.nodes():
        if node.kind == "item" or node.title_start in have:
            continue
        stop = FULL_STOP.match(text, node.title_end)
        if stop is None or not text.startswith(TITLE_STOPS, node.title_end):
            continue
        i = bisect.bisect_left(starts, node.title_start)
        if 0 < i < len(starts):  # a plan unit before and after it
            added.append((node.title_start, stop.end(), announced[i - 1][2]))
    return sorted(units + added, key=lambda unit: unit[0]) if added else units


def _next_saying_heading(outline: Outline | None, offset: int) -> int:
    """Where the next heading after `offset` that says what its part is starts (else the
    end of the text)."""
    if outline is not None:
        for node in outline.nodes():
            if (node.start > offset and node.kind != "item"
                    and heading_lean(simplified(node.title)) is not None):
                return node.start
    return sys.maxsize

# (kept last) the patterns above compiled with the characters their matches open with:
# the same matches, found sooner (model/reading/start_set.py)
speed_up_module(globals())
