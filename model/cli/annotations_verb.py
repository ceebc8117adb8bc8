"""`annotations REPORT [--format json|text] [--lang en|zh]`: the report's annotations,
re-anchored.

Each annotation's `section` is its path in the outline the window shows (the reviewer's
outline corrections applied); `tag_name` is its tag's name in --lang (the text format
prints it, as the exports do, rather than a custom tag's generated id).

Reads the report and its sidecar and places the annotations on the current text in
memory. Never writes or moves a file: a damaged sidecar is an error here (exit 2), it is
only moved aside when the window opens the report. A partly damaged one shows what could
be salvaged, with a warning on stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from model.annotations import Annotation, AnnotationSet, Tag
from model.cli.followup_verb import followup_json
from model.cli.sidecar_notice import warn
from model.cli.wording import counted
from model.followup import summary
from model.languages import content_language
from model.outline.corrections import corrected_outline
from model.outline.tree import SECTION_SEPARATOR, Outline
from model.report.loading import Report, load_report
from model.sidecar.anchoring import AnchorSummary, anchor_annotations
from model.sidecar.format import SCHEMA_VERSION
from model.sidecar.store import load_sidecar, sidecar_path

HELP = "print a report's annotations (re-anchored to the current text; writes nothing)"
_QUOTE_WIDTH = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx, .pdf)")
    parser.add_argument("--format", choices=("json", "text"), default="json")
    parser.add_argument("--lang", type=content_language, default="en",
                        help="language of the tag names: en or zh (en_US, zh_CN … too; "
                             "default: en)")


def run(args: argparse.Namespace, out: TextIO) -> int:
    report = load_report(args.report)
    path = sidecar_path(report.path)
    data = load_sidecar(path, allow_newer=True)
    warn("annotations", path, data)
    if data is None:
        placed, summary = AnnotationSet(), AnchorSummary()
    else:
        if data.schema > SCHEMA_VERSION:
            print(f"yuepi annotations: note: annotation file has schema {data.schema}; "
                  f"showing what this version can read", file=sys.stderr)
        placed, summary = anchor_annotations(report.text, data.annotation_set,
                                             old_length=data.source.length,
                                             old_sha256=data.source.sha256)
    result = to_json(report, placed, summary, lang=args.lang)
    if args.format == "json":
        json.dump(result, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_text(result, args.lang))
    return 0


def to_json(report: Report, placed: AnnotationSet, summary: AnchorSummary,
            lang: str = "en") -> dict[str, Any]:
    outline = corrected_outline(report, placed.outline_corrections) if len(placed) else None
    tags = {t.id: t for t in placed.tags}
    return {
        "source": {"name": report.name, "sha256": report.sha256, "length": report.length},
        "annotations": [_item(a, outline, tags.get(a.tag), lang) for a in placed.in_order()],
        "summary": summary.to_json(),
    }


def _item(a: Annotation, outline: Outline | None, tag: Tag | None, lang: str
          ) -> dict[str, Any]:
    section = [] if outline is None or a.orphaned else [
        n.label for n in outline.path_at(a.start)]
    return {"id": a.id, "tag": a.tag, "start": a.start, "end": a.end, "quote": a.quote,
            "note": a.note, "author": a.author, "status": a.status, "section": section,
            "tag_name": tag.label(lang) if tag is not None and tag.label(lang) else a.tag,
            "followup": followup_json(a, lang)}


def _followup_text(f: dict[str, Any], lang: str) -> str:
    """"\t整改: 整改中 · 市发改委 · 2027-03-31（已逾期） · note" in `lang` ("" when nothing
    is set)."""
    line = summary(f["status"], f["unit"], f["deadline"], lang)
    shown = [p for p in (line, f["note"].replace("\n", " ")) if p]
    label = "整改" if lang.startswith("zh") else "Follow-up"
    return f"\t{label}: " + " · ".join(shown) if shown else ""


def format_text(result: dict[str, Any], lang: str = "en") -> str:
    """One line per annotation, for people: place, tag, status, quote, section, note."""
    lines = []
    for a in result["annotations"]:
        quote = a["quote"].replace("\n", "⏎")
        if len(quote) > _QUOTE_WIDTH:
            quote = quote[: _QUOTE_WIDTH - 1] + "…"
        line = f"{a['start']}-{a['end']}\t{a['tag_name']}\t{a['status']}\t「{quote}」"
        if a["section"]:
            line += "\t§ " + SECTION_SEPARATOR.join(a["section"])
        if a["note"]:
            line += "\t— " + a["note"].replace("\n", " ")
        line += _followup_text(a["followup"], lang)
        lines.append(line)
    s = result["summary"]
    lines.append(f"{counted(len(result['annotations']), 'annotation')}: {s['anchored']} anchored, "
                 f"{s['moved']} moved, {s['fuzzy']} fuzzy, {s['orphaned']} orphaned")
    return "\n".join(lines) + "\n"
