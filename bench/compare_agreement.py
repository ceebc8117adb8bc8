"""How far two keyers agree: the ceiling of what `compare` can be asked to reach (issue 16).

A second keyer, given only the commitments of a part's key (not its evidence), wrote for each
the passage(s) of B's review that report on it, best first (tests/data/compare_real/second_key/
PAIR.key2.tsv: commitment <TAB> evidence, or `-` where B says nothing). Each second-key passage
is read as a proposal would be: the sentence of B that holds it. Printed per pair and pooled:
the share of commitments whose second keyer's first passage is right by the first key (the
same test as a top-1 proposal: bench.compare_keys.right), right within the second keyer's
passages, and the first key's first passage within the second keyer's.

Run: .venv/bin/python -m bench.compare_agreement
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from bench.compare_keys import DATA, right
from bench.results import figure
from model.compare.passages import Passage, sentences

SECOND = DATA / "second_key"


def read_keys(path: Path) -> dict[str, list[str]]:
    """commitment -> its evidence quotes in the key's order (`-`: B says nothing)."""
    key: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            commitment, evidence = line.split("\t")[:2]
            key[commitment].append(evidence)
    return key


def holding(text: str, quote: str, pieces: list[Passage]) -> Passage:
    """The sentence of B that holds most of `quote`."""
    at = text.find(quote)
    if at < 0:
        raise SystemExit(f"second key's evidence not in B: {quote}")
    return max(pieces, key=lambda s: min(s.end, at + len(quote)) - max(s.start, at))


def agreement(pair: str) -> tuple[int, int, int, int]:
    """(commitments, second keyer's first right, any of theirs right, first key's first
    among the second keyer's) for one pair."""
    text = (DATA / f"{pair}.B.txt").read_text(encoding="utf-8")
    pieces = sentences(text, None)
    first, second = read_keys(DATA / f"{pair}.key.tsv"), read_keys(SECOND / f"{pair}.key2.tsv")
    top1 = anywhere = back = 0
    for commitment, evidence in first.items():
        theirs = [holding(text, q, pieces) for q in second.get(commitment, []) if q != "-"]
        verdicts = [any(right(p, text, q) for q in evidence) for p in theirs]
        top1 += bool(verdicts and verdicts[0])
        anywhere += any(verdicts)
        mine = holding(text, evidence[0], pieces)
        back += any(right(mine, text, q) for q in second.get(commitment, []) if q != "-")
    return len(first), top1, anywhere, back


def main() -> int:
    pairs = sorted(p.name.removesuffix(".key2.tsv") for p in SECOND.glob("*.key2.tsv"))
    totals = [0, 0, 0, 0]
    for pair in pairs:
        row = agreement(pair)
        totals = [t + r for t, r in zip(totals, row)]
        n = row[0]
        print(f"{pair:22} {n:3} commitments: second keyer's first right {row[1] / n:.2f}, "
              f"any of theirs {row[2] / n:.2f}, first key's in theirs {row[3] / n:.2f}")
    n = totals[0]
    print(f"{'all':22} {n:3} commitments: second keyer's first right {totals[1] / n:.2f}, "
          f"any of theirs {totals[2] / n:.2f}, first key's in theirs {totals[3] / n:.2f}")
    figure("compare: two keyers' agreement (second keyer's first passage right by the key)",
           f"{totals[1] / n:.2f} ({totals[1]} of {n})", "goal top-1 0.85", None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
