"""The dictionary load waits while a report opens (SegmentJobs.hold) and goes on after."""
from __future__ import annotations

import threading
import time

from gui.reading import jobs as jobs_module
from gui.reading.jobs import SegmentJobs
from model.reading.segmenter import Segmenter


def test_a_held_pause_waits_until_resumed(tmp_path) -> None:
    jobs = SegmentJobs(Segmenter(tmp_path))
    jobs.hold()
    done = threading.Event()
    worker = threading.Thread(target=lambda: (jobs._pause(), done.set()))
    worker.start()
    assert not done.wait(0.1)  # held
    jobs.resume()
    assert done.wait(2.0)
    worker.join()
    began = time.perf_counter()
    jobs._pause()  # not held: a short sleep only
    assert time.perf_counter() - began < 0.5


def test_a_hold_never_outlasts_its_limit(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(jobs_module, "HOLD_LIMIT_S", 0.05)
    jobs = SegmentJobs(Segmenter(tmp_path))
    jobs.hold()
    began = time.perf_counter()
    jobs._pause()
    assert 0.04 < time.perf_counter() - began < 1.0
