"""A regular expression the reviewer types in Find is not ours to make linear: it runs in
a worker process that is killed at its time limit (model/reading/regex_worker.py)."""
from __future__ import annotations

import time

import pytest

from model.errors import SearchTooSlow
from model.reading import regex_worker
from model.reading.search import Cancelled, FoldedText, compile_query, find

CATASTROPHIC = ["(a+)+$", "(a|aa)+$", "(a*)*b", "(?:a+){2,}c"]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_a_catastrophic_pattern_is_abandoned_at_the_limit(pattern):
    text = "a" * 50_000 + "!"  # in line, each of these runs for hours
    began = time.monotonic()
    with pytest.raises(SearchTooSlow) as raised:
        regex_worker.run(compile_query(pattern), text, timeout=1.0)
    assert time.monotonic() - began < 3.0
    assert raised.value.code == "search_too_slow"


def test_a_cancelled_search_stops_at_once():
    began = time.monotonic()
    with pytest.raises(Cancelled):
        regex_worker.run(compile_query("(a+)+$"), "a" * 1000 + "!", timeout=30,
                         cancelled=lambda: time.monotonic() - began > 0.2)
    assert time.monotonic() - began < 2.0


def test_the_worker_finds_what_find_finds():
    text = "增长８.６%，增长7%；ＡＢＣ abc\n" * 2000
    compiled = compile_query(r"增长\d+(\.\d+)?%")
    folded = FoldedText(text)
    spans = regex_worker.run(compiled, folded.form(True))
    assert spans == find(text, r"增长\d+(\.\d+)?%", mode="regex")
    assert len(spans) == 4000
