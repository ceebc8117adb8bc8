"""承诺兑现对照表: the stored decisions of a comparison (model/compare/store.py) as a
table — the commitment with its citation in A | the evidence with its citation in B |
verdict | note — and the count per verdict; as CSV (UTF-8 with BOM, CRLF, formula-like
cells escaped as the review CSV does) or Markdown."""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

from model.compare.store import VERDICT_LABELS, VERDICTS, Comparison
from model.export.citation import Citer
from model.export.csv_export import runs_as_formula

HEADER = ("承诺（上年报告）", "出处", "兑现情况（本年报告）", "出处", "结论", "备注")


@dataclass(frozen=True)
class Row:
    commitment: str
    commitment_cite: str
    evidence: str
    evidence_cite: str
    verdict: str  # the key (kept, partly, not_kept, not_mentioned)
    note: str

    def cells(self) -> tuple[str, ...]:
        return (self.commitment, self.commitment_cite, self.evidence, self.evidence_cite,
                VERDICT_LABELS[self.verdict], self.note)


def rows(comparison: Comparison, citer_a: Citer, citer_b: Citer) -> list[Row]:
    """One row per link, in A's order (then B's): commitments read as in the report."""
    links = sorted(comparison.links, key=lambda k: (
        k.commitment.start, k.evidence.start if k.evidence else -1))
    return [Row(k.commitment.quote, citer_a.cite_annotation(k.commitment),
                k.evidence.quote if k.evidence else "",
                citer_b.cite_annotation(k.evidence) if k.evidence else "",
                k.verdict, k.note) for k in links]


def counts(table: list[Row]) -> list[tuple[str, int]]:
    """(verdict label, count) for every verdict, in the verdicts' order."""
    seen = Counter(r.verdict for r in table)
    return [(VERDICT_LABELS[v], seen[v]) for v in VERDICTS]


def render_csv(table: list[Row]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for r in table:
        writer.writerow([_safe(c) for c in r.cells()])
    writer.writerow([])
    for label, n in counts(table):
        writer.writerow([label, str(n)])
    return "\ufeff" + buffer.getvalue()


def render_md(table: list[Row]) -> str:
    lines = ["# 承诺兑现对照表", "", "| " + " | ".join(HEADER) + " |",
             "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(_md(c) for c in r.cells()) + " |" for r in table]
    lines += ["", "| 结论 | 条数 |", "|---|---|"]
    lines += [f"| {label} | {n} |" for label, n in counts(table)]
    return "\n".join(lines) + "\n"


def _safe(value: str) -> str:
    return "'" + value if runs_as_formula(value) else value


def _md(value: str) -> str:
    """A table cell: pipes escaped, line breaks as <br>."""
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n") \
        .replace("\n", "<br>")
