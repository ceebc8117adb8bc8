"""Step 2 of re-anchoring (model.sidecar.anchoring): the exact occurrences of a quote,
scored by how well their context agrees (model.sidecar.anchor_context), nearest the
expected place first. The whole text is searched only when an occurrence out of the near
window could still win, which the 3-gram index can often rule out (`shortcuts`)."""
from __future__ import annotations

import math
from collections.abc import Iterator

from model.sidecar.anchor_context import AnchorDoc, Anchored, context

#: Exact occurrences elsewhere: how far to look first, and how many to score at most.
NEAR_WINDOW = 4096
MAX_OCCURRENCES = 5000
#: A quote shorter than this found away from its place needs some matching context.
SHORT_QUOTE = 8
MIN_SHORT_CONTEXT = 0.25


def best_occurrence(doc: AnchorDoc, a: Anchored, expected: tuple[int, ...]
                     ) -> tuple[float, int] | None:
    """(context, position) of the exact occurrence with the best context, then nearest
    the expected place; near it first, the whole text only when nothing with full
    context was found near it."""
    text, quote = doc.text, a.quote
    lo = max(0, min(expected) - NEAR_WINDOW)
    hi = max(expected) + len(quote) + NEAR_WINDOW
    best = _score_occurrences(doc, a, expected, lo, hi)
    if ((best is None or best[0] < 2.0) and (lo > 0 or hi < len(text))
            and not (doc.shortcuts and _none_better_elsewhere(doc, a, best, lo, hi))):
        whole = _score_occurrences(doc, a, expected, 0, len(text))
        if whole is not None and (best is None or whole[:2] > best[:2]):
            best = whole
    if best is None:
        return None
    ctx, _, pos = best
    if (pos in expected or pos in (a.start, a.start + doc.delta)
            or len(quote) >= SHORT_QUOTE or ctx >= MIN_SHORT_CONTEXT):
        return ctx, pos
    return None


def _none_better_elsewhere(doc: AnchorDoc, a: Anchored,
                           near: tuple[float, int, int] | None, lo: int, hi: int) -> bool:
    """True when no occurrence outside the near window text[lo:hi] can change what
    best_occurrence answers, told without reading the whole text. Beside `near` (the
    best one in the window) one out there, farther than NEAR_WINDOW, must have a better
    context; without one, a short quote's occurrence out there counts only with a context
    of MIN_SHORT_CONTEXT (or at its old place). Either needs at least so many characters
    of the prefix or of the suffix next to it (of both when the context must exceed 1):
    a longer string, looked up in the 3-gram index. False (search the whole text) when
    that cannot be told."""
    quote, prefix, suffix = a.quote, a.prefix, a.suffix
    if near is None:
        if len(quote) >= SHORT_QUOTE or any(
                p >= 0 and doc.text.startswith(quote, p) for p in (a.start, a.start + doc.delta)):
            return False
        part = MIN_SHORT_CONTEXT / 2
        needs = [(_chars(len(prefix), part), 0), (0, _chars(len(suffix), part))]
    elif -near[1] > NEAR_WINDOW:
        return False
    elif near[0] >= 1.0:  # each agreement is at most 1: both must exceed best - 1
        part = near[0] - 1.0
        needs = [(_chars(len(prefix), part), _chars(len(suffix), part))]
    else:  # one of them must exceed best / 2
        part = near[0] / 2
        needs = [(_chars(len(prefix), part), 0), (0, _chars(len(suffix), part))]
    for before, after in needs:
        if not before and not after:
            return False  # the quote alone: every occurrence must be scored
        longer = prefix[len(prefix) - before :] + quote + suffix[:after]
        found = doc.grams.occurrences(longer, 0, len(doc.text))
        if found is None or any(p + before < lo or p + before + len(quote) > hi
                                for p in found):
            return False
    return True


def _chars(length: int, agreement: float) -> int:
    """How many characters at least agree with a context of `length` characters whose
    agreement (characters / length) reaches `agreement`, with room for float rounding
    (a smaller count only makes the test weaker)."""
    return max(0, min(length, math.ceil(length * agreement - 1e-9 * (length + 1))))


def _score_occurrences(doc: AnchorDoc, a: Anchored, expected: tuple[int, ...], lo: int,
                       hi: int) -> tuple[float, int, int] | None:
    """(context, -distance, position) of the best occurrence in text[lo:hi]."""
    text = doc.text
    best: tuple[float, int, int] | None = None
    for pos in _occurrences(doc, a.quote, lo, hi):
        distance = min(abs(pos - e) for e in expected)
        key = (context(text, a, pos), -distance, pos)
        if best is None or key[:2] > best[:2]:
            best = key
    return best


def _occurrences(doc: AnchorDoc, quote: str, lo: int, hi: int) -> Iterator[int]:
    """The first MAX_OCCURRENCES starts of `quote` in text[lo:hi], ascending: from the
    3-gram index for a search of the whole text, where it can tell."""
    if hi - lo > 8 * NEAR_WINDOW:
        indexed = doc.grams.occurrences(quote, lo, hi)
        if indexed is not None:
            yield from indexed[:MAX_OCCURRENCES]
            return
    text, seen = doc.text, 0
    pos = text.find(quote, lo, hi)
    while pos != -1 and seen < MAX_OCCURRENCES:
        yield pos
        seen += 1
        pos = text.find(quote, pos + 1, hi)
