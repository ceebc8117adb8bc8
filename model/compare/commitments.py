"""The commitments of A, in A's order: the reviewer's commitment annotations when A's
sidecar has any, else the suggester's commitment suggestions at or above a score, together
with the plan's target sentences, the other sentences of A's plan part and the titles of its
subsections (（二）加快建设现代化产业体系: a task); a list of targets is cut into its items.

Not every sentence of a plan sets something checkable (see checkable): the year described,
the keynote and comments are left out.

A 政府工作报告 puts what it promises for the coming year in its plan part, headed by the
year's tasks or targets (2022年政府工作任务, 对今年政府工作的建议, 主要预期目标); every
sentence there is a commitment a later report may answer, whatever its wording. A figure
with 左右 in A's own review part is an estimate of last year's result (预计增长3.8%左右),
not a target.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from model.annotations import Annotation
from model.compare.abbreviations import NUMBERED
from model.compare.documents import PLAN, outline_kind
from model.compare.figures import figures
from model.compare.goals import goal_clauses
from model.compare.news_account import (
    YEAR_WILL,
    a_review_spans,
    plan_told,
    plan_told_end,
    reported_tasks,
)
from model.compare.parts import part_outline, plan_headings, plan_sentences
from model.compare.passages import Passage, section_path, sentences
from model.compare.proposals import Commitment
from model.compare.targets import items, target_sentences
from model.outline.tree import Outline
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest

#: suggestions scored below this are not taken as commitments
MIN_SCORE = 0.5
#: the year described, not a task set (2023年是…开局之年, 今年是政府换届之年)
_YEAR_DESCRIBED = re.compile(r"^(?:20\d\d年|今年|明年|本年)(?:是|为)")
#: the keynote every plan restates (坚持稳中求进工作总基调, 稳字当头, 先立后破) and the
#: framing of a plan (指导思想, 总体要求, 基本原则)
_KEYNOTE = re.compile(r"思想为指导|总基调|稳中求进|稳字当头|以进促稳|先立后破|指导思想|总体要求|"
                      r"(?:基本|工作|主要)原则")
#: an enumerator before a task (一是, （二）, 第三, 3.): the task starts after it
_ENUMERATOR = re.compile(r"(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                         r"第[一二三四五六七八九十]{1,3}[，,、]?|[一二三四五六七八九十\d]{1,3}[、.．])?")
#: a label before a list of tasks (重点做好十个方面工作：)
_LEAD_LABEL = re.compile(r"[^：:，,。]{2,20}[：:]")
#: how a task opens: a task verb, or the author's will (要, 将, 力争 …) or the year's (今年)
_TASK_OPENING = re.compile(r"(?:我们|全省|全市|全区|[^，,。；;\n]{2,6}?(?:人民)?政府|[^，,。；;\n]{2,4}?(?=将|要))?"
                           r"(?:积极|继续|持续|大力)?"
                           r"(?:要|将|力争|确保|争取|今年|明年|坚持|着力|聚焦|推动|推进|"
                           r"突出|围绕|以[^，,。；]{1,12}(?:引领|为引领|带动|促进|推动))")
#: a news account's attribution before the words it reports (胡衡华市长提出，; 关于2025年重点
#: 任务，《报告》提出，; 报告还强调了…), no part of the commitment
_SAID = re.compile(r"(?:[关对]于[^，,。；;\n]{1,16}[，,])?(?:据(?:介绍|悉|了解)[，,]|"
                   r"[^，,。：:；;\n]{1,30}(?:说|指出|表示|提出|强调|提到|透露|介绍)[，,：:]"
                   r"|《?报告》?(?:还|也|并|同时)?(?:明确|进一步)?(?:提出|强调|指出|明确|要求)了?)")
#: a project's milestone, the way a plan promises a project (开工建设秦沈高速二期…; 沈白高铁…
#: 提前建成通车): at the start of the sentence or closing it
_MILESTONE_OPENING = re.compile(r"(?:新)?开工(?:建设)?|建成|竣工|投产")
_MILESTONE_CLOSING = re.compile(r"(?:开工建设|建成通车|建成投用|建成投运|建成投产|竣工投产|开通运营)[。；;]?$")
#: an attribution alone (龚正在作政府工作报告时表示; 胡衡华市长强调): it says nothing itself
_SAYS = re.compile(r"(?:说|指出|表示|提出|强调|提到|介绍|通报|披露|透露)[，,：:]?$")
#: a year named: a sentence that states a project's milestone with its year tells a result
_A_YEAR = re.compile(r"20\d\d年")
#: the event a news account reports (…召开全体会议，讨论通过《政府工作报告》; 人大会议13日开幕;
#: 省长作政府工作报告): the occasion, no commitment
_EVENT = re.compile(r"召开[^，,。；;]{0,30}会议|会议[^，,。；;]{0,16}(?:开幕|闭幕)|(?:讨论|审议)通过|"
                    r"作了?政府工作报告")
#: what an event's sentence goes on to report (…作政府工作报告时表示，2025年将…): words to check
_REPORTED = re.compile(r"表示|指出|强调|提出|说|将|要|力争|确保")
#: the aim a keynote sentence closes on: a plan's or the year's targets completed
_AIM = re.compile(r"(?:高质量|全面|圆满|确保)?(?:完成|实现)[^，,。；;]{0,16}(?:目标任务|预期目标)")
#: a clause of amounts alone (总投资4.3万亿元; 年度计划投资7150亿元): no subject of its own
_AMOUNT_ONLY = re.compile(r"(?:总投资|年度?计划(?:完成)?投资|计划投资|年度投资)[约超逾]?\d")
#: a document's name on a line of its own (广东省建设现代化产业体系2025年行动计划（节选）;
#: 湖南省2025年国民经济和社会发展计划): the title of what follows, no task of it
_DOCUMENT_NAME = re.compile(r"[^，,。；;！？!?：:\n]{2,60}?(?:报告|计划|规划|方案|要点|纲要|总结|意见|决定|"
                            r"公报)(?:[（(][^（()）\n]{1,12}[)）])?")
#: what a restatement of a commitment moves or drops (2025年广东安排… ↔ 广东2025年将安排…):
#: the year, the author's will and punctuation
_RESTATED = re.compile(r"20\d\d年|今年|全年|[将要]|[\s，,。；;、：:“”\"‘’]")
#: fewer characters than this (其中, 同时 cut off a list) set nothing
_MIN_CHARS = 3
#: a comment on what was said (这是高基数上的中高速增长) or the reasons for a target
#: (目标的设定，主要考虑…)
_COMMENT = re.compile(r"^(?:这|此(?![外后前时])|上述)|主要考虑|综合考虑|考虑到")


def commitments(text: str, outline: Outline | None, segmenter: Segmenter,
                annotations: Iterable[Annotation] = (), min_score: float = MIN_SCORE
                ) -> list[Commitment]:
    outline = part_outline(text, outline)
    tagged = [a for a in annotations if a.tag == "commitment" and a.end > a.start]
    if tagged:
        found = [(a.start, a.end, "annotation", 1.0) for a in tagged]
    else:
        found = [(s.start, s.end, "suggestion", s.score)
                 for s in suggest(text, outline, segmenter)
                 if s.tag == "commitment" and s.score >= min_score]
        review = a_review_spans(text, outline)
        goals: list[tuple[int, int]] = []
        # a news account's fields and named sets (围绕A、B等任务; 提出了包括…在内的十件民生实事):
        # each is a commitment, in place of the sentence that names them
        told = [(s, e) for s, e in reported_tasks(text) if not any(a <= s < b for a, b in review)]
        found = [f for f in found if not any(f[0] <= s and e <= f[1] for s, e in told)]
        found += [(s, e, "plan", 0.0) for s, e in told]
        if outline_kind(outline) == PLAN:
            # a plan document's goals, one a clause (家长满意率市直前三，年度考核优秀), in place
            # of what else was found there
            goals = goal_clauses(text, outline)
            found = [piece for f in found for piece in _outside_goals(text, f, goals)]
            found += [(s, e, "target", 0.0) for s, e in goals]
        covered = [(s, e) for s, e, _src, _sc in found]
        for source, spans in (("target", target_sentences(text)),
                              ("plan", plan_sentences(text, outline)),
                              ("plan", plan_headings(text, outline)),
                              ("plan", task_sentences(text, outline, segmenter))):
            for start, end in spans:
                # in A's own review a 左右 estimates last year's result (预计…增长3.8%左右)
                if any(a <= start < b for a, b in review):
                    continue
                # a list of targets: the items no suggestion took (进出口总额增长1%)
                cut = items(text, start, end) if source == "target" else [(start, end)]
                if goals:  # the tasks an aim sentence sets besides the goals it names
                    cut = [(s, e) for c in cut
                           for s, e, _src, _sc in _outside_goals(text, (*c, source, 0.0), goals)]
                for s, e in cut:
                    if any(a < e and s < b for a, b in covered):
                        continue
                    found.append((s, e, source, 0.0))
                    covered.append((s, e))
    result: list[Commitment] = []
    seen: set[tuple[int, int]] = set()
    earlier = _earlier_years(text)
    for start, end, source, score in sorted(found):
        if source != "annotation":
            if _tells_earlier_year(text, start, end, earlier):
                continue
            said = _SAID.match(text, start, end)  # 报告明确指出，北京市将…: the words reported
            if said and end - said.end() >= 4:
                start = said.end()
        for s, e in items(text, start, end):
            if source != "annotation":
                said = _SAID.match(text, s, e)
                if said and e - said.end() >= 4:
                    s = said.end()
                if not checkable(text[s:e]):
                    aim = _AIM.search(text, s, e) if _KEYNOTE.search(text, s, e) else None
                    if aim is None:
                        continue
                    # the keynote sentence closes on the year's aim (…高质量完成“十四五”规划
                    # 目标任务): that clause sets something checkable
                    s, e = aim.start(), aim.end()
                if _names_document(text, s, e):
                    continue
            if (s, e) not in seen:
                seen.add((s, e))
                result.append(Commitment(Passage(s, e, text[s:e], section_path(outline, s)),
                                         source, round(score, 4)))
    return _once(_with_amounts(text, result))


def _outside_goals(text: str, found: tuple[int, int, str, float],
                   goals: list[tuple[int, int]]) -> list[tuple[int, int, str, float]]:
    """What a found sentence says besides the goals inside it: a sentence that only holds
    goals is replaced by them; an aim sentence naming its goals by count among other tasks
    (…，实现…两大目标，做好全国文明校园和省现代化创建准备工作，…) keeps those tasks, the clauses
    after the last goal it holds."""
    start, end, source, score = found
    inside = [(s, e) for s, e in goals if start < e and s < end]
    if not inside:
        return [found]
    rest = max(e for _s, e in inside)
    rest += len(text[rest:end]) - len(text[rest:end].lstrip("，,、；; "))
    if end - rest >= 2 * _MIN_CHARS and rest > max(start, min(s for s, _e in inside)):
        return [(rest, end, source, score)]
    return []


def _once(found: list[Commitment]) -> list[Commitment]:
    """Each suggested commitment once: a news account restates a plan's figures (2025年广东
    安排省重点建设项目1500个、年度计划投资1万亿元 and, quoting an official, 广东2025年将安排
    省重点建设项目1500个、年度计划投资1万亿元): the later telling is dropped, the year and the
    will aside the words are the same. The reviewer's annotations are all kept."""
    told: set[str] = set()
    kept = []
    for c in found:
        if c.source != "annotation":
            restated = _RESTATED.sub("", c.passage.quote)
            if restated in told:
                continue
            told.add(restated)
        kept.append(c)
    return kept


