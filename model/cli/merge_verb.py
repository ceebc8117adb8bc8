"""`merge REPORT OTHER.annotations.json [...] [--prefer mine|theirs]`: merge other
reviewers' annotations into REPORT's sidecar.

Everything is read and checked before anything is written, and the sidecar is written
atomically by model.sidecar.store.save_sidecar; a damaged or newer own sidecar is refused, not
moved aside. A tag defined differently on both sides keeps mine unless --prefer theirs.
Reading, merging and saving the own sidecar happen under its write lock
(model.sidecar.lock), so a window saving at the same moment waits; a window that has the
report open sees a changed file on its next save and merges (three-way).
"""
from __future__ import annotations

import argparse
from typing import TextIO

from model import errors
from model.annotations import AnnotationSet
from model.report.loading import load_report
from model.sidecar.anchoring import AnchorSummary
from model.sidecar.lock import write_lock
from model.sidecar.merge import MergeResult, merge, read_anchored
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path

HELP = "merge other reviewers' annotation files into a report's annotations"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx)")
    parser.add_argument("others", nargs="+", metavar="OTHER",
                        help="another reviewer's .annotations.json")
    parser.add_argument("--prefer", choices=("mine", "theirs"),
                        help="which definition wins when a tag differs (default: mine)")


def run(args: argparse.Namespace, out: TextIO) -> int:
    report = load_report(args.report)
    own = sidecar_path(report.path)
    others = [read_anchored(report, path) for path in args.others]
    with write_lock(own):  # read, merge and save as one step: no writer comes between
        load_sidecar(own)  # raises on a damaged/newer own sidecar before anything happens
        opened = open_annotations(report)
        if opened.read_only or opened.quarantined is not None:
            raise errors.SidecarCorrupt(f"{own}: {opened.problem or 'cannot be merged into'}")
        merged, results = _merge_all(opened.annotation_set, [s for s, _ in others],
                                     args.prefer)
        if any(r.changed for r in results):
            save_sidecar(own, report, merged, expected=opened.fingerprint, locked=True)
    out.write(summary_line(results, [summary for _, summary in others], args.prefer,
                           own.name, saved=any(r.changed for r in results)) + "\n")
    return 0


def _merge_all(
    base: AnnotationSet, others: list[AnnotationSet], prefer: str | None
) -> tuple[AnnotationSet, list[MergeResult]]:
    results: list[MergeResult] = []
    for other in others:
        result = merge(base, other, resolve=prefer)
        results.append(result)
        base = result.merged
    return base, results


def summary_line(
    results: list[MergeResult],
    anchoring: list[AnchorSummary],
    prefer: str | None,
    target: str,
    *,
    saved: bool,
) -> str:
    """"merged 1 file into r.txt.annotations.json: added 2, updated 1, kept 3,
    conflicts 1 (kept mine: problem); other text re-anchored: moved 1, orphaned 0"."""
    added = sum(len(r.added) for r in results)
    updated = sum(len(r.updated) for r in results)
    kept = sum(len(r.kept) for r in results)
    conflict_ids = sorted({c.tag_id for r in results for c in r.conflicts})
    line = (f"merged {len(results)} file{'s' if len(results) != 1 else ''} into {target}: "
            f"added {added}, updated {updated}, kept {kept}, conflicts {len(conflict_ids)}")
    if conflict_ids:
        how = "took theirs" if prefer == "theirs" else "kept mine"
        line += f" ({how}: {', '.join(conflict_ids)})"
    moved = sum(s.moved + s.fuzzy for s in anchoring)
    orphaned = sum(s.orphaned for s in anchoring)
    if any(s.text_changed for s in anchoring):
        line += f"; other text version re-anchored: moved {moved}, orphaned {orphaned}"
    return line if saved else line + "; nothing to change"
