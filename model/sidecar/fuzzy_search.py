"""Step 3 of re-anchoring (model.sidecar.anchoring): the best approximate match of a
quote — searched near the expected place, else where its n-grams point
(model.sidecar.approx_match) — scored quote 50 + prefix 20 + suffix 20 + nearness 2, and
accepted when the quote is at least MIN_SIMILARITY similar."""
from __future__ import annotations

from heapq import heapify, heappop, heappush

from model.sidecar.anchor_context import AnchorDoc, Anchored, around
from model.sidecar.approx_match import Match, masks, search_windows, seed_windows, start_of
from model.sidecar.context_ratio import counts, quick_ratio, ratio

MIN_SIMILARITY = 0.75
#: The fuzzy search looks this far (plus the quote's length) around each expected place.
FUZZY_SLACK = 32


def fuzzy_match(doc: AnchorDoc, a: Anchored, expected: tuple[int, ...]) -> Match | None:
    """Best approximate match: near the expected place, else where n-grams point."""
    quote, text = a.quote, doc.text
    max_errors = int(len(quote) * (1 - MIN_SIMILARITY))
    if max_errors < 1:
        return None
    middle = sum(expected) // len(expected)
    found = search_windows(quote, text, near_windows(a, expected, len(quote) + FUZZY_SLACK),
                           max_errors)
    if not found:
        found = search_windows(quote, text, seed_windows(quote, doc.grams), max_errors)
    if not found:
        return None
    # windows may overlap; a match's start follows from its end and errors
    return _best_scored(text, a, list(dict.fromkeys(found)), middle, doc.shortcuts)


def _best_scored(text: str, a: Anchored, found: list[tuple[int, int]], expected: int,
                 shortcuts: bool = True) -> Match:
    """The match of `found` ((errors, end) pairs) with the best score — quote 50 + prefix
    20 + suffix 20 + nearness 2 — the first of equals. `shortcuts`: best first, without
    scoring the context of a match that cannot win (the similarity term is cheap, the
    context ratios (difflib) are not): each match has a bound, refined only while it is
    the highest: first 1 for what is not known yet (its start: the prefix and the
    nearness, and both ratios), then its start and difflib's quick_ratio (never below
    ratio; the near twins of a deleted passage mostly differ by substitutions, where the
    two are equal), then its score; once the best score reaches every bound left, the
    rest cannot win. The bounds are summed in the score's order, so that rounding keeps
    them bounds — the same answer, as the tests check."""
    quote, size = a.quote, max(1, len(text))
    if len(found) == 1:
        errors, end = found[0]
        return Match(start_of(quote, text, end, errors), end, errors)
    backwards = masks(quote[::-1])

    def placed(i: int) -> tuple[float, Match, str, str, float]:
        errors, end = found[i]
        start = start_of(quote, text, end, errors, backwards)
        nearness = 1 - min(abs(start - expected), len(text)) / size
        before, after = around(text, start, end)
        return 1 - errors / len(quote), Match(start, end, errors), before, after, nearness

    best, best_score, best_match = -1, 0.0, None
    if not shortcuts:
        for i in range(len(found)):
            similarity, match, before, after, nearness = placed(i)
            score = (50 * similarity + 20 * _full(a.prefix, before)
                     + 20 * _full(a.suffix, after) + 2 * nearness)
            if best < 0 or score > best_score:
                best, best_score, best_match = i, score, match
        assert best_match is not None
        return best_match
    # (-bound, index, how far refined: 0 similarity, 1 start and quick ratios, 2 score)
    heap = [(-(50 * (1 - errors / len(quote)) + 20 * 1.0 + 20 * 1.0 + 2 * 1.0), i, 0)
            for i, (errors, _) in enumerate(found)]
    heapify(heap)
    known: dict[int, tuple[float, Match, str, str, float]] = {}
    prefix_counts, suffix_counts = counts(a.prefix), counts(a.suffix)
    while heap and (best < 0 or -heap[0][0] >= best_score):
        _, i, stage = heappop(heap)
        if stage == 0:
            similarity, _, before, after, nearness = known[i] = placed(i)
            bound = (50 * similarity + 20 * _quick(a.prefix, before, prefix_counts)
                     + 20 * _quick(a.suffix, after, suffix_counts) + 2 * nearness)
            heappush(heap, (-bound, i, 1))
            continue
        similarity, match, before, after, nearness = known[i]
        score = (50 * similarity + 20 * _full(a.prefix, before) + 20 * _full(a.suffix, after)
                 + 2 * nearness)
        if best < 0 or score > best_score or (score == best_score and i < best):
            best, best_score, best_match = i, score, match
    assert best_match is not None
    return best_match


def near_windows(a: Anchored, expected: tuple[int, ...], slack: int
                  ) -> list[tuple[int, int]]:
    """Around each expected place (one window if two overlap)."""
    first, second = min(expected), max(expected)
    length = a.end - a.start
    if second - first <= 2 * slack + length:
        return [(first - slack, second + length + slack)]
    return [(first - slack, first + length + slack), (second - slack, second + length + slack)]


def _quick(old: str, new: str, old_counts: dict[str, int] | None = None) -> float:
    return 1.0 if old == new else quick_ratio(old, new, old_counts)


def _full(old: str, new: str) -> float:
    return 1.0 if old == new else ratio(old, new)
