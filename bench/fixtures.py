"""Annotations the benchmarks put on a generated report (the same ones every run)."""
from __future__ import annotations

import random

from model.annotations import AnnotationSet, make_annotation


def random_annotations(text: str, n: int, longest: int) -> AnnotationSet:
    """`n` annotations of 4 to `longest` characters at seeded random places, each tag in
    turn by chance, each with the note 需核实 by 张三."""
    rng = random.Random(1)
    tags = [t.id for t in AnnotationSet().tags]
    found = AnnotationSet()
    for _ in range(n):
        start = rng.randrange(len(text) - longest - 20)
        found.add(make_annotation(text, start, start + rng.randint(4, longest),
                                  rng.choice(tags), note="需核实", author="张三"))
    return found
