"""Everything the reading features need about one report, in one pass over its words:
token edges for whole-word search, keywords of the report and of each section, quoted
formulations (提法) and suggested tags.

The text is segmented once, in pieces of at most CHUNK_CHARS characters cut after a line
end or a punctuation mark (jieba never joins words across them, so the tokens are those of
the whole text):
between pieces `progress` hears how far it got and `cancelled` may stop the run — a
window's worker needs both; a script passes neither.

A Traditional text is segmented, weighed and read for suggestions through its Simplified
form (model/reading/traditional.py, same offsets); keywords are shown as the text writes
them.

Formulations, keywords (which imports jieba) and suggestions (whose cue lexicon compiles
on import) are imported by the first run, not with this module: the window imports it
while it starts, for the Analysis type.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from model.outline.tree import Outline
from model.reading.segmenter import Boundaries, Segmenter, Token, pieces
from model.report.loading import Report

if TYPE_CHECKING:
    from model.reading.formulations import Formulation
    from model.reading.keywords import Idf
    from model.reading.learning import Learner
    from model.reading.suggestions import Suggestion

#: Text is segmented in pieces of about this many characters, cut after a line end.
CHUNK_CHARS = 10_000
#: Share of `progress` spent on segmenting; keywords, formulations and suggestions take
#: the rest.
SEGMENTING_PERCENT = 80

Keywords = list[tuple[str, float]]


@dataclass
class Analysis:
    """Everything the reading features need about one report text. `section_keywords`
    is keyed by the outline node's `start`; `suggestions` are not yet filtered by the
    reviewer's rejections and annotations (model.reading.coverage does that)."""

    report: Report
    boundaries: Boundaries
    document_keywords: Keywords = field(default_factory=list)
    section_keywords: dict[int, Keywords] = field(default_factory=dict)
    formulations: list[Formulation] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)


def analyse(report: Report, outline: Outline | None, segmenter: Segmenter,
            idf: Idf | None = None, *, progress: Callable[[int], None] | None = None,
            cancelled: Callable[[], bool] | None = None,
            learner: Learner | None = None) -> Analysis | None:
    """The analysis of `report` (about 2.3 s per MB: run it off the UI thread), or None as
    soon as `cancelled()` says so. `progress(percent)` follows each piece and ends with
    100. `idf` is read from jieba's table when not given (0.13 s: pass one kept from an
    earlier run). `learner`: what suggestions learned from the reviewer
    (model.reading.learned; a snapshot, not changed here)."""
    from model.reading.formulations import formulations
    from model.reading.keywords import Idf, document_keywords_of, section_keywords_of
    from model.reading.suggestions import suggest_at_edges
    from model.reading.traditional import simplified

    segmenter.initialize()
    text = simplified(report.text)
    tokens: list[Token] = []
    edges: list[int] = []
    pieces = chunks(text)
    for number, (start, end) in enumerate(pieces, 1):
        if cancelled is not None and cancelled():
            return None
        piece = text[start:end]
        tokens += segmenter.tokenize(piece, offset=start)
        for token in segmenter.tokenize(piece, offset=start, fine=True):
            edges += (token.start, token.end)
        if progress is not None:
            progress(number * SEGMENTING_PERCENT // len(pieces))
    analysis = Analysis(report, Boundaries(len(text), [0, *edges]))
    if idf is None:
        idf = Idf.load()
    surface = {} if text == report.text else as_written(tokens, report.text)
    analysis.document_keywords = _written(document_keywords_of(tokens, idf), surface)
    if outline is not None:
        analysis.section_keywords = {
            start: _written(words, surface)
            for start, words in section_keywords_of(tokens, outline, idf).items()}
    analysis.formulations = formulations(report.text)
    if cancelled is not None and cancelled():
        return None
    coarse = Boundaries(len(text), [0, *(t.end for t in tokens)])  # no second segmentation
    analysis.suggestions = suggest_at_edges(report.text, outline, coarse)
    if learner is not None and not learner.empty:
        from model.reading.learned import learned_suggestions

        # features and quotes from the text as written, like the window's learning signals
        analysis.suggestions = learned_suggestions(report.text, outline,
                                                   analysis.suggestions, learner)
    if progress is not None:
        progress(100)
    return analysis


def as_written(tokens: list[Token], original: str) -> dict[str, str]:
    """word of the Simplified form -> how the original text writes it at its first
    occurrence (财政 -> 財政), for the words written otherwise."""
    surface: dict[str, str] = {}
    for token in reversed(tokens):
        written = original[token.start:token.end]
        if written != token.word:
            surface[token.word] = written
    return surface


def _written(keywords: Keywords, surface: dict[str, str]) -> Keywords:
    return [(surface.get(w, w), weight) for w, weight in keywords] if surface else keywords


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` of at most `size` characters, cut after a line end
    (or, in a longer line, where jieba would cut anyway: model.reading.segmenter.pieces),
    so that one long line still gets progress and a chance to cancel."""
    return list(pieces(text, size))
