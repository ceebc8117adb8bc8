"""The stored decisions of `compare A B` (model/compare/store.py, docs/compare.md):
`--link A_SPAN B_SPAN --verdict V [--note …] [--author …]` adds one, `--unlink ID`
removes one, `--links` prints them re-anchored on the current texts (json|text), or the
承诺兑现对照表 (csv|md to stdout or -o; docx|xlsx to -o; model/compare/table_export.py)
with A's commitment annotations not yet decided listed as 未核对, and the counts per
verdict and per section of A in every format.
Bad input: CompareBadLink / CompareLinkNotFound / UsageError / ExportUnwritable (one
line, exit 2)."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from model.annotations import Annotation, AnnotationSet
from model.cli.sidecar_notice import warn
from model.cli.wording import counted
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
from model.compare.table import (
    UNCHECKED,
    CompareTable,
    Row,
    count_tables,
    section_counts,
    verdict_label,
)
from model.compare.table_export import FORMATS, build_table, render_table
from model.errors import MESSAGES, CompareBadLink, CompareLinkNotFound, SidecarError, UsageError
from model.export import write_export_bytes
from model.filenames import display_name, display_path
from model.languages import content_language
from model.outline.corrections import corrected_outline
from model.report.loading import Report
from model.sidecar.anchoring import AnchorSummary
from model.sidecar.merge import read_placed
from model.sidecar.store import sidecar_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--link", nargs=2, metavar=("COMMITMENT", "EVIDENCE"),
                        help="store a decision: START:END in A, START:END in B (or -)")
    parser.add_argument("--verdict", help="with --link: " + ", ".join(VERDICTS))
    parser.add_argument("--note", default="", help="with --link: the reviewer's note")
    parser.add_argument("--author", default="", help="with --link: who decided")
    parser.add_argument("--links", action="store_true",
                        help="print the stored decisions (B.compare.json), re-anchored")
    parser.add_argument("--unlink", metavar="ID", help="remove one stored decision")
    parser.add_argument("-o", "--output", metavar="PATH",
                        help="with --links: write the table there (docx and xlsx need it)")
    parser.add_argument("--lang", type=content_language, default="zh",
                        help="with --links: language of the table's words and citations, "
                             "zh or en (default: zh)")
    parser.add_argument("--to", default="", metavar="ADDRESSEE",
                        help="with --links --format docx: the addressee line")
    parser.add_argument("--reviewer", default="",
                        help="with --links --format docx: reviewer's name for the closing")
    parser.add_argument("--unit", default="",
                        help="with --links --format docx: reviewer's unit for the closing")


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
    elif args.format in FORMATS:
        _write_table(args, a, b, comparison, out)
    elif args.output:
        raise UsageError("-o writes the 承诺兑现对照表: give --format docx, xlsx, csv or md")
    elif args.format == "json":
        table = _table(args, a, b, comparison)
        json.dump(to_json(a, b, comparison, opened.summary_a, opened.summary_b, table), out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_text(comparison, _table(args, a, b, comparison)))
    return 0


def _table(args: argparse.Namespace, a: Report, b: Report, comparison: Comparison
           ) -> CompareTable:
    """The 承诺兑现对照表: each report's outline as the window shows it (its sidecar's
    corrections), A's commitment annotations without a link as 未核对."""
    placed_a, placed_b = _read_own(a), _read_own(b)
    commitments = [x for x in placed_a if x.tag == "commitment" and not x.orphaned]
    return build_table(a, b, comparison, commitments=commitments,
                       outline_a=corrected_outline(a, placed_a.outline_corrections),
                       outline_b=corrected_outline(b, placed_b.outline_corrections),
                       lang=args.lang, addressee=args.to, reviewer=args.reviewer,
                       reviewer_unit=args.unit)


def _read_own(report: Report) -> AnnotationSet:
    """The report's own annotations, only read: a damaged sidecar is said (one line)
    and left as it is; the table is then made without its commitments."""
    own = sidecar_path(report.path)
    try:
        placed = read_placed(report, own, missing_ok=True, allow_newer=True)
    except SidecarError as exc:
        print(f"yuepi compare: warning: {' '.join(str(exc).splitlines())}", file=sys.stderr)
        return AnnotationSet()
    warn("compare", own, placed.data)
    return placed.annotation_set


