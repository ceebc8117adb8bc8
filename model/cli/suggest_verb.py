"""`suggest REPORT [--format json|text] [--no-sidecar]`: print suggested tags.

Suggestions the reviewer rejected (the sidecar's rejected_suggestions) are left out, and so
are sentences already tagged the same way when the sidecar matches the report. Words are
cut by model.reading.segmenter.default_segmenter, as in the window: the same jieba cache
and the same reviewer's dictionary (model.paths; YUEPI_CACHE_DIR / YUEPI_DATA_DIR
override them).
"""
from __future__ import annotations

import argparse
import json
from typing import TextIO

from model.annotations import Annotation, OutlineCorrection
from model.outline.corrections import corrected_outline
from model.reading.segmenter import default_segmenter
from model.reading.suggestions import Suggestion, suggest
from model.report.loading import Report, load_report

HELP = "suggest tags (problem, commitment, achievement, measure, figure) for a report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx)")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("--no-sidecar", action="store_true",
                        help="ignore the report's .annotations.json (rejections, tags)")


def run(args: argparse.Namespace, out: TextIO) -> int:
    report = load_report(args.report)
    rejected, existing, corrections = (set(), [], []) if args.no_sidecar \
        else _from_sidecar(report)
    segmenter = default_segmenter()
    found = suggest(report.text, corrected_outline(report, corrections), segmenter, rejected,
                    existing)
    if args.format == "json":
        json.dump({"suggestions": [s.to_json() for s in found]}, out, ensure_ascii=False,
                  indent=2)
        out.write("\n")
    else:
        out.write(format_text(found))
    return 0


def _from_sidecar(report: Report
                  ) -> tuple[set[str], list[Annotation], list[OutlineCorrection]]:
    """Rejected keys, the annotations if the sidecar belongs to this very text, and the
    outline corrections placed on it (the outline decides what is suggested where).

    Read-only: a damaged sidecar raises SidecarCorrupt (exit 2) and is left where it is.
    """
    from model.sidecar.anchoring import anchor_corrections
    from model.sidecar.store import load_sidecar, sidecar_path

    data = load_sidecar(sidecar_path(report.path), allow_newer=True)
    if data is None:
        return set(), [], []
    annotation_set = data.annotation_set
    same_text = data.source.sha256 == report.sha256
    corrections = anchor_corrections(report.text, annotation_set.outline_corrections,
                                     old_length=data.source.length)
    return (set(annotation_set.rejected_suggestions),
            list(annotation_set) if same_text else [], corrections)


def format_text(found: list[Suggestion]) -> str:
    """One line per suggestion: tag, score, span, quote and reason."""
    lines = [f"{s.tag:<11} {s.score:.2f} {s.start}-{s.end} {s.quote}  ({s.reason})"
             for s in found]
    return "\n".join(lines) + ("\n" if lines else "")
