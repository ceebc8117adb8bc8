"""Suggested tags: sentences (or enumeration items) that look like a problem, commitment,
achievement, measure or figure, each with a reason (a code and its values, model/reading/reasons.py;
the GUI translates it) and a score: the calibrated probability that the tag is right
(model/reading/calibration.py), the rules' own score kept as `raw_score`.

The outline sets the default (the section a sentence sits in is the strongest signal):
under 存在的问题 a sentence leans problem, under 下步打算 commitment, under 主要做法/工作回顾
measure, or achievement when it reports a result (the units and their lean:
model/reading/suggestion_units.py, suggestion_lean.py). The cue lexicon
(model/reading/suggestion_lexicon.py) and the number and phrase patterns
(model/reading/suggestion_cues.py) raise or override that default. Outside any such section only strong evidence is
suggested.

"figure" is kept for bare statistics outside review/plan sections (全县辖14个乡镇…): inside
a review section numbers are results (achievement), inside a plan section targets
(commitment), which is what a reviewer tags there.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields

from model.annotations import Annotation
from model.outline.tree import Outline
from model.reading.calibration import Calibration
from model.reading.coverage import visible_suggestions
from model.reading.kind_cues import ATTENDED
from model.reading.reasons import english_reason, reason_in
from model.reading.segmenter import Boundaries, Segmenter
from model.reading.suggestion_cues import DONE
from model.reading.suggestion_evidence import Verdict, _Evidence
from model.reading.suggestion_lean import PAST, Lean, short_label
from model.reading.suggestion_model import (
    ASPECT_VARIANTS,
    YEAR_VARIANTS,
    Reranker,
    aspect_flags,
    cheap_flags,
)
from model.reading.suggestion_rules import default_only, judge
from model.reading.suggestion_units import is_numbered_title, units
from model.reading.traditional import simplified
from model.report.textnorm import fold_width

TAGS = ("problem", "commitment", "achievement", "measure", "figure")
#: A unit longer than this (a "sentence" of pages: a line without any sentence end) is not
#: a tag's quote; it is left out, and so is the work of classifying it.
MAX_UNIT_CHARS = 3_000


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed tag for text[start:end]. `key` identifies it across edits (tag + hash of
    the quote, no offsets); rejected keys are stored in the sidecar. Slots: a 5 MB report
    has ~33,000 of them, and the window holds two analyses while one is redone."""

    tag: str
    start: int
    end: int
    quote: str
    score: float
    key: str
    reason_code: str = "numbers"
    reason_args: dict[str, str] = field(default_factory=dict, hash=False)
    #: the rules' own score before calibration (`score` is the calibrated probability of
    #: being right, model/reading/calibration.py); -1 when not known
    raw_score: float = -1.0

    @property
    def reason(self) -> str:
        """The reason in English: "cue 仍需 under 存在困难; target 5%左右"."""
        return english_reason(self.reason_code, self.reason_args)

    def to_json(self, lang: str = "en") -> dict[str, object]:
        """The CLI's record; `reason` in `lang` (en, zh, zh_CN)."""
        return {"tag": self.tag, "start": self.start, "end": self.end, "quote": self.quote,
                "reason": reason_in(lang, self.reason_code, self.reason_args),
                "score": self.score}


def suggestion_key(tag: str, quote: str) -> str:
    """Position-independent id of a suggestion: "problem:1a2b3c4d5e6f"."""
    return f"{tag}:{hashlib.sha1(quote.encode('utf-8')).hexdigest()[:12]}"


def suggest(text: str, outline: Outline | None, segmenter: Segmenter,
            rejected: Iterable[str] = (), existing: Iterable[Annotation] = ()
            ) -> list[Suggestion]:
    """Suggestions for the whole text, in document order.

    `rejected` holds keys the reviewer dismissed (AnnotationSet.rejected_suggestions);
    `existing` annotations suppress a suggestion of the same tag over the same sentence
    (model.reading.coverage). Segments the whole text once (about 0.6 s per MB): run it
    off the UI thread. Traditional text is read through its Simplified form
    (model/reading/traditional.py: same offsets).
    """
    simple = simplified(text)
    folded = fold_width(simple)  # made once: the segmenter cuts it, the rules read it
    return suggest_at_edges(text, outline,
                            segmenter.boundaries(simple, fine=False, folded=folded),
                            rejected, existing, folded=folded, simple=simple)


