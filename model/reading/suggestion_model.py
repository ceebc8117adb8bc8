"""A small shipped re-ranker over the rules' verdicts: a multinomial logistic model (no tag,
problem, commitment, achievement, measure, figure) fitted on the labelled tuning corpus by
tools/fit_suggest_model.py, its weights in resources/dict/suggest_model.json.

It reads what the rules read — the unit's section or document lean, the rules' own verdict,
the evidence found (cue classes, a result, a target, a requirement…) — plus the tense and
aspect of the sentence (docs/tags.md "How tense decides"): markers of work done (了, 已,
已经, 累计, 先后) against markers of work ahead (将, 要, 力争, 确保, 推动, 加快…), a year
named with a figure. No word list of one report: every feature is a class of evidence, and
each is also crossed with the lean, so "a result marker in a plan part" and "in a review
part" weigh apart.

The model changes a verdict only where it is confident (`OVERRIDE`) and the rules were
silent or gave a weak tag; where it agrees, the rules' verdict and reason stand. Its
figure on reports it was not fitted on: `python -m bench.suggest_quality --cv`.
"""
from __future__ import annotations

import functools
import json
import math
import re
from itertools import compress
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from model.reading.segmenter import RESOURCES
from model.reading.start_set import speed_up_module

if TYPE_CHECKING:
    from model.reading.suggestion_evidence import Verdict, _Evidence
    from model.reading.suggestion_lean import Lean

MODEL_PATH = RESOURCES / "suggest_model.json"
#: the smallest probability at which the model's commitment or achievement replaces a
#: silent or weak verdict of the rules (chosen by leave-one-part-out, bench/suggest_cv.py)
OVERRIDE = 0.6
#: the same outside any part and document kind, where a sentence has no context to lean on
#: ("坚持问题导向。" alone is no undertaking; "…的村有3个。" alone is no result)
OVERRIDE_OUTSIDE = 0.7
CLASSES = ("none", "problem", "commitment", "achievement", "measure", "figure")

#: markers of work done: a perfective 了 (not 为了/除了), 已/已经, 累计, 先后, 共计.
PAST_ASPECT = re.compile(r"(?=[已累先共了])(?:已经|已(?!有)|累计|先后|共计|(?<![为除])了)")
#: markers of work ahead: the future 将, the modal 要/须, an aim (力争, 确保, 争取), work
#: pushed on (推动, 加快, 着力, 持续, 继续, 进一步).
FUTURE_ASPECT = re.compile(r"(?=[将要须力确争推加着持继进努全])(?:将|要|须|力争|确保|争取|推动|推进|加快|"
                           r"着力|持续|继续|进一步|努力|全力)")
#: a year or a period named (2025年, 全年, 上半年, 今年以来, 五年来): the frame of a figure.
YEAR_FRAME = re.compile(r"20\d\d年|全年|上半年|今年以来|年来|以来|期间")

#: the evidence flags read from the rules' _Evidence (attribute names): those every unit
#: computes (the lazy ones, a resolution, a deadline, a count, cost a search each and
#: changed no cross-validated figure)
_FLAGS = ("change", "quantity", "outcome", "plan_target", "framing", "aimed", "requirement",
          "future", "admitted")
_STRONG = {tag: "s_" + tag for tag in CLASSES}
_WEAK = {tag: "w_" + tag for tag in CLASSES}
_RULE = {tag: "rule_" + tag for tag in CLASSES}
_HELD = attrgetter(*_FLAGS)


def unit_flags(evidence: _Evidence, lean: Lean | None, verdict: Verdict | None
               ) -> tuple[str, list[str]]:
    """The lean's kind of one unit and the evidence flags it holds."""
    kind, flags = cheap_flags(evidence, lean, verdict)
    return kind, [*flags, *aspect_flags(evidence)]


def cheap_flags(evidence: _Evidence, lean: Lean | None, verdict: Verdict | None
                ) -> tuple[str, list[str]]:
    """`unit_flags` without the aspect and year flags (those cost a search each)."""
    kind = "none" if lean is None else "opening" if lean.opening else lean.kind
    ev = evidence
    # in C, no comprehension frames (ten thousand units a MB): the flags held, then the
    # tags with strong and with weak cues, in the buckets' order
    flags = list(compress(_FLAGS, _HELD(ev)))
    flags += map(_STRONG.__getitem__, compress(ev.strong, ev.strong.values()))
    flags += map(_WEAK.__getitem__, compress(ev.weak, ev.weak.values()))
    if ev._numbers:
        flags.append("digits")
    rule = verdict[0] if verdict is not None else "none"
    flags.append(_RULE.get(rule) or "rule_" + rule)
    if len(ev._folded) < 25:
        flags.append("short")
    return kind, flags


def aspect_flags(evidence: _Evidence) -> list[str]:
    """The tense and aspect flags: work done, work ahead, a year named with a figure."""
    folded = evidence._folded
    past = PAST_ASPECT.search(folded) is not None
    ahead = FUTURE_ASPECT.search(folded) is not None
    flags = [("past" if ahead else "past_only")] if past else []
    if ahead:
        flags.append("ahead" if past else "ahead_only")
    if evidence._numbers and YEAR_FRAME.search(folded) is not None:
        flags.append("year_figure")
    return flags


