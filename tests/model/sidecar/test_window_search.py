"""The faster pieces of re-anchoring give what the plain ones give: the window search
stepped over the quote (several windows in one pass) against Myers' column-by-column
scores and the dynamic programme, the 3-gram hits looked up together against one by one,
and re-anchoring after moved and cut paragraphs against the full search."""
from __future__ import annotations

import random

import pytest

import model.sidecar.anchoring as anchoring
from model.sidecar.approx_match import (
    GramHits,
    _best_ends,
    _scores,
    search_windows,
    seed_windows,
    start_of,
    window_scores,
)
from tests.model.sidecar.test_anchoring import _dp_search
from tests.model.sidecar.test_anchoring_shortcuts import fields, random_annotations, twins_text

LETTERS = "ab政𠀀，\0\1"  # the gaps between windows are filled with a character not in the pattern


def _random(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(low, high)))


def test_window_scores_match_the_column_scores_and_dynamic_programming() -> None:
    rng = random.Random(11)
    for _ in range(400):
        pattern = _random(rng, 1, 70)
        text = _random(rng, 1, 300)
        windows = []
        for _ in range(rng.randint(1, 4)):  # may overlap, touch the ends, be one long
            lo = rng.randrange(len(text))
            windows.append((lo, rng.randint(lo + 1, len(text))))
        for (lo, hi), scores in zip(windows, window_scores(pattern, text, windows)):
            assert scores == _scores(pattern, text[lo:hi], anchored=False)
            assert scores == _dp_search(pattern, text[lo:hi])


def test_search_windows_is_each_window_searched_alone() -> None:
    rng = random.Random(12)
    for _ in range(300):
        pattern = _random(rng, 4, 40)
        text = _random(rng, 0, 400)
        windows = [(rng.randint(-50, len(text) + 10), rng.randint(-50, len(text) + 60))
                   for _ in range(rng.randint(0, 4))]
        max_errors = rng.randint(1, len(pattern) // 2 + 1)
        alone = []
        for lo, hi in windows:
            lo, hi = max(0, lo), min(len(text), hi)
            if hi > lo:
                alone.extend(_best_ends(_dp_search(pattern, text[lo:hi]), lo, max_errors))
        assert search_windows(pattern, text, windows, max_errors) == alone


def test_gram_hits_together_are_the_hits_one_by_one() -> None:
    rng = random.Random(13)
    text = twins_text(rng, copies=2)
    by_find, by_index = GramHits(text, index_after=10**9), GramHits(text, index_after=0)
    grams = [text[p : p + 3] for p in (rng.randrange(len(text) - 3) for _ in range(60))]
    grams += ["不存在", "，", "发展"]
    assert by_find.many(grams) == by_index.many(grams) == [by_find(g) for g in grams]
    for _ in range(40):
        p = rng.randrange(len(text) - 60)
        quote = text[p : p + rng.randint(12, 60)]
        assert seed_windows(quote, by_find) == seed_windows(quote, by_index)


def moved_and_cut(text: str, rng: random.Random) -> str:
    """Paragraphs moved elsewhere, deleted, cut inside (a piece of 2–30 characters gone)
    and new ones inserted."""
    lines = text.split("\n")
    out, moved = [], []
    for line in lines:
        x = rng.random()
        if x < 0.05:
            moved.append(line)
        elif x < 0.12:
            continue
        elif x < 0.22 and len(line) > 8:
            cut = rng.randrange(len(line) - 2)
            out.append(line[:cut] + line[cut + rng.randint(2, 30):])
        elif x < 0.25:
            out.extend([line, "新增段落：" + line[::-1][:20]])
        else:
            out.append(line)
    for line in moved:
        out.insert(rng.randrange(len(out) + 1), line)
    return "\n".join(out)


@pytest.mark.parametrize("seed", range(3))
def test_moved_and_cut_paragraphs_land_as_in_the_full_search(seed: int) -> None:
    rng = random.Random(100 + seed)
    old = twins_text(rng)
    new = moved_and_cut(old, rng)
    annotations = random_annotations(old, 500, rng)
    fast, fast_summary = anchoring.anchor_annotations(new, annotations, old_length=len(old))
    full, full_summary = anchoring.anchor_annotations(new, annotations, old_length=len(old),
                                                      shortcuts=False)
    assert fields(fast) == fields(full)
    assert fast_summary == full_summary
    assert fast_summary.fuzzy > 20 and fast_summary.moved > 100


def test_start_of_prefers_the_length_nearest_the_pattern_s_the_shorter_on_a_tie() -> None:
    rng = random.Random(14)
    for _ in range(500):
        pattern = _random(rng, 1, 30)
        text = _random(rng, 1, 80)
        end = rng.randint(1, len(text))
        errors = rng.randint(0, len(pattern))
        m = len(pattern)
        begin = max(0, end - m - errors)
        scores = _scores(pattern[::-1], text[begin:end][::-1], anchored=True)
        least = min(scores)
        best = min((i for i, score in enumerate(scores) if score == least),
                   key=lambda i: abs(i + 1 - m))
        assert start_of(pattern, text, end, errors) == end - (best + 1)