def _write_table(args: argparse.Namespace, a: Report, b: Report, comparison: Comparison,
                 out: TextIO) -> None:
    """csv/md to stdout or -o; docx/xlsx to -o only (never over either report, its
    sidecar or the comparison file)."""
    fmt = FORMATS[args.format]
    if fmt.binary and not args.output:
        raise UsageError(f"--format {fmt.id} writes a binary file: give -o PATH")
    if args.output:
        _refuse_own_files(Path(args.output), a, b)
    table = _table(args, a, b, comparison)
    data = render_table(table, fmt.id)
    if not args.output:
        out.write(data.decode("utf-8"))
        return
    target = write_export_bytes(args.output, data)
    out.write(f"wrote {counted(len(table.rows), 'row')} ({counted(len(comparison.links), 'link')}) to "
              f"{display_path(target)}\n")


def _refuse_own_files(output: Path, a: Report, b: Report) -> None:
    """The table must never overwrite a report, its annotations or the decisions."""
    own = [a.path, sidecar_path(a.path), b.path, sidecar_path(b.path),
           comparison_path(b.path)]
    for path in own:
        if output.exists() and path.exists() and os.path.samefile(output, path):
            raise UsageError(f"-o {output} would overwrite {display_name(path)}")


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
            summary_b: AnchorSummary, table: CompareTable | None = None) -> dict[str, object]:
    """The links as stored (placed on the current texts); with `table`, each link's
    citations and section of A, the commitments not yet decided and the counts."""
    out: dict[str, object] = {
        "file": str(comparison_path(b.path)),
        "earlier": {"path": str(a.path), "sha256": a.sha256, "anchoring": summary_a.to_json()},
        "later": {"path": str(b.path), "sha256": b.sha256, "anchoring": summary_b.to_json()},
        "links": [{"id": k.id, "commitment": _side(k.commitment),
                   "evidence": _side(k.evidence), "verdict": k.verdict,
                   "verdict_label": VERDICT_LABELS[k.verdict], "note": k.note,
                   "author": k.author, "created": k.created, "modified": k.modified}
                  for k in comparison.links],
    }
    if table is None:
        return out
    by_link = {r.link_id: r for r in table.rows if r.link_id}
    for item in out["links"]:  # type: ignore[attr-defined]
        row = by_link[item["id"]]
        item.update({"commitment_citation": row.commitment_cite,
                     "evidence_citation": row.evidence_cite or None,
                     "section": row.section, "section_path": row.section_path})
    rows = list(table.rows)
    out["unchecked"] = [{"start": r.start, "end": r.end, "quote": r.commitment,
                         "citation": r.commitment_cite, "section": r.section,
                         "section_path": r.section_path}
                        for r in rows if r.verdict == UNCHECKED]
    out["counts"] = {"commitments": table.commitments, "rows": len(rows),
                     **{k: sum(r.verdict == k for r in rows) for k in (*VERDICTS, UNCHECKED)}}
    out["sections"] = _sections_json(rows, "section")
    out["section_paths"] = _sections_json(rows, "section_path")
    return out


def _sections_json(rows: list[Row], by: str) -> list[dict[str, object]]:
    return [{"section": s.section, "counts": s.counts, "total": s.total}
            for s in section_counts(rows, by)]


def format_text(comparison: Comparison, table: CompareTable | None = None) -> str:
    """Each link: id, verdict, the commitment in A, then the evidence in B indented; with
    `table`, then the commitments not yet decided and the counts per verdict, per
    top-level section of A and per section path (when A has subsections)."""
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
    if table is not None and table.rows:
        rows = list(table.rows)
        lines += [f"- {verdict_label(UNCHECKED, table.lang)} {r.start}-{r.end} {r.commitment}"
                  for r in rows if r.verdict == UNCHECKED]
        for title, header, body in count_tables(rows, table.lang):
            lines += ["", title]
            for cells in body:
                counts = "  ".join(f"{h} {n}" for h, n in zip(header[1:], cells[1:]))
                lines.append(f"  {cells[0]} {cells[1]}" if len(cells) == 2
                             else f"  {cells[0]}: {counts}")
    return "\n".join(lines) + ("\n" if lines else "")
