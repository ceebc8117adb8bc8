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

Undo: the learner keeps its last MAX_EXAMPLES signals (the sentence, its section's lean, the
rules' score, the tag and whether it was right) with the id of what taught it (an annotation
id, a rejected key). `forget(id)` removes that example and refits exactly: the weights are
replayed, in the same order, from the weights of the examples too old to keep (`floor`), so
the model is the one that would exist had the signal never been given. An example older
than the last MAX_EXAMPLES signals is folded into `floor` and can no longer be taken back.
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
#: The last signals kept for an exact undo (a refit replays them: ~0.1 s for 2,000).
MAX_EXAMPLES = 2_000
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
    """`span_features` with the lean the suggester reads at `start` (its section's, with
    the document's review or plan flag, else the document's own): the lean the learned
    model is applied with (model.reading.learned reads the units' leans)."""
    from model.reading.suggestion_lean import reading_lean

    lean = reading_lean(text, outline, start)
    return span_features(text, start, end, lean.kind if lean else None)


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    z = math.exp(x)
    return z / (1 + z)


@dataclass(frozen=True)
class Example:
    """One signal as given, enough to replay it: what taught it (`source`: an annotation
    id, "id:tag" for a retag, a rejected suggestion key), the sentence and its section's
    lean, the tag, the rules' score (None: not suggested), right or wrong, the signal."""

    source: str
    tag: str
    span: str
    lean: str | None
    base: float | None
    positive: bool
    signal: str

    def features(self) -> Features:
        return span_features(self.span, 0, len(self.span), self.lean)

    def to_json(self) -> list[object]:
        return [self.source, self.tag, self.span, self.lean, self.base, self.positive,
                self.signal]

    @classmethod
    def from_json(cls, row: object) -> Example:
        if not isinstance(row, list) or len(row) != 7:
            raise ValueError("an example is not a list of 7")
        source, tag, span, lean, base, positive, signal = row
        if not (isinstance(source, str) and isinstance(tag, str) and isinstance(span, str)
                and (lean is None or isinstance(lean, str)) and isinstance(positive, bool)
                and signal in SIGNALS and (base is None or (isinstance(base, (int, float))
                                                            and not isinstance(base, bool)
                                                            and 0 <= base <= 1))):
            raise ValueError("a bad example")
        return cls(source, tag, span, lean, None if base is None else float(base), positive,
                   str(signal))


@dataclass
class Learner:
    """Per-tag weights, what they were learned from (counts per tag and signal, report
    ids), the last signals for an exact undo (`examples`, replayed from `floor`), and the
    file format (`to_json` / `from_json`, version VERSION)."""

    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    #: the weights the kept examples are replayed from (those of older signals)
    floor: dict[str, dict[str, float]] = field(default_factory=dict)

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
        """One SGD step of the logistic loss on one signal, O(len(feats)); not kept for
        undo (`learn_example` is)."""
        _step(self.weights, tag, feats, base, positive)
        self._count(tag, signal, report)

    def learn_example(self, example: Example, report: str = "") -> None:
        """`learn` the example's signal and keep it, so that `forget` can take it back;
        beyond MAX_EXAMPLES the oldest is folded into `floor` (O(its features))."""
        _step(self.weights, example.tag, example.features(), example.base, example.positive)
        self._count(example.tag, example.signal, report)
        self.examples.append(example)
        if len(self.examples) > MAX_EXAMPLES:
            old = self.examples.pop(0)
            _step(self.floor, old.tag, old.features(), old.base, old.positive)

    def forget(self, sources: Iterable[str]) -> int:
        """Take back the kept examples taught by `sources` (an annotation id also takes
        back its "id:tag" retags) and refit exactly; how many were taken back."""
        wanted = set(sources)

        def taught_by(example: Example) -> bool:
            return (example.source in wanted
                    or example.source.split(":", 1)[0] in wanted)

        gone = [e for e in self.examples if taught_by(e)]
        if not gone:
            return 0
        self.examples = [e for e in self.examples if not taught_by(e)]
        for example in gone:
            tally = self.counts.get(example.tag, {})
            if tally.get(example.signal, 0) > 0:
                tally[example.signal] -= 1
            if not any(tally.values()):
                self.counts.pop(example.tag, None)  # as if the tag had never been taught
        self.weights = {t: dict(w) for t, w in self.floor.items()}
        for example in self.examples:
            _step(self.weights, example.tag, example.features(), example.base,
                  example.positive)
        return len(gone)

    def _count(self, tag: str, signal: str, report: str) -> None:
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
                       {t: dict(c) for t, c in self.counts.items()}, list(self.reports),
                       list(self.examples), {t: dict(w) for t, w in self.floor.items()})

    # the file --------------------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        return {"format": "yuepi-suggestion-learning", "version": VERSION,
                "counts": self.counts, "reports": self.reports,
                "weights": {t: {f: round(w, 4) for f, w in sorted(ws.items())
                                if abs(w) >= KEEP_WEIGHT}
                            for t, ws in sorted(self.weights.items())},
                # for an exact undo after a restart: the floor unrounded, the examples as given
                "floor": {t: dict(sorted(ws.items())) for t, ws in sorted(self.floor.items())},
                "examples": [e.to_json() for e in self.examples]}

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
        floor = cast(dict[str, dict[str, float]], _table(data.get("floor", {}), float))
        if any(not math.isfinite(w) for table in (weights, floor)
               for ws in table.values() for w in ws.values()):
            raise ValueError("a weight is not a finite number")
        rows = data.get("examples", [])
        if not isinstance(rows, list):
            raise ValueError("examples is not a list")
        examples = [Example.from_json(row) for row in rows[-MAX_EXAMPLES:]]
        return cls(weights, counts, list(dict.fromkeys(reports)), examples, floor)


def _step(weights: dict[str, dict[str, float]], tag: str, feats: Features,
          base: float | None, positive: bool) -> None:
    """One SGD step of the logistic loss on `weights` (in place)."""
    suggested = base is not None
    start = base if base is not None else UNSUGGESTED
    tag_weights = weights.setdefault(tag, {})
    offset = sum(tag_weights.get(f, 0.0) * v for f, v in feats.items()
                 if suggested or f != "rule")
    error = (1.0 if positive else 0.0) - sigmoid(logit(start) + offset)
    for f, v in feats.items():
        if f == "rule" and not suggested:
            continue
        w = tag_weights.get(f, 0.0) * (1 - SHRINK)
        tag_weights[f] = w + LEARNING_RATE * error * v


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
