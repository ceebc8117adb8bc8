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
