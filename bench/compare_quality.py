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
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.results import figure
from model.compare.lexicon import Lexicon
from model.compare.matching import char_pairs
from model.compare.pair import propose
from model.compare.parts import review_spans
from model.compare.passages import Passage, sentences
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "compare_real"
TARGET_SECONDS = 1.0
#: candidates ranked per commitment: a reviewer sees five at once (top 1 / 3 / 5 shares)
TOP = 5
#: pairs whose B is a whole report (an excerpt pair's A against the full text): left out of
#: the pooled B (their sentences repeat the excerpt's) and of the 20k speed texts
LONG = frozenset({"sc2025_2026_full"})


def read_key(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            commitment, _, evidence = line.partition("\t")
            rows.append((commitment.strip(), evidence.strip()))
    return rows


def read_groups(path: Path = DATA / "split.tsv") -> dict[str, str]:
    """pair -> the part it came in as: tune data that was once held back is printed apart
    (its note says "held back in session N"), so a rule tuned on the old pairs shows what it
    did to the newer ones."""
    groups = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 2:
            note = cells[2] if len(cells) > 2 else ""
            groups[cells[0]] = (cells[1] if cells[1] != "tune"  # a held-back part itself
                                else "tune-long" if cells[0] in LONG
                                else "tune-heldback2" if "held back in session 7" in note
                                else "tune-heldback4" if "heldback4" in note
                                else "tune-heldback5" if "heldback5" in note
                                else "tune-heldback6" if "heldback6" in note
                                else "tune-heldback7" if "heldback7" in note
                                else "tune-heldback3" if "held back in session 8" in note
                                else "tune-8")
    return groups


def read_split(path: Path = DATA / "split.tsv") -> dict[str, str]:
    """pair -> part (tune / heldback …); a third column is a note."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return {r[0]: r[1] for r in rows if len(r) >= 2}


def right(passage: Passage, text: str, evidence: str) -> bool:
    """The proposal is right when B's sentence holds the evidence quote (or most of it)."""
    at = text.find(evidence)
    if at < 0:
        raise SystemExit(f"evidence not in B: {evidence}")
    overlap = min(passage.end, at + len(evidence)) - max(passage.start, at)
    return overlap >= 0.5 * len(evidence)


def ranks(candidates: list[Passage], text: str, evidence: str) -> int:
    """1-based rank of the first right candidate, 0 when none is."""
    for i, p in enumerate(candidates, 1):
        if right(p, text, evidence):
            return i
    return 0


def baseline(commitment: str, b: Report, outline: object) -> list[Passage]:
    spans = review_spans(outline)  # type: ignore[arg-type]
    pool = [p for p in sentences(b.text, outline)  # type: ignore[arg-type]
            if not spans or any(s <= p.start < e for s, e in spans)]
    pairs = char_pairs(commitment)
    scored = sorted(pool, key=lambda p: (-len(pairs & char_pairs(p.quote)), p.start))
    return scored[:TOP]


def share(values: list[int], k: int) -> float:
    return sum(1 for r in values if 0 < r <= k) / len(values) if values else 0.0


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


def unheaded_review(pair: str, segmenter: Segmenter, idf: Idf,
                    lexicon: Lexicon) -> tuple[list[int], list[int]]:
    """Ranks (Yuepi, baseline) with the line heading B's review dropped: a whole report
    pasted without it must still have its review found (what comes before the plan)."""
    text = (DATA / f"{pair}.B.txt").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.split("\n")
                     if not (line.startswith("一、") and "回顾" in line))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.txt"
        path.write_text(text, encoding="utf-8")
        b = load_report(path)
    ob = detect_outline(b)
    evidence = Evidence(b.text, ob, segmenter, idf, lexicon.abbreviations,
                        lexicon.associations)
    evidence.define((DATA / f"{pair}.A.txt").read_text(encoding="utf-8"))
    ours, base = [], []
    for commitment, quote in read_key(DATA / f"{pair}.key.tsv"):
        given = Passage(0, len(commitment), commitment, ())
        ours.append(ranks([c.passage for c in evidence.candidates(given, 3)], b.text, quote))
        base.append(ranks(baseline(commitment, b, ob), b.text, quote))
    return ours, base


