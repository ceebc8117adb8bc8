"""jieba off the UI thread: dictionary loading, per-report analysis, user words.

One QThreadPool with a single thread runs every job in order, so a user word is added to
the dictionary only between two segmentation runs, never while a worker cuts. Each analysis
has a job id; results of a superseded job (another report was opened) are dropped. What an
analysis holds and how it is made is the model's (model.reading.analysis); this module
only runs it in the worker and delivers the result.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui.common.serial_jobs import SerialJobs
from model.annotations import Annotation
from model.memory import release_free_memory
from model.outline.tree import Outline
from model.reading.analysis import Analysis, analyse
from model.reading.coverage import covered_flags
from model.reading.segmenter import Segmenter
from model.report.loading import Report

if TYPE_CHECKING:  # imported by the worker when it first needs it, not at start-up
    from model.reading.keywords import Idf
    from model.reading.learning import Learner

#: Analysis is the model's; gui/reading/feature.py takes it from here with SegmentJobs.
__all__ = ["Analysis", "SegmentJobs", "load_idf"]

#: The annotations an analysis was given and, per suggestion, whether they cover it.
Coverage = tuple[tuple[Annotation, ...], list[bool]]

#: A CPU-bound Python worker can starve the UI thread of the GIL for seconds (the UI
#: thread's timed wait restarts whenever the GIL is briefly released); a real sleep after
#: each piece of text hands it over.
YIELD_S = 0.002
#: The longest a held dictionary load waits for resume() (a safety net: a report opening
#: resumes it once its annotations are applied, in 0.1–2 s for 5 MB and 10,000).
HOLD_LIMIT_S = 5.0


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
        self._idf: list[Idf] = []  # loaded once, by the first job that needs it (in the worker)
        #: a snapshot of what suggestions learned, taken on the UI thread for each analysis
        self.learner: Callable[[], Learner | None] = lambda: None
        #: job id -> (the annotations it was given, which suggestions they cover): set in
        #: the worker before `analysed`, taken by the UI thread (take_coverage)
        self._coverage: dict[int, Coverage] = {}
        #: job id -> what the job's `rank` function made of its suggestions (take_ranked)
        self._ranked: dict[int, object] = {}
        self._go = threading.Event()  # cleared: the dictionary load waits (hold)
        self._go.set()

    @property
    def is_ready(self) -> bool:
        return self.segmenter.initialized

    def start_loading(self) -> None:
        """Load the dictionaries in the worker; `ready` follows."""
        self._run_in_worker(self._load)

    def hold(self) -> None:
        """Let a dictionary load in progress wait at its next pause (a few ms away) until
        resume(): a report is opening or reloading, and the window's thread, laying out
        its text and resetting its views, would otherwise share the GIL and the two cores
        with it (its analysis restarts once the annotations are applied anyway)."""
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    def _pause(self) -> None:
        self._go.wait(HOLD_LIMIT_S)
        time.sleep(YIELD_S)

    def analyse(self, report: Report, outline: Outline | None,
                annotations: tuple[Annotation, ...] = (),
                rank: Callable[[list[Any], list[bool]], object] | None = None) -> int:
        """Segment and analyse `report` in the worker; returns the job id. `annotations`
        (a snapshot) are checked against the suggestions there too: take_coverage;
        `rank(suggestions, covered flags)` runs there as well: take_ranked."""
        job_id = self._next_id()
        learner = self.learner()
        self._run_in_worker(lambda: self._analyse(job_id, report, outline, annotations, learner,
                                                  rank))
        return job_id

    def take_coverage(self, job_id: int) -> Coverage | None:
        """(annotations, covered flags per suggestion) of job `job_id`, once."""
        return self._coverage.pop(job_id, None)

    def take_ranked(self, job_id: int) -> object:
        """What job `job_id`'s `rank` function returned, once (None: none)."""
        return self._ranked.pop(job_id, None)

    def add_word(self, word: str) -> None:
        """Queue `word` for the user dictionary; it is applied between two runs."""
        self._run_in_worker(lambda: self._add_word(word))

    # in the worker ------------------------------------------------------------------------
    def _load(self) -> None:
        self.segmenter.load_fallback(pause=self._pause)
        self._idf_table()
        release_free_memory()  # the dictionaries' lines, read and dropped (model.memory)
        self.ready.emit()

    def _idf_table(self) -> Idf:
        if not self._idf:
            self._idf.append(load_idf(self._pause))
        return self._idf[0]

    def _add_word(self, word: str) -> None:
        try:
            self.segmenter.add_user_word(word)
        except (ValueError, OSError) as exc:
            self.failed.emit(0, str(exc))
            return
        self.word_added.emit(word)

    def _analyse(self, job_id: int, report: Report, outline: Outline | None,
                 annotations: tuple[Annotation, ...], learner: Learner | None = None,
                 rank: Callable[[list[Any], list[bool]], object] | None = None) -> None:
        def progress(percent: int) -> None:
            self.progress.emit(job_id, percent)
            if percent < 100:
                time.sleep(YIELD_S)  # let the UI thread take the GIL (see YIELD_S)

        try:
            analysis = analyse(report, outline, self.segmenter, self._idf_table(),
                               progress=progress, cancelled=lambda: not self.is_current(job_id),
                               learner=learner)
            if analysis is not None:
                self._coverage.clear()  # older ones were superseded
                self._ranked.clear()
                covered = covered_flags(analysis.suggestions, annotations)
                self._coverage[job_id] = (annotations, covered)
                if rank is not None:
                    self._ranked[job_id] = rank(analysis.suggestions, covered)
        except Exception as exc:  # noqa: BLE001 — a model bug must not kill the window
            self.failed.emit(job_id, f"{type(exc).__name__}: {exc}")
            return
        finally:
            release_free_memory()  # the tokens and pieces dropped by the analysis
        if analysis is not None:
            self.analysed.emit(job_id, analysis)


def load_idf(pause: Callable[[], None] | None = None) -> Idf:
    """The IDF table, read in the worker with short pauses so the UI thread gets the GIL
    (`pause`: another pause than a YIELD_S sleep)."""
    from model.reading.keywords import Idf

    return Idf.load(pause=pause or (lambda: time.sleep(YIELD_S)))
