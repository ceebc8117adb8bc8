"""`export REPORT --format docx|opinion|md|html|csv|jsonld|xlsx|docx-comments [-o OUT] …`:
write a review of the report's annotations (opinion: the Word 审阅意见 as a 公文, in prose).
Text formats go to stdout without -o; docx, opinion and xlsx need -o.
`--to`, `--reviewer`, `--unit`: the 审阅意见's addressee line and closing block (docx).
`docx-comments` writes the annotated copy instead: the report itself as a .docx with every
annotation as a Word comment (model/export/docx_comments.py).

The sidecar is only read (a damaged one is reported, not moved aside). Sections and
citations follow the outline the window shows (the reviewer's corrections applied)."""
from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from model import errors
from model.cli.sidecar_notice import warn
from model.cli.wording import counted
from model.export import FORMATS, ExportFormat, export, format_for_path, write_export
from model.export.review import build_review
from model.filenames import display_name, display_path
from model.languages import content_language
from model.outline.corrections import corrected_outline
from model.report.loading import load_report
from model.sidecar.merge import read_placed
from model.sidecar.store import sidecar_path

#: The --format of the annotated copy (not a review: not in model.export.FORMATS).
ANNOTATED_COPY = "docx-comments"

HELP = ("export the annotations of a report as a review (docx, opinion, md, html, csv, "
        "jsonld, xlsx) or as Word comments in a copy of the report (docx-comments)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx, .pdf)")
    parser.add_argument("--format", choices=[*FORMATS, ANNOTATED_COPY],
                        help="output format (default: from the -o file name)")
    parser.add_argument("-o", "--output", help="file to write (default: stdout; docx needs -o)")
    parser.add_argument("--tags", help="comma-separated tag ids to include (default: all)")
    parser.add_argument("--authors", help="comma-separated reviewer names to include")
    parser.add_argument("--no-notes", action="store_true", help="leave the notes out")
    parser.add_argument("--lang", type=content_language, default="zh",
                        help="language of headings and citations: zh or en (zh_CN, "
                             "en_US … too; default: zh)")
    parser.add_argument("--to", default="", metavar="ADDRESSEE",
                        help="addressee line of the 审阅意见 (docx), e.g. 市政府办公室")
    parser.add_argument("--reviewer", default="",
                        help="reviewer's name for the closing block (docx)")
    parser.add_argument("--unit", default="", help="reviewer's unit for the closing block (docx)")


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == ANNOTATED_COPY:
        return _annotated_copy(args, out)
    fmt = _format(args)
    if fmt.binary and not args.output:
        raise errors.ExportNeedsOutput()
    report = load_report(args.report)
    if args.output:
        _refuse_own_files(Path(args.output), report.path)
    own = sidecar_path(report.path)
    placed = read_placed(report, own, missing_ok=True, allow_newer=True)
    warn("export", own, placed.data)
    annotation_set = placed.annotation_set
    review = build_review(
        report, corrected_outline(report, annotation_set.outline_corrections), annotation_set,
        tags=_split(args.tags), authors=_split(args.authors),
        include_notes=not args.no_notes, lang=args.lang,
        addressee=args.to, reviewer=args.reviewer, reviewer_unit=args.unit,
    )
    if args.output:
        target = write_export(review, fmt.id, args.output)
        out.write(f"exported {counted(review.total, 'annotation')} to {display_path(target)}\n")
    else:
        _write_bytes(out, export(review, fmt.id))
    return 0


def _annotated_copy(args: argparse.Namespace, out: TextIO) -> int:
    """The report as a .docx with the annotations as Word comments (needs -o)."""
    if not args.output:
        raise errors.ExportNeedsOutput(ANNOTATED_COPY)
    from model.atomic import atomic_write
    from model.export.docx_comments import build_annotated_copy

    report = load_report(args.report)
    target = Path(args.output)
    _refuse_own_files(target, report.path)
    own = sidecar_path(report.path)
    placed = read_placed(report, own, missing_ok=True, allow_newer=True)
    warn("export", own, placed.data)
    annotation_set = placed.annotation_set
    outline = None if report.format == "docx" else corrected_outline(
        report, annotation_set.outline_corrections)
    copy = build_annotated_copy(report, annotation_set, tags=_split(args.tags),
                                authors=_split(args.authors),
                                include_notes=not args.no_notes, lang=args.lang,
                                outline=outline)
    try:
        atomic_write(target, copy.data)
    except OSError as exc:
        raise errors.ExportUnwritable(f"{target} ({exc.strerror})") from exc
    line = f"wrote {counted(copy.comments, 'comment')} to {display_path(target)}"
    if copy.skipped:
        line += f" ({copy.skipped} orphaned annotations left out: their text is not in the report)"
    out.write(line + "\n")
    return 0


def _format(args: argparse.Namespace) -> ExportFormat:
    if args.format:
        return FORMATS[args.format]
    guessed = format_for_path(args.output) if args.output else None
    if guessed is None:
        raise errors.UsageError("give --format (docx, opinion, md, html, csv, jsonld or xlsx)")
    return guessed


def _split(value: str | None) -> list[str] | None:
    """"a, b,,c" → ["a", "b", "c"]; None stays None (no filter)."""
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _refuse_own_files(output: Path, report_path: Path) -> None:
    """An export must never overwrite the report or its annotations."""
    for own in (report_path, sidecar_path(report_path)):
        if output.exists() and own.exists() and os.path.samefile(output, own):
            raise errors.UsageError(f"-o {output} would overwrite {display_name(own)}")


def _write_bytes(out: TextIO, data: bytes) -> None:
    """Exact bytes to stdout (no newline translation: CSV rows end in CRLF)."""
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8"))
        return
    out.flush()
    buffer.write(data)
    buffer.flush()
