"""A small learned re-ranker over the matcher's evidence for each candidate (see
model.compare.proposals): instead of the hand-set weights alone, a linear score of the
pieces the matcher measures — the words, the associated words and the character pairs
shared, the literal repetition, a figure answering a target, where the sentence stands (B's
review or plan, a target of its own, a short lead), and the candidate's place by the
matcher's score, by the plain overlap and by their fusion. Fitted by
tools/fit_compare_ranker.py on the labelled pairs of tests/data/compare_real (a softmax over
each commitment's candidates: the right one should come first), its weights in
resources/dict/compare_ranker.json; chosen by leaving one part out
(`bench.compare_quality --part-cv`). It only re-orders the fused order's first TOP
candidates; without its file the fused order stands."""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from model.reading.segmenter import RESOURCES

RANKER_PATH = RESOURCES / "compare_ranker.json"
#: the features, each a float the matcher computes per candidate (proposals.Evidence)
FEATURES = ("word", "assoc", "pairs", "literal", "figure", "amount", "review", "target",
            "short", "policy", "subject", "restated", "clause", "score", "at_score",
            "at_overlap", "at_fused", "length")
#: how many of the fused order's first candidates are re-ordered
TOP = 15
#: the fit: L2 penalty, passes and step
L2 = 0.01
EPOCHS = 300
STEP = 0.5


@dataclass(frozen=True)
class Ranker:
    weights: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]

    def value(self, feats: dict[str, float]) -> float:
        return sum(w * (feats.get(f, 0.0) - m) / s
                   for f, w, m, s in zip(FEATURES, self.weights, self.means, self.scales))

    def order(self, rows: Sequence[dict[str, float]], order: list[int]) -> list[int]:
        """`order` with its first TOP re-sorted by the model's value (ties keep the order)."""
        head = order[:TOP]
        values = {i: self.value(rows[i]) for i in head}
        return sorted(head, key=lambda i: -values[i]) + order[TOP:]

    def to_json(self) -> str:
        return json.dumps({"features": list(FEATURES), "weights": list(self.weights),
                           "means": list(self.means), "scales": list(self.scales)},
                          ensure_ascii=False, indent=1)

    @classmethod
    def load(cls, path: str | Path = RANKER_PATH) -> Ranker | None:
        """The shipped model; None when its file is missing, unreadable or for other
        features (the fused order then stands)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if tuple(data["features"]) != FEATURES:
                return None
            return cls(tuple(map(float, data["weights"])), tuple(map(float, data["means"])),
                       tuple(map(float, data["scales"])))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def fit(queries: Sequence[tuple[Sequence[dict[str, float]], Sequence[int]]]) -> Ranker:
    """Fit on queries, each its candidates' features (the fused order's first TOP) and the
    indices of the right ones: gradient descent on the softmax loss of the right
    candidates' share, features standardised, an L2 penalty."""
    rows = [[r.get(f, 0.0) for f in FEATURES] for cands, _ in queries for r in cands]
    n = len(FEATURES)
    means = [sum(r[j] for r in rows) / max(len(rows), 1) for j in range(n)]
    scales = [math.sqrt(sum((r[j] - means[j]) ** 2 for r in rows) / max(len(rows), 1)) or 1.0
              for j in range(n)]
    data = [([[(r.get(f, 0.0) - means[j]) / scales[j] for j, f in enumerate(FEATURES)]
              for r in cands], set(right)) for cands, right in queries if right and cands]
    w = [0.0] * n
    for _ in range(EPOCHS):
        grad = [L2 * x for x in w]
        for xs, right in data:
            values = [sum(a * b for a, b in zip(w, x)) for x in xs]
            top = max(values)
            exps = [math.exp(v - top) for v in values]
            total = sum(exps)
            hit = sum(exps[i] for i in right)
            for i, x in enumerate(xs):
                # d(-log(hit/total))/dv_i = p_i - (i right) * e_i / hit
                g = exps[i] / total - (exps[i] / hit if i in right else 0.0)
                if g:
                    for j in range(n):
                        grad[j] += g * x[j] / len(data)
        w = [a - STEP * g for a, g in zip(w, grad)]
    return Ranker(tuple(round(x, 4) for x in w), tuple(round(x, 4) for x in means),
                  tuple(round(x, 4) for x in scales))
