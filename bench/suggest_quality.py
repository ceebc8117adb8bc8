"""Precision, recall and F1 of suggested tags against hand-annotated fixture reports.

`.venv/bin/python -m bench.suggest_quality [--verbose]` reads tests/data/suggest/*.txt with
their *.gold.json (list of {tag, quote}); with `--real`, the real reports of
tests/data/suggest_real (*.gold.tsv, `tag<TAB>quote`), scored apart for each part of
split.tsv: the part the rules were written on (`tune`) and any held-back part labelled
before any suggestion ran on it (`fresh2`…). A suggestion matches a gold item when the tags are
equal and the spans overlap by at least 50 % of the gold span; each gold item and each
suggestion is matched at most once. Baseline in the same run: the section default alone
(every sentence gets its section's lean, no cues), to show what the cue lexicon adds.
Reliability of the calibrated score: expected calibration error (ECE, 10 bins) of each
suggestion's score against whether it matched a gold label, with the reliability rows, a
histogram of the scores and their spread. With `--volume`: how many suggestions the
default threshold and per-section cap leave on a long report (all the real reports as the
parts of one, ~25,000 characters, a stand-in for a national report) and on each plan.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.reading.calibration import expected_calibration_error
from model.reading.ranking import (
    CHARS_PER_SUGGESTION,
    DEFAULT_MIN_SCORE,
    DEFAULT_PER_SECTION,
    default_limit,
    ranked,
)
from model.reading.segmenter import Segmenter
from model.reading.suggestion_units import units
from model.reading.suggestions import TAGS, Suggestion, suggest
from model.reading.traditional import simplified
from model.report.loading import load_report, report_from_text

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "suggest"
REAL = DATA.parent / "suggest_real"
Span = tuple[str, int, int]


def load_gold(txt: Path, text: str) -> list[Span]:
    tsv = txt.with_suffix(".gold.tsv")
    if tsv.exists():
        rows = [line.split("\t", 1) for line in tsv.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
        gold = [{"tag": tag, "quote": quote} for tag, quote in rows]
    else:
        gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
    spans = []
    for item in gold:
        start = text.index(item["quote"])
        spans.append((item["tag"], start, start + len(item["quote"])))
    return spans


def match(gold: list[Span], found: list[Span]) -> tuple[dict[str, int], dict[str, int],
                                                        dict[str, int], list[Span], list[Span]]:
    """Per-tag true positives, false positives, false negatives; unmatched gold/found."""
    used: set[int] = set()
    tp = dict.fromkeys(TAGS, 0)
    missed: list[Span] = []
    for tag, gs, ge in gold:
        hit = next((i for i, (t, fs, fe) in enumerate(found) if i not in used and t == tag
                    and min(ge, fe) - max(gs, fs) >= 0.5 * (ge - gs)), None)
        if hit is None:
            missed.append((tag, gs, ge))
        else:
            used.add(hit)
            tp[tag] += 1
    extra = [f for i, f in enumerate(found) if i not in used]
    fp = {t: sum(1 for f in extra if f[0] == t) for t in TAGS}
    fn = {t: sum(1 for g in missed if g[0] == t) for t in TAGS}
    return tp, fp, fn, missed, extra


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def section_only(text: str, outline: Outline) -> list[Span]:
    """Baseline: every unit gets its section's default tag (review sections: measure),
    no cue lexicon, no numbers; units outside such sections (or in a plan's situation
    part) get nothing."""
    default = {"problem": "problem", "commitment": "commitment", "past": "measure",
               "plan": "commitment", "review": "measure"}
    return [(default[lean[0]], s, e) for s, e, lean in units(text, outline)
            if lean and lean[0] in default]


def _places(text: str, outline: Outline) -> Callable[[int], str]:
    """Where a span starting at an offset sits, as the suggester reads it: the kind of its
    part (problem, commitment, past, plan, review, situation) and the part's label, or
    "no unit" when the suggester does not read it as a sentence at all (a heading)."""
    leans = units(simplified(text), outline, original=text)

    def where(offset: int) -> str:
        for start, end, lean in leans:
            if start <= offset < end:
                return f"{lean.kind} {lean.label}" if lean else "no part"
        return "no unit"
    return where


def report(title: str, totals: dict[str, list[int]]) -> None:
    print(f"\n{title}\n{'tag':<12}{'gold':>5}{'found':>6}{'P':>7}{'R':>7}{'F1':>7}")
    all_counts = [0, 0, 0]
    for tag in TAGS:
        tp, fp, fn = totals[tag]
        all_counts = [a + b for a, b in zip(all_counts, (tp, fp, fn))]
        p, r, f = _prf(tp, fp, fn)
        print(f"{tag:<12}{tp + fn:>5}{tp + fp:>6}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
    p, r, f = _prf(*all_counts)
    print(f"{'all (micro)':<12}{all_counts[0] + all_counts[2]:>5}"
          f"{all_counts[0] + all_counts[1]:>6}{p:>7.2f}{r:>7.2f}{f:>7.2f}")


def real_split() -> dict[str, list[Path]]:
    """part name -> the real reports in it (tests/data/suggest_real/split.tsv)."""
    parts: dict[str, list[Path]] = {}
    for line in (REAL / "split.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, part = line.split("\t")[:2]
            parts.setdefault(part, []).append(REAL / f"{name}.txt")
    return parts


def tuning_files() -> list[Path]:
    """The real reports the rules are written and the re-ranker and calibration fitted on:
    every part whose name starts with `tune` (`tune`, and `tune7`, labelled in session 10
    for the rules to be studied on), never a held-back part."""
    return [f for part, files in real_split().items() if part.startswith("tune")
            for f in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true",
                        help="list misses and extras, with the part each sits in")
    parser.add_argument("--real", action="store_true",
                        help="score the real reports, each part of split.tsv apart")
    parser.add_argument("--cv", action="store_true",
                        help="leave one part out: the rules alone and with the re-ranker "
                             "fitted without the part (bench/suggest_cv.py)")
    parser.add_argument("--rules", action="store_true",
                        help="which decisions and result patterns carry the suggestions, on "
                             "how many documents (bench/suggest_rules.py)")
    parser.add_argument("--volume", action="store_true",
                        help="count what the default threshold and cap leave on a long "
                             "report and on each plan")
    args = parser.parse_args(argv)
    if args.rules:
        from bench.suggest_rules import rule_usage
        rule_usage()
        return 0
    if args.cv:
        from bench.suggest_cv import cross_validate
        cross_validate()
        return 0
    if args.volume:
        volume()
        return 0
    if args.real:
        for part, files in real_split().items():
            print(f"\n=== real reports, part {part!r} ===")
            score(files, args.verbose)
        return 0
    score(sorted(DATA.glob("*.txt")), args.verbose)
    return 0


def volume() -> None:
    """Suggestions shown by default (threshold DEFAULT_MIN_SCORE, DEFAULT_PER_SECTION per
    section, default_limit overall) on a long report made of every real report as one part, and on each plan."""
    files = [f for part in real_split().values() for f in part]
    parts = [(f.stem, load_report(f).text) for f in files]
    long_text = "政府工作报告\n" + "".join(
        f"{_CN_NUMBERS[i % len(_CN_NUMBERS)]}、{name}\n{text.strip()}\n"
        for i, (name, text) in enumerate(parts))
    plans = [(name, text) for name, text in parts if name.startswith(("plan_", "town_plan"))]
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        print(f"{'report':<30}{'chars':>7}{'all':>6}{'shown':>7}  (threshold "
              f"{DEFAULT_MIN_SCORE}, cap {DEFAULT_PER_SECTION} per section, "
              f"limit 1 per {CHARS_PER_SUGGESTION} characters)")
        for name, text in [("long report (all real ones)", long_text), *plans]:
            rep = report_from_text(text)
            outline = detect_outline(rep)
            found = suggest(rep.text, outline, segmenter)
            shown = ranked(found, outline, DEFAULT_MIN_SCORE, default_limit(len(rep.text)),
                           DEFAULT_PER_SECTION)
            print(f"{name:<30}{len(text):>7}{len(found):>6}{len(shown):>7}")


_CN_NUMBERS = "一二三四五六七八九十"


def judged(files: list[Path], segmenter: Segmenter) -> list[tuple[Suggestion, bool]]:
    """Every suggestion on `files`, with whether it matched a gold label."""
    result: list[tuple[Suggestion, bool]] = []
    for txt in files:
        rep = load_report(txt)
        found = suggest(rep.text, detect_outline(rep), segmenter)
        extra = set(match(load_gold(txt, rep.text),
                          [(s.tag, s.start, s.end) for s in found])[4])
        result += [(s, (s.tag, s.start, s.end) not in extra) for s in found]
    return result


def reliability(title: str, pairs: list[tuple[Suggestion, bool]]) -> None:
    """ECE of the calibrated score (and, for comparison, of the raw rule score read as a
    probability), then the reliability rows of the calibrated one."""
    ece, rows = expected_calibration_error([(s.score, ok) for s, ok in pairs])
    raw_ece, _ = expected_calibration_error([(s.raw_score, ok) for s, ok in pairs])
    print(f"\n{title}: {len(pairs)} suggestions, ECE {ece:.3f} (raw score: {raw_ece:.3f})")
    for confidence, accuracy, count in rows:
        print(f"  score ~{confidence:.2f}  right {accuracy:.2f}  ({count})")
    histogram([s.score for s, _ in pairs])


def histogram(scores: list[float], bins: int = 10) -> None:
    """The calibrated scores in `bins` equal bins (one # per suggestion, up to 60) and
    their 10th, 50th and 90th percentiles."""
    if not scores:
        return
    counts = [0] * bins
    for score in scores:
        counts[min(int(score * bins), bins - 1)] += 1
    print("  score histogram:")
    for b, count in enumerate(counts):
        print(f"  {b / bins:.1f}-{(b + 1) / bins:.1f} {count:>4} {'#' * min(count, 60)}")
    ordered = sorted(scores)
    p10, p50, p90 = (ordered[min(int(q * len(ordered)), len(ordered) - 1)]
                     for q in (0.1, 0.5, 0.9))
    print(f"  spread: p10 {p10:.2f}  median {p50:.2f}  p90 {p90:.2f}")


def score(files: list[Path], verbose: bool) -> None:
    """Per-report lines, then the per-tag table for `files` and the section-only baseline."""
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        full = {t: [0, 0, 0] for t in TAGS}
        base = {t: [0, 0, 0] for t in TAGS}
        started = time.perf_counter()
        for txt in files:
            rep = load_report(txt)
            gold = load_gold(txt, rep.text)
            outline = detect_outline(rep)
            found = suggest(rep.text, outline, segmenter)
            spans = [(s.tag, s.start, s.end) for s in found]
            tp, fp, fn, missed, extra = match(gold, spans)
            for t in TAGS:
                full[t] = [full[t][0] + tp[t], full[t][1] + fp[t], full[t][2] + fn[t]]
            btp, bfp, bfn, _, _ = match(gold, section_only(rep.text, outline))
            for t in TAGS:
                base[t] = [base[t][0] + btp[t], base[t][1] + bfp[t], base[t][2] + bfn[t]]
            hits, wrong, miss = sum(tp.values()), sum(fp.values()), sum(fn.values())
            p, r, f = _prf(hits, wrong, miss)
            print(f"{txt.stem:<28} gold {hits + miss:>3}  found {hits + wrong:>3}  "
                  f"P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
            if verbose:
                where = _places(rep.text, outline)
                for tag, s, e in missed:
                    print(f"{txt.stem}: MISSED {tag} [{where(s)}]: {rep.text[s:e]}")
                for tag, s, e in extra:
                    print(f"{txt.stem}: EXTRA  {tag} [{where(s)}]: {rep.text[s:e]}")
        elapsed = time.perf_counter() - started
    report("suggest() — section context + cue lexicon", full)
    report("baseline — section default only (no cues, no numbers)", base)
    print(f"\n{len(files)} reports, suggest() took {elapsed:.3f} s in all")
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        reliability("calibrated score", judged(files, segmenter))


if __name__ == "__main__":
    sys.exit(main())
