"""model/sidecar/context_ratio.py: the same ratio as difflib's SequenceMatcher (no junk,
no autojunk) on random pairs of short strings — few or many distinct characters,
repeats, edits, empty strings — and quick_ratio never below it."""
from __future__ import annotations

import random
from difflib import SequenceMatcher

from model.sidecar.context_ratio import counts, quick_ratio, ratio

ALPHABET = "的是在一了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年"


def pairs(seed: int, count: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = [("", ""), ("", "的"), ("的", ""), ("aaaa", "aa"), ("abab", "baba")]
    for _ in range(count):
        letters = ALPHABET[: rng.choice([2, 5, 20, len(ALPHABET)])]
        a = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
        b = list(a)
        for _ in range(rng.randint(0, 12)):
            x = rng.random()
            if x < 0.4 and b:
                b[rng.randrange(len(b))] = rng.choice(letters)
            elif x < 0.7:
                b.insert(rng.randrange(len(b) + 1), rng.choice(letters))
            elif b:
                del b[rng.randrange(len(b))]
        out.append((a, "".join(b)) if rng.random() < 0.5 else ("".join(b), a))
    return out


def test_ratio_is_difflibs() -> None:
    for a, b in pairs(1, 5000):
        assert ratio(a, b) == SequenceMatcher(None, a, b, autojunk=False).ratio(), (a, b)


def test_quick_ratio_is_difflibs_bound() -> None:
    for a, b in pairs(2, 2000):
        assert quick_ratio(a, b) == SequenceMatcher(None, a, b, autojunk=False).quick_ratio()
        assert quick_ratio(a, b) >= ratio(a, b)


def test_quick_ratio_from_counts_is_the_same() -> None:
    for a, b in pairs(3, 2000):
        assert quick_ratio(a, b, counts(a)) == quick_ratio(a, b)