def suggest_at_edges(text: str, outline: Outline | None, boundaries: Boundaries,
                     rejected: Iterable[str] = (), existing: Iterable[Annotation] = (),
                     *, folded: str | None = None, simple: str | None = None
                     ) -> list[Suggestion]:
    """`suggest` for a text segmented already: `boundaries` are its coarse token edges
    (what `Segmenter.boundaries(simplified(text), fine=False)` gives); `simple` is
    simplified(text) and `folded` fold_width(simplified(text)), if made already (0.3 s
    each for 5 MB)."""
    if simple is None:
        simple = simplified(text)
    if folded is None:
        folded = fold_width(simple)
    probability = Calibration.load().probability
    found: list[Suggestion] = []
    #: equal reason arguments share one dict (read-only once made; a section's label and
    #: cue words recur across its sentences)
    shared: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    scores: dict[float, float] = {}  # rounded to hundredths: ~100 float objects, not 65,000
    reranker = Reranker.load()
    made = _suggestion_maker()
    target_end = -1  # where the last clause stating a target ended
    # each unit with the rules' verdict, the clauses after a target read as targets, then
    # weighed again by the re-ranker where it is confident (model/reading/suggestion_model.py)
    for start, end, verdict, evidence, lean in judged_units_with_evidence(
            text, outline, boundaries, folded, simple):
        if (verdict is not None and target_end > 0 and verdict[0] != "commitment"
                and _continues_list(simple, target_end, start)):
            verdict = _as_target(verdict)
        if reranker is not None:
            verdict = reranker_verdict(reranker, evidence, lean, verdict)
        if verdict is None:
            target_end = -1
            continue
        target_end = end if verdict[0] == "commitment" and "target" in verdict[3] else -1
        tag, raw, code, args = verdict
        args = shared.setdefault(tuple(args.items()), args)
        quote = text[start:end]
        score = probability(tag, raw, default_only(code, args))
        if score:  # ±0.0 kept as they are
            score = scores.setdefault(score, score)
        if raw:
            raw = scores.setdefault(raw, raw)
        found.append(made(tag, start, end, quote, score, suggestion_key(tag, quote), code,
                          args, raw))
    return visible_suggestions(found, set(rejected), existing)


def _suggestion_maker() -> Callable[[str, int, int, str, float, str, str, dict[str, str],
                                     float], Suggestion]:
    """Suggestion(…) with every field given, made without the frozen dataclass's __init__
    (an object.__setattr__ call a field): each field's slot set directly, half the cost
    (a 5 MB report makes ~48,000). tests/model/reading/test_suggestion_fast_paths.py checks
    the two make equal suggestions."""
    (tag_, start_, end_, quote_, score_, key_, code_, args_, raw_) = (
        Suggestion.__dict__[f.name].__set__ for f in fields(Suggestion))
    new = object.__new__

    def make(tag: str, start: int, end: int, quote: str, score: float, key: str, code: str,
             args: dict[str, str], raw: float) -> Suggestion:
        made: Suggestion = new(Suggestion)
        tag_(made, tag)
        start_(made, start)
        end_(made, end)
        quote_(made, quote)
        score_(made, score)
        key_(made, key)
        code_(made, code)
        args_(made, args)
        raw_(made, raw)
        return made

    return make


Unit = tuple[int, int, "Lean | None"]
Judged = tuple[int, int, "Verdict | None", _Evidence, "Lean | None"]


