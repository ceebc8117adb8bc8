"""Bounded approximate search of a quote in a text (the fuzzy step of re-anchoring).

Myers' bit-parallel edit distance (as in the Hypothesis client's approx-string-match),
with Python ints as bit vectors: a dozen int operations a step whatever the lengths. The
search of the windows (`search_windows`) steps over the quote with the vectors over the
windows, all of a quote's windows in one pass (`window_scores`); finding a match's start
steps over the text (`start_of`). Where to look comes from the caller (a window around
the expected place) or from `seed_windows` (rare n-grams of the quote, looked up in
`GramHits`, which also finds exact occurrences anywhere without reading the text).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, count, repeat
from operator import sub

#: Give up on an n-gram indexed more often than this (not selective: ~200 occurrences).
MAX_GRAM_HITS = 40
GRAM = 3
GROUPS_PER_QUOTE = 4
#: The index keeps the 3-gram at every STRIDE-th position of the text.
STRIDE = 5
#: A quote's exact occurrences are looked up in the index when its rarest 3-grams
#: point to at most this many places (else str.find reads the text).
MAX_CANDIDATES = 2000
#: Quotes shorter than this are only searched for near their old place.
MIN_SEED_QUOTE = 12
#: The shortest quote whose occurrences the index can tell (STRIDE 3-grams of it).
MIN_INDEXED_QUOTE = GRAM + STRIDE - 1


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    errors: int


def masks(pattern: str) -> dict[str, int]:
    """Each character of `pattern` → the bits of its positions (Myers' Peq table)."""
    table: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        table[ch] = table.get(ch, 0) | (1 << i)
    return table


def _scores(pattern: str, chars: str, anchored: bool,
            peq: dict[str, int] | None = None) -> list[int]:
    """Edit distance of `pattern` to the best substring ending at each index of `chars`
    (search), or to the whole prefix chars[:i+1] when `anchored` (Myers 1999/Hyyrö 2001).
    `peq`: masks(pattern), when the caller already has it."""
    m = len(pattern)
    if peq is None:
        peq = masks(pattern)
    full = (1 << m) - 1
    last = 1 << (m - 1)
    carry = 1 if anchored else 0
    # vp is kept unmasked (all ones above bit m - 1: a negative int, one `& full` less a
    # character): carries and shifts only move bits upwards, so the low m bits of every
    # value are exact; vn and x stay masked, which keeps the ints m + 1 bits wide
    vp, vn, score = -1, 0, m
    out: list[int] = []
    append = out.append
    for x in map(peq.get, chars, repeat(0, len(chars))):
        x |= vn
        d0 = (((x & vp) + vp) ^ vp) | x
        hn = vp & d0
        hp = vn | ~(vp | d0)
        if hp & last:
            score += 1
        elif hn & last:
            score -= 1
        x = ((hp << 1) | carry) & full
        vn = x & d0
        vp = (hn << 1) | ~(x | d0)
        append(score)
    return out


def search(pattern: str, text: str, lo: int, hi: int, max_errors: int) -> list[Match]:
    """Best matches of `pattern` in text[lo:hi] with at most `max_errors` edits: one per
    run of acceptable end positions (the run's minimum), best first."""
    return [Match(start_of(pattern, text, end, errors), end, errors)
            for errors, end in search_ends(pattern, text, lo, hi, max_errors)]


def search_ends(pattern: str, text: str, lo: int, hi: int, max_errors: int
                ) -> list[tuple[int, int]]:
    """(errors, end) of `search`'s matches, in its order, without their starts: finding a
    start reads the text again (`start_of`), and most matches are never looked at."""
    return search_windows(pattern, text, [(lo, hi)], max_errors)


def search_windows(pattern: str, text: str, windows: Iterable[tuple[int, int]],
                   max_errors: int) -> list[tuple[int, int]]:
    """`search_ends` of each window (lo, hi), one list after the other, from one pass over
    the pattern (`window_scores`: the windows side by side in the bit vectors)."""
    if not pattern:
        return []
    spans: list[tuple[int, int]] = []
    for lo, hi in windows:
        lo = max(0, lo)
        hi = max(lo, min(len(text), hi))
        if hi > lo and _may_match(pattern, text[lo:hi], max_errors):
            spans.append((lo, hi))
    if not spans:
        return []
    found: list[tuple[int, int]] = []
    for (lo, _), scores in zip(spans, window_scores(pattern, text, spans)):
        found.extend(_best_ends(scores, lo, max_errors))
    return found


def _best_ends(scores: list[int], lo: int, max_errors: int) -> list[tuple[int, int]]:
    """(errors, end) at the first minimum of each run of scores within max_errors, best
    first, at most 8; `lo`: where the scores' window begins in the text."""
    if min(scores) > max_errors:
        return []
    ends: list[tuple[int, int]] = []
    previous = -2
    for i in [i for i, score in enumerate(scores) if score <= max_errors]:
        if i != previous + 1 or scores[i] < ends[-1][0]:
            if i != previous + 1:
                ends.append((scores[i], lo + i + 1))
            else:
                ends[-1] = (scores[i], lo + i + 1)
        previous = i
    ends.sort()
    return ends[:8]


def window_scores(pattern: str, text: str, windows: list[tuple[int, int]]
                  ) -> list[list[int]]:
    """For each window (lo, hi), what `_scores(pattern, text[lo:hi], anchored=False)`
    gives, with the roles swapped: the bit vectors run over the windows and the loop over
    the pattern (Myers' recurrence is symmetric; only the borders differ: the row before
    the pattern is all zeros, the column before a window counts up by one a step). A
    window is 2–4 times longer than its quote, so that is a fraction of the steps, and
    several windows take one pass: each is laid after a gap of len(pattern) positions
    that match nothing, across which the column is back to counting up by one (a match
    reaching across would pay more than the whole pattern). The masks come from str.find
    of the pattern's distinct characters in the windows joined (the gaps filled with a
    character the pattern lacks), and the scores from the final row's +1/-1 steps,
    summed by itertools.accumulate."""
    m = len(pattern)
    distinct = dict.fromkeys(pattern)
    filler = next(chr(c) for c in count() if chr(c) not in distinct)  # matches nothing
    gap = filler * m
    joined = gap.join(text[lo:hi] for lo, hi in windows)
    find = joined.find
    where: dict[str, int] = {}
    for ch in distinct:
        p = find(ch)
        if p != -1:
            mask = 0
            while p != -1:
                mask |= 1 << p
                p = find(ch, p + 1)
            where[ch] = mask
    offsets, offset = [], 0
    for lo, hi in windows:
        offsets.append(offset)
        offset += hi - lo + m
    n = len(joined)
    full = (1 << n) - 1
    vp, vn = 0, 0
    for x in map(where.get, pattern, repeat(0, m)):
        x |= vn
        d0 = (((x & vp) + vp) ^ vp) | x
        hn = vp & d0
        hp = vn | ~(vp | d0)
        x = ((hp << 1) | 1) & full
        vn = x & d0
        vp = ((hn << 1) | ~(x | d0)) & full
    ups = format(vp, f"0{n}b").encode()[::-1]  # bit j: the score rises at column j
    downs = format(vn, f"0{n}b").encode()[::-1]
    out = []
    for (lo, hi), at in zip(windows, offsets):
        scores = list(accumulate(map(sub, ups[at : at + hi - lo], downs[at : at + hi - lo]),
                                 initial=m))
        del scores[0]
        out.append(scores)
    return out


def _may_match(pattern: str, window: str, max_errors: int) -> bool:
    """False when no substring of `window` can be within `max_errors` edits of `pattern`
    (the q-gram lemma on the pattern's disjoint 3-grams: an edit spoils at most one of
    them, so at least their number minus max_errors occur unchanged in a match)."""
    grams = len(pattern) // GRAM
    if grams <= max_errors:
        return True
    found = sum(pattern[k : k + GRAM] in window for k in range(0, grams * GRAM, GRAM))
    return found >= grams - max_errors


def start_of(pattern: str, text: str, end: int, errors: int,
             reversed_peq: dict[str, int] | None = None) -> int:
    """Where the best match ending at `end` starts: align the reversed pattern with the
    text read backwards from `end`; prefer the length closest to the pattern's.
    `reversed_peq`: masks(pattern[::-1]), for several matches of one pattern."""
    m = len(pattern)
    begin = max(0, end - m - errors)
    backwards = text[begin:end][::-1]
    scores = _scores(pattern[::-1], backwards, anchored=True, peq=reversed_peq)
    least = min(scores)
    # outwards from the pattern's length (index m - 1), the shorter first on a tie
    for away in range(m + len(scores)):
        for i in (m - 1 - away, m - 1 + away):
            if 0 <= i < len(scores) and scores[i] == least:
                return end - (i + 1)
    raise AssertionError("the least score is somewhere")


def seed_windows(pattern: str, hits: GramHits, limit: int = 3) -> list[tuple[int, int]]:
    """Windows of the text where several rare 3-grams of `pattern` line up, best first.
    The 3-grams are looked up in GROUPS_PER_QUOTE groups of STRIDE consecutive ones
    spread over the pattern: the index holds one text position in STRIDE, so each
    group sees every occurrence once (a vote), unless an edit touched its 3-gram."""
    m = len(pattern)
    if m < MIN_SEED_QUOTE:
        return []
    votes: Counter[int] = Counter()  # bucket of the start -> groups that point there
    bucket = max(1, m // 4)
    last = m - GRAM - STRIDE + 1
    step = max(1, last // (GROUPS_PER_QUOTE - 1))
    offsets = [k for group in range(0, last + 1, step) for k in range(group, group + STRIDE)]
    found = hits.many([pattern[k : k + GRAM] for k in offsets])
    for g in range(0, len(offsets), STRIDE):
        votes.update({(pos - k) // bucket for k, at in zip(offsets[g : g + STRIDE],
                                                          found[g : g + STRIDE])
                      for pos in at})
    agreed = [(b, n) for b, n in votes.items() if n >= 2]
    ranked = sorted(agreed, key=lambda kv: (-kv[1], kv[0]))
    slack = m // 2 + 8
    return [(b * bucket - slack, b * bucket + bucket + m + slack) for b, _ in ranked[:limit]]


class GramHits:
    """Where a 3-gram occurs in a text at positions that are multiples of STRIDE ([]
    when it is too common to be useful), and where a whole quote occurs.

    The first lookups use str.find; after `index_after` of them, one pass indexes the
    3-gram at every STRIDE-th position (~0.05 s per 1,000,000 characters, about as much
    as 100 lookups by str.find, each reading the whole text), which pays off when a
    deleted passage sends hundreds of annotations to the far search: a quote is then
    found anywhere from the hits of STRIDE of its 3-grams, without reading the text.
    40: past the 20–30 lookups of a small edit (one far search makes 20), and well
    before str.find has cost as much as the index when many follow."""

    def __init__(self, text: str, index_after: int = 40) -> None:
        self.text = text
        self.index_after = index_after
        self.lookups = 0
        self._index: dict[str, list[int]] | None = None

    def __call__(self, gram: str) -> list[int]:
        return self.many([gram])[0]

    def many(self, grams: list[str]) -> list[list[int]]:
        """What calling this object gives for each of `grams` (one call for all)."""
        self.lookups += len(grams)
        index = self._built()
        if index is None:
            found = [_find_aligned(self.text, gram) for gram in grams]
        else:
            none: list[int] = []
            found = [index.get(gram, none) for gram in grams]
        return [at if len(at) <= MAX_GRAM_HITS else [] for at in found]

    def occurrences(self, quote: str, lo: int, hi: int) -> list[int] | None:
        """Every start of `quote` in text[lo:hi], ascending, as str.find would give them;
        None when the index cannot tell cheaply (short quote, or only common 3-grams)."""
        m = len(quote)
        if m < MIN_INDEXED_QUOTE:
            return None
        self.lookups += 1
        index = self._built()
        if index is None:
            return None
        # any occurrence at p has its 3-gram at offset j (p + j ≡ 0 mod STRIDE) indexed:
        # STRIDE consecutive offsets cover them all; take the rarest such run
        sizes = [len(index.get(quote[j : j + GRAM], ()))
                 for j in range(min(m - GRAM + 1, 3 * STRIDE))]
        runs = [sum(sizes[j : j + STRIDE]) for j in range(len(sizes) - STRIDE + 1)]
        first = min(range(len(runs)), key=runs.__getitem__)
        if runs[first] > MAX_CANDIDATES:
            return None
        text, found = self.text, set()
        for j in range(first, first + STRIDE):
            for q in index.get(quote[j : j + GRAM], ()):
                p = q - j
                if lo <= p <= hi - m and text.startswith(quote, p):
                    found.add(p)
        return sorted(found)

    def _built(self) -> dict[str, list[int]] | None:
        if self._index is None and self.lookups > self.index_after:
            self._index = _index(self.text)
        return self._index


def _index(text: str) -> dict[str, list[int]]:
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i in range(0, len(text) - GRAM + 1, STRIDE):
        index[text[i : i + GRAM]].append(i)
    return dict(index)


def _find_aligned(text: str, gram: str) -> list[int]:
    """What the index holds for `gram` (stopping once it is too common)."""
    hits: list[int] = []
    pos = text.find(gram)
    while pos != -1:
        if pos % STRIDE == 0:
            hits.append(pos)
            if len(hits) > MAX_GRAM_HITS:
                return hits
        pos = text.find(gram, pos + 1)
    return hits
