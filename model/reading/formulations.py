"""Quoted formulations (提法): “四个意识”, "放管服", 「两个维护」 — with counts and places.

A formulation is a short quoted term: at most MAX_CHARS characters inside the quotes, not
empty, no sentence punctuation and no line break inside (so quoted speech is left out).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_CHARS = 20
_PAIRS = (("“", "”"), ('"', '"'), ("「", "」"), ("『", "』"), ("‘", "’"))
_INNER_FORBIDDEN = "。！？；!?;\n“”「」『』\""


def _pattern() -> re.Pattern[str]:
    forbidden = re.escape(_INNER_FORBIDDEN)
    alternatives = [f"{re.escape(o)}([^{forbidden}{re.escape(c)}]{{1,{MAX_CHARS}}}){re.escape(c)}"
                    for o, c in _PAIRS]
    return re.compile("|".join(alternatives))


_QUOTED = _pattern()


@dataclass
class Formulation:
    """A quoted term, how often it occurs and the spans of the term inside the quotes."""

    term: str
    count: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)


def formulations(text: str) -> list[Formulation]:
    """Every quoted short term, most frequent first, then by first position."""
    found: dict[str, Formulation] = {}
    for match in _QUOTED.finditer(text):
        group = next(g for g in range(1, len(_PAIRS) + 1) if match.group(g) is not None)
        raw = match.group(group)
        term = raw.strip(" \u3000")
        if not term:
            continue
        start = match.start(group) + raw.index(term)
        entry = found.setdefault(term, Formulation(term))
        entry.count += 1
        entry.spans.append((start, start + len(term)))
    return sorted(found.values(), key=lambda f: (-f.count, f.spans[0][0]))