def judged_units_with_evidence(text: str, outline: Outline | None, boundaries: Boundaries,
                               folded: str, simple: str) -> Iterator[Judged]:
    """Each unit with the rules' verdict, the evidence and the lean it was judged under
    (what tools/fit_suggest_model.py fits the re-ranker on)."""
    kept = [unit for unit in units(simple, outline, original=text)
            if unit[1] - unit[0] <= MAX_UNIT_CHARS]
    return _paragraph_tense(kept, simple, folded, boundaries, text)


def reranker_verdict(reranker: Reranker, evidence: _Evidence, lean: Lean | None,
                     verdict: Verdict | None) -> Verdict | None:
    """The rules' verdict, or the model's commitment or achievement where the rules were
    silent or gave a weak tag (measure, figure) and the model is confident."""
    if verdict is not None and verdict[0] not in WEAK_TAGS or evidence.lead_in:
        return verdict  # a lead-in ("现将…如下") was read as no claim on purpose
    if verdict is not None and verdict[0] == "figure" and evidence.fall and not evidence.rise:
        return verdict  # a fall in output is no progress (rule 4), whatever the model says
    rule = verdict[0] if verdict is not None else None
    kind, flags = cheap_flags(evidence, lean, verdict)
    tag = _settled_tag(reranker, kind, flags, rule, bool(evidence._numbers))
    if tag == _UNSETTLED:  # the tense decides: search for it (unit_flags' own order)
        tag = reranked_tag(reranker, kind, [*flags, *aspect_flags(evidence)], rule)
    if tag == rule or tag is None:
        return verdict
    return evidence.result(tag, 0.3, lean)


_UNSETTLED = ""  # no tag's name
#: settled decisions kept per model (each a tuple of a dozen flag names)
_SETTLED_MAX = 4_096


def _settled_tag(reranker: Reranker, kind: str, flags: list[str], rule: str | None,
                 numbers: bool) -> str | None:
    """`reranked_tag` for a unit of these cheap flags when every aspect flag it may hold
    (suggestion_model.ASPECT_VARIANTS, the year flag where it has digits) gives the same
    tag, else _UNSETTLED: most units need none of the aspect searches. Remembered per
    model: a report holds a few hundred distinct flag sets."""
    key = (kind, numbers, rule, *flags)
    settled = reranker.settled
    found = settled.get(key, _UNSETTLED)
    if found == _UNSETTLED and key not in settled:
        if len(settled) >= _SETTLED_MAX:
            settled.clear()
        years = YEAR_VARIANTS if numbers else YEAR_VARIANTS[:1]
        tags = {reranked_tag(reranker, kind, [*flags, *aspect, *year], rule)
                for aspect in ASPECT_VARIANTS for year in years}
        found = settled[key] = tags.pop() if len(tags) == 1 else _UNSETTLED
    return found


#: the rules' tags the re-ranker may replace: the weak ones, a measure or a figure
WEAK_TAGS = ("measure", "figure")
#: the tags the re-ranker may give: where the blind parts showed the rules short
ADDED_TAGS = ("commitment", "achievement")


def reranked_tag(reranker: Reranker, kind: str, flags: list[str], rule: str | None
                 ) -> str | None:
    """The tag after the re-ranker: the rules' own unless they were silent or weak and the
    model gives a commitment or an achievement at `reranker.override` or above. Outside
    any part, where a sentence has no context to lean on, only an achievement at
    `reranker.outside` (an undertaking there needs the rules' strong evidence: "坚持问题
    导向。" alone is none). The model never takes a suggestion away."""
    if rule is not None and rule not in WEAK_TAGS:
        return rule
    tag, probability = reranker.best(kind, flags)
    if kind == "none":  # outside any part: only a result, which stands on its own
        if tag != "achievement" or probability < reranker.outside:
            return rule
    elif probability < reranker.override or tag not in ADDED_TAGS:
        return rule
    return tag


