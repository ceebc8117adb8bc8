"""How one unit of text is judged: its evidence (the cue words found in it, what it reports —
a result, a target, a resolution, a figure: model/reading/suggestion_evidence.py) and the
section or document it sits in, weighed into (tag, raw score, reason code, reason args) —
the rules docs/tags.md writes down. model/reading/suggestions.py runs them over a text."""
from __future__ import annotations

import re

from model.reading import kind_cues, result_cues
from model.reading import suggestion_cues as cues
from model.reading import suggestion_lexicon as lexicon
from model.reading.segmenter import Boundaries
from model.reading.suggestion_evidence import Verdict, _closes_on_state, _Evidence
from model.reading.suggestion_lean import PAST, PLAN, REVIEW, SITUATION, Lean, names_results
from model.reading.traditional import simplified
from model.report.sentences import SPACES


def default_only(code: str, args: dict[str, str]) -> bool:
    """Whether a verdict rests on its section's default alone: no cue word, no target,
    result, resolution or figure of its own (weak evidence, calibrated apart)."""
    return code.endswith("_default") and not args.keys() & _OWN_EVIDENCE


_OWN_EVIDENCE = frozenset(("target", "result", "resolution", "figure"))


# --- the decision -------------------------------------------------------------------------


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
    if end - start <= _FRAGMENT and _cut_fragment(folded[start:end]):
        return None, _Evidence([], "", "", start)  # "各……": the excerpt cut it, no claim
    hits = lexicon.find_cues(text, start, end, boundaries)
    quoted = (text if original is None else original)[start:end]
    evidence = _Evidence(hits, folded[start:end], quoted, start)
    if (lean is None or lean.kind in ("commitment", PLAN, SITUATION)) and _listed_target(
            folded, start, end):
        return evidence.result("commitment", 0.45, lean), evidence
    return _decide(evidence, lean), evidence


#: the longest unit read as a fragment an excerpt's cut left ("各……"): a character or two,
#: then the cut (…… or ...).
_FRAGMENT = 6


def _cut_fragment(unit: str) -> bool:
    """Whether a short unit is the first characters of a sentence the excerpt cut, or a
    list's closing "等等。" standing as a sentence (no claim of its own: session 13)."""
    body = unit.rstrip("….。 \u3000")
    return (len(body) <= 2 and len(body) < len(unit) and "…" in unit
            or body.lstrip(" \u3000") in ("等等", "等"))


def _listed_target(folded: str, start: int, end: int) -> bool:
    """Whether the unit stands in a ；-list that a lead-in names as targets ("…发展目标，即：
    国家安全体系…更加巩固；高质量发展取得显著成效，…；"): each item is a target, a state
    wished for however it is worded — 承诺 (docs/tags.md), outside a review part."""
    since = max(folded.rfind("。", 0, start), folded.rfind("\n", 0, start), start - 600)
    lead = cues.TARGET_LEAD.search(folded, since + 1, end)
    if lead is not None and "。" not in folded[lead.end():max(start, lead.end())]:
        return True
    # a paragraph that opens on its lead ("主要目标是：2021届高考，…。…。家长满意率市直前三，
    # 年度考核优秀。"): its sentences are the targets to the paragraph's end (session 10)
    line = folded.rfind("\n", 0, start) + 1
    if line >= since or start - line > 1_000:
        return False
    while line < start and folded[line] in SPACES:  # the paragraph's indent (start is past it)
        line += 1
    return kind_cues.TARGET_PARAGRAPH.match(folded, line) is not None


def _decide(evidence: _Evidence, lean: Lean | None) -> Verdict | None:
    if evidence.lead_in:  # (but a plan's own decision or aim: "本方案旨在…", "学校决定对…")
        return (evidence.result("commitment", 0.45, lean) if lean is not None and lean.kind in (
            PLAN, "commitment") and kind_cues.PLAN_RESOLVED.search(evidence._folded) else None)
    if lean is None:  # a meeting held on its date is a readout's occasion, no claim
        return None if evidence.meeting_held else _without_section(evidence)
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
    if ev.conceded and not (ev.strong["commitment"] or ev.target or ev.plan_target):
        return ev.result("problem", 0.45, lean)  # "…管理还有待加强，…需要进一步落实到位"
    if (cues.LOOKED_BACK.match(ev._folded) is not None and ev.outcome
            and not (ev.requirement or ev.target or ev.plan_target)):
        return ev.result("achievement", 0.45, lean)  # "党的十八大以来，…取得…成就" (session 11)
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
    if ev.short_of_target and not (ev.future or ev.requirement):  # "…,塌目标1.8个百分点"
        return ev.result("problem", 0.45, lean)
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
    if lean.kind == PAST and names_results(lean.label):  # under "本周优点": what went well
        return ev.result("achievement", 0.4, lean)
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


#: a sentence's last clause (after its last comma or ；)
_LAST_CLAUSE = re.compile(r"[^,，;；]*$")


def _closing_claim(ev: _Evidence) -> bool:
    """Whether the result words close the sentence ("我们坚持以…为指导，…，持续做强…，全省高质
    量发展和现代化建设取得新成效。"): a review's opening names the guidance and the actions
    first and the state they came to last — its last clause carries its claim (session 12),
    though the clauses before it open like a task list's."""
    if not ev.outcome or ev.aimed:
        return False
    folded = ev._folded.rstrip("。.!！?？ \u3000\n")
    last = _LAST_CLAUSE.search(folded)
    return last is not None and cues.RESULT.search(folded, last.start()) is not None


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
    if ev.demanded and not ev.outcome:  # "他强调，要…": the demand a meeting's news tells
        return ev.result("commitment", 0.45)
    if ev.directs and not (done and _closing_claim(ev)):  # "着力稳定…，持续改善…": the
        return ev.result("commitment", 0.35)  # imperative, nothing reached
    if done and ev.fall and not ev.rise and ev.quantity:  # "…完成50亿元，同比下降6%": a fall
        return ev.result("figure", 0.4)  # in output is no progress (rule 4), in any part
    if ev.outcome and not (ev.plan_time or ev.target or ev.aimed):  # reached, not planned
        return ev.result("achievement", 0.5)
    if ev.strong["commitment"] or ev.plan_time or ev.aimed:  # "推动…项目投产": aimed at
        return ev.result("commitment", 0.4)
    if ev.change or ev.strong["achievement"]:
        return ev.result("achievement", 0.45)
    if done and ev.counted:  # "城镇新增就业47.3万人": reached, with nothing ahead
        return ev.result("achievement", 0.45)
    if done and result_cues.BACK_SPAN.match(ev._folded) and _closes_on_state(ev._folded):
        return ev.result("achievement", 0.45)  # "这五年，…局面更加稳固。": what it came to
    if ev.quantity:
        return ev.result("figure", 0.4)
    if ev.strong["measure"]:
        return ev.result("measure", 0.3)
    return None
