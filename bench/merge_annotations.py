"""Time merge() of two large annotation sets (10,000 mine; theirs: 5,000 of them edited
later plus 2,000 new). Baseline, measured in the same run: model.sidecar.dump.dumps of mine
(what one save costs). Run: .venv/bin/python -m bench.merge_annotations
"""
from __future__ import annotations

import random
from dataclasses import replace

from bench.export_review import best_of, make_text
from model.annotations import AnnotationSet, make_annotation
from model.report.loading import report_from_text
from model.sidecar.dump import dumps
from model.sidecar.merge import merge


def main() -> None:
    report = report_from_text(make_text(100), "bench.txt")
    text, rng = report.text, random.Random(2)
    mine = AnnotationSet()
    for _ in range(10_000):
        start = rng.randrange(len(text) - 30)
        mine.add(make_annotation(text, start, start + rng.randint(3, 30), "problem"))
    theirs = AnnotationSet()
    theirs.replace_all(mine)
    for a in list(mine)[:5000]:
        theirs.put(replace(a, note="n", modified="2030-01-01T00:00:00+00:00"))
    for _ in range(2000):
        start = rng.randrange(len(text) - 30)
        theirs.add(make_annotation(text, start, start + 5, "measure"))
    base = best_of(lambda: dumps(report, mine))
    took = best_of(lambda: merge(mine, theirs))
    print(merge(mine, theirs).summary())
    print(f"{'step':<26}{'ms':>9}{'× baseline':>12}")
    for label, secs in (("sidecar dumps (baseline)", base), ("merge", took)):
        print(f"{label:<26}{secs * 1e3:>9.1f}{secs / base:>12.1f}")


if __name__ == "__main__":
    main()
