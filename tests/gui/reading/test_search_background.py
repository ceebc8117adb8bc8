"""The find bar searches off the window's thread (issue 12): typing never waits for a
search, an older query's late result is dropped, and a catastrophic regular expression
is abandoned with a message while the window keeps answering."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from gui.common import labels
from gui.reading import search as gui_search
from model.reading import regex_worker
from model.reading import search as model_search
from tests.gui.reading_support import REPORT, open_and_wait, wait_search, write_report

RUN_OF_A = "a" * 40 + "!"  # `(a+)+$` backtracks 2**40 times on it


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    win = make_window((1000, 700))
    open_and_wait(qtbot, win, write_report(tmp_path, text=REPORT + RUN_OF_A + "\n"))
    return win


@pytest.fixture
def slow_find(monkeypatch):
    """model.reading.search.find taking `delay[query]` seconds (the GIL released, as a
    search on a second core would); `started` holds the queries begun."""
    real = model_search.find
    delay: dict[str, float] = {}
    started: list[str] = []

    def find(text, query, **kwargs):
        started.append(query)
        time.sleep(delay.get(query, 0.0))
        return real(text, query, **kwargs)

    monkeypatch.setattr(model_search, "find", find)
    return delay, started


def test_typing_never_waits_for_the_search(qtbot, window, slow_find):
    delay, started = slow_find
    for query in ("两", "两个", "两个维", "两个维护"):
        delay[query] = 0.4
    bar = window.reading.find_bar
    window.reading.open_find()
    wait_search(qtbot, window)
    spent = []
    for index, query in enumerate(["两", "两个", "两个维", "两个维护"]):
        began = time.perf_counter()
        bar.edit.setText(query)  # one key: what the window does before it answers again
        spent.append(time.perf_counter() - began)
        assert bar.count_label.text() == gui_search.PENDING
        if index == 1:
            qtbot.waitUntil(lambda: "两个" in started)  # a search is under way meanwhile
    assert max(spent) < 0.05
    wait_search(qtbot, window)
    assert len(window.reading.search.hits) == 3
    assert bar.count_label.text() == "1 / 3"
    assert started[-1] == "两个维护" and "两个维" not in started  # the pause came last


def test_an_older_querys_late_result_is_ignored(qtbot, window, slow_find):
    delay, started = slow_find
    delay["企业"] = 0.6
    bar, finder = window.reading.find_bar, window.reading.search
    window.reading.open_find()
    bar.edit.setText("企业")
    qtbot.waitUntil(lambda: "企业" in started)  # running, and slow
    bar.edit.setText("两个维护")
    wait_search(qtbot, window)
    assert [REPORT[s:e] for s, e in finder.hits] == ["两个维护"] * 3
    qtbot.wait(800)  # the slow search ends meanwhile: its hits must not replace these
    assert [REPORT[s:e] for s, e in finder.hits] == ["两个维护"] * 3
    assert bar.count_label.text() == "1 / 3"


def test_a_catastrophic_regex_is_abandoned_and_the_window_answers(qtbot, window,
                                                                   monkeypatch):
    monkeypatch.setattr(regex_worker, "TIMEOUT_S", 0.8)
    bar, finder = window.reading.find_bar, window.reading.search
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.reading.open_find()
    bar.set_mode("regex")
    timer.start()
    began = time.perf_counter()
    bar.edit.setText("(a+)+$")
    wait_search(qtbot, window, timeout=15000)
    timer.stop()
    assert time.perf_counter() - began < 10  # abandoned, not minutes of backtracking
    assert bar.error() == labels.error_text("search_too_slow")
    assert finder.hits == [] and bar.count_label.text() == "No matches"
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 20 and max(gaps) < 0.5  # the window kept answering meanwhile
    qtbot.waitUntil(lambda: not [t for t in threading.enumerate() if t.name == "yuepi-find"])
    bar.edit.setText("(a+)+!")  # a sane one right after works
    wait_search(qtbot, window)
    start, end = finder.hits[0]
    assert (REPORT + RUN_OF_A)[start:end] == RUN_OF_A
    assert bar.error() == ""
