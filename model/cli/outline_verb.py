"""`outline REPORT [--format json|text]`: print the detected outline."""
from __future__ import annotations

import argparse
import json
from typing import TextIO

from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.report.loading import load_report

HELP = "print the outline of a report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="report file (.txt, .md, .docx)")
    parser.add_argument("--format", choices=("json", "text"), default="json")


def run(args: argparse.Namespace, out: TextIO) -> int:
    report = load_report(args.report)
    outline = detect_outline(report)
    if args.format == "json":
        json.dump(outline.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_text(outline))
    return 0


def format_text(outline: Outline) -> str:
    """An indented tree for people."""
    lines = [outline.title] if outline.title else []
    for node in outline.nodes():
        lines.append(f"{'  ' * (node.depth - 1)}{node.label}  [{node.line}]")
    return "\n".join(lines) + "\n"