def headless(pairs: list[str], segmenter: Segmenter, idf: Idf,
             lexicon: Lexicon) -> tuple[list[int], list[int]]:
    """End to end with A's heading lines dropped (an A assembled from excerpts may mark no
    part): per key row, found (1/0) and the rank of its evidence."""
    found, e2e = [], []
    with tempfile.TemporaryDirectory() as folder:
        for pair in pairs:
            text = (DATA / f"{pair}.A.txt").read_text(encoding="utf-8")
            text = "\n".join(line for line in text.split("\n")
                             if not (line.strip() and len(line) < 40
                                     and not any(c in line for c in "。；")))
            if not text.strip():  # an A of short list lines only: nothing left to read
                continue
            path = Path(folder) / "a.txt"
            path.write_text(text, encoding="utf-8")
            a, b = load_report(path), load_report(DATA / f"{pair}.B.txt")
            proposals = propose(a.text, detect_outline(a), b.text, detect_outline(b),
                                segmenter, idf, limit=3, lexicon=lexicon)
            for commitment, quote in read_key(DATA / f"{pair}.key.tsv"):
                at = a.text.find(commitment)
                end = at + len(commitment)
                hits = [p for p in proposals if min(end, p.commitment.passage.end)
                        - max(at, p.commitment.passage.start) >= 0.5 * len(commitment)]
                found.append(1 if hits else 0)
                e2e.append(ranks([c.passage for c in hits[0].candidates], b.text, quote)
                           if hits else 0)
    return found, e2e


def pooled(pairs: list[str], segmenter: Segmenter, idf: Idf,
           lexicon: Lexicon) -> tuple[list[int], list[int]]:
    """Ranks (Yuepi, baseline) of each key row's evidence when B is all the pairs' B texts
    joined: the small excerpts have few sentences, so words alone often suffice there; here
    every other report's sentences (other provinces' 地区生产总值增长…) compete."""
    texts, spans, at = [], {}, 0
    for pair in pairs:
        text = (DATA / f"{pair}.B.txt").read_text(encoding="utf-8") + "\n\n"
        spans[pair] = (at, at + len(text))
        texts.append(text)
        at += len(text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pooled.txt"
        path.write_text("".join(texts), encoding="utf-8")
        b = load_report(path)
    ob = detect_outline(b)
    evidence = Evidence(b.text, ob, segmenter, idf, lexicon.abbreviations,
                        lexicon.associations)
    ours, base = [], []
    for pair in pairs:
        evidence.define((DATA / f"{pair}.A.txt").read_text(encoding="utf-8"))
        start, end = spans[pair]
        for commitment, quote in read_key(DATA / f"{pair}.key.tsv"):
            at = b.text.find(quote, start, end)
            given = Passage(0, len(commitment), commitment, ())
            ours.append(_rank_at([c.passage for c in evidence.candidates(given, 3)], at,
                                 len(quote)))
            base.append(_rank_at(baseline(commitment, b, ob), at, len(quote)))
    return ours, base


def _rank_at(candidates: list[Passage], at: int, size: int) -> int:
    for i, p in enumerate(candidates, 1):
        if min(p.end, at + size) - max(p.start, at) >= 0.5 * size:
            return i
    return 0


def speed(segmenter: Segmenter, idf: Idf, lexicon: Lexicon, runs: int = 5,
          long_b: bool = False) -> tuple[float, float]:
    """Median seconds (wall, CPU) of the proposals for two ~20,000-character reports (the
    excerpt pairs' texts repeated), or with `long_b` for a ~20,000-character A and a whole
    report B grown to ~30,000 characters."""
    a_parts, b_parts = [], []
    for pair in sorted(read_split()):
        if pair not in LONG:
            a_parts.append((DATA / f"{pair}.A.txt").read_text(encoding="utf-8"))
            b_parts.append((DATA / f"{pair}.B.txt").read_text(encoding="utf-8"))
    a_text = _grown("\n".join(a_parts))
    if long_b:
        b_text = _grown("\n".join((DATA / f"{pair}.B.txt").read_text(encoding="utf-8")
                                  for pair in sorted(LONG)), 30_000)
    else:
        b_text = _grown("\n".join(b_parts))
    with tempfile.TemporaryDirectory() as folder:
        pa, pb = Path(folder) / "a.txt", Path(folder) / "b.txt"
        pa.write_text(a_text, encoding="utf-8")
        pb.write_text(b_text, encoding="utf-8")
        a, b = load_report(pa), load_report(pb)
        times, cpu = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf,
                    lexicon=lexicon)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    print(f"  sizes {len(a_text)} + {len(b_text)} chars; runs {[round(x, 3) for x in times]} "
          f"(on a shared machine CPU time is the steadier figure)")
    return statistics.median(times), statistics.median(cpu)


def _grown(text: str, size: int = 20_000) -> str:
    """The text repeated to at least `size` characters, then cut at the last paragraph
    end within it: ~20,000 characters however many pairs there are."""
    grown = (text + "\n") * (size // (len(text) + 1) + 1)
    cut = grown.rfind("\n", 0, size)
    return grown[:cut] if cut > 0 else grown


if __name__ == "__main__":
    sys.exit(main())
