"""jieba off the UI thread: dictionary loading, per-report analysis, user words.

One QThreadPool with a single thread runs every job in order, so a user word is added to
the dictionary only between two segmentation runs, never while a worker cuts. Each analysis
has a job id; results of a superseded job (another report was opened) are dropped.
"""
from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.common.serial_jobs import SerialJobs

from model.outline.tree import Outline
from model.report.loading import Report
from model.reading.segmenter import Boundaries, Segmenter, Token

if TYPE_CHECKING:  # imported by the worker when it first needs them, not at start-up
    from model.reading.formulations import Formulation
    from model.reading.keywords import Idf
    from model.reading.suggestions import Suggestion

#: Text is segmented in chunks of about this many characters (cut at line ends), so
#: progress can be reported and the GIL is released between chunks.
CHUNK_CHARS = 10_000
#: A CPU-bound Python worker can starve the UI thread of the GIL for seconds (the UI
#: thread's timed wait restarts whenever the GIL is briefly released); a real sleep after
#: each chunk hands it over.
YIELD_S = 0.002
DOCUMENT_KEYWORDS = 20
SECTION_KEYWORDS = 8


@dataclass
class Analysis:
    """Everything the reading features need about one report text."""

    report: Report
    boundaries: Boundaries
    document_keywords: list[tuple[str, float]] = field(default_factory=list)
    section_keywords: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    formulations: list[Formulation] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` of about `size` characters, cut after a line end."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + size)
        end = len(text) if cut == -1 else cut + 1
        spans.append((start, end))
        start = end
    return spans


class SegmentJobs(SerialJobs):
    """Signals: ready() once the dictionary is loaded; progress(job_id, percent);
    analysed(job_id, Analysis); failed(job_id, message); word_added(word)."""

    ready = Signal()
    progress = Signal(int, int)
    analysed = Signal(int, object)
    failed = Signal(int, str)
    word_added = Signal(str)

    def __init__(self, segmenter: Segmenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.segmenter = segmenter
        self._idf: list[Idf] = []  # loaded once, by the first analysis (in the worker)

    @property
    def is_ready(self) -> bool:
        return self.segmenter.initialized

    def start_loading(self) -> None:
        """Load the dictionaries in the worker; `ready` follows."""
        self._run_in_worker(self._load)

    def analyse(self, report: Report, outline: Outline | None) -> int:
        """Segment and analyse `report` in the worker; returns the job id."""
        job_id = self._next_id()
        self._run_in_worker(lambda: self._analyse(job_id, report, outline))
        return job_id

    def add_word(self, word: str) -> None:
        """Queue `word` for the user dictionary; it is applied between two runs."""
        self._run_in_worker(lambda: self._add_word(word))

    # in the worker ------------------------------------------------------------------------
    def _load(self) -> None:
        self.segmenter.initialize()
        if not self._idf:
            self._idf.append(load_idf())
        self.ready.emit()

    def _add_word(self, word: str) -> None:
        try:
            self.segmenter.add_user_word(word)
        except (ValueError, OSError) as exc:
            self.failed.emit(0, str(exc))
            return
        self.word_added.emit(word)

    def _analyse(self, job_id: int, report: Report, outline: Outline | None) -> None:
        try:
            analysis = self._run(job_id, report, outline)
        except Exception as exc:  # noqa: BLE001 — a model bug must not kill the window
            self.failed.emit(job_id, f"{type(exc).__name__}: {exc}")
            return
        if analysis is not None:
            self.analysed.emit(job_id, analysis)

    def _run(self, job_id: int, report: Report, outline: Outline | None) -> Analysis | None:
        """The analysis, or None as soon as the job is superseded."""
        from model.reading.formulations import formulations
        from model.reading.suggestions import suggest

        self.segmenter.initialize()
        text = report.text
        tokens: list[Token] = []
        edges: list[int] = []
        pieces = chunks(text)
        for number, (start, end) in enumerate(pieces, 1):
            if not self.is_current(job_id):
                return None
            piece = text[start:end]
            tokens += self.segmenter.tokenize(piece, offset=start)
            for token in self.segmenter.tokenize(piece, offset=start, fine=True):
                edges += (token.start, token.end)
            self.progress.emit(job_id, number * 80 // len(pieces))
            time.sleep(YIELD_S)  # let the UI thread take the GIL (see YIELD_S)
        analysis = Analysis(report, Boundaries(len(text), [0, *edges]))
        coarse = _KnownEdges(text, Boundaries(len(text), [0, *(t.end for t in tokens)]))
        self._keywords(analysis, tokens, outline)
        analysis.formulations = formulations(text)
        if not self.is_current(job_id):
            return None
        analysis.suggestions = suggest(text, outline, coarse)  # type: ignore[arg-type]
        self.progress.emit(job_id, 100)
        return analysis

    def _keywords(self, analysis: Analysis, tokens: list[Token], outline: Outline | None) -> None:
        if not self._idf:
            self._idf.append(load_idf())
        idf = self._idf[0]
        analysis.document_keywords = idf.top([t.word for t in tokens], DOCUMENT_KEYWORDS)
        if outline is None:
            return
        starts = [t.start for t in tokens]
        for node in outline.nodes():
            lo = bisect.bisect_left(starts, node.start)
            hi = bisect.bisect_left(starts, node.end)
            words = [t.word for t in tokens[lo:hi]]
            analysis.section_keywords[node.start] = idf.top(words, SECTION_KEYWORDS)


def load_idf() -> Idf:
    """The IDF table, read in the worker with short pauses so the UI thread gets the GIL."""
    from model.reading.keywords import Idf

    return Idf.load(pause=lambda: time.sleep(YIELD_S))


class _KnownEdges:
    """Stands in for the Segmenter in model.reading.suggestions, which only asks for the coarse token
    edges of the text: they are known already, so the text is not segmented again."""

    def __init__(self, text: str, edges: Boundaries) -> None:
        self._text, self._edges = text, edges

    def boundaries(self, text: str, *, fine: bool = True) -> Boundaries:
        if fine or text is not self._text:
            raise ValueError("only the coarse edges of the analysed text are known")
        return self._edges

