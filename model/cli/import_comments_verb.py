"""`import-comments COMMENTED.docx [--report REPORT] [--default-tag TAG] [--keep-unplaced]`:
the comments (批注) of a .docx become annotations in a report's sidecar.

Without --report the .docx is the report itself (a colleague commented it in Word/WPS);
with it, the comments of a commented copy go into REPORT's sidecar, each passage found
again by its text (model/sidecar/comment_import.py). A comment whose passage the report
does not have is an error (exit 2, nothing written) that lists them, unless
--keep-unplaced: then they are kept as orphaned annotations. Reading, adding and saving
happen under the sidecar's write lock, as `merge` does.
"""
from __future__ import annotations

import argparse
from typing import TextIO

from model import errors
from model.cli.own_sidecar import open_for_update
from model.cli.wording import counted
from model.filenames import display_name
from model.report.docx_comments_read import check_comments, read_comments
from model.report.loading import load_report
from model.sidecar.comment_import import CommentImport, import_comments
from model.sidecar.lock import write_lock
from model.sidecar.store import save_sidecar, sidecar_path

HELP = "import the comments (批注) of a Word/WPS .docx as annotations"
#: Unplaced comments named in the error message.
LISTED = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("docx", metavar="COMMENTED.docx", help=".docx holding the comments")
    parser.add_argument("--report", help="the report whose annotations receive them "
                                         "(default: the .docx itself)")
    parser.add_argument("--default-tag", help="tag id or name for comments that do not "
                                              "start with one (default: the first tag)")
    parser.add_argument("--keep-unplaced", action="store_true",
                        help="keep comments whose text the report does not have, as "
                             "orphaned annotations")


def run(args: argparse.Namespace, out: TextIO) -> int:
    check_comments(args.docx)  # before the report: a malformed part has its own message
    report = load_report(args.report or args.docx)
    commented = read_comments(args.docx)
    own = sidecar_path(report.path)
    with write_lock(own):
        opened = open_for_update(report, "import-comments")
        result = import_comments(report, commented, opened.annotation_set,
                                 fallback_tag=args.default_tag)
        if result.unplaced and not args.keep_unplaced:
            raise errors.CommentsNotFound(unplaced_detail(result))
        added = [*result.placed, *(result.unplaced if args.keep_unplaced else ())]
        if added:
            opened.annotation_set.add_many(added)
            save_sidecar(own, report, opened.annotation_set, expected=opened.fingerprint,
                         locked=True)
    out.write(summary_line(result, display_name(own), kept=args.keep_unplaced) + "\n")
    return 0


def unplaced_detail(result: CommentImport) -> str:
    """"2 of 5: “quote” (author: note); …"."""
    items = [f"“{_short(a.quote) or '—'}” ({a.author or '?'}: {_short(a.note)})"
             for a in result.unplaced[:LISTED]]
    more = len(result.unplaced) - LISTED
    tail = f"; and {more} more" if more > 0 else ""
    return f"{len(result.unplaced)} of {result.total}: " + "; ".join(items) + tail


def summary_line(result: CommentImport, target: str, *, kept: bool) -> str:
    line = (f"imported {counted(len(result.placed), 'comment')} into {target}"
            f" ({result.duplicates} already there)")
    if result.unplaced:
        how = "kept as orphans" if kept else "not imported"
        line += f"; {len(result.unplaced)} not found in the report, {how}: " \
                + unplaced_detail(result)
    return line


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
