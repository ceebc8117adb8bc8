"""The compare worker reads the matcher's tables once, as it reads the IDF table: a
second comparison (or the run for A's own commitment annotations) reuses them."""
from __future__ import annotations

from pathlib import Path

from gui.compare import proposal_jobs
from gui.compare.pair_loading import load_pair
from model.annotations import make_annotation
from model.compare.lexicon import Lexicon
from model.reading.segmenter import Segmenter

from .conftest import PROPOSALS_MS


def test_the_matcher_s_tables_are_read_once_per_worker(
        qtbot, monkeypatch, pair: tuple[Path, Path], tmp_path: Path) -> None:
    reads: list[int] = []
    real = Lexicon.load

    def counted() -> Lexicon:
        reads.append(1)
        return real()

    monkeypatch.setattr(proposal_jobs.Lexicon, "load", staticmethod(counted))
    jobs = proposal_jobs.ProposalJobs(Segmenter(tmp_path / "cache"))
    loaded = load_pair(*pair)
    tagged = make_annotation(loaded.a.text, 0, 20, "commitment")  # two runs in one job
    results: list[object] = []
    jobs.proposed.connect(lambda _job, found: results.append(found))
    jobs.failed.connect(lambda _job, detail: results.append(detail))
    for given in ((tagged,), ()):
        with qtbot.waitSignal(jobs.proposed, timeout=PROPOSALS_MS):
            jobs.start(loaded, given)
    jobs.wait()
    assert all(isinstance(r, list) and r for r in results) and len(results) == 2
    assert len(reads) == 1
