"""Outlines in the background: the window takes an adopted worker's outline only for its
own text, and OutlineJobs waits for a worker process or detects the outline itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.outline.worker import OutlineWorker
from model.report.loading import load_report
from tests.model.outline.test_worker import OTHER
from tests.model.outline.test_worker import titles as _titles


def test_the_window_shows_the_workers_outline_or_its_own(main_window, report_path: Path,
                                                         tmp_path: Path) -> None:
    expected = _titles(detect_outline(load_report(report_path)))
    worker = OutlineWorker.start(str(report_path), min_bytes=0)
    main_window.session.adopt_worker(worker)
    assert main_window.open_report(report_path)
    assert _titles(main_window.outline) == expected
    assert main_window.outline_pane.view.model().rowCount() == 3
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    wrong = OutlineWorker.start(str(other), min_bytes=0)  # delivers another text's outline
    assert wrong is not None
    main_window.session.adopt_worker(wrong)
    assert main_window.open_report(report_path)
    assert _titles(main_window.outline) == expected
    assert main_window.text_view.toPlainText() == load_report(report_path).text


@pytest.fixture
def jobs(qtbot):
    """OutlineJobs owned by a widget that qtbot closes and deletes after the test."""
    from PySide6.QtWidgets import QWidget

    from gui.document.outline_jobs import OutlineJobs

    owner = QWidget()
    qtbot.addWidget(owner)
    runner = OutlineJobs(owner)
    assert runner.use_process  # CI machines have two cores
    yield runner
    runner.cancel()
    runner.wait()


def test_background_jobs_use_the_worker_process(qtbot, jobs, report_path: Path) -> None:
    report = load_report(report_path)
    with qtbot.waitSignal(jobs.finished, timeout=20000) as blocker:
        job_id = jobs.start(report)
        assert len(jobs._workers) == 1  # a process, not detection in the thread
    assert blocker.args[:2] == [job_id, report]
    assert _titles(blocker.args[2]) == _titles(detect_outline(report))
    assert jobs._workers == {}


def test_a_process_with_another_text_falls_back_to_the_thread(qtbot, jobs, report_path: Path,
                                                              tmp_path: Path) -> None:
    import dataclasses

    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    report = dataclasses.replace(load_report(report_path), path=other)  # the file changed
    with qtbot.waitSignal(jobs.finished, timeout=20000) as blocker:
        jobs.start(report)
    assert _titles(blocker.args[2]) == _titles(detect_outline(report))
    jobs.wait()


def test_a_superseded_process_is_stopped_and_its_result_dropped(qtbot, jobs,
                                                                report_path: Path) -> None:
    results: list[int] = []
    jobs.finished.connect(lambda job_id, *_: results.append(job_id))
    first = jobs.start(load_report(report_path))
    worker = jobs._workers[first]
    jobs.cancel()
    assert jobs._workers == {}
    assert worker._process.wait(timeout=5) is not None  # killed, not left behind
    qtbot.wait(100)
    jobs.wait()
    assert results == []
