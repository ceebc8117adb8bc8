"""Re-anchor annotations after the report's text changed (or check them when it did not).

For each annotation, in order (the strategy of the Hypothesis client):
1. the stored span, or the stored span shifted by the change in length, still holds the
   quote with its prefix/suffix → anchored (same place) or moved;
2. exact occurrences of the quote, nearest the expected place first; best prefix/suffix
   agreement wins, then nearness → anchored or moved;
3. a fuzzy match (model.sidecar.approx_match), scored quote 50 + prefix 20 + suffix 20 +
   nearness 2, accepted when the quote is ≥ 75 % similar → fuzzy; the quote, prefix and
   suffix then follow the new text and `original_quote` keeps what the reviewer marked;
   both ends then move to the natural boundary (model.sidecar.fuzzy_edges: where the old
   context resumes, else the clause punctuation the quote ended at);
   a long quote with a clause deleted, whose prefix and suffix are unchanged, is fuzzy
   over what remains when most of its clauses survive in order;
4. otherwise orphaned: kept with its old offsets and quote, never dropped.
The sidecar keeps only the old text's length and hash, so the shift of each passage is
learnt from the annotations themselves: they are placed in the order of their old
offsets, and each one placed exactly (quote and full context) gives the local shift the
next ones are expected at (step 1 tries it, steps 2–3 look around it and prefer what is
nearest to it). Until one is placed, the global change in length serves, as before.
The reviewer's outline corrections (model.annotations.OutlineCorrection) are anchored
the same way, with the same fields: `anchor_corrections`.
Shortcuts skip only work that cannot change the answer (`shortcuts=False` does it all;
tests compare both on random edits): fuzzy matches are scored best first, each one's
bound refined (its start, then its context ratios) only while it could still win, and
the whole text is not searched for exact occurrences when no occurrence out of the near
window can have the context it would need (looked up in the 3-gram index).
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from heapq import heapify, heappop, heappush
from typing import TypeVar

from model.annotations import CONTEXT_CHARS, Annotation, AnnotationSet, OutlineCorrection
from model.sidecar.approx_match import (
    GramHits,
    Match,
    masks,
    search_windows,
    seed_windows,
    start_of,
)
from model.sidecar.context_ratio import counts, quick_ratio, ratio
from model.sidecar.fuzzy_edges import clause_match, natural_bounds

MIN_SIMILARITY = 0.75
#: Exact occurrences elsewhere: how far to look first, and how many to score at most.
NEAR_WINDOW = 4096
MAX_OCCURRENCES = 5000
#: A quote shorter than this found away from its place needs some matching context.
SHORT_QUOTE = 8
MIN_SHORT_CONTEXT = 0.25
#: The fuzzy search looks this far (plus the quote's length) around each expected place.
FUZZY_SLACK = 32

#: What is anchored: both have the selector fields (start, end, quote, prefix, suffix,
#: status, original_quote).
Anchored = TypeVar("Anchored", Annotation, OutlineCorrection)


@dataclass(frozen=True)
class AnchorSummary:
    """How many annotations landed where. `text_changed`: the report's sha256 differs
    from the one the sidecar was saved with."""

    anchored: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    text_changed: bool = False

    @property
    def total(self) -> int:
        return self.anchored + self.moved + self.fuzzy + self.orphaned

    def to_json(self) -> dict[str, int]:
        return {"anchored": self.anchored, "moved": self.moved, "fuzzy": self.fuzzy,
                "orphaned": self.orphaned}


@dataclass
class _Doc:
    text: str
    delta: int  # new length - old length (0 when unknown)
    grams: GramHits
    shortcuts: bool = True  # skip searches proven unable to change the result


def anchor_annotations(
    text: str,
    annotation_set: AnnotationSet,
    *,
    old_length: int | None = None,
    old_sha256: str | None = None,
    shortcuts: bool = True,
) -> tuple[AnnotationSet, AnchorSummary]:
    """A new AnnotationSet (same tags and rejected suggestions) placed on `text`, and the
    counts. `old_length`/`old_sha256` describe the text the annotations were made on. The
    outline corrections are placed too (they are not counted). `shortcuts=False`: every
    search done in full (the tests prove the shortcuts give the same answers)."""
    doc = _doc(text, old_length)
    doc.shortcuts = shortcuts
    changed = old_sha256 is not None and _sha256(text) != old_sha256
    # the same text: nothing moved, so the order is the stored one (cheaper to visit)
    place = _anchor_in_order if old_sha256 is None or changed else _anchor_as_stored
    placed = place(doc, list(annotation_set))
    counts = {"anchored": 0, "moved": 0, "fuzzy": 0, "orphaned": 0}
    for a in placed:
        counts[a.status] += 1
    out = AnnotationSet(tags=list(annotation_set.tags),
                        rejected_suggestions=set(annotation_set.rejected_suggestions),
                        outline_corrections=place(doc, annotation_set.outline_corrections))
    out.replace_all(placed)
    return out, AnchorSummary(**counts, text_changed=changed)


def anchor_corrections(text: str, corrections: Iterable[OutlineCorrection], *,
                       old_length: int | None = None) -> list[OutlineCorrection]:
    """Outline corrections placed on `text` as annotations are (orphaned: not found)."""
    return _anchor_in_order(_doc(text, old_length), list(corrections))


def _doc(text: str, old_length: int | None) -> _Doc:
    delta = len(text) - old_length if old_length is not None and old_length >= 0 else 0
    return _Doc(text, delta, GramHits(text))


def _anchor_in_order(doc: _Doc, items: list[Anchored]) -> list[Anchored]:
    """Each item placed (same order as given), visiting them by old offset so that each
    exact placement sets the local shift for the next (see the module)."""
    placed: list[Anchored] = list(items)
    starts = [a.start for a in items]
    shift: int | None = None
    for at in sorted(range(len(items)), key=starts.__getitem__):
        a = items[at]
        b, exact = anchor_one(doc, a, shift)
        placed[at] = b
        if exact:
            shift = b.start - a.start
    return placed


def _anchor_as_stored(doc: _Doc, items: list[Anchored]) -> list[Anchored]:
    """Each item placed on its own, without local shifts (for an unchanged text)."""
    return [anchor_one(doc, a)[0] for a in items]


def anchor_one(doc: _Doc, a: Anchored, shift: int | None = None) -> tuple[Anchored, bool]:
    """One annotation placed on doc.text (a new object only when something changed), and
    whether it was found exactly with its full context. `shift`: where the annotations
    before it moved (None: unknown)."""
    text, quote = doc.text, a.quote
    candidates = (a.start, a.start + doc.delta) if shift is None else (
        a.start, a.start + shift, a.start + doc.delta)
    for pos in candidates:
        if pos >= 0 and text.startswith(quote, pos) and _context(text, a, pos) == 2.0:
            return _placed(doc, a, pos), True
    expected = _expected(a, doc.delta, shift)
    best = _best_occurrence(doc, a, expected)
    if best is not None:
        return _placed(doc, a, best[1]), best[0] == 2.0
    return _inexact(doc, a, expected), False


def _expected(a: Anchored, delta: int, shift: int | None) -> tuple[int, ...]:
    """Where the annotation is expected: at the local shift when known, else at its old
    place or there shifted by the global change."""
    return (a.start, a.start + delta) if shift is None else (a.start + shift,)


def _inexact(doc: _Doc, a: Anchored, expected: tuple[int, ...]) -> Anchored:
    """Steps 3 and 4: a fuzzy or clause match, else an orphan."""
    text, quote = doc.text, a.quote
    match = _fuzzy(doc, a, expected)
    if match is not None:
        start, end = natural_bounds(text, quote, a.prefix, a.suffix, match.start, match.end,
                                    match.errors)
        return _fuzzy_placed(text, a, Match(start, end, match.errors))
    span = clause_match(text, quote, a.prefix, a.suffix,
                        _near_windows(a, expected, len(quote) + FUZZY_SLACK))
    if span is not None:
        return _fuzzy_placed(text, a, Match(*span, errors=len(quote)))
    return a if a.status == "orphaned" else replace(a, status="orphaned")


def _placed(doc: _Doc, a: Anchored, pos: int) -> Anchored:
    end = pos + len(a.quote)
    status = "anchored" if pos == a.start else "moved"
    prefix, suffix = _around(doc.text, pos, end)
    if (pos, status, prefix, suffix) == (a.start, a.status, a.prefix, a.suffix):
        return a
    return replace(a, start=pos, end=end, status=status, prefix=prefix, suffix=suffix)


def _fuzzy_placed(text: str, a: Anchored, m: Match) -> Anchored:
    prefix, suffix = _around(text, m.start, m.end)
    return replace(a, start=m.start, end=m.end, quote=text[m.start : m.end], prefix=prefix,
                   suffix=suffix, status="fuzzy", original_quote=a.original_quote or a.quote)


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _context(text: str, a: Anchored, pos: int) -> float:
    """Prefix agreement + suffix agreement, each 0..1 (chars matching next to the quote)."""
    return _prefix_agreement(text, a.prefix, pos) + _suffix_agreement(
        text, a.suffix, pos + len(a.quote))


def _prefix_agreement(text: str, prefix: str, pos: int) -> float:
    if not prefix:
        return 1.0
    if text.endswith(prefix, 0, pos):
        return 1.0
    n = 0
    while n < len(prefix) and n < pos and text[pos - 1 - n] == prefix[-1 - n]:
        n += 1
    return n / len(prefix)


def _suffix_agreement(text: str, suffix: str, end: int) -> float:
    if not suffix:
        return 1.0
    if text.startswith(suffix, end):
        return 1.0
    n = 0
    while n < len(suffix) and end + n < len(text) and text[end + n] == suffix[n]:
        n += 1
    return n / len(suffix)


def _best_occurrence(doc: _Doc, a: Anchored, expected: tuple[int, ...]
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


def _none_better_elsewhere(doc: _Doc, a: Anchored, near: tuple[float, int, int] | None,
                           lo: int, hi: int) -> bool:
    """True when no occurrence outside the near window text[lo:hi] can change what
    _best_occurrence answers, told without reading the whole text. Beside `near` (the
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


def _score_occurrences(doc: _Doc, a: Anchored, expected: tuple[int, ...], lo: int, hi: int
                       ) -> tuple[float, int, int] | None:
    """(context, -distance, position) of the best occurrence in text[lo:hi]."""
    text = doc.text
    best: tuple[float, int, int] | None = None
    for pos in _occurrences(doc, a.quote, lo, hi):
        distance = min(abs(pos - e) for e in expected)
        key = (_context(text, a, pos), -distance, pos)
        if best is None or key[:2] > best[:2]:
            best = key
    return best


def _occurrences(doc: _Doc, quote: str, lo: int, hi: int) -> Iterator[int]:
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


def _fuzzy(doc: _Doc, a: Anchored, expected: tuple[int, ...]) -> Match | None:
    """Best approximate match: near the expected place, else where n-grams point."""
    quote, text = a.quote, doc.text
    max_errors = int(len(quote) * (1 - MIN_SIMILARITY))
    if max_errors < 1:
        return None
    middle = sum(expected) // len(expected)
    found = search_windows(quote, text, _near_windows(a, expected, len(quote) + FUZZY_SLACK),
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
        return (1 - errors / len(quote), Match(start, end, errors),
                text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS],
                nearness)

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


def _near_windows(a: Anchored, expected: tuple[int, ...], slack: int
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


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
