"""The stored decisions of `compare A B` (model/compare/store.py, docs/compare.md):
`--link A_SPAN B_SPAN --verdict V [--note …] [--author …]` adds one, `--unlink ID`
removes one, `--links` prints them re-anchored on the current texts (json|text).
Bad input: CompareBadLink / CompareLinkNotFound (one line, exit 2)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from model.annotations import Annotation
from model.compare.store import (
    VERDICT_LABELS,
    VERDICTS,
    Comparison,
    Link,
    comparison_path,
    make_link,
    open_comparison,
    save_comparison,
)
from model.errors import MESSAGES, CompareBadLink, CompareLinkNotFound
from model.report.loading import Report
from model.sidecar.anchoring import AnchorSummary


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--link", nargs=2, metavar=("COMMITMENT", "EVIDENCE"),
                        help="store a decision: START:END in A, START:END in B (or -)")
    parser.add_argument("--verdict", help="with --link: " + ", ".join(VERDICTS))
    parser.add_argument("--note", default="", help="with --link: the reviewer's note")
    parser.add_argument("--author", default="", help="with --link: who decided")
    parser.add_argument("--links", action="store_true",
                        help="print the stored decisions (B.compare.json), re-anchored")
    parser.add_argument("--unlink", metavar="ID", help="remove one stored decision")


def wanted(args: argparse.Namespace) -> bool:
    return bool(args.link or args.links or args.unlink)


def run(args: argparse.Namespace, a: Report, b: Report, out: TextIO) -> int:
    opened = open_comparison(a, b)
    if opened.quarantined is not None:  # said, then carry on empty (as the sidecar does)
        print(f"yuepi compare: {MESSAGES['compare_file_corrupt']}: {opened.quarantined}"
              f" ({opened.problem})", file=sys.stderr)
    comparison = opened.comparison
    if args.link:
        link = _new_link(args, a, b)
        comparison.links.append(link)
        save_comparison(a, b, comparison)
        out.write(link.id + "\n")
    elif args.unlink:
        if comparison.get(args.unlink) is None:
            raise CompareLinkNotFound(args.unlink)
        comparison.links = [k for k in comparison.links if k.id != args.unlink]
        save_comparison(a, b, comparison)
        out.write(args.unlink + "\n")
    elif args.format in ("csv", "md"):
        out.write(_table(args.format, a, b, comparison))
    elif args.format == "json":
        json.dump(to_json(a, b, comparison, opened.summary_a, opened.summary_b), out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_text(comparison))
    return 0


def _table(fmt: str, a: Report, b: Report, comparison: Comparison) -> str:
    """The 承诺兑现对照表 (model/compare/table.py), citations from each outline."""
    from model.compare import table as compare_table
    from model.export.citation import Citer
    from model.outline.detector import detect_outline

    table = compare_table.rows(comparison, Citer(a.text, detect_outline(a), a.page_starts),
                               Citer(b.text, detect_outline(b), b.page_starts))
    if fmt == "csv":
        return compare_table.render_csv(table)
    return compare_table.render_md(table)


def _new_link(args: argparse.Namespace, a: Report, b: Report) -> Link:
    try:
        commitment = _span(args.link[0])
        if commitment is None:
            raise ValueError("the commitment needs a span")
        return make_link(a, b, commitment, _span(args.link[1]), args.verdict or "",
                         note=args.note, author=args.author)
    except ValueError as exc:
        raise CompareBadLink(str(exc)) from exc


def _span(text: str) -> tuple[int, int] | None:
    """`START:END` → (start, end); `-` → None (no evidence)."""
    if text.strip() == "-":
        return None
    start, sep, end = text.partition(":")
    if not sep or not start.strip().isdecimal() or not end.strip().isdecimal():
        raise ValueError(f"not a span START:END: {text!r}")
    return int(start), int(end)


def _side(x: Annotation | None) -> dict[str, object] | None:
    if x is None:
        return None
    return {"start": x.start, "end": x.end, "quote": x.quote, "status": x.status}


def to_json(a: Report, b: Report, comparison: Comparison, summary_a: AnchorSummary,
            summary_b: AnchorSummary) -> dict[str, object]:
    return {
        "file": str(comparison_path(b.path)),
        "earlier": {"path": str(a.path), "sha256": a.sha256, "anchoring": summary_a.to_json()},
        "later": {"path": str(b.path), "sha256": b.sha256, "anchoring": summary_b.to_json()},
        "links": [{"id": k.id, "commitment": _side(k.commitment),
                   "evidence": _side(k.evidence), "verdict": k.verdict,
                   "verdict_label": VERDICT_LABELS[k.verdict], "note": k.note,
                   "author": k.author, "created": k.created, "modified": k.modified}
                  for k in comparison.links],
    }


def format_text(comparison: Comparison) -> str:
    """Each link: id, verdict, the commitment in A, then the evidence in B indented."""
    lines = []
    for k in comparison.links:
        c = k.commitment
        lines.append(f"{k.id} {VERDICT_LABELS[k.verdict]} {c.start}-{c.end} {c.quote}"
                     + ("" if c.status == "anchored" else f" ({c.status})"))
        if k.evidence is not None:
            e = k.evidence
            lines.append(f"    {e.start}-{e.end} {e.quote}"
                         + ("" if e.status == "anchored" else f" ({e.status})"))
        if k.note:
            lines.append(f"    {k.note}")
    return "\n".join(lines) + ("\n" if lines else "")
