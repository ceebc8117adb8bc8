"""What one unit of text shows: the cue words and number patterns found in it (a result, a
target, a resolution, a figure), read lazily, and the tag and score they point to on their
own. model/reading/suggestion_rules.py weighs this evidence with the unit's section or
document (its lean) into a verdict."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from model.reading import admission_forms, kind_cues, result_cues, state_cues
from model.reading import suggestion_cues as cues
from model.reading import suggestion_lexicon as lexicon
from model.reading.calibration import raw_score
from model.reading.reasons import CUE_SEPARATOR
from model.reading.suggestion_lean import Lean
from model.reading.traditional import simplified

_DIGIT = re.compile(r"\d")

Verdict = tuple[str, float, str, dict[str, str]]  # tag, score, reason code, reason args

T = TypeVar("T")


class _lazy(Generic[T]):  # noqa: N801 - used as a decorator, like cached_property
    """A value computed on first read and kept in the instance (functools.cached_property
    without its lock: ten thousand units per MB read a few each)."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute, self.name = compute, compute.__name__

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        value = self.compute(obj)
        setattr(obj, self.name, value)  # (its __dict__ would be made: slower reads)
        return value


STRONG = lexicon.STRONG
FUTURE_MATCH, AUTHOR_WILL_SEARCH, ADMISSION_SEARCH = (
    cues.FUTURE.match, cues.AUTHOR_WILL.search, cues.ADMISSION.search)
TRANSMITTAL_SEARCH = cues.TRANSMITTAL.search
#: what a unit laying work on its author opens on (result_cues.SELF_REQUIREMENT)
_AUTHOR_FIRST = ("我", "当然", "同时", "因此", "所以", "今后", "此外", "另外")
_AUTHOR_FIRST_CHARS = frozenset(w[0] for w in _AUTHOR_FIRST)  # (tested first)
#: what a unit stating a meeting's proceedings opens on (kind_cues.PROCEEDINGS)
_MEETING = ("全会", "会议", "大会", "全体会议")
#: bound search methods of the patterns every unit is searched with
RANKING_SEARCH, QUANTITY_SEARCH, RESULT_SEARCH, COMPLETION_SEARCH = (
    cues.RANKING.search, cues.QUANTITY.search, cues.RESULT.search, cues.COMPLETION.search)
PLAN_TARGET_SEARCH, FRAMING_SEARCH, LEAD_IN_SEARCH, AIMED_SEARCH, REQUIREMENT_SEARCH = (
    cues.PLAN_TARGET.search, cues.FRAMING.search, cues.LEAD_IN.search, cues.AIMED.search,
    cues.REQUIREMENT.search)

LATER_REQUIREMENT_SEARCH = kind_cues.LATER_REQUIREMENT.search


def _has_modal(folded: str) -> bool:
    """Whether a unit holds a modal a requirement needs (要, 须, 务必, 需, 应): tested
    before cues.REQUIREMENT's search, which most units fail."""
    return "要" in folded or "须" in folded or "务必" in folded or "需" in folded or "应" in folded


def _clause_list_end(folded: str) -> int:
    """Where a unit's first ；-list entry ends (its length if none; width-folded, ；reads
    as ;)."""
    end = folded.find(";")
    return len(folded) if end < 0 else end


