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

from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from model.outline.tree import Outline
from model.reading.segmenter import Boundaries, Segmenter, pieces
from model.report.loading import Report
from model.report.textnorm import fold_width

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
    """The analysis of `report` (about 1 s per MB with rjieba, 2.3 s with jieba: run it off
    the UI thread), or None as soon as `cancelled()` says so. `progress(percent)` follows
    each piece and ends with 100. `idf` is read from jieba's table when not given (0.13 s:
    pass one kept from an earlier run). `learner`: what suggestions learned from the
    reviewer (model.reading.learned; a snapshot, not changed here)."""
    from model.reading.formulations import formulations
    from model.reading.keywords import Idf, document_keywords_of, section_keywords_of, whole_words
    from model.reading.suggestions import suggest_at_edges
    from model.reading.traditional import simplified

    segmenter.initialize()
    text = simplified(report.text)  # the same offsets
    segmented = _segment(text, segmenter, progress, cancelled)
    if segmented is None:
        return None
    words, starts, fine_edges, counts, folded = segmented
    del segmented  # the words and their counts go before the suggestions are made
    analysis = Analysis(report, Boundaries.of_flags(fine_edges))
    if idf is None:
        idf = Idf.load()
    key_words, key_starts = words, starts
    # 青|山镇 -> 青山镇: no fragment as a keyword; `words` joined in place (not used after)
    joined = whole_words(words, starts, reuse=True, knows=idf.knows)
    if joined is not None:
        key_words = joined[0]
        key_starts = joined[1] if isinstance(joined[1], array) else array("l", joined[1])
        counts = Counter(key_words)
    surface = ({} if text == report.text
               else as_written(key_words, key_starts, report.text))
    analysis.document_keywords = _written(document_keywords_of(key_words, idf, counts=counts),
                                          surface)
    if outline is not None:
        analysis.section_keywords = {
            start: _written(found, surface)
            for start, found in section_keywords_of(key_words, key_starts, outline,
                                                    idf).items()}
    # the tokens go before the suggestions are made (the peak of a run): the words, both
    # lists of starts (joined holds the joined ones), ~16 MB at 5 MB
    del words, counts, key_words, key_starts, joined
    coarse = Boundaries.of_sorted(starts, len(text))
    del starts
    analysis.formulations = formulations(report.text)
    if cancelled is not None and cancelled():
        return None
    analysis.suggestions = suggest_at_edges(report.text, outline, coarse, folded=folded,
                                            simple=text)
    if learner is not None and not learner.empty:
        from model.reading.learned import learned_suggestions

        # features and quotes from the text as written, like the window's learning signals
        analysis.suggestions = learned_suggestions(report.text, outline,
                                                   analysis.suggestions, learner)
    if progress is not None:
        progress(100)
    return analysis


def _segment(text: str, segmenter: Segmenter, progress: Callable[[int], None] | None,
             cancelled: Callable[[], bool] | None
             ) -> _Segmented | None:
    """`text` segmented piece by piece (None when cancelled). Compact on purpose: no object
    per token but the word, and the words shared (a 5 MB report has ~1M tokens of ~20k
    distinct words). No single long C call either (a Counter of 1M words or a fold of
    the whole text holds the GIL for 50–100 ms, a pause of the window): the words are
    counted and the text folded piece by piece."""
    words: list[str] = []
    starts: array[int] = array(_offset_type(len(text)))
    fine = bytearray(len(text) + 1)
    fine[0] = 1
    shared: dict[str, str] = {}
    share = shared.setdefault
    cut_parts = segmenter.cut_parts
    counts: Counter[str] = Counter()
    folded_pieces: list[str] = []
    changed = False  # by the folding: when not, the text itself is the folded text
    pieces = chunks(text)
    for number, (start, end) in enumerate(pieces, 1):
        if cancelled is not None and cancelled():
            return None
        piece = text[start:end]
        folded = fold_width(piece)
        folded_pieces.append(folded)
        changed = changed or folded != piece
        first_word = len(words)
        for base, tokens in cut_parts(folded, fine=False):
            if not tokens:
                continue
            found, first, _ends = zip(*tokens)
            if folded is not piece and folded != piece:  # quote the words as written
                found = tuple(piece[base + s:base + e] for _w, s, e in tokens)
            words += map(share, found, found)
            starts.extend(map((start + base).__add__, first))
        counts.update(words[first_word:])
        for base, tokens in cut_parts(folded, fine=True):
            at = start + base
            for _w, s, e in tokens:
                fine[at + s] = fine[at + e] = 1
        if progress is not None:
            progress(number * SEGMENTING_PERCENT // len(pieces))
    folded_text = "".join(folded_pieces) if changed else text
    del folded_pieces
    return _Segmented(words, starts, fine, counts, folded_text)


def _offset_type(length: int) -> str:
    """The array type code that holds offsets up to `length`: 4 bytes each where they
    fit (every report under 2 GB of text), not 8."""
    return "i" if length < 2**31 and array("i").itemsize == 4 else "q"


class _Segmented(NamedTuple):
    """What one pass of segmentation gives the rest of the analysis."""

    words: list[str]  # the default-mode tokens' words (Simplified), in order
    starts: array[int]  # their start offsets: the coarse token edges
    fine: bytearray  # 1 at every fine (search-mode) token edge
    counts: Counter[str]  # how often each word occurs
    folded: str  # the width-folded (Simplified) text


def as_written(words: list[str], starts: array[int], original: str) -> dict[str, str]:
    """word of the Simplified form -> how the original text writes it at its first
    occurrence (财政 -> 財政), for the words written otherwise."""
    surface: dict[str, str] = {}
    for word, start in zip(reversed(words), reversed(starts)):
        written = original[start:start + len(word)]
        if written != word:
            surface[word] = written
    return surface


def _written(keywords: Keywords, surface: dict[str, str]) -> Keywords:
    return [(surface.get(w, w), weight) for w, weight in keywords] if surface else keywords


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` of at most `size` characters, cut after a line end
    (or, in a longer line, where jieba would cut anyway: model.reading.segmenter.pieces),
    so that one long line still gets progress and a chance to cancel."""
    return list(pieces(text, size))
