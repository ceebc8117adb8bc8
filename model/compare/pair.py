"""Two loaded reports compared: the one entry point of the CLI (and later the window)."""
from __future__ import annotations

from collections.abc import Iterable

from model.annotations import Annotation
from model.compare.commitments import MIN_SCORE, commitments
from model.compare.lexicon import Lexicon
from model.compare.parts import years_named
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


def title_year(title: str) -> int:
    """The latest year a report's title names (0: none). A report is titled by the year it
    is given in or sums up; two reports of one series keep that habit, so their years order
    them."""
    return max(years_named(title), default=0)


def looks_reversed(a_title: str, b_title: str) -> bool:
    """The earlier report's title names a later year than the later one's: the pair is
    probably the wrong way round (a 2024 report's targets checked against 2023's)."""
    a, b = title_year(a_title), title_year(b_title)
    return bool(a and b and a > b)


def propose(a_text: str, a_outline: Outline | None, b_text: str, b_outline: Outline | None,
            segmenter: Segmenter, idf: Idf, annotations: Iterable[Annotation] = (),
            limit: int = 3, min_score: float = MIN_SCORE,
            lexicon: Lexicon | None = None) -> list[Proposal]:
    """Each commitment of A with its best `limit` candidates in B. `lexicon`: the tables
    loaded once by a caller comparing more than one pair (read here when not given)."""
    lexicon = Lexicon.load() if lexicon is None else lexicon
    evidence = Evidence(b_text, b_outline, segmenter, idf, lexicon.abbreviations,
                        lexicon.associations)
    evidence.define(a_text)
    return [Proposal(c, evidence.candidates(c.passage, limit))
            for c in commitments(a_text, a_outline, segmenter, annotations, min_score)]