class _Evidence:
    """The cues and number patterns found in one unit."""

    def __init__(self, hits: list[lexicon.CueHit], folded: str, original: str,
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
        if match is not None and ("待" in folded or "需" in folded) and result_cues.WISHED.search(
                folded, max(0, match.start() - 8), match.start()):
            match = None  # "…有待进一步加快": wished for, not reached (session 11)
        self.outcome = original[match.start():match.end()] if match else ""
        told = result_cues.TELLING.search(folded)  # PRAISED or LOW_STANDING may be found
        if not self.outcome and told is not None:  # "取得诸多佳绩": a result praised
            match = (result_cues.PRAISED.search(folded)
                     if result_cues.PRAISED_KEY.search(folded, told.start()) else None)
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
        self.framing = FRAMING_SEARCH(folded) is not None or (
            folded.count("是") >= 2 and kind_cues.DEFINITION.match(folded) is not None)
        self.lead_in = LEAD_IN_SEARCH(folded) is not None or (
            ("发给" in folded or "关于印发" in folded or "近日" in folded
             or folded.startswith("请"))
            and TRANSMITTAL_SEARCH(folded) is not None) or (
            folded.startswith(_MEETING) and kind_cues.PROCEEDINGS.match(folded) is not None)
        if self.lead_in and result_cues.ADMITTING_LEAD.search(folded) is not None:
            self.lead_in = False  # "…还存在一些不足，主要如下：": the lead-in admits
            self.strong["problem"].append(original.rstrip("：: "))
        self._folded, self._numbers, self._original = folded, numbers, original
        match = (AIMED_SEARCH(folded) if self.outcome and cues.LOOKED_BACK.match(folded) is None
                 else None)
        if match is None and self.outcome and "更大" in folded:  # "作出更大的贡献": promised
            match = result_cues.PROMISED.search(folded)
        self.aimed = original[match.start():match.end()] if match else ""
        match = REQUIREMENT_SEARCH(folded) if _has_modal(folded) else None
        if match is None and ("要" in folded or "必须" in folded or "务必" in folded):
            match = LATER_REQUIREMENT_SEARCH(folded, 0, _clause_list_end(folded))
        if (match is None and folded[:1] in _AUTHOR_FIRST_CHARS and folded.startswith(_AUTHOR_FIRST)
                and _has_modal(folded)):
            match = result_cues.SELF_REQUIREMENT.match(folded)  # "我校…也需…": its own
        self.requirement = original[match.start():match.end()] if match else ""
        if self.requirement and self.requirement not in self.strong["commitment"]:
            self.strong["commitment"].insert(0, self.requirement)
        match = FUTURE_MATCH(folded) or (AUTHOR_WILL_SEARCH(folded) if "我" in folded else None)
        self.future = original[match.start():match.end()] if match else ""
        if self.future and self.future not in self.strong["commitment"]:
            self.strong["commitment"].append(self.future)
        if self.future and self.lead_in:  # "我们将重点做好以下…工作：": it undertakes
            self.lead_in = "以下" not in folded and "如下" not in folded
        self.admitted = False  # an admission written out (仍然艰巨, 没有根本改变)
        #: a figure short of its target (塌目标…, 未达到预期目标, 欠进度): one kind of admission
        self.short_of_target = False
        match = (result_cues.LOW_STANDING.search(folded, told.start())  # "…处于中下游"
                 if told is not None else None)
        if match is not None and not any(  # (not what the work fights: 解决经营困难)
                a <= match.start() < b for a, b in _fought_spans(folded, 0)) and not (
                result_cues.WENT_WRONG_MATCH.fullmatch(folded, match.start(), match.end())
                and result_cues.GUARDED.search(folded, max(0, match.start() - 10), match.start())
                ):  # ("防止走过场": guarded against)
            said = original[match.start():match.end()]
            within = [w for w in self.weak["problem"] if w in said]  # "困难" in "经营困难"
            self.weak["problem"] = [w for w in self.weak["problem"] if w not in within]
            if within or not any(w in said for w in self.strong["problem"]):
                self.strong["problem"].extend(within or [said])
        if ADMISSION_SEARCH(folded) is not None or admission_forms.uncued(folded):
            if fought is None:
                fought = _fought_spans(folded, offset)
            for match in admission_forms.admissions(folded):
                if any(a <= match.start() + offset < b for a, b in fought):
                    continue
                self.admitted = True
                if cues.SHORT_OF_TARGET.match(folded, match.start()):
                    self.short_of_target = True
                fault = match.start("fault") if match.re.groupindex else -1  # the fault cited
                admitted = original[fault if fault >= 0 else match.start():match.end()]
                if admitted in self.weak["problem"]:
                    self.weak["problem"].remove(admitted)  # (a weak cue the admission makes strong)
                if admitted not in self.strong["problem"]:
                    self.strong["problem"].append(admitted)

    # evidence only some decisions read: searched when first asked for (0.06 s per MB)
    @_lazy
    def conceded(self) -> bool:
        """A shortfall conceded, its subject first (…还有待加强, 虽有所进步，但…)."""
        folded = self._folded
        match = (state_cues.CONCEDED.search(folded) if "有待" in folded or "虽" in folded
                 else None)
        # (a resolve after it, "…能力有待加强，应进一步加强…学习", makes the unit a task)
        return match is not None and state_cues.RESOLVE_AFTER.search(folded, match.end()) is None

    @_lazy
    def meeting_held(self) -> bool:
        """A meeting told as held on its date (kind_cues.MEETING_HELD): a readout's occasion."""
        folded = self._folded
        return "会" in folded and kind_cues.MEETING_HELD.match(folded) is not None

    @_lazy
    def demanded(self) -> bool:  # a speaker's demand told in a meeting's news (kind_cues)
        folded = self._folded
        return (("强调" in folded or "要求" in folded or "提出" in folded)
                and kind_cues.QUOTED_DEMAND.match(folded) is not None)

    @_lazy
    def target(self) -> str:
        """A target figure: "5%左右", "以上", "以内"."""
        folded = self._folded
        if not self._numbers or not ("左右" in folded or "以上" in folded or "以内" in folded):
            return ""  # what a target needs, checked before the search
        for match in cues.TARGET.finditer(folded):  # "农村人口占75%以上": a share, no target
            if not result_cues.SHARE.search(folded, max(0, match.start() - 12), match.start()):
                return self._original[match.start():match.end()]
        return ""

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
        return tag, raw_score(score), code, args


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
            and state_cues.STATE_CLOSE.search(body) is not None and not cues.ACTION_OPEN.match(body)
            and state_cues.STATE_DENIED.search(body) is None)


_CLAUSE_MARK = re.compile(r"[,;，；：:]")


def _closes_on_state(folded: str) -> bool:
    """The general form of `_states_itself`: the sentence's last clause names its subject
    and closes on the state it is in or the standing it holds (STATE_REACHED), neither
    opening on a verb of action nor denied — in a review, a claim of what was reached."""
    last = next(  # the last clause not blank, read from the end (one strip, not all)
        filter(None, map(str.strip, reversed(_CLAUSE_MARK.split(folded.strip())))), "")
    return bool(last) and (state_cues.STATE_REACHED.search(last) is not None
                           and not cues.ACTION_OPEN.match(last)
                           and state_cues.STATE_DENIED.search(last) is None)


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
