"""What suggestions learn from one reviewer: a small logistic model per tag, trained one
signal at a time (an accepted or rejected suggestion, a tag set by hand).

The rules' score is the model's starting point, not one feature among others: the learned
part is an offset added to the rule score's logit, so an empty model changes nothing and a
little data changes little. A unit the rules did not suggest with a tag starts at
UNSUGGESTED (a small prior) and becomes a suggestion only once the reviewer's own tags have
pushed it over ADD_SCORE.

Features of a span: its character bigrams (digits read as 0; they stand for jieba's words
without needing the segmenter, which lives in the worker thread: an update costs
O(characters) on the UI thread; the module loads without the cue lexicon, which the window
does not load at start-up), a few structural cues — the section's lean, the number
and result patterns of model.reading.suggestion_cues — and "rule", how far this reviewer
trusts the rules' suggestions of the tag at all. Each group is scaled to unit length,
so one update moves the prediction of the same span by about LEARNING_RATE·error per group.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from model.outline.tree import Outline
from model.report.textnorm import fold_width

if TYPE_CHECKING:
    from model.reading.suggestions import Suggestion

VERSION = 1
#: The reason code of a suggestion only the learner made.
LEARNED_CODE = "learned"
#: The kinds of signal, as counted for Help › What Suggestions Learned.
ACCEPTED, REJECTED, TAGGED = "accepted", "rejected", "tagged"
SIGNALS = (ACCEPTED, REJECTED, TAGGED)
#: The score a unit starts from for a tag the rules did not suggest there.
UNSUGGESTED = 0.05
#: A learned-only suggestion is made at this probability or above.
ADD_SCORE = 0.7
LEARNING_RATE = 0.3
#: L2 shrinkage applied to each weight an update touches (lazy, O(features)).
SHRINK = 0.01
#: Weights smaller than this are not written to the file.
KEEP_WEIGHT = 1e-3
#: Only so many report ids are kept (their number is what Help shows).
MAX_REPORTS = 10_000
#: The patterns of model.reading.suggestion_cues read as features, by name (the hostile
#: regex collection credits each pattern to the module that defines it).
_PATTERNS = ("TARGET", "CHANGE", "RANKING", "QUANTITY", "RESULT", "RESOLUTION", "PLAN_TIME",
             "FRAMING")

Features = dict[str, float]


def span_features(text: str, start: int, end: int, lean: str | None) -> Features:
    """The features of text[start:end] under a section of lean `lean` (problem,
    commitment, past or None)."""
    from model.reading import suggestion_cues as cues  # compiles the lexicon: not at start-up

    span = fold_width(text[start:end])
    chars = ["0" if c.isdigit() else c for c in span if c.isalnum()]
    grams = {f"b:{a}{b}" for a, b in zip(chars, chars[1:])}
    shape = {f"lean:{lean or 'none'}"}
    shape |= {f"p:{name.lower()}" for name in _PATTERNS if getattr(cues, name).search(span)}
    feats: Features = {}
    for group in (grams, shape, {"rule"}):
        if group:
            value = 1.0 / math.sqrt(len(group))
            feats.update(dict.fromkeys(group, value))
    return feats


def features_at(text: str, start: int, end: int, outline: Outline | None) -> Features:
    """`span_features` with the lean of the section holding `start`."""
    from model.reading.suggestion_units import section_lean

    lean = section_lean(outline, start)
    return span_features(text, start, end, lean.kind if lean else None)


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    z = math.exp(x)
    return z / (1 + z)


@dataclass
class Learner:
    """Per-tag weights, what they were learned from (counts per tag and signal, report
    ids), and the file format (`to_json` / `from_json`, version VERSION)."""

    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing learned: suggestions stay exactly as the rules make them."""
        return not any(self.weights.values())

    def offset(self, tag: str, feats: Features, suggested: bool = True) -> float:
        """The learned change of the logit of `tag` for a span with `feats`; the "rule"
        weight (how much this reviewer trusts the rules' `tag`) only where the rules
        suggested it."""
        weights = self.weights.get(tag)
        if not weights:
            return 0.0
        return sum(weights.get(f, 0.0) * v for f, v in feats.items()
                   if suggested or f != "rule")

    def score(self, tag: str, feats: Features, base: float | None) -> float:
        """The probability that the reviewer tags the span `tag`: the rules' score `base`
        (None: not suggested, UNSUGGESTED) moved by what was learned."""
        suggested = base is not None
        start = base if base is not None else UNSUGGESTED
        return sigmoid(logit(start) + self.offset(tag, feats, suggested))

    def learn(self, tag: str, feats: Features, base: float | None, positive: bool,
              signal: str, report: str = "") -> None:
        """One SGD step of the logistic loss on one signal, O(len(feats))."""
        suggested = base is not None
        error = (1.0 if positive else 0.0) - self.score(tag, feats, base)
        weights = self.weights.setdefault(tag, {})
        for f, v in feats.items():
            if f == "rule" and not suggested:
                continue
            w = weights.get(f, 0.0) * (1 - SHRINK)
            weights[f] = w + LEARNING_RATE * error * v
        tally = self.counts.setdefault(tag, dict.fromkeys(SIGNALS, 0))
        tally[signal] = tally.get(signal, 0) + 1
        if report and report not in self.reports and len(self.reports) < MAX_REPORTS:
            self.reports.append(report)

    def total(self, signal: str | None = None) -> int:
        """How many signals were learned (of one kind, or all)."""
        return sum(n for tally in self.counts.values() for s, n in tally.items()
                   if signal is None or s == signal)

    def clone(self) -> Learner:
        """A snapshot for the worker thread (the window's learner keeps changing)."""
        return Learner({t: dict(w) for t, w in self.weights.items()},
                       {t: dict(c) for t, c in self.counts.items()}, list(self.reports))

    # the file --------------------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        return {"format": "yuepi-suggestion-learning", "version": VERSION,
                "counts": self.counts, "reports": self.reports,
                "weights": {t: {f: round(w, 4) for f, w in sorted(ws.items())
                                if abs(w) >= KEEP_WEIGHT}
                            for t, ws in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: object) -> Learner:
        """The learner in `data`; ValueError when it is not one (of this version or
        older)."""
        if not isinstance(data, dict) or data.get("format") != "yuepi-suggestion-learning":
            raise ValueError("not a suggestion-learning file")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValueError("no valid version")
        if version > VERSION:
            raise NewerLearningFile(f"version {version} (this Yuepi reads {VERSION})")
        weights = cast(dict[str, dict[str, float]], _table(data.get("weights"), float))
        counts = cast(dict[str, dict[str, int]], _table(data.get("counts"), int))
        reports = data.get("reports", [])
        if not isinstance(reports, list) or not all(isinstance(r, str) for r in reports):
            raise ValueError("reports is not a list of ids")
        if any(not math.isfinite(w) for ws in weights.values() for w in ws.values()):
            raise ValueError("a weight is not a finite number")
        return cls(weights, counts, list(dict.fromkeys(reports)))


