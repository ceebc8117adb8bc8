"""Where a fuzzy re-anchored quote should begin and end, and the clause-aware fallback.

The edit-distance search (model.sidecar.approx_match) stops where the fewest edits are
needed, which can cut a changed word: "…的第一年。" edited to "…的首个年度。" aligns best
ending after "年". `natural_bounds` moves each end to where the old context resumes
("度" is taken in because the old suffix "。…" follows it), else to the clause
punctuation when the reviewer's quote ended (or stopped just before) one.

`clause_match` handles a long quote with one clause deleted: the edit distance is then
too large for the similarity threshold, but the text between the unchanged prefix and
suffix is the quote's clauses in order with one missing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

#: Punctuation that ends a clause or a sentence.
CLAUSE_PUNCT = "，。；：、！？,;:!?"
#: How many context characters must agree for an end to count as "the context resumes".
RESUME_CHARS = 4
#: How far (beyond the edits the match needed) an end may move.
EDGE_SLACK = 3
#: Context characters used to find the quote's place by its prefix and suffix.
CLAUSE_CONTEXT = 12
_CLAUSE = re.compile(f"[^{CLAUSE_PUNCT}]+[{CLAUSE_PUNCT}]*|[{CLAUSE_PUNCT}]+")


def natural_bounds(text: str, quote: str, prefix: str, suffix: str, start: int, end: int,
                   errors: int) -> tuple[int, int]:
    """(start, end) of a fuzzy match moved to the natural boundaries (see the module)."""
    reach = min(errors + EDGE_SLACK, max(1, (end - start) // 3))
    new_end = _natural_end(text, quote, suffix, start, end, reach)
    new_start = _natural_start(text, quote, prefix, new_end, start, reach)
    return new_start, new_end


def _natural_end(text: str, quote: str, suffix: str, start: int, end: int,
                 reach: int) -> int:
    lo, hi = max(start + 1, end - reach), min(len(text), end + reach)
    need = min(len(suffix), RESUME_CHARS)
    if not suffix:  # the quote ended the text
        return len(text) if len(text) - end <= reach else end
    if _agree_forward(text, suffix, end, need) == need:
        return end
    best = max(range(lo, hi + 1),
               key=lambda e: (_agree_forward(text, suffix, e, need), -abs(e - end)))
    if _agree_forward(text, suffix, best, need) == need:
        return best
    return _to_punctuation_end(text, quote, suffix, end, hi)


def _natural_start(text: str, quote: str, prefix: str, end: int, start: int,
                   reach: int) -> int:
    lo, hi = max(0, start - reach), min(end - 1, start + reach)
    need = min(len(prefix), RESUME_CHARS)
    if not prefix:  # the quote began the text
        return 0 if start <= reach else start
    if _agree_backward(text, prefix, start, need) == need:
        return start
    best = max(range(lo, hi + 1),
               key=lambda s: (_agree_backward(text, prefix, s, need), -abs(s - start)))
    if _agree_backward(text, prefix, best, need) == need:
        return best
    return _to_punctuation_start(text, quote, prefix, start, lo)


def _to_punctuation_end(text: str, quote: str, suffix: str, end: int, hi: int) -> int:
    """The old quote ended at (or just before) clause punctuation: so does the new one."""
    ended_at = quote[-1:] in tuple(CLAUSE_PUNCT)
    ended_before = suffix[:1] in tuple(CLAUSE_PUNCT)
    if not (ended_at or ended_before) or text[end - 1 : end] in tuple(CLAUSE_PUNCT):
        return end
    for e in range(end, hi):
        if text[e] in CLAUSE_PUNCT:
            return e + 1 if ended_at else e
    return end


def _to_punctuation_start(text: str, quote: str, prefix: str, start: int, lo: int) -> int:
    if prefix[-1:] not in tuple(CLAUSE_PUNCT) or start == 0 or text[start - 1] in CLAUSE_PUNCT:
        return start
    for s in range(start - 1, lo - 1, -1):
        if text[s] in CLAUSE_PUNCT:
            return s + 1
    return start


def _agree_forward(text: str, suffix: str, end: int, need: int) -> int:
    n = 0
    while n < need and end + n < len(text) and text[end + n] == suffix[n]:
        n += 1
    return n


def _agree_backward(text: str, prefix: str, start: int, need: int) -> int:
    n = 0
    while n < need and start - 1 - n >= 0 and text[start - 1 - n] == prefix[-1 - n]:
        n += 1
    return n


def clause_match(text: str, quote: str, prefix: str, suffix: str,
                 windows: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    """(start, end) of what remains of `quote` between its unchanged prefix and suffix,
    when that is most of its clauses (more than half of them and of its characters) in
    their order; None otherwise."""
    clauses = _bodies(quote)
    if len(clauses) < 2:
        return None
    before, after = prefix[-CLAUSE_CONTEXT:], suffix[:CLAUSE_CONTEXT]
    longest = len(quote)
    for lo, hi in windows:
        lo, hi = max(0, lo), min(len(text), hi)
        for start in _ends_of(text, before, lo, hi):
            stop = (text.find(after, start, start + longest + len(after)) if after
                    else len(text))
            if stop <= start or (not after and stop - start > longest):
                continue
            if _most_clauses_survive(clauses, text[start:stop], len(quote)):
                return start, stop
    return None


def _ends_of(text: str, before: str, lo: int, hi: int) -> list[int]:
    """Positions in [lo, hi] right after an occurrence of `before` (0 if it is empty)."""
    if not before:
        return [0] if lo == 0 else []
    found: list[int] = []
    pos = text.find(before, max(0, lo - len(before)), hi)
    while pos != -1 and len(found) < 16:
        found.append(pos + len(before))
        pos = text.find(before, pos + 1, hi)
    return found


def _bodies(passage: str) -> list[str]:
    """The passage's clauses without their closing punctuation (empty ones dropped)."""
    return [b for b in (c.rstrip(CLAUSE_PUNCT) for c in _CLAUSE.findall(passage)) if b]


def _most_clauses_survive(clauses: list[str], region: str, quote_length: int) -> bool:
    kept = _bodies(region)
    if not kept or 2 * len(kept) <= len(clauses) or 2 * len(region) <= quote_length:
        return False
    i = 0
    for body in kept:  # each remaining clause is one of the quote's, in order
        while i < len(clauses) and clauses[i] != body:
            i += 1
        if i == len(clauses):
            return False
        i += 1
    return len(kept) < len(clauses)
