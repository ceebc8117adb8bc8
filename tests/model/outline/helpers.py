"""Helpers shared by the outline tests."""
from __future__ import annotations

from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.report.loading import report_from_text


def outline(text: str) -> Outline:
    return detect_outline(report_from_text(text))


def rows(text: str) -> list[tuple[int, str, str, str]]:
    """(depth, kind, marker, title) of every node, in document order."""
    return [(n.depth, n.kind, n.marker, n.title) for n in outline(text).nodes()]


def headings(text: str) -> list[tuple[int, str, str]]:
    """(depth, marker, title) of the heading nodes only."""
    return [(d, m, t) for d, k, m, t in rows(text) if k == "heading"]
