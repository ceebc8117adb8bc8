"""Does learning from the reviewer help? A simulated reviewer on the labelled real reports
(tests/data/suggest_real, the tune… parts): trained on k reports, tested on the others,
rotating through all of them (train on reports i…i+k-1, test on the rest, for every i), so each
report is a test report n-k times.

On a training report the reviewer sees the suggestions as the window would show them (the
rules re-scored by what was learned so far), accepts those that match a label, rejects the
others, and tags by hand each label no suggestion found. On a test report the suggestions
before (the rules alone, what `suggest` gives with no learned model) and after (the same,
re-scored and completed by the learned model) are scored against the labels with
bench.suggest_quality's matching (same tag, overlap ≥ 50 % of the label).

Two reviewers: "rubric" labels by docs/tags.md, as the labels are (the rules were written
for that rubric, so there is little to learn); "three tags" is a reviewer who tags only
problems, commitments and achievements (the labels without 举措 and 数据) — a habit the
rules cannot know and the learner should pick up.

`.venv/bin/python -m bench.suggest_learning [--k 1 3 5]`
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.results import figure
from bench.suggest_quality import Span, _prf, load_gold, match, tuning_files
from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.reading.learned import learned_suggestions
from model.reading.learning import ACCEPTED, REJECTED, TAGGED, Learner, features_at
from model.reading.segmenter import Segmenter
from model.reading.suggestions import TAGS, Suggestion, suggest
from model.report.loading import load_report

Totals = dict[str, list[int]]


@dataclass
class Labelled:
    name: str
    text: str
    outline: Outline
    gold: list[Span]
    rules: list[Suggestion]


def overlaps(gold: Span, start: int, end: int) -> bool:
    """bench.suggest_quality's rule: the spans share ≥ 50 % of the label."""
    _, gs, ge = gold
    return min(ge, end) - max(gs, start) >= 0.5 * (ge - gs)


def teach(learner: Learner, report: Labelled) -> dict[str, int]:
    """The simulated reviewer works through one report; returns the signals given."""
    shown = learned_suggestions(report.text, report.outline, report.rules, learner)
    rule_score = {(s.tag, s.start, s.end): s.score for s in report.rules}
    free = list(report.gold)
    given = dict.fromkeys((ACCEPTED, REJECTED, TAGGED), 0)
    for s in shown:
        label = next((g for g in free if g[0] == s.tag and overlaps(g, s.start, s.end)), None)
        feats = features_at(report.text, s.start, s.end, report.outline)
        base = rule_score.get((s.tag, s.start, s.end))
        if label is not None:
            free.remove(label)
        signal = ACCEPTED if label is not None else REJECTED
        learner.learn(s.tag, feats, base, label is not None, signal, report.name)
        given[signal] += 1
    for tag, start, end in free:
        base = next((s.score for s in report.rules
                     if s.tag == tag and overlaps((tag, start, end), s.start, s.end)), None)
        learner.learn(tag, features_at(report.text, start, end, report.outline), base, True,
                      TAGGED, report.name)
        given[TAGGED] += 1
    return given


def add(totals: Totals, gold: list[Span], found: list[Suggestion]) -> None:
    tp, fp, fn, _, _ = match(gold, [(s.tag, s.start, s.end) for s in found])
    for t in TAGS:
        totals[t] = [totals[t][0] + tp[t], totals[t][1] + fp[t], totals[t][2] + fn[t]]


def rotate(reports: list[Labelled], k: int) -> tuple[Totals, Totals, float]:
    """Per-tag (tp, fp, fn) before and after, summed over every rotation; and the mean
    seconds per learning signal."""
    before = {t: [0, 0, 0] for t in TAGS}
    after = {t: [0, 0, 0] for t in TAGS}
    n = len(reports)
    spent, signals = 0.0, 0
    for i in range(n):
        train = {(i + j) % n for j in range(k)}
        learner = Learner()
        started = time.perf_counter()
        for j in sorted(train):
            signals += sum(teach(learner, reports[j]).values())
        spent += time.perf_counter() - started
        for j, report in enumerate(reports):
            if j in train:
                continue
            add(before, report.gold, report.rules)
            add(after, report.gold, learned_suggestions(report.text, report.outline,
                                                        report.rules, learner))
    return before, after, spent / max(signals, 1)


def table(k: int, before: Totals, after: Totals) -> tuple[float, float]:
    """Print per-tag P/R before and after; returns micro F1 before and after."""
    print(f"\nk = {k} training report(s); counts summed over every rotation"
          f"\n{'tag':<12}{'gold':>5}  {'P before':>8}"
          f"{'R before':>9}  {'P after':>8}{'R after':>9}{'found b/a':>11}")
    sums = {"b": [0, 0, 0], "a": [0, 0, 0]}
    for tag in TAGS:
        b, a = before[tag], after[tag]
        sums["b"] = [x + y for x, y in zip(sums["b"], b)]
        sums["a"] = [x + y for x, y in zip(sums["a"], a)]
        pb, rb, _ = _prf(*b)
        pa, ra, _ = _prf(*a)
        print(f"{tag:<12}{b[0] + b[2]:>5}  {pb:>8.2f}{rb:>9.2f}  {pa:>8.2f}{ra:>9.2f}"
              f"{b[0] + b[1]:>6}/{a[0] + a[1]}")
    pb, rb, fb = _prf(*sums["b"])
    pa, ra, fa = _prf(*sums["a"])
    print(f"{'all (micro)':<12}{sums['b'][0] + sums['b'][2]:>5}  {pb:>8.2f}{rb:>9.2f}  "
          f"{pa:>8.2f}{ra:>9.2f}   F1 {fb:.2f} → {fa:.2f}")
    return fb, fa


def load_all(segmenter: Segmenter) -> list[Labelled]:
    files = tuning_files()  # never a held-back part
    out = []
    for txt in files:
        rep = load_report(txt)
        outline = detect_outline(rep)
        out.append(Labelled(txt.stem, rep.text, outline, load_gold(txt, rep.text),
                            suggest(rep.text, outline, segmenter)))
    return out


#: reviewer -> the tags they use (None: all)
REVIEWERS: dict[str, frozenset[str] | None] = {
    "rubric": None, "three tags": frozenset(("problem", "commitment", "achievement"))}


def as_reviewer(reports: list[Labelled], tags: frozenset[str] | None) -> list[Labelled]:
    """The reports labelled by a reviewer who uses only `tags`."""
    if tags is None:
        return reports
    return [Labelled(r.name, r.text, r.outline, [g for g in r.gold if g[0] in tags], r.rules)
            for r in reports]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--k", type=int, nargs="+", default=[1, 3, 5])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(Path(tmp))
        segmenter.initialize()
        reports = load_all(segmenter)
    if not all(0 < k < len(reports) for k in args.k):
        print(f"--k: each needs 1…{len(reports) - 1}", file=sys.stderr)
        return 2
    for reviewer, tags in REVIEWERS.items():
        labelled = as_reviewer(reports, tags)
        print(f"\n=== reviewer {reviewer!r}: {len(labelled)} reports, "
              f"{sum(len(r.gold) for r in labelled)} labels ===")
        for k in args.k:
            before, after, per_signal = rotate(labelled, k)
            fb, fa = table(k, before, after)
            print(f"training: {per_signal * 1e6:.0f} µs per signal (re-scoring what the "
                  "reviewer sees included)")
            figure(f"suggestions F1, reviewer {reviewer!r}, learned from {k} report(s) "
                   "(rotating)", f"{fa:.2f}", f"{fb:.2f} without learning", fa >= fb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
