"""How one unit of text is judged: the cue words found in it (model/reading/
suggestion_cues.py), what it reports (a result, a target, a resolution, a figure) and the
section or document it sits in, weighed into (tag, raw score, reason code, reason args) —
the rules docs/tags.md writes down. model/reading/suggestions.py runs them over a text."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from model.reading import suggestion_cues as cues
from model.reading.reasons import CUE_SEPARATOR
from model.reading.segmenter import Boundaries
from model.reading.suggestion_units import PLAN, REVIEW, SITUATION, Lean
from model.reading.traditional import simplified

_DIGIT = re.compile(r"\d")


def default_only(code: str, args: dict[str, str]) -> bool:
    """Whether a verdict rests on its section's default alone: no cue word, no target,
    result, resolution or figure of its own (weak evidence, calibrated apart)."""
    return code.endswith("_default") and not args.keys() & _OWN_EVIDENCE


_OWN_EVIDENCE = frozenset(("target", "result", "resolution", "figure"))


# --- the decision -------------------------------------------------------------------------
Verdict = tuple[str, float, str, dict[str, str]]  # tag, score, reason code, reason args


def classify(text: str, folded: str, start: int, end: int, lean: Lean | None,
             boundaries: Boundaries, original: str | None = None) -> Verdict | None:
    """(tag, score, reason code, reason args) for text[start:end], or None when nothing
    points anywhere. `original` (the Traditional text `text` was simplified from) is what
    the reason quotes."""
    return judge(text, folded, start, end, lean, boundaries, original)[0]


def judge(text: str, folded: str, start: int, end: int, lean: Lean | None,
          boundaries: Boundaries, original: str | None = None
          ) -> tuple[Verdict | None, _Evidence]:
    """`classify`'s verdict with the evidence it was drawn from (what the shipped
    re-ranker, model/reading/suggestion_model.py, reads)."""
    hits = cues.find_cues(text, start, end, boundaries)
    quoted = (text if original is None else original)[start:end]
    evidence = _Evidence(hits, folded[start:end], quoted, start)
    if (lean is None or lean.kind in ("commitment", PLAN, SITUATION)) and _listed_target(
            folded, start, end):
        return evidence.result("commitment", 0.45, lean), evidence
    return _decide(evidence, lean), evidence


def _listed_target(folded: str, start: int, end: int) -> bool:
    """Whether the unit stands in a ；-list that a lead-in names as targets ("…发展目标，即：
    国家安全体系…更加巩固；高质量发展取得显著成效，…；"): each item is a target, a state
    wished for however it is worded — 承诺 (docs/tags.md), outside a review part."""
    since = max(folded.rfind("。", 0, start), folded.rfind("\n", 0, start), start - 600)
    lead = cues.TARGET_LEAD.search(folded, since + 1, end)
    return lead is not None and "。" not in folded[lead.end():max(start, lead.end())]


def _decide(evidence: _Evidence, lean: Lean | None) -> Verdict | None:
    if evidence.lead_in:
        return None
    if lean is None:
        return _without_section(evidence)
    if lean.kind == "problem":
        return _in_problem_section(evidence, lean)
    if lean.kind == "commitment":
        return _in_plan_section(evidence, lean)
    if lean.kind == PLAN:
        return _in_plan_document(evidence, lean)
    if lean.kind == REVIEW:
        return _in_review_document(evidence, lean)
    if lean.kind == SITUATION:  # a plan's 面临的形势: the present, judged on its own evidence
        return _without_section(evidence)
    return _in_past_section(evidence, lean)


T = TypeVar("T")


class _lazy(Generic[T]):  # noqa: N801 - used as a decorator, like cached_property
    """A value computed on first read and kept in the instance (functools.cached_property
    without its lock: ten thousand units per MB read a few each)."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute, self.name = compute, compute.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        value = self.compute(obj)
        obj.__dict__[self.name] = value  # read from the instance from now on
        return value


STRONG = cues.STRONG
FUTURE_MATCH, AUTHOR_WILL_SEARCH, ADMISSION_SEARCH = (
    cues.FUTURE.match, cues.AUTHOR_WILL.search, cues.ADMISSION.search)
TRANSMITTAL_SEARCH = cues.TRANSMITTAL.search
#: bound search methods of the patterns every unit is searched with
RANKING_SEARCH, QUANTITY_SEARCH, RESULT_SEARCH, COMPLETION_SEARCH = (
    cues.RANKING.search, cues.QUANTITY.search, cues.RESULT.search, cues.COMPLETION.search)
PLAN_TARGET_SEARCH, FRAMING_SEARCH, LEAD_IN_SEARCH, AIMED_SEARCH, REQUIREMENT_SEARCH = (
    cues.PLAN_TARGET.search, cues.FRAMING.search, cues.LEAD_IN.search, cues.AIMED.search,
    cues.REQUIREMENT.search)


class _Evidence:
    """The cues and number patterns found in one unit."""

    def __init__(self, hits: list[cues.CueHit], folded: str, original: str,
                 offset: int = 0) -> None:
        # literal dicts (not a comprehension over the lexicon's tags): ten thousand units
        # per MB make two each
        self.strong: dict[str, list[str]] = {"problem": [], "commitment": [],
                                             "achievement": [], "measure": []}
        self.weak: dict[str, list[str]] = {"problem": [], "commitment": [],
                                           "achievement": [], "measure": []}
        fought: tuple[tuple[int, int], ...] | None = None  # made at the first problem cue
        for hit in hits:
            if hit.tag == "problem":
                if fought is None:
                    fought = _fought_spans(folded, offset)
                if fought and any(a <= hit.start < b for a, b in fought):
                    continue  # "切实解决…不高…等问题": the problem fought, not admitted
            bucket = (self.strong if hit.strength >= STRONG else self.weak)[hit.tag]
            word = original[hit.start - offset:hit.end - offset] or hit.word  # as written
            if word not in bucket:
                bucket.append(word)
        if "x" in folded or "X" in folded:  # blanked figures read as numbers (same length)
            folded = cues.BLANKED.sub(lambda m: "0" * len(m.group()), folded)
        numbers = _DIGIT.search(folded) is not None  # TARGET, CHANGE, QUANTITY need one
        # _first(pattern, folded, original) written out: six searches a unit, 47,000 units
        # in 5 MB (the calls alone were 0.02 s per MB)
        self.change = _first_outcome_change(folded, original) if numbers else ""
        if not self.change:
            match = RANKING_SEARCH(folded)
            self.change = original[match.start():match.end()] if match else ""
        match = QUANTITY_SEARCH(folded) if numbers else None
        self.quantity = original[match.start():match.end()] if match else ""
        match = RESULT_SEARCH(folded)
        if match is None and "完成" in folded:
            match = COMPLETION_SEARCH(folded)
        self.outcome = original[match.start():match.end()] if match else ""
        if not self.outcome and _states_itself(folded):  # "——综合实力更强。": a state claimed
            self.outcome = original.strip()
        match = PLAN_TARGET_SEARCH(folded)
        self.plan_target = original[match.start():match.end()] if match else ""
        #: 争取 with what it brought and nothing ahead ("争取中央预算内投资465.8亿元"):
        #: funds obtained, not striven for (docs/tags.md "How tense and aspect decide")
        self.obtained = ("争取" in folded and numbers
                         and cues.OBTAINED.search(folded) is not None
                         and cues.AHEAD_MARK.search(folded) is None)
        if self.obtained:
            if self.plan_target.startswith("争取"):
                self.plan_target = ""
            self.strong["commitment"] = [w for w in self.strong["commitment"]
                                         if simplified(w) != "争取"]
        self.framing = FRAMING_SEARCH(folded) is not None
        self.lead_in = LEAD_IN_SEARCH(folded) is not None or (
            ("发给" in folded or "关于印发" in folded or "近日" in folded
             or folded.startswith("请"))
            and TRANSMITTAL_SEARCH(folded) is not None)
        self._folded, self._numbers, self._original = folded, numbers, original
        match = AIMED_SEARCH(folded) if self.outcome else None
        self.aimed = original[match.start():match.end()] if match else ""
        match = REQUIREMENT_SEARCH(folded)
        self.requirement = original[match.start():match.end()] if match else ""
        if self.requirement and self.requirement not in self.strong["commitment"]:
            self.strong["commitment"].insert(0, self.requirement)
        match = FUTURE_MATCH(folded) or (AUTHOR_WILL_SEARCH(folded) if "我" in folded else None)
        self.future = original[match.start():match.end()] if match else ""
        if self.future and self.future not in self.strong["commitment"]:
            self.strong["commitment"].append(self.future)
        self.admitted = False  # an admission written out (仍然艰巨, 没有根本改变)
        if ADMISSION_SEARCH(folded) is not None:
            if fought is None:
                fought = _fought_spans(folded, offset)
            for match in cues.ADMISSION.finditer(folded):
                if any(a <= match.start() + offset < b for a, b in fought):
                    continue
                self.admitted = True
                admitted = original[match.start():match.end()]
                if admitted not in self.strong["problem"]:
                    self.strong["problem"].append(admitted)

    # evidence only some decisions read: searched when first asked for (0.06 s per MB)
    @_lazy
    def target(self) -> str:
        """A target figure: "5%左右", "以上", "以内"."""
        folded = self._folded
        if not self._numbers or not ("左右" in folded or "以上" in folded or "以内" in folded):
            return ""  # what a target needs, checked before the search
        return _first(cues.TARGET, folded, self._original)

    @_lazy
    def resolution(self) -> str:
        """A resolution to fix what was admitted (not an admission that it was not)."""
        if cues.UNSOLVED.search(self._folded):
            return ""
        return _first(cues.RESOLUTION, self._folded, self._original)

    @_lazy
    def plan_time(self) -> str:
        """A plan's time frame: 到2027年, 年内, 力争."""
        found = _first(cues.PLAN_TIME, self._folded, self._original)
        return "" if self.obtained and simplified(found) == "争取" else found

    @_lazy
    def fall(self) -> bool:
        """A figure fell where a fall is no progress."""
        return self._numbers and _bad_fall(self._folded)

    @_lazy
    def rise(self) -> bool:
        return self._numbers and cues.RISE.search(self._folded) is not None

    @_lazy
    def ahead(self) -> bool:
        """An aim that looks ahead (力争/确保/努力 + a result verb)."""
        return bool(self.aimed) and cues.AHEAD.search(self._folded) is not None

    @_lazy
    def deadline(self) -> bool:
        """A deadline ahead with a modal of the future ("10月底前，…都将用上自来水")."""
        folded = self._folded
        return (("前" in folded or "年内" in folded or "到2" in folded)  # what a deadline says
                and cues.FUTURE_MODAL.search(folded) is not None
                and cues.DEADLINE.search(folded) is not None)

    @_lazy
    def forecast(self) -> bool:
        """A figure forecast, not undertaken (据测算…将有可能达到…)."""
        return cues.FORECAST.search(self._folded) is not None

    @_lazy
    def action(self) -> bool:
        """A word of action beyond the lexicon's (新建, 引进, 扶持…)."""
        return cues.ACTION.search(self._folded) is not None

    @_lazy
    def push(self) -> bool:
        """Work pushed on (推动, 推进, 促进)."""
        return cues.PUSH.search(self._folded) is not None

    @_lazy
    def duty(self) -> bool:
        """A duty laid on a unit (由…负责, 发挥…作用)."""
        return cues.DUTY.search(self._folded) is not None

    @_lazy
    def level(self) -> bool:
        """A level of output or payment (生产, 上缴…)."""
        return self._numbers and cues.LEVEL.search(self._folded) is not None

    @_lazy
    def counted(self) -> bool:
        """An action told with its count ("新增就业47.3万人", "为87万名…发放…")."""
        return self._numbers and cues.COUNTED.search(self._folded) is not None

    @_lazy
    def kept(self) -> bool:
        """A standard kept ("水质保持Ⅱ类", "失业率控制在5.5%以内")."""
        folded = self._folded
        return (("保持" in folded or "控制在" in folded or "稳定在" in folded or "维持在" in folded)
                and cues.KEPT.search(folded) is not None)

    @_lazy
    def directs(self) -> bool:
        """Two or more clauses opening on a verb that directs work (着力, 持续, 大力, 坚持,
        进一步…), no mark of work done (了, 已, 以来, 先后) and no figure reached: the
        imperative of a task list, its result words are what it aims at."""
        folded = self._folded
        return (len(cues.DIRECTIVE_CLAUSE.findall(folded)) >= 2
                and cues.DONE.search(folded) is None and not self.change)

    @_lazy
    def plan_count(self) -> bool:
        """A count of a plan's own tasks or units."""
        return self._numbers and cues.PLAN_COUNT.search(self._folded) is not None

    def result(self, tag: str, base: float, lean: Lean | None = None) -> Verdict:
        """The verdict for `tag`: score from the base and the evidence, and why."""
        strong, weak = self.strong.get(tag, []), self.weak.get(tag, [])
        score = base + 0.1 * min(len(strong), 3) + 0.03 * min(len(weak), 3)
        code, args = _ground([*strong, *weak], lean)
        if tag == "commitment" and (self.target or self.plan_target):
            args["target"] = self.target or self.plan_target
            score += 0.1
        if tag == "achievement" and (self.change or self.outcome):
            args["result"] = self.change or self.outcome
            score += 0.1 + (0.05 if self.change and self.outcome else 0.0)
        if tag == "commitment" and self.resolution:
            args["resolution"] = self.resolution
            score += 0.15
        if tag == "figure" and self.quantity:
            args["figure"] = self.quantity
        return tag, round(min(max(score, 0.05), 0.99), 2), code, args


def _ground(words: list[str], lean: Lean | None) -> tuple[str, dict[str, str]]:
    """The main reason: up to three cue words and/or the section (or problem opening)
    behind them."""
    place = {} if lean is None else {"opening" if lean.opening else "section": lean.label}
    if lean is not None and lean.opening:
        words = [w for w in words if w != lean.label]  # the opening names itself
    if words:
        cue_args = {"cues": CUE_SEPARATOR.join(words[:3]), **place}
        if lean is None:
            return "cue", cue_args
        return ("cue_after_opening" if lean.opening else "cue_under_section"), cue_args
    if lean is None:
        return "numbers", {}
    return ("opening_default" if lean.opening else "section_default"), place


def _states_itself(folded: str) -> bool:
    """A short sentence naming its subject and closing on its state ("——综合实力更强。",
    "现代农业量效齐增。"), not opening on a verb of action: a state claimed as reached."""
    body = folded.strip()
    return (len(body) <= 16 and not any(c.isdigit() for c in body)
            and cues.STATE_CLOSE.search(body) is not None and not cues.ACTION_OPEN.match(body)
            and cues.STATE_DENIED.search(body) is None)


_CLAUSE_MARK = re.compile(r"[,;，；：:]")


def _closes_on_state(folded: str) -> bool:
    """The general form of `_states_itself`: the sentence's last clause names its subject
    and closes on the state it is in or the standing it holds (STATE_REACHED), neither
    opening on a verb of action nor denied — in a review, a claim of what was reached."""
    clauses = [c.strip() for c in _CLAUSE_MARK.split(folded.strip()) if c.strip()]
    last = clauses[-1] if clauses else ""
    return bool(last) and (cues.STATE_REACHED.search(last) is not None
                           and not cues.ACTION_OPEN.match(last)
                           and cues.STATE_DENIED.search(last) is None)


def _first_outcome_change(folded: str, original: str) -> str:
    """The first change that is an outcome, quoted from the original: a standard the
    government raised ("城乡低保标准分别提高6%和8%") is its action, not a result."""
    if cues.SET_LEVEL.search(folded) is None:
        return _first(cues.CHANGE, folded, original)
    for match in cues.CHANGE.finditer(folded):
        since = max(match.start() - 12, *(folded.rfind(mark, 0, match.start()) for mark in ",;，；"))
        if not cues.SET_LEVEL.search(folded, since + 1, match.start() + 1):
            return original[match.start():match.end()]
    return ""


def _fought_spans(folded: str, offset: int) -> tuple[tuple[int, int], ...]:
    """The spans (in text offsets) of problems named as what the work fights ("切实解决
    行政效率不高、…等突出问题")."""
    return tuple((m.start() + offset, m.end() + offset) for m in cues.FOUGHT.finditer(folded))


def _bad_fall(folded: str) -> bool:
    """Whether a figure fell where a fall is no progress (output, revenue, investment:
    "地区生产总值完成46.1亿元，同比下降4.3%"); "PM2.5浓度下降2.7%" is progress."""
    for match in cues.FALL.finditer(folded):
        since = max(match.start() - 30, *(folded.rfind(mark, 0, match.start()) for mark in ";；"))
        if not cues.GOOD_FALL.search(folded, since + 1, match.start()):
            return True
    return False


def _first(pattern: re.Pattern[str], folded: str, original: str) -> str:
    """The first match in the folded text, quoted from the original."""
    match = pattern.search(folded)
    return original[match.start():match.end()] if match else ""


def _in_problem_section(ev: _Evidence, lean: Lean) -> Verdict:
    if ev.resolution:  # "对此，我们一定…加以解决": the closing resolution (rule 3)
        return ev.result("commitment", 0.6, lean)
    if ev.strong["commitment"] and not ev.strong["problem"]:
        return ev.result("commitment", 0.45, lean)
    return ev.result("problem", 0.65, lean)


def _in_plan_section(ev: _Evidence, lean: Lean) -> Verdict | None:
    """A plan part: everything is undertaken (rule 2) but the framing of it (rule 6)."""
    if ev.framing and not (ev.strong["commitment"] or ev.target or ev.plan_target):
        return None
    if ((ev.admitted or len(ev.strong["problem"]) >= 2) and not (
            ev.strong["commitment"] or ev.weak["commitment"] or ev.target or ev.plan_target)):
        return ev.result("problem", 0.45, lean)  # "当前，…压力加大，…仍然薄弱": admitted
    return ev.result("commitment", 0.65, lean)


def _in_plan_document(ev: _Evidence, lean: Lean) -> Verdict | None:
    """A plan document outside its parts: the unit's own evidence first (an admission, a
    result, a target); then a unit that undertakes something, counts it or lays a duty on
    a unit (由牵头单位发挥统筹协调作用) is a task."""
    verdict = _without_section(ev, done=False)
    if verdict is not None and verdict[0] in ("problem", "achievement", "commitment"):
        return verdict
    if ev.framing:
        return None
    if verdict is not None and verdict[0] == "figure" and ev.plan_count:
        return verdict  # "…明确133项具体任务，涉及34个牵头单位": the plan described
    if (ev.strong["commitment"] or ev.weak["commitment"] or ev.quantity or ev.duty
            or ev.push):
        return ev.result("commitment", 0.4, lean)
    if _acts(ev) and cues.DONE.search(ev._folded) is None:
        return ev.result("commitment", 0.35, lean)  # "全面落实河湖长制，加强…": planned
    return verdict


def _in_review_document(ev: _Evidence, lean: Lean) -> Verdict | None:
    """A 总结/述职/汇报 outside its parts: an admission is a problem wherever it stands
    (a 述职 admits its shortcomings without a part of their own); otherwise what a review
    part says."""
    if ev.strong["problem"] and not (_requires(ev) or ev.outcome or ev.change):
        return ev.result("problem", 0.4, lean)
    return _in_past_section(ev, lean)


def _in_past_section(ev: _Evidence, lean: Lean) -> Verdict | None:
    if len(ev.strong["problem"]) >= 2 or (
            (ev.admitted or ev.strong["problem"] and ev.weak["problem"])
            and not (ev.outcome or ev.change)):
        return ev.result("problem", 0.4, lean)
    if ev.plan_target and ev.target or not ev.outcome and ev.resolution:
        return ev.result("commitment", 0.45, lean)  # a target or resolution (rules 2, 3)
    if ev.ahead:  # "力争实现…目标", "确保实现近期目标": undertaken even in a review
        return ev.result("commitment", 0.4, lean)
    if (not (ev.change or ev.outcome and not ev.aimed or ev.framing)
            and (ev.future or ev.deadline)):
        return ev.result("commitment", 0.4, lean)  # "为此，在新的一年里，我区将…": ahead
    if _requires(ev):
        return ev.result("commitment", 0.4, lean)
    if ev.framing and not (ev.change or ev.strong["achievement"]):
        return None  # "…为…实现…目标指明了前进方向": the framing of the years, no result
    if ev.fall and not ev.rise:  # a fall in output is a figure, not progress (rule 4)
        return ev.result("figure", 0.45, lean)
    if ev.change or ev.strong["achievement"] or ev.outcome or ev.kept and not ev.plan_time:
        return ev.result("achievement", 0.55, lean)
    if ev.counted:  # "完成营造林341万亩", "为87万名老年人发放高龄津贴": reached (rule 1)
        return ev.result("achievement", 0.5, lean)
    if _closes_on_state(ev._folded):  # "…的良好局面更加巩固。": a state reached, said of
        return ev.result("achievement", 0.5, lean)  # its subject in a review (tags.md)
    if ev.quantity and ev.weak["achievement"] and (
            {"新增", "累计", "共计"} & {simplified(w) for w in ev.weak["achievement"]}):
        return ev.result("achievement", 0.5, lean)
    if ev.framing:
        return None
    if ev.quantity and ev.level and not _acts(ev):  # "煤矿共生产原煤12.5万吨": a level
        return ev.result("figure", 0.4, lean)
    if ev.quantity and not (_acts(ev) or ev.duty) and _levels_only(ev._folded):
        return ev.result("figure", 0.35, lean)  # "常住人口城镇化率60%。": a level, no action
    return ev.result("measure", 0.45 if _acts(ev) else 0.3, lean)


#: a clause that is a level: what is measured, then its figure, closing the clause
#: ("常住人口城镇化率60%", "经营主体1160.5万户", "国家卓越级智能工厂16家").
_LEVEL_CLAUSE = re.compile(r"[^\d，,；;。]{2,16}?(?:达到|超过|为)?\d[\d.]*\s*[^\d，,；;。]{0,8}")


_CLAUSE_END = re.compile(r"[，,；;。！]")
#: a verb that makes the clause an action counted, not a level ("发放补贴资金420万元",
#: "召开专题会议12次", "谋划储备重大项目126个").
_ACTION_COUNTED = re.compile(r"发放|召开|组织|开展|举办|投入|投资|实施|谋划|储备|安排|下达|拨付|争取|"
                             r"引进|签约|帮助|慰问|走访|培训|救助|办理|建立|出台|制定")


def _levels_only(folded: str) -> bool:
    """Whether every clause of a sentence is a level (docs/tags.md rule 4: a figure cited
    without a change, a completion or an action): a review's stock of figures."""
    clauses = [c.strip() for c in _CLAUSE_END.split(folded) if c.strip()]
    return bool(clauses) and all(_LEVEL_CLAUSE.fullmatch(c) and not _ACTION_COUNTED.search(c)
                                 for c in clauses)


def _acts(ev: _Evidence) -> bool:
    """Whether the unit names an action (a measure cue, or 新建/引进/扶持…): without one a
    review sentence is framing more often than a measure, and its score says so."""
    return bool(ev.strong["measure"] or ev.weak["measure"] or ev.action)


def _requires(ev: _Evidence) -> bool:
    """Whether the unit opens on a requirement (各单位要…): a task laid down, rule 2."""
    return bool(ev.requirement)


def _without_section(ev: _Evidence, done: bool = True) -> Verdict | None:
    """Strong evidence alone. `done`: an action with its count is a result (no plan says
    otherwise: outside a plan document nothing looking ahead, no target, no aim)."""
    if ev.strong["problem"] and not _requires(ev):
        return ev.result("problem", 0.4)
    if not ev.outcome and ev.resolution:
        return ev.result("commitment", 0.5)
    if ev.forecast and not _requires(ev):  # "据测算…将有可能达到…左右": expected, a figure
        return ev.result("figure", 0.4) if ev.quantity else None
    if ev.plan_target or ev.target or _requires(ev):  # rule 2: a target, a task laid down
        return ev.result("commitment", 0.5)
    if ev.directs:  # "着力稳定…，持续改善…，大力拓展…": the imperative, nothing reached
        return ev.result("commitment", 0.35)
    if ev.outcome and not (ev.plan_time or ev.target or ev.aimed):  # reached, not planned
        return ev.result("achievement", 0.5)
    if ev.strong["commitment"] or ev.plan_time or ev.aimed:  # "推动…项目投产": aimed at
        return ev.result("commitment", 0.4)
    if ev.change or ev.strong["achievement"]:
        return ev.result("achievement", 0.45)
    if done and ev.counted:  # "城镇新增就业47.3万人": reached, with nothing ahead
        return ev.result("achievement", 0.45)
    if ev.quantity:
        return ev.result("figure", 0.4)
    if ev.strong["measure"]:
        return ev.result("measure", 0.3)
    return None
