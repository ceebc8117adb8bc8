"""Calibrated suggestion scores: the rules' raw score mapped, per tag, to the chance that a
reviewer following docs/tags.md gives the suggested tag to that sentence.

The map is a monotone step table per tag (isotonic regression of "was it right" on the raw
score, shrunk towards all tags together where a tag has few examples), and apart for the
suggestions that rest on the section's default alone, with no cue word or figure of their
own (`DEFAULT_EVIDENCE`, "measure/default": weak evidence, right far less often than a
measure with an action word). Fitted by tools/fit_suggest_calibration.py on the labelled
tuning part (tests/data/suggest and the `tune` part of tests/data/suggest_real) and
shipped as resources/dict/suggest_calibration.json.
Between two fitted points the probability is interpolated linearly; outside them it is the
nearest point's.
"""
from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from model.reading.segmenter import RESOURCES

CALIBRATION_PATH = RESOURCES / "suggest_calibration.json"
#: the suffix of a table key for suggestions without evidence of their own ("measure/default")
DEFAULT_EVIDENCE = "/default"
Points = list[tuple[float, float]]  # (raw score, probability), raw increasing


@dataclass(frozen=True, eq=False)
class Calibration:
    """Per-tag (raw, probability) points; `fallback` for a tag the table lacks."""

    tags: dict[str, Points]
    fallback: Points

    @classmethod
    def load(cls, path: str | Path = CALIBRATION_PATH) -> Calibration:
        """The shipped table; the identity when it is missing or unreadable (a score is then
        the raw one, which still ranks)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            tags = {tag: [(float(r), float(p)) for r, p in points]
                    for tag, points in data["tags"].items()}
            fallback = [(float(r), float(p)) for r, p in data["all"]]
        except (OSError, ValueError, KeyError, TypeError):
            return cls({}, [(0.0, 0.0), (1.0, 1.0)])
        return cls(tags, fallback)

    def probability(self, tag: str, raw: float, default_only: bool = False) -> float:
        """The chance the suggestion is right, rounded to hundredths; `default_only` for a
        suggestion resting on its section's default alone (its own table when fitted)."""
        return _probability(self, tag, raw, default_only)


@functools.lru_cache(maxsize=4096)
def _probability(calibration: Calibration, tag: str, raw: float, default_only: bool) -> float:
    """Calibration.probability, remembered (raw scores come in hundredths: a few hundred
    distinct questions per report, asked thousands of times)."""
    points = ((calibration.tags.get(tag + DEFAULT_EVIDENCE) if default_only else None)
              or calibration.tags.get(tag) or calibration.fallback)
    return round(interpolate(points, raw), 2)


@functools.lru_cache(maxsize=1_024)
def raw_score(score: float) -> float:
    """A rule's score kept within 0.05..0.99 and rounded to hundredths (the raw scale mapped
    here), remembered: `round` to a number of digits converts through a string, and ten
    thousand verdicts per MB take a few dozen distinct scores."""
    return round(min(max(score, 0.05), 0.99), 2)


def interpolate(points: Sequence[tuple[float, float]], x: float) -> float:
    """Piecewise-linear through `points` (x increasing), flat beyond the ends."""
    if not points:
        return x
    xs = [p[0] for p in points]
    i = bisect.bisect_right(xs, x)
    if i == 0:
        return points[0][1]
    if i == len(points):
        return points[-1][1]
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def isotonic(pairs: Sequence[tuple[float, float]], weights: Sequence[float] | None = None
             ) -> Points:
    """Pool-adjacent-violators: the non-decreasing fit of y on x, as (mean x, fitted y) per
    pooled block."""
    order = sorted(range(len(pairs)), key=lambda i: pairs[i][0])
    blocks: list[list[float]] = []  # [weight, sum x*w, sum y*w]
    for i in order:
        x, y = pairs[i]
        w = 1.0 if weights is None else weights[i]
        blocks.append([w, x * w, y * w])
        while len(blocks) > 1 and (blocks[-2][2] / blocks[-2][0]
                                   >= blocks[-1][2] / blocks[-1][0]):
            w2, sx, sy = blocks.pop()
            blocks[-1] = [blocks[-1][0] + w2, blocks[-1][1] + sx, blocks[-1][2] + sy]
    return [(sx / w, sy / w) for w, sx, sy in blocks]


def fit(samples: dict[str, list[tuple[float, bool]]], strength: float = 3.0,
        floor: float = 0.03, ceiling: float = 0.97) -> dict[str, object]:
    """The table for `samples` (tag -> (raw score, right?)): all tags pooled, then each tag
    by isotonic regression with `strength` pseudo-examples of the pooled curve per point,
    so a tag seen a few times stays near the pooled curve."""
    pooled = [(raw, float(ok)) for pairs in samples.values() for raw, ok in pairs]
    overall = _bounded(isotonic(pooled), floor, ceiling)
    tags: dict[str, Points] = {}
    for tag, pairs in samples.items():
        if not pairs:
            continue
        xs = sorted({raw for raw, _ in pairs})
        hits = {x: [float(ok) for raw, ok in pairs if raw == x] for x in xs}
        shrunk = [(x, (sum(hits[x]) + strength * interpolate(overall, x))
                   / (len(hits[x]) + strength)) for x in xs]
        tags[tag] = _bounded(isotonic(shrunk, [len(hits[x]) + strength for x in xs]),
                             floor, ceiling)
    return {"all": overall, "tags": tags}


def _bounded(points: Points, floor: float, ceiling: float) -> Points:
    return [(round(x, 4), round(min(max(y, floor), ceiling), 4)) for x, y in points]


def expected_calibration_error(scored: Sequence[tuple[float, bool]], bins: int = 10
                               ) -> tuple[float, list[tuple[float, float, int]]]:
    """ECE of (probability, right?) pairs over `bins` equal-width bins, and the reliability
    rows (mean probability, share right, count) of the bins that hold any."""
    rows: list[tuple[float, float, int]] = []
    error = 0.0
    for b in range(bins):
        inside = [(p, ok) for p, ok in scored
                  if b / bins <= p < (b + 1) / bins or (b == bins - 1 and p == 1.0)]
        if not inside:
            continue
        confidence = sum(p for p, _ in inside) / len(inside)
        accuracy = sum(ok for _, ok in inside) / len(inside)
        rows.append((confidence, accuracy, len(inside)))
        error += len(inside) / max(len(scored), 1) * abs(accuracy - confidence)
    return error, rows
