"""The outline of a long report's head: what the window shows at its first paint, before
the whole report's outline is known.

Detecting the outline of a 5 MB report takes ~85 ms, more than half of what a bare Qt
window needs to show its text at all; the first screen of the tree only needs the first
sections. The head (the first HEAD_CHARS, cut after a line break) is detected alone, and
only its sections that end before its last top-level node starts are kept: each of them
lies wholly in the head, so the detector saw all it reads to decide them (their
numbering, their lead sentences and items, the title before them). The window replaces
this outline by the whole report's as soon as that is detected (in the background);
what was expanded stays so.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from model.outline.detector import detect_outline
from model.outline.tree import Outline, OutlineNode

if TYPE_CHECKING:
    from model.report.loading import Report

#: Characters of the head detected first. Reports under twice this are detected whole.
HEAD_CHARS = 200_000


def head_outline(report: Report) -> tuple[Outline, int] | None:
    """(the outline of the sections in the report's head, the offset they end before), or
    None when the report is short or its head holds fewer than two top-level sections."""
    text = report.text
    if len(text) < 2 * HEAD_CHARS:
        return None
    cut = text.find("\n", HEAD_CHARS)
    if cut < 0:
        return None
    lines = text.count("\n", 0, cut) + 1
    hints = {line: level for line, level in report.heading_hints.items() if line <= lines}
    outline = detect_outline(replace(report, text=text[:cut + 1], heading_hints=hints))
    if len(outline.roots) < 2:
        return None
    end = outline.roots[-1].start  # the last one may go on after the head
    return Outline(outline.title, outline.roots[:-1]), end


def rows_shown(outline: Outline, level: int) -> int:
    """How many rows the tree shows when expanded to `level` (1 = top level only, 0 =
    everything)."""
    if level <= 0:
        return len(outline)

    def count(nodes: list[OutlineNode], depth: int) -> int:
        return len(nodes) + (sum(count(n.children, depth + 1) for n in nodes)
                             if depth < level else 0)

    return count(outline.roots, 1)