def _names_document(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a line of its own that names a document (a report, a
    plan, its 要点 …, maybe with a note such as （节选）), not a task heading: it opens with
    no enumerator and no task verb (（三）实施乡村振兴规划 is a task)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    quote = text[start:end].strip()
    if quote != line or not _DOCUMENT_NAME.fullmatch(quote):
        return False
    head = _ENUMERATOR.match(quote)
    return not (head and head.end()) and not _TASK_OPENING.match(quote)


def _with_amounts(text: str, found: list[Commitment]) -> list[Commitment]:
    """A clause that only gives the amounts of what the clause before it named (确定省重点
    项目1550个，总投资4.3万亿元，年度计划投资7150亿元; …项目1500个、年度计划投资1万亿元)
    belongs to it: a project list is one commitment with its count and its investment."""
    merged: list[Commitment] = []
    for c in found:
        last = merged[-1] if merged else None
        if last is not None and last.source == c.source and _AMOUNT_ONLY.match(c.passage.quote) \
                and text[last.passage.end:c.passage.start].strip() in ("，", ",", "、"):
            p = last.passage
            merged[-1] = Commitment(Passage(p.start, c.passage.end, text[p.start:c.passage.end],
                                            p.section), last.source, last.score)
        else:
            merged.append(c)
    return merged


def _earlier_years(text: str) -> tuple[str, ...]:
    """The years before the one A plans, as A writes them (2024年): A's first line names
    its report's year (浙江省2025年政府工作报告, 上海发布2025年政府工作报告要点), the year
    it plans; none when it names no year."""
    first = _A_YEAR.search(text, 0, max(text.find("\n"), 0) or len(text))
    if first is None:
        return ()
    year = int(first.group()[:4])
    return tuple(f"{y}年" for y in range(year - 5, year))


def _tells_earlier_year(text: str, start: int, end: int, earlier: tuple[str, ...]) -> bool:
    """Whether the span's sentence tells an earlier year and not the one planned: a news
    account with no parts reports last year's results beside this year's targets (2024年
    全市生产总值增长5%左右，地方一般公共预算收入增长0.7%), and a 左右 there is an estimate."""
    if not earlier:
        return False
    opening = max(text.rfind(mark, 0, start) for mark in "。！？!?\n") + 1
    sentence = text[opening:end]
    planned = f"{int(earlier[-1][:4]) + 1}年"
    if planned in sentence or "今年" in sentence:
        return False
    # the year opens what is told (2024年全市…; 龚正表示，2024年…), not a comparison
    # (…1200万人左右，比2022年增加100万人)
    said = _SAID.match(text, opening, end)
    told = text[opening:min(end, max(start, said.end() if said else opening) + 12)]
    return any((at := told.find(y)) >= 0 and told[at - 1:at] not in ("比", "较", "于", "同", "与")
               for y in earlier)


def task_sentences(text: str, outline: Outline | None, segmenter: Segmenter
                   ) -> list[tuple[int, int]]:
    """Sentences outside A's review that read as a task, wherever A's plan part is (or is
    not) marked: they open, after an enumerator (一是, （二）), with a task verb (推动成渝地区
    双城经济圈建设走深走实; 深化重点领域改革), the author's will (要…, 将…, 力争…) or a
    means that leads (以科技创新引领…), and report no result (no figure without a bound).
    A news account's attribution (胡衡华市长提出，) and its subject (重庆市政府积极推动…,
    重庆将…) are read past; a project's milestone with no year named (开工建设秦沈高速二期…;
    …4条高速公路提前建成通车) is a plan's promise."""
    from model.compare.commitment_words import TASK_VERBS

    review = a_review_spans(text, outline)
    endings = tuple(TASK_VERBS)
    told_in: dict[int, int] = {}  # a line's start -> where the plan told in it ends, or -1
    found = []
    for p in sentences(text, outline, enumerated=True):
        if any(a <= p.start < b for a, b in review):
            continue
        quote = p.quote
        label = _LEAD_LABEL.match(quote)  # 重点做好十个方面工作：推动…
        rest = quote[label.end():] if label else quote
        said = _SAID.match(rest)  # 胡衡华市长提出，要持续推动…
        rest = rest[said.end():] if said else rest
        head = _ENUMERATOR.match(rest)
        rest = rest[head.end():] if head else rest
        milestone = not _A_YEAR.search(quote) and bool(
            _MILESTONE_OPENING.match(rest) or _MILESTONE_CLOSING.search(rest))
        if not (milestone or _TASK_OPENING.match(rest) or YEAR_WILL.match(rest)
                or _opens_with_verb(rest, segmenter, TASK_VERBS)):
            continue
        # a paragraph that opens with the planned year's will (2025年，某省将加强…) is the plan
        # told: its figures are what it plans (实施国土绿化面积90万亩), not results
        line = text.rfind("\n", 0, p.start) + 1
        if line not in told_in:  # where its paragraph first tells it: read once a line
            line_end = text.find("\n", line)
            told_in[line] = plan_told_end(text, line, len(text) if line_end < 0 else line_end)
        told = told_in[line]
        planned = 0 <= told <= p.start or plan_told(text, p.start, p.end)
        if not planned and any(f.indicator and not f.is_target
                               and not f.indicator.endswith(endings) for f in figures(quote)):
            continue  # a result told (新增高新技术企业1200家), not a count a task sets
            # (协同推进320个川渝共建重点项目: the figure right after the task verb)
        found.append((p.start, p.end))
    return found


def _opens_with_verb(quote: str, segmenter: Segmenter, verbs: frozenset[str]) -> bool:
    """A task verb first, or second after a manner word (分类推进, 整区域推进), or fused
    with its manner in one word (深入开展)."""
    tokens = segmenter.tokenize(quote[:10])
    return bool(tokens) and tokens[0].start == 0 and (
        tokens[0].word in verbs
        # a manner fused with its verb in one word (深入开展, 全力推进)
        or (len(tokens[0].word) == 4 and tokens[0].word[2:] in verbs)
        or (len(tokens) > 1 and len(tokens[0].word) <= 3 and tokens[1].word in verbs))


def checkable(quote: str) -> bool:
    """Whether a sentence of A's plan sets something a later report can check: a task on
    an object, an indicator's target. Three kinds of plan sentence set nothing: the year
    described (2023年是…开局之年), the keynote every plan restates (要坚持稳字当头、稳中求进;
    …坚持稳中求进工作总基调…) and a comment on what was said or the reasons for a target
    (这是高基数上的中高速增长; …的设定，主要考虑…); nor does the event a news account
    reports (…召开全体会议，讨论通过《政府工作报告》; 人大会议13日开幕) when it reports no words
    (…作政府工作报告时表示，…将… does) — unless the sentence states an
    indicator's figure (综合考虑…，赤字率拟按3%安排 and 今年是…收官之年，主要预期目标是：
    国内生产总值增长5%左右 set targets) or, after the keynote, names a program by its
    count (…先立后破，…大力实施…“七大攻坚”). Nor does a list's connective cut off on its own
    (其中). The reviewer's own commitment annotations are never judged."""
    if any(f.indicator for f in figures(quote)):
        return True
    quote = quote.strip()
    if len(quote.strip("。；;，,、：:")) < _MIN_CHARS:  # 其中, 同时: a list's connective cut off
        return False
    if _KEYNOTE.search(quote) and NUMBERED.search(quote) \
            and not _YEAR_DESCRIBED.match(quote):
        return True
    return not (_YEAR_DESCRIBED.match(quote) or _SAYS.search(quote) or _KEYNOTE.search(quote)
                or _COMMENT.search(quote)
                or (_EVENT.search(quote) is not None and not _REPORTED.search(quote)))
