"""The proposals of a comparison, made off the UI thread: the dictionaries load and the
matching runs (model.compare.pair.propose) in one worker thread, so the window keeps
answering while B is prepared and A's commitments are matched.

A's commitments are its commitment annotations (from A's sidecar) together with the
suggested ones (the suggester's, its targets and plan part) that do not overlap one:
`propose` gives either the one or the other, so it runs once for each when A has tagged
commitments. Results of a superseded job (the window closed, another pair) are dropped.
"""
from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from gui.common.serial_jobs import SerialJobs
from gui.compare.pair_loading import Pair
from gui.reading.jobs import YIELD_S, load_idf
from model.annotations import Annotation
from model.compare.lexicon import Lexicon
from model.compare.pair import propose
from model.compare.proposals import Proposal
from model.reading.segmenter import Segmenter

#: Candidates proposed per commitment (the verb's default is 3; the window shows more).
CANDIDATES = 5
#: Stages reported with `stage`: the dictionaries, then the matching.
LOADING, MATCHING = "loading", "matching"


class ProposalJobs(SerialJobs):
    """Signals: stage(job_id, LOADING|MATCHING); progress(job_id, percent);
    proposed(job_id, list[Proposal]) in A's order; failed(job_id, detail)."""

    stage = Signal(int, str)
    progress = Signal(int, int)
    proposed = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, segmenter: Segmenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.segmenter = segmenter
        self._idf: list[object] = []  # loaded once, in the worker
        self._lexicon: list[Lexicon] = []  # the matcher's tables: likewise

    def start(self, pair: Pair, annotations: Sequence[Annotation] = ()) -> int:
        """Propose evidence for A's commitments in the worker; returns the job id."""
        job_id = self._next_id()
        tagged = tuple(a for a in annotations if a.tag == "commitment" and a.end > a.start)
        self._run_in_worker(lambda: self._propose(job_id, pair, tagged))
        return job_id

    # in the worker ------------------------------------------------------------------------
    def _propose(self, job_id: int, pair: Pair, tagged: tuple[Annotation, ...]) -> None:
        try:
            self.stage.emit(job_id, LOADING)
            self.progress.emit(job_id, 0)
            self.segmenter.load_fallback(pause=lambda: time.sleep(YIELD_S))
            if not self._idf:
                self._idf.append(load_idf())
            idf = self._idf[0]
            if not self._lexicon:
                self._lexicon.append(Lexicon.load())
            lexicon = self._lexicon[0]
            if not self.is_current(job_id):
                return
            self.stage.emit(job_id, MATCHING)
            self.progress.emit(job_id, 30)
            time.sleep(YIELD_S)  # hand the UI thread the GIL between the two stages

            def run(annotations: tuple[Annotation, ...]) -> list[Proposal]:
                return propose(pair.a.text, pair.outline_a, pair.b.text, pair.outline_b,
                               self.segmenter, idf, annotations,  # type: ignore[arg-type]
                               CANDIDATES, lexicon=lexicon)

            found = run(())
            if tagged and self.is_current(job_id):
                self.progress.emit(job_id, 65)
                time.sleep(YIELD_S)
                own = run(tagged)
                found = own + [p for p in found if not _overlaps(p, own)]
                found.sort(key=lambda p: (p.commitment.passage.start, p.commitment.passage.end))
        except Exception as exc:  # noqa: BLE001 — a model bug must not kill the window
            self.failed.emit(job_id, f"{type(exc).__name__}: {exc}")
            return
        if self.is_current(job_id):
            self.progress.emit(job_id, 100)
            self.proposed.emit(job_id, found)


def _overlaps(p: Proposal, others: list[Proposal]) -> bool:
    s, e = p.commitment.passage.start, p.commitment.passage.end
    return any(o.commitment.passage.start < e and s < o.commitment.passage.end for o in others)
