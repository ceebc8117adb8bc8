"""How well `compare` finds the evidence in B for the commitments of A (issue 16).

`.venv/bin/python -m bench.compare_quality [--verbose]` reads the real consecutive pairs of
tests/data/compare_real (A.txt, B.txt, key.tsv: commitment quote in A <TAB> evidence quote
in B; split.tsv: tune / heldback / heldback2, each part printed on its own). For each pair:
- given the key's commitments: the share whose evidence (a B sentence containing the key's
  quote) is Yuepi's top 1 and among its top 3 candidates (and, on a line of its own, top 5:
  the compare window shows five), next to the naive baseline in the
  same run: B's review-part sentences ranked by character-bigram overlap with the
  commitment;
- end to end (commitments found by Yuepi itself, no annotations): recall of the key's
  commitments among them, and top 1 / top 3 over all key commitments (a missed commitment
  counts as wrong).
Then the time of the proposals for two ~20,000-character reports (the pairs' texts
repeated) after jieba and the IDF table are loaded, wall and CPU; target ≤ 1 s.
Pooled B: with B the part's B texts joined, every other report's sentences compete (the
excerpts are small: few sentences, so the baseline looks better on them than on a whole
report). The split and each pair's size and number of commitments found are printed first.
Session 8: a long pair (LONG: an excerpt pair's A against the whole later report) printed
as tune-long; `--cv` fits each weight of GRID leaving one pair out (a long pair with its
excerpt) and scores it on that pair, so a weight is seen to generalize, not only to fit;
end to end with A's heading lines dropped (an A whose parts are not marked); the long pair
with B's review heading dropped; and the proposals for a 20k A and a 30k whole report B.
`--part-cv` (round 3): the rank fusion's settings (FUSION_GRID) fitted on the older parts and
scored on heldback4, and the other way round: leave one PART out, not one pair (both in
bench.compare_cv).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.compare_keys import (
    DATA,
    LONG,
    TOP,
    baseline,
    ranks,
    read_groups,
    read_key,
    read_split,
    share,
)
from bench.compare_speed import TARGET_SECONDS, speed
from bench.compare_variants import headless, pooled, unheaded_review
from bench.results import figure
from model.compare.lexicon import Lexicon
from model.compare.pair import propose
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--cv", action="store_true",
                        help="leave one pair out: each weight fitted on the other pairs, "
                             "scored on the one left out")
    parser.add_argument("--part-cv", action="store_true",
                        help="leave one part out: the rank fusion's settings fitted on the "
                             "older parts, scored on heldback4, and the other way round")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        segmenter = Segmenter(Path(folder) / "cache")
        segmenter.initialize()
        idf = Idf.load()
        lexicon = Lexicon.load()  # the matcher's tables, read once like the IDF
        split = read_split()
        for part in sorted(set(split.values()), reverse=True):
            print(f"{part}: {', '.join(p for p, s in sorted(split.items()) if s == part)}")
        totals: dict[str, dict[str, list[int]]] = {}
        groups = read_groups()
        for pair, part in sorted(split.items()):
            measure_pair(pair, groups.get(pair, part), segmenter, idf, lexicon, totals,
                         args.verbose)
        # each split's whole: its groups (tune-8, tune-heldback2, tune-heldback3, …) joined
        joined = {(groups.get(p, s), s) for p, s in split.items() if groups.get(p, s) != s}
        for group, part in sorted(joined):
            whole = totals.setdefault(part, {"ours": [], "base": [], "found": [], "e2e": []})
            for name, values in totals[group].items():
                whole[name] += values
        for part, t in sorted(totals.items()):
            n = len(t["ours"])
            print(f"{part:14} ({n} key commitments): given: Yuepi top1 {share(t['ours'], 1):.2f} "
                  f"top3 {share(t['ours'], 3):.2f} | baseline top1 {share(t['base'], 1):.2f} "
                  f"top3 {share(t['base'], 3):.2f} | end to end: recall "
                  f"{share(t['found'], 1):.2f} ({sum(t['found'])} of {n} keyed commitments found "
                  f"by Yuepi's commitment detection) top1 {share(t['e2e'], 1):.2f} "
                  f"top3 {share(t['e2e'], 3):.2f}")
            figure(f"compare {part}: top-1 / top-3, key commitments given",
                   f"{share(t['ours'], 1):.2f} / {share(t['ours'], 3):.2f}",
                   f"bigram baseline {share(t['base'], 1):.2f} / {share(t['base'], 3):.2f}",
                   share(t["ours"], 1) >= share(t["base"], 1)
                   and share(t["ours"], 3) >= share(t["base"], 3))
            figure(f"compare {part}: end to end top-1 / top-3 (recall of commitments)",
                   f"{share(t['e2e'], 1):.2f} / {share(t['e2e'], 3):.2f} "
                   f"({share(t['found'], 1):.2f})", "≥ 0.85 / ≥ 0.95 (heldback)",
                   None if part.startswith("tune") else
                   share(t["e2e"], 1) >= 0.85 and share(t["e2e"], 3) >= 0.95)
            print(f"{part:14} top5 (a reviewer sees five candidates): given: Yuepi "
                  f"{share(t['ours'], 5):.2f} | baseline {share(t['base'], 5):.2f} | end to end "
                  f"{share(t['e2e'], 5):.2f}")
            figure(f"compare {part}: top-5, key commitments given / end to end",
                   f"{share(t['ours'], 5):.2f} / {share(t['e2e'], 5):.2f}",
                   f"bigram baseline {share(t['base'], 5):.2f} (given)", None)
        from bench.compare_cv import cross_validate, leave_one_part_out, part_cross_validate

        if args.cv:
            cross_validate(sorted(split), segmenter, idf, lexicon)
        if args.part_cv:
            part_cross_validate(sorted(split), groups, segmenter, idf, lexicon)
            leave_one_part_out(sorted(split), groups, segmenter, idf, lexicon)
        for part in sorted(set(split.values()), reverse=True):
            # the excerpt pairs joined (a long pair's B repeats its excerpt's sentences)
            ours, base = pooled(sorted(p for p, s in split.items()
                                       if s == part and p not in LONG), segmenter, idf, lexicon)
            print(f"{part:9} pooled B (the part's B texts joined: other reports' sentences as "
                  f"distractors), given: Yuepi top1 {share(ours, 1):.2f} top3 "
                  f"{share(ours, 3):.2f} | baseline top1 {share(base, 1):.2f} "
                  f"top3 {share(base, 3):.2f}")
            figure(f"compare {part}: pooled B (all its B texts joined), top-1 / top-3 given",
                   f"{share(ours, 1):.2f} / {share(ours, 3):.2f}",
                   f"bigram baseline {share(base, 1):.2f} / {share(base, 3):.2f}",
                   share(ours, 1) >= share(base, 1) and share(ours, 3) >= share(base, 3))
        found, e2e = headless(sorted(split), segmenter, idf, lexicon)
        print(f"A without its headings (short unpunctuated lines dropped: the plan part not "
              f"marked), end to end: {sum(found)} of {len(found)} keyed commitments found, "
              f"top1 {share(e2e, 1):.2f} top3 {share(e2e, 3):.2f}")
        figure("compare: A without its headings, end to end top-1 / top-3 (found)",
               f"{share(e2e, 1):.2f} / {share(e2e, 3):.2f} ({sum(found)} of {len(found)})",
               "", None)
        for pair in sorted(LONG):
            ours, base = unheaded_review(pair, segmenter, idf, lexicon)
            print(f"{pair} with B's review heading dropped (the review under no heading), "
                  f"given: Yuepi top1 {share(ours, 1):.2f} top3 {share(ours, 3):.2f} | baseline "
                  f"top1 {share(base, 1):.2f} top3 {share(base, 3):.2f}")
            figure(f"compare {pair}: B's review heading dropped, top-1 / top-3 given",
                   f"{share(ours, 1):.2f} / {share(ours, 3):.2f}",
                   f"bigram baseline {share(base, 1):.2f} / {share(base, 3):.2f}", None)
        seconds, cpu = speed(segmenter, idf, lexicon)
        print(f"proposals for two ~20,000-character reports: median {seconds:.3f} s "
              f"(CPU {cpu:.3f} s)")
        figure("compare: proposals, two 20k-char reports (jieba loaded)",
               f"{seconds:.2f} s (CPU {cpu:.2f} s)", f"≤ {TARGET_SECONDS} s",
               seconds <= TARGET_SECONDS)
        seconds, cpu = speed(segmenter, idf, lexicon, long_b=True)
        print(f"proposals for a ~20,000-character A and a ~30,000-character whole report B: "
              f"median {seconds:.3f} s (CPU {cpu:.3f} s)")
        figure("compare: proposals, 20k-char A + 30k-char whole report B (jieba loaded)",
               f"{seconds:.2f} s (CPU {cpu:.2f} s)", f"≤ {TARGET_SECONDS} s",
               seconds <= TARGET_SECONDS)
    return 0


def measure_pair(pair: str, part: str, segmenter: Segmenter, idf: Idf, lexicon: Lexicon,
                 totals: dict[str, dict[str, list[int]]], verbose: bool,
                 quiet: bool = False) -> None:
    a, b = load_report(DATA / f"{pair}.A.txt"), load_report(DATA / f"{pair}.B.txt")
    oa, ob = detect_outline(a), detect_outline(b)
    key = read_key(DATA / f"{pair}.key.tsv")
    evidence = Evidence(b.text, ob, segmenter, idf, lexicon.abbreviations,
                        lexicon.associations)
    t = totals.setdefault(part, {"ours": [], "base": [], "found": [], "e2e": []})
    ours, base = [], []
    for commitment, quote in key:
        at = a.text.find(commitment)
        if at < 0:
            raise SystemExit(f"{pair}: commitment not in A: {commitment}")
        given = Passage(at, at + len(commitment), commitment, ())
        ours.append(ranks([c.passage for c in evidence.candidates(given, TOP)], b.text, quote))
        base.append(ranks(baseline(commitment, b, ob), b.text, quote))
        if verbose and ours[-1] != 1:
            print(f"  {pair} miss (rank {ours[-1]}): {commitment} → {quote}")
    proposals = propose(a.text, oa, b.text, ob, segmenter, idf, limit=TOP, lexicon=lexicon)
    found, e2e = [], []
    for commitment, quote in key:
        at = a.text.find(commitment)
        end = at + len(commitment)
        best = max(proposals, default=None,
                   key=lambda p: min(end, p.commitment.passage.end)
                   - max(at, p.commitment.passage.start))
        hit = best is not None and min(end, best.commitment.passage.end) \
            - max(at, best.commitment.passage.start) >= 0.5 * len(commitment)
        found.append(1 if hit else 0)
        e2e.append(ranks([c.passage for c in best.candidates], b.text, quote)
                   if hit and best is not None else 0)
        if verbose and e2e[-1] != 1:
            print(f"  {pair} end-to-end miss (rank {e2e[-1]}, "
                  f"{'found' if hit else 'not found'}): {commitment} → {quote}")
    if not quiet:
        print(f"{pair} ({part}, {len(key)} keyed, A {len(a.text)} / B {len(b.text)} chars, "
          f"{len(proposals)} commitments found): given top1 {share(ours, 1):.2f} top3 "
              f"{share(ours, 3):.2f} | baseline top1 {share(base, 1):.2f} "
              f"top3 {share(base, 3):.2f} | end to end recall {share(found, 1):.2f} "
              f"top1 {share(e2e, 1):.2f} top3 {share(e2e, 3):.2f}")
    t["ours"] += ours
    t["base"] += base
    t["found"] += found
    t["e2e"] += e2e



if __name__ == "__main__":
    sys.exit(main())
