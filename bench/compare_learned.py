"""An experiment (session 12, match14): the weights of the compare matcher's terms fitted on
the keyed rows instead of set by hand, scored leaving one part out.

`.venv/bin/python -m bench.compare_learned` gathers, for every key row (keys given and end to
end), every candidate sentence B offers with the terms the matcher already computes for it
(Evidence.terms: word score, pair score, literal share, which bonus, where it stands, the
multipliers) and the hand ranking's own outputs (its score, the fused place). A pairwise
logistic ranker (pure Python, L2, SGD) is fitted on all parts but one and ranks the
candidates of the part left out; the held-out ranks pooled over the parts are compared with
the hand ranking's on the same rows. The hand weights stay unless the fitted ranker beats them
on the held-out end-to-end top 1 and top 3.
"""
from __future__ import annotations

import math
import random
import sys
import tempfile
from pathlib import Path

from bench.compare_cv import _prepare
from bench.compare_quality import read_groups, read_split, right, share
from model.compare.lexicon import Lexicon
from model.compare.passages import Passage
from model.compare.proposals import Candidate, Evidence
from model.compare.section_alignment import section_share
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter

#: the hand ranking's candidates a row keeps (its evidence beyond them is a miss for both)
DEPTH = 30
#: negatives paired with the positive per row in training (the hand ranking's first ones)
NEGATIVES = 12
L2 = 1e-3
EPOCHS = 30
RATE = 0.05

Row = tuple[str, str, list[list[float]], int]  # part, kind (given / e2e), features, right index


def _features(term: tuple[float, ...] | None, candidate: Candidate, place: int,
              section: tuple[str, ...]) -> list[float]:
    """One candidate's terms: the matcher's (zeros when only a clause of a long commitment
    found it), one flag per bonus, the hand score, its place in the hand order and the
    headings' share (section_alignment)."""
    t = term or (0.0,) * 10
    word, pairs, literal, bonus, review, in_term, target, short, frame, other = t
    return [1.0, word, pairs, literal, float(bonus == 1), float(bonus == 2), float(bonus == 3),
            float(bonus == 4), review, in_term, target, short, frame, math.log(max(other, 1e-3)),
            candidate.score, 1.0 / place, float(place == 1), float(term is None),
            section_share(section, candidate.passage.section) if section else 0.0]


def _row(evidence: Evidence, commitment: Passage, text: str, quote: str
         ) -> tuple[list[list[float]], int]:
    evidence.terms = {}
    try:
        found = evidence.candidates(commitment, DEPTH)
        terms = evidence.terms
    finally:
        evidence.terms = None
    xs = [_features(terms.get(c.passage.start), c, i, commitment.section)
          for i, c in enumerate(found, 1)]
    hit = next((i for i, c in enumerate(found) if right(c.passage, text, quote)), -1)
    return xs, hit


def gather(segmenter: Segmenter, idf: Idf, lexicon: Lexicon) -> list[Row]:
    split, groups = read_split(), read_groups()
    rows: list[Row] = []
    tuned = sorted(p for p in split if not split[p].startswith("heldback"))
    for pair, evidence, text, key, found in _prepare(tuned, segmenter, idf, lexicon):
        part = groups.get(pair, split[pair])  # a blind part (heldback…) is left out above
        for c, quote in key:
            xs, hit = _row(evidence, Passage(0, len(c), c, ()), text, quote)
            rows.append((part, "given", xs, hit))
        for p, quote in found:
            xs, hit = _row(evidence, p, text, quote) if p is not None else ([], -1)
            rows.append((part, "e2e", xs, hit))
    return rows


def fit(rows: list[Row], seed: int = 7) -> list[float]:
    """Pairwise logistic ranking: the right candidate above each of the first NEGATIVES
    others of its row."""
    pairs = [(xs[hit], xs[j]) for _part, _kind, xs, hit in rows if hit >= 0
             for j in range(min(len(xs), NEGATIVES + 1)) if j != hit]
    size = len(pairs[0][0]) if pairs else 0
    w = [0.0] * size
    w[14] = 1.0  # start from the hand score
    rng = random.Random(seed)
    for epoch in range(EPOCHS):
        rng.shuffle(pairs)
        rate = RATE / (1 + epoch / 10)
        for pos, neg in pairs:
            d = [a - b for a, b in zip(pos, neg)]
            margin = sum(wi * di for wi, di in zip(w, d))
            g = 1.0 / (1.0 + math.exp(min(margin, 30.0)))  # −dloss/dmargin
            for i in range(size):
                w[i] += rate * (g * d[i] - L2 * w[i])
    return w


def ranked(xs: list[list[float]], hit: int, w: list[float] | None) -> int:
    """1-based rank of the right candidate by w (None: the hand order), 0 when absent."""
    if hit < 0:
        return 0
    if w is None:
        return hit + 1
    scores = [sum(a * b for a, b in zip(w, x)) for x in xs]
    order = sorted(range(len(xs)), key=lambda i: (-scores[i], i))
    return order.index(hit) + 1


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        segmenter = Segmenter(Path(folder) / "cache")
        segmenter.initialize()
        rows = gather(segmenter, Idf.load(), Lexicon.load())
    parts = sorted({r[0] for r in rows})
    held: dict[str, dict[str, list[int]]] = {"hand": {"given": [], "e2e": []},
                                              "fitted": {"given": [], "e2e": []}}
    for left in parts:
        w = fit([r for r in rows if r[0] != left])
        mine = [r for r in rows if r[0] == left]
        cells = []
        for name, weights in (("hand", None), ("fitted", w)):
            for kind in ("given", "e2e"):
                rs = [ranked(xs, hit, weights) for _p, k, xs, hit in mine if k == kind]
                held[name][kind] += rs
                cells.append(f"{name} {kind} {share(rs, 1):.2f}/{share(rs, 3):.2f}")
        print(f"  {left:15} " + "  ".join(cells))
    for name, by_kind in held.items():
        print(f"lopo {name:6} over {len(parts)} parts: given top1 {share(by_kind['given'], 1):.3f} "
              f"top3 {share(by_kind['given'], 3):.3f}, end to end top1 "
              f"{share(by_kind['e2e'], 1):.3f} top3 {share(by_kind['e2e'], 3):.3f}")
    w = fit(rows)
    print("weights fitted on all parts: " + " ".join(f"{x:.2f}" for x in w))
    return 0


if __name__ == "__main__":
    sys.exit(main())