class NewerLearningFile(ValueError):
    """The file was written by a newer Yuepi: neither used nor overwritten."""


def _table(value: object, kind: type) -> dict[str, dict[str, object]]:
    """A {str: {str: kind}} mapping, checked (ints are accepted as floats)."""
    if not isinstance(value, dict):
        raise ValueError("a table is missing")
    table: dict[str, dict[str, object]] = {}
    for key, inner in value.items():
        if not isinstance(key, str) or not isinstance(inner, dict):
            raise ValueError("a table row is not a mapping")
        row: dict[str, object] = {}
        for name, number in inner.items():
            ok = (isinstance(number, (int, float)) if kind is float else isinstance(number, int))
            if not isinstance(name, str) or isinstance(number, bool) or not ok:
                raise ValueError(f"bad entry {name!r} in {key!r}")
            row[name] = kind(number)
        table[key] = row
    return table


def rule_score(item: Suggestion) -> float | None:
    """The rules' own score of a suggestion as listed (before learning changed it, see
    model.reading.learned); None for a suggestion only the learner made."""
    if item.reason_code == LEARNED_CODE:
        return None
    change = item.reason_args.get("learned")
    if not change:
        return item.score
    try:
        return min(max(round(item.score - float(change), 2), 0.01), 0.99)
    except ValueError:
        return item.score


def tags_learned(learner: Learner, tags: Iterable[str]) -> list[str]:
    """`tags` first, then any other tag the learner has counts for (a custom tag)."""
    known = list(tags)
    return known + sorted(t for t in learner.counts if t not in known)
