"""model/reading/ranking.py: sections looked up in one sweep give what section_of gives."""
from __future__ import annotations

import random
from pathlib import Path

from model.errors import ModelError
from model.outline.detector import detect_outline
from model.reading.ranking import section_of, sections_of
from model.report.loading import load_report

CORPUS = [p for p in sorted((Path(__file__).resolve().parents[2] / "data").rglob("*"))
          if p.suffix in (".txt", ".md", ".docx")]


def test_sections_of_sweeps_to_what_section_of_gives() -> None:
    checked = 0
    for path in CORPUS:
        try:
            report = load_report(path)
        except ModelError:
            continue
        outline = detect_outline(report)
        rng = random.Random(checked)
        offsets = sorted({rng.randrange(len(report.text) + 3) for _ in range(200)} | {0})
        assert sections_of(outline, offsets) == [section_of(outline, o) for o in offsets]
        checked += 1
    assert checked > 40 and sections_of(None, [0, 5]) == [-1, -1]


def test_ranked_orders_best_first_as_the_key_sort() -> None:
    """ranked sorts by attribute in two stable passes: the order of sorting on (-score,
    -raw_score, start), ties included."""
    from model.reading.ranking import ranked
    from model.reading.suggestions import Suggestion

    rng = random.Random(5)
    found = sorted((Suggestion("problem", start, start + 5, "q", rng.choice((0.5, 0.6, 0.7)),
                               f"k{start}", raw_score=rng.choice((0.4, 0.45, 0.5)))
                    for start in rng.sample(range(10_000), 300)), key=lambda s: s.start)
    for limit in (0, 1, 7, 50):
        expected = sorted(found, key=lambda s: (-s.score, -s.raw_score, s.start))
        expected = sorted(expected[:limit] if limit else expected, key=lambda s: s.start)
        assert ranked(found, None, 0.0, limit, 0) == expected
