"""The two reports of a comparison: read with the application's one loader
(model.report.loading: .txt in any encoding, .docx, .md, .pdf) and refused exactly as the
`compare` verb refuses them (model.compare.pair.check_pair: the same text twice, a report
without text). Every refusal is a ModelError, shown with its translated sentence."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from model.compare.pair import check_pair
from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.report.loading import Report, load_report


@dataclass(frozen=True)
class Pair:
    """The earlier report A (its commitments) and the later one B (its results)."""

    a: Report
    b: Report
    outline_a: Outline
    outline_b: Outline


def load_pair(earlier: str | Path, later: str | Path) -> Pair:
    """Both reports with their outlines; raises the ModelError of the first problem."""
    a, b = load_report(earlier), load_report(later)
    check_pair(a, b)
    return Pair(a, b, detect_outline(a), detect_outline(b))


def reload_side(pair: Pair, side: str) -> Pair:
    """`pair` with report A ("earlier") or B ("later") read again from disk, and its
    outline detected again; raises the ModelError of a problem (the pair refused as
    load_pair refuses it: the same text twice, a report emptied)."""
    if side == "earlier":
        a = load_report(pair.a.path)
        check_pair(a, pair.b)
        return Pair(a, pair.b, detect_outline(a), pair.outline_b)
    b = load_report(pair.b.path)
    check_pair(pair.a, b)
    return Pair(pair.a, b, pair.outline_a, detect_outline(b))