def _paragraph_tense(units: list[Unit], simple: str, folded: str, boundaries: Boundaries,
                     text: str) -> Iterator[Judged]:
    """Each unit with its verdict. A paragraph outside any part reads in one tense
    (docs/tags.md "How 公文 state a result"): where two or more of its sentences report
    results and none undertakes, it is a review paragraph; where two or more undertake and
    none reports a result, a plan paragraph; one with no tense of its own continues the one
    before — its sentences are judged again as under such a heading, named by the
    paragraph's first sentence (its run-in title: "扩大有效投资。"). Only such a paragraph's
    verdicts are held at once (47,000 held for a 5 MB report kept the collector busy), and
    `units` (the caller's own list, read forward only) drops each unit once judged: ~3 MB
    for a 5 MB report, freed as the suggestions made from them grow (the run's peak)."""
    before: str | None = None  # the tense of the paragraph before, outside any part
    i = 0
    while i < len(units):
        start, end, lean = units[i]
        if lean is not None:
            before = None
            yield (start, end, *judge(simple, folded, start, end, lean, boundaries,
                                      original=text), lean)
            units[i] = _SPENT
            i += 1
            continue
        line_start = simple.rfind("\n", 0, start) + 1
        line_end = simple.find("\n", start)
        line_end = len(simple) if line_end < 0 else line_end
        j = i
        while j < len(units) and units[j][2] is None and units[j][0] < line_end:
            j += 1
        # a numbered title run into the paragraph ("（六）繁荣发展…。一要…") is kept only
        # where the paragraph reads as a plan, and is no evidence of its tense
        titled = i < j and is_numbered_title(simple[units[i][0]:units[i][1]])
        judged = [judge(simple, folded, s, e, None, boundaries, original=text)
                  for s, e, _lean in units[i:j]]
        tags = [v[0] for v, _ev in judged[1 if titled else 0:] if v is not None]
        results, undertaken = tags.count("achievement"), tags.count("commitment")
        kind = (PAST if results >= 2 and not undertaken
                else "commitment" if undertaken >= 2 and not results
                # a task list with one or two sentences told with their counts ("开展职业
                # 技能培训40万人次，新建…500个"): mostly undertaken, it is a plan paragraph
                else "commitment" if undertaken >= _MOSTLY * max(results, 1)
                # a paragraph with no tense of its own continues the one before
                else "commitment" if before == "commitment" and not results
                and DONE.search(folded, line_start, line_end) is None
                and ATTENDED.search(simple, line_start, line_end) is None
                else PAST if before == PAST and not undertaken else None)
        before = kind
        tense = None
        if kind is not None:
            head = _FIRST_SENTENCE.match(text, line_start, line_end)
            tense = Lean(kind, short_label(head.group().strip() if head else ""))
            judged = [judge(simple, folded, s, e, tense, boundaries, original=text)
                      for s, e, _lean in units[i:j]]
        for (s, e, _lean), (verdict, evidence) in zip(units[i:j], judged):
            if titled and s == units[i][0] and kind != "commitment":
                continue
            yield s, e, verdict, evidence, tense
        units[i:j] = [_SPENT] * (j - i)
        i = j


#: what a judged unit's place in _paragraph_tense's list holds instead (never read again)
_SPENT: Unit = (0, 0, None)
#: how many undertakings per result make a paragraph a plan paragraph all the same
_MOSTLY = 4
_FIRST_SENTENCE = re.compile(r"[^。！？!?；;：:\n]{1,40}")


def _continues_list(text: str, target_end: int, start: int) -> bool:
    """Whether the unit at `start` is the next clause of a ；-list whose previous clause
    (ending at `target_end`) stated a target: "力争…生产总值增长5%；规模以上工业增加值增长
    8%；…" — the clauses after a target are targets (docs/tags.md)."""
    return (target_end > 0 and text[target_end - 1] in "；;"
            and not text[target_end:start].strip())


def _as_target(verdict: Verdict) -> Verdict:
    """A list clause read as a result or a figure, as the target it continues."""
    _tag, raw, code, args = verdict
    figure = args.get("result") or args.get("figure") or ""
    kept = {k: v for k, v in args.items() if k not in ("result", "figure")}
    return "commitment", raw, code, {**kept, "target": figure} if figure else kept
