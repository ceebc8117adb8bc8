"""difflib's similarity ratio of two short strings (an annotation's old context and the
text beside a candidate match), exactly as `SequenceMatcher(None, a, b,
autojunk=False).ratio()` computes it, in two thirds of the time: the same longest-block search
(Ratcliff/Obershelp, the first longest block wins, then both sides of it), without the
junk and popularity machinery that is off here, the objects and the block list. Re-anchoring
after an edit scores thousands of candidates this way (model.sidecar.anchoring);
tests/model/sidecar/test_context_ratio.py holds it equal to difflib.
"""
from __future__ import annotations


def ratio(a: str, b: str) -> float:
    """2 × (characters in matching blocks) / (len(a) + len(b)); 1.0 for two empty strings."""
    size = len(a) + len(b)
    if not size:
        return 1.0
    where: dict[str, list[int]] = {}
    for j, ch in enumerate(b):
        where.setdefault(ch, []).append(j)
    nothing: list[int] = []
    in_b = [where.get(ch, nothing) for ch in a]  # where each character of a is in b
    matches = 0
    todo = [(0, len(a), 0, len(b))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        besti, bestj, best = alo, blo, 0
        run: dict[int, int] = {}  # j -> length of the common run ending at (i - 1, j)
        for i in range(alo, ahi):
            if not in_b[i]:
                run = {}
                continue
            longer: dict[int, int] = {}
            before = run.get
            for j in in_b[i]:
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = longer[j] = before(j - 1, 0) + 1
                if k > best:
                    besti, bestj, best = i - k + 1, j - k + 1, k
            run = longer
        if best:
            matches += best
            if alo < besti and blo < bestj:
                todo.append((alo, besti, blo, bestj))
            if besti + best < ahi and bestj + best < bhi:
                todo.append((besti + best, ahi, bestj + best, bhi))
    return 2.0 * matches / size


def quick_ratio(a: str, b: str, a_counts: dict[str, int] | None = None) -> float:
    """An upper bound of `ratio` (difflib's quick_ratio): the characters the two share,
    counted with multiplicity, as if they all matched. `a_counts`: counts(a), for one
    `a` compared with many (then only b is read)."""
    size = len(a) + len(b)
    if not size:
        return 1.0
    left = counts(b) if a_counts is None else dict(a_counts)
    matches = 0
    for ch in a if a_counts is None else b:
        n = left.get(ch, 0)
        if n > 0:
            left[ch] = n - 1
            matches += 1
    return 2.0 * matches / size


def counts(text: str) -> dict[str, int]:
    """How often each character occurs in `text`."""
    found: dict[str, int] = {}
    for ch in text:
        found[ch] = found.get(ch, 0) + 1
    return found
