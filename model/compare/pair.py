"""Two loaded reports compared: the one entry point of the CLI (and later the window)."""
from __future__ import annotations

from collections.abc import Iterable

from model.annotations import Annotation
from model.compare.commitments import MIN_SCORE, commitments
from model.compare.proposals import Evidence, Proposal
from model.errors import CompareSameReport, ReportEmpty
from model.outline.tree import Outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report


def check_pair(a: Report, b: Report) -> None:
    """Raise when nothing can be compared: the same text twice, or a report without text."""
    for report in (a, b):
        if not report.text.strip():
            raise ReportEmpty(str(report.path))
    if a.sha256 == b.sha256:
        raise CompareSameReport(f"{a.path} = {b.path}")


def propose(a_text: str, a_outline: Outline | None, b_text: str, b_outline: Outline | None,
            segmenter: Segmenter, idf: Idf, annotations: Iterable[Annotation] = (),
            limit: int = 3, min_score: float = MIN_SCORE) -> list[Proposal]:
    """Each commitment of A with its best `limit` candidates in B."""
    evidence = Evidence(b_text, b_outline, segmenter, idf)
    evidence.define(a_text)
    return [Proposal(c, evidence.candidates(c.passage, limit))
            for c in commitments(a_text, a_outline, segmenter, annotations, min_score)]
