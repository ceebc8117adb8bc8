"""Harder forms of the keyed pairs (bench.compare_quality): B's review heading dropped, A's
headings dropped, and every B of a part joined into one."""
from __future__ import annotations

import tempfile
from pathlib import Path

from bench.compare_keys import DATA, baseline, rank_at, ranks, read_key
from model.compare.lexicon import Lexicon
from model.compare.pair import propose
from model.compare.passages import Passage
from model.compare.proposals import Evidence
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report


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
            ours.append(rank_at([c.passage for c in evidence.candidates(given, 3)], at,
                                 len(quote)))
            base.append(rank_at(baseline(commitment, b, ob), at, len(quote)))
    return ours, base


