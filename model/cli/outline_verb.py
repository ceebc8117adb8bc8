"""`outline REPORT [--format json|text] [--detected]`: print the report's outline.

The outline is the one the window shows: the detector's, with the reviewer's corrections
from the report's sidecar applied (re-anchored if the report changed; a correction whose
line is gone is counted as lost and noted on stderr). `--detected` prints the detector's
own result and does not read the sidecar. The JSON is the outline's (`title`, `nodes`)
plus `corrections`: how many were placed on the text (each one applied, or changing
nothing when its node is gone) and how many are lost (0 and 0 with --detected).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from model.cli.sidecar_notice import warn
from model.cli.wording import counted
from model.outline.corrections import Correction, apply, lost
from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.report.loading import Report, load_report

HELP = "print the outline of a report (with the reviewer's corrections)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx, .pdf)")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("--detected", action="store_true",
                        help="the detector's own outline: leave the reviewer's corrections "
                             "(in the annotation file) out")


def run(args: argparse.Namespace, out: TextIO) -> int:
    report = load_report(args.report)
    corrections = [] if args.detected else read_corrections(report)
    missing = lost(corrections, report.text)
    outline = apply(detect_outline(report), corrections, report.text)
    if missing:
        print(f"yuepi outline: note: {counted(len(missing), 'outline correction')} could not be "
              f"placed (their line is gone from the report): "
              f"{'; '.join(c.quote[:30] for c in missing[:3])}", file=sys.stderr)
    if args.format == "json":
        data = outline.to_json()
        data["corrections"] = {"placed": len(corrections) - len(missing),
                               "lost": len(missing)}
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_text(outline))
    return 0


def read_corrections(report: Report) -> list[Correction]:
    """The sidecar's outline corrections placed on the report's text ([] without one).
    Read-only: a damaged sidecar raises SidecarCorrupt (exit 2) and stays where it is."""
    from model.sidecar.anchoring import anchor_corrections
    from model.sidecar.store import load_sidecar, sidecar_path

    path = sidecar_path(report.path)
    data = load_sidecar(path, allow_newer=True)
    warn("outline", path, data)
    if data is None or not data.annotation_set.outline_corrections:
        return []
    return anchor_corrections(report.text, data.annotation_set.outline_corrections,
                              old_length=data.source.length)


def format_text(outline: Outline) -> str:
    """An indented tree for people."""
    lines = [outline.title] if outline.title else []
    for node in outline.nodes():
        lines.append(f"{'  ' * (node.depth - 1)}{node.label}  [{node.line}]")
    return "\n".join(lines) + "\n"
