"""`compare A B [--format json|text] [--limit N] [--min-score S] [--no-sidecar]`: the
commitments of the earlier report A, each with the passages of the later report B proposed
as its evidence, best first (model/compare).

A's commitments are its commitment annotations when A's sidecar belongs to this very text,
else the suggester's commitments scored at least --min-score with A's targets and plan
part. Read only: nothing is written. The same text twice, or an empty report, is refused
(exit 2).
`--link`, `--unlink` and `--links` store and print the reviewer's decisions in the
comparison file beside B; `--links --format csv|md|docx|xlsx [-o PATH]` writes them as the
承诺兑现对照表 (model/cli/compare_links.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from model.annotations import Annotation
from model.cli import compare_links
from model.cli.suggest_verb import _count, _score
from model.compare.commitments import MIN_SCORE
from model.compare.pair import check_pair, looks_reversed, propose
from model.compare.passages import Passage
from model.compare.proposals import Candidate, Proposal
from model.compare.table_export import FORMATS as TABLE_FORMATS
from model.compare.table_export import format_for_path
from model.errors import UsageError
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import default_segmenter
from model.report.loading import Report, load_report

HELP = "propose, for each commitment of an earlier report, the passages of a later one " \
       "that report on it"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("earlier", help="the earlier report A (its commitments)")
    parser.add_argument("later", help="the later report B (its results)")
    parser.add_argument("--format", choices=("json", "text", *TABLE_FORMATS),
                        help="json (default) or text; with --links also the 承诺兑现对照表: "
                             "csv, md, docx, xlsx (the last two need -o; default: from "
                             "the -o file name)")
    parser.add_argument("--limit", type=_count, default=3,
                        help="candidates per commitment (default 3)")
    parser.add_argument("--min-score", type=_score, default=MIN_SCORE,
                        help=f"suggested commitments scored below this are left out "
                             f"(default {MIN_SCORE})")
    parser.add_argument("--no-sidecar", action="store_true",
                        help="ignore A's commitment annotations; use suggestions")
    compare_links.add_arguments(parser)


def run(args: argparse.Namespace, out: TextIO) -> int:
    a, b = load_report(args.earlier), load_report(args.later)
    check_pair(a, b)
    if compare_links.wanted(args):
        args.format = args.format or _guessed(args.output)
        return compare_links.run(args, a, b, out)
    if args.format in TABLE_FORMATS or args.output:
        raise UsageError("the 承诺兑现对照表 (--format csv|md|docx|xlsx, -o) is made of the "
                         "stored decisions: add --links")
    args.format = args.format or "json"
    annotations = [] if args.no_sidecar else _annotations(a)
    outline_a, outline_b = detect_outline(a), detect_outline(b)
    if looks_reversed(outline_a.title or a.display_stem, outline_b.title or b.display_stem):
        print("yuepi compare: warning: the earlier report's title names a later year than "
              "the later report's; check the order (EARLIER LATER)", file=sys.stderr)
    proposals = propose(a.text, outline_a, b.text, outline_b,
                        default_segmenter(), Idf.load(), annotations,
                        max(args.limit, 1), args.min_score)
    if args.format == "json":
        json.dump(to_json(a, b, proposals), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_text(proposals))
    return 0


def _guessed(output: str | None) -> str:
    """The table format an -o file name asks for (x.docx → docx); json without one."""
    if not output:
        return "json"
    fmt = format_for_path(output)
    if fmt is None:
        raise UsageError(f"give --format ({', '.join(TABLE_FORMATS)}) for -o {output}")
    return fmt.id


def _annotations(report: Report) -> list[Annotation]:
    """A's annotations when its sidecar was made on this very text (read only)."""
    from model.sidecar.store import load_sidecar, sidecar_path

    data = load_sidecar(sidecar_path(report.path), allow_newer=True)
    if data is None or data.source.sha256 != report.sha256:
        return []
    return list(data.annotation_set)


def _passage(p: Passage) -> dict[str, object]:
    return {"start": p.start, "end": p.end, "quote": p.quote, "section": list(p.section)}


def _candidate(c: Candidate) -> dict[str, object]:
    return {**_passage(c.passage), "score": c.score, "rank": c.rank, "strength": c.strength,
            "in_review": c.in_review,
            "figure": c.figure, "verdict": c.verdict, "default_verdict": c.default_verdict,
            "matched": [{"start": s, "end": e, "word": w} for s, e, w in c.matched]}


def to_json(a: Report, b: Report, proposals: list[Proposal]) -> dict[str, object]:
    return {
        "earlier": {"path": str(a.path), "sha256": a.sha256},
        "later": {"path": str(b.path), "sha256": b.sha256},
        "commitments": [{**_passage(p.commitment.passage), "source": p.commitment.source,
                         "score": p.commitment.score,
                         "candidates": [_candidate(c) for c in p.candidates]}
                        for p in proposals],
    }


def format_text(proposals: list[Proposal]) -> str:
    """Each commitment, then its candidates indented in their order: rank, strength (the
    fused order's, descending), the matcher's score, verdict, section, quote."""
    lines = []
    for p in proposals:
        c = p.commitment.passage
        lines.append(f"{c.start}-{c.end} [{' › '.join(c.section)}] {c.quote}")
        for k in p.candidates:
            judged = f" {k.verdict} ({k.figure})" if k.verdict else ""
            lines.append(f"    #{k.rank} {k.strength:.2f} (matcher {k.score:.2f}){judged} "
                         f"{k.passage.start}-{k.passage.end} "
                         f"[{' › '.join(k.passage.section)}] {k.passage.quote}")
    return "\n".join(lines) + ("\n" if lines else "")
