"""Strict outline quality against hand-checked gold outlines of real documents.

`.venv/bin/python -m bench.outline_quality [--verbose] [--draft FILE]` reads every
tests/data/outline_real/*.txt|*.md with its *.gold beside it (format in that folder's
README: one node a line, `depth<TAB>kind<TAB>line<TAB>marker<TAB>title`, kind H heading,
L lead, I item). A detected node matches a gold node only on the same line and the same
depth (items: and the same marker, as several items share a line); sections are headings
and leads (a heading found as a lead or the reverse still counts), items are items.
Prints per-document and micro-averaged F1 of sections and of items, for the documents the
rules were tuned on (seen) and the held-out ones (split.tsv), and per kind of document.
`--draft FILE` prints the detector's outline of FILE in the gold format (to start a gold
file from, then corrected by hand).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.report.loading import load_report

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "outline_real"
_KIND = {"heading": "H", "lead": "L", "item": "I"}
#: file-name prefix → kind of document (README's figures are given per kind)
KINDS = {"reg": "条例/办法/规定", "md": "Markdown", "plan": "实施方案/意见", "opinion": "实施方案/意见",
         "speech": "讲话", "summary": "工作总结", "report": "政府工作报告/汇报", "frag": "片段"}
Node = tuple[int, str, int, str]  # (depth, kind letter, line, marker)


@dataclass
class Counts:
    """True positives, false positives and false negatives of sections and of items."""

    sec: list[int] = field(default_factory=lambda: [0, 0, 0])
    item: list[int] = field(default_factory=lambda: [0, 0, 0])

    def add(self, other: Counts) -> None:
        self.sec = [a + b for a, b in zip(self.sec, other.sec)]
        self.item = [a + b for a, b in zip(self.item, other.item)]


def f1(tp: int, fp: int, fn: int) -> float | None:
    """F1 of the counts; None when there is nothing to find and nothing was found."""
    if tp + fp + fn == 0:
        return None
    return 2 * tp / (2 * tp + fp + fn)


def fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def read_gold(path: Path) -> list[Node]:
    nodes = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        depth, kind, line, marker = raw.split("\t")[:4]
        nodes.append((int(depth), kind, int(line), marker))
    return nodes


def detected(outline: Outline) -> list[Node]:
    return [(n.depth, _KIND[n.kind], n.line, n.marker) for n in outline.nodes()]


def _keys(nodes: Iterable[Node], items: bool) -> list[tuple[int, int, str]]:
    return [(d, line, m if items else "") for d, k, line, m in nodes if (k == "I") == items]


def _match(gold: list[tuple[int, int, str]], found: list[tuple[int, int, str]]) -> list[int]:
    left = list(found)
    tp = 0
    for key in gold:
        if key in left:
            left.remove(key)
            tp += 1
    return [tp, len(found) - tp, len(gold) - tp]


def score(gold: list[Node], found: list[Node]) -> Counts:
    return Counts(_match(_keys(gold, False), _keys(found, False)),
                  _match(_keys(gold, True), _keys(found, True)))


def documents() -> list[Path]:
    return sorted(p for p in DATA.iterdir()
                  if p.suffix in (".txt", ".md") and p.with_suffix(".gold").exists())


def split() -> dict[str, str]:
    """Document stem → "seen" or "heldout"."""
    rows = (line.split("\t") for line in (DATA / "split.tsv").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {row[0]: row[1].strip() for row in rows}


def batches() -> dict[str, str]:
    """Document stem → its batch (split.tsv's optional third column), for per-batch figures."""
    rows = (line.split("\t") for line in (DATA / "split.tsv").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {row[0]: row[2].strip() for row in rows if len(row) > 2}


def kind_of(stem: str) -> str:
    return KINDS.get(stem.split("_", 1)[0], "其他")


def evaluate(verbose: bool = False) -> dict[str, Counts]:
    """Counts per document stem (printing one line per document)."""
    parts = split()
    results: dict[str, Counts] = {}
    print(f"{'document':<28}{'set':<8}{'sec F1':>7}{'item F1':>8}  gold sec/item")
    for path in documents():
        gold = read_gold(path.with_suffix(".gold"))
        found = detected(detect_outline(load_report(path)))
        counts = score(gold, found)
        results[path.stem] = counts
        print(f"{path.stem:<28}{parts.get(path.stem, '?'):<8}{fmt(f1(*counts.sec)):>7}"
              f"{fmt(f1(*counts.item)):>8}  {counts.sec[0] + counts.sec[2]}/"
              f"{counts.item[0] + counts.item[2]}")
        if verbose:
            for key in sorted(set(gold) ^ set(found), key=lambda n: (n[2], n[0])):
                print(f"    {'MISSED' if key in gold else 'EXTRA '} {key}")
    return results


def summary(results: dict[str, Counts]) -> dict[str, Counts]:
    """Micro-averaged totals per set and per kind, printed; the totals per set returned."""
    parts = split()
    batch = batches()
    sets: dict[str, Counts] = {}
    kinds: dict[tuple[str, str], Counts] = {}
    for stem, counts in results.items():
        sets.setdefault(parts.get(stem, "?"), Counts()).add(counts)
        sets.setdefault("all", Counts()).add(counts)
        if stem in batch:
            sets.setdefault(f"{parts.get(stem, '?')} batch {batch[stem]}", Counts()).add(counts)
        kinds.setdefault((kind_of(stem), parts.get(stem, "?")), Counts()).add(counts)
    print(f"\n{'micro-averaged':<28}{'sec F1':>7}{'item F1':>8}")
    for name in ("seen", "heldout", *sorted(k for k in sets if " batch " in k), "all"):
        if name in sets:
            c = sets[name]
            print(f"{name:<28}{fmt(f1(*c.sec)):>7}{fmt(f1(*c.item)):>8}")
    print(f"\n{'per kind (set)':<28}{'sec F1':>7}{'item F1':>8}")
    for (kind, part), c in sorted(kinds.items()):
        print(f"{kind + ' (' + part + ')':<28}{fmt(f1(*c.sec)):>7}{fmt(f1(*c.item)):>8}")
    return sets


def draft(path: Path) -> str:
    outline = detect_outline(load_report(path))
    return "".join(f"{n.depth}\t{_KIND[n.kind]}\t{n.line}\t{n.marker}\t{n.title}\n"
                   for n in outline.nodes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    parser.add_argument("--draft", type=Path, help="print FILE's outline in the gold format")
    args = parser.parse_args(argv)
    if args.draft:
        sys.stdout.write(draft(args.draft))
        return 0
    summary(evaluate(args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