#: every list `aspect_flags` gives (a unit with digits may add YEAR_VARIANTS[1]): a decision
#: the same under each needs none of their searches (model/reading/suggestions.py)
ASPECT_VARIANTS: tuple[tuple[str, ...], ...] = ((), ("past_only",), ("ahead_only",),
                                                ("past", "ahead"))
YEAR_VARIANTS: tuple[tuple[str, ...], ...] = ((), ("year_figure",))


def feature_names(kind: str, flags: list[str]) -> list[str]:
    """The model's features: a bias, the lean, each flag alone and crossed with the lean."""
    return ["bias", "lean_" + kind, *flags, *(kind + "|" + flag for flag in flags)]


Row = tuple[float, float, float, float, float, float]


class Reranker:
    """Per-class weights of the features; `probabilities` is the softmax of their sums."""

    def __init__(self, weights: dict[str, dict[str, float]], override: float,
                 outside: float = OVERRIDE_OUTSIDE) -> None:
        self.weights = weights
        self.override = override
        self.outside = outside
        names = {f for w in weights.values() for f in w}
        #: feature -> its weight in each class, in CLASSES order (one lookup a feature);
        #: the crossed features under their lean's kind (no name to build per unit)
        self.rows: dict[str, Row] = {}
        self._seen: dict[tuple[str, ...], tuple[str, float]] = {}
        #: a caller's decisions per (kind, cheap flags) that no aspect flag changes
        #: (model/reading/suggestions.py), kept with the model they were made by
        self.settled: dict[tuple[object, ...], str | None] = {}
        self.crossed: dict[str, dict[str, Row]] = {}
        for name in names:
            row = tuple(weights.get(c, {}).get(name, 0.0) for c in CLASSES)
            kind, bar, flag = name.partition("|")
            if bar:
                self.crossed.setdefault(kind, {})[flag] = row  # type: ignore[assignment]
            else:
                self.rows[name] = row  # type: ignore[assignment]

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> Reranker | None:
        """The shipped model, or None when it is missing or unreadable (the rules alone)."""
        return _load(str(path))

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """Each class's probability for the features named (what fitting reads)."""
        sums = {c: sum(w.get(f, 0.0) for f in features) for c, w in self.weights.items()}
        top = max(sums.values())
        exp = {c: math.exp(v - top) for c, v in sums.items()}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}

    def best(self, kind: str, flags: list[str]) -> tuple[str, float]:
        """The most probable class for a unit of lean `kind` holding `flags`, and its
        probability. Remembered per (kind, flags): a report holds few distinct ones."""
        key = (kind, *flags)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            found = self._seen[key] = self._best(kind, flags)
        return found

    def _best(self, kind: str, flags: list[str]) -> tuple[str, float]:
        rows, crossed = self.rows, self.crossed.get(kind, {})
        a0, a1, a2, a3, a4, a5 = rows.get("bias", _ZERO)
        for row in (rows.get("lean_" + kind), *map(rows.get, flags), *map(crossed.get, flags)):
            if row is not None:
                a0 += row[0]
                a1 += row[1]
                a2 += row[2]
                a3 += row[3]
                a4 += row[4]
                a5 += row[5]
        sums = (a0, a1, a2, a3, a4, a5)
        top = max(sums)
        total = sum(math.exp(v - top) for v in sums)
        return CLASSES[sums.index(top)], 1.0 / total


_ZERO: Row = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
#: decisions remembered per model (flag sets, each a few dozen bytes)
_SEEN_MAX = 4_096


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Reranker | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        weights = {str(c): {str(f): float(v) for f, v in w.items()}
                   for c, w in data["weights"].items()}
        override = float(data["override"])
        outside = float(data.get("override_outside", OVERRIDE_OUTSIDE))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if set(weights) != set(CLASSES):
        return None
    return Reranker(weights, override, outside)


def fit(examples: list[tuple[list[str], str]], epochs: int = 30, rate: float = 0.3,
        l2: float = 1e-3) -> dict[str, dict[str, float]]:
    """Multinomial logistic regression by AdaGrad SGD over (features, class) examples, in
    a fixed order (the same data gives the same weights)."""
    weights: dict[str, dict[str, float]] = {c: {} for c in CLASSES}
    squares: dict[str, dict[str, float]] = {c: {} for c in CLASSES}
    model = Reranker(weights, 1.0)
    for _epoch in range(epochs):
        for features, label in examples:
            probs = model.probabilities(features)
            for c in CLASSES:
                grad = probs[c] - (1.0 if c == label else 0.0)
                w, sq = weights[c], squares[c]
                for f in features:
                    g = grad + l2 * w.get(f, 0.0)
                    sq[f] = sq.get(f, 0.0) + g * g
                    w[f] = w.get(f, 0.0) - rate * g / math.sqrt(sq[f] + 1e-8)
    return {c: {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3}
            for c, w in weights.items()}

# (kept last) the patterns above compiled with the characters their matches open with:
# the same matches, found sooner (model/reading/start_set.py)
speed_up_module(globals())
