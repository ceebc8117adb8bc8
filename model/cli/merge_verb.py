"""`merge REPORT OTHER.annotations.json [...] [--prefer mine|theirs] [--force]`: merge other
reviewers' annotations into REPORT's sidecar.

Everything is read and checked before anything is written, and the sidecar is written
atomically by model.sidecar.store.save_sidecar; a damaged (even partly) or newer own sidecar
is refused, not moved aside. Another reviewer's partly damaged file gives what can be
read, with a warning on stderr. A tag defined differently on both sides keeps mine unless
--prefer theirs. A file made for a different report (another text, another name and few
of its quotes found: model.sidecar.merge.made_for_other_report) is refused unless --force.
Reading, merging and saving the own sidecar happen under its write lock
(model.sidecar.lock), so a window saving at the same moment waits; a window that has the
report open sees a changed file on its next save and merges (three-way).
"""
from __future__ import annotations

import argparse
import sys
from typing import TextIO

from model import errors
from model.annotations import AnnotationSet
from model.cli.own_sidecar import open_for_update
from model.cli.sidecar_notice import warn
from model.filenames import display_name, display_text
from model.report.loading import Report, load_report
from model.sidecar.anchoring import AnchorSummary
from model.sidecar.lock import write_lock
from model.sidecar.merge import (
    MergeResult,
    PlacedSidecar,
    made_for_other_report,
    merge,
    read_placed,
)
from model.sidecar.store import save_sidecar, sidecar_path

HELP = "merge other reviewers' annotation files into a report's annotations"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx, .pdf)")
    parser.add_argument("others", nargs="+", metavar="OTHER",
                        help="another reviewer's .annotations.json")
    parser.add_argument("--prefer", choices=("mine", "theirs"),
                        help="which definition wins when a tag differs (default: mine)")
    parser.add_argument("--force", action="store_true",
                        help="merge a file made for a different report too (its "
                             "annotations become orphans)")


def run(args: argparse.Namespace, out: TextIO) -> int:
    report = load_report(args.report)
    own = sidecar_path(report.path)
    others = [read_placed(report, path) for path in args.others]
    for other in others:
        warn("merge", other.path, other.data)
    _check_same_report(report, others, force=args.force)
    with write_lock(own):  # read, merge and save as one step: no writer comes between
        opened = open_for_update(report, "merge")
        merged, results = _merge_all(opened.annotation_set,
                                     [o.annotation_set for o in others], args.prefer)
        if any(r.changed for r in results):
            save_sidecar(own, report, merged, expected=opened.fingerprint, locked=True)
    out.write(summary_line(results, [o.summary for o in others], args.prefer,
                           display_name(own), saved=any(r.changed for r in results)) + "\n")
    return 0


def _check_same_report(report: Report, others: list[PlacedSidecar], *, force: bool) -> None:
    """Refuse a file made for a different report (model.sidecar.merge.made_for_other_report)
    before anything is written; with --force, merge it and say so on stderr."""
    for other in others:
        if not made_for_other_report(report, other):
            continue
        detail = (f"{other.path}: made for {display_text(other.source.name) or '?'}, "
                  f"{other.found} of {other.summary.total} quotes found in "
                  f"{report.display_name}")
        if not force:
            raise errors.MergeOtherReport(detail)
        print(f"yuepi merge: note: {display_text(detail)}; merged anyway (--force)",
              file=sys.stderr)


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
