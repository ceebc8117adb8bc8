"""model/reading/coverage.py: the one rule hiding suggestions the reviewer has dealt with,
used by suggest() and by the window's Suggestions dock."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from model.annotations import Annotation, make_annotation
from model.outline.detector import detect_outline
from model.reading.coverage import Coverage, visible_suggestions
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest
from model.report.loading import load_report

TEXT = "甲" * 100
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "suggest" / "county_agri_summary.txt"


def tagged(start: int, end: int, tag: str = "problem") -> Annotation:
    return make_annotation(TEXT, start, end, tag)


@pytest.mark.parametrize(("span", "covered"), [
    ((10, 20), True),    # the whole span
    ((15, 30), True),    # exactly half of 10..20
    ((16, 30), False),   # less than half
    ((0, 15), True),     # half from the left
    ((0, 80), True),     # a long annotation starting far before
])
def test_half_of_the_span_by_the_same_tag(span: tuple[int, int], covered: bool) -> None:
    assert Coverage([tagged(*span)])("problem", 10, 20) is covered
    assert Coverage([tagged(*span)])("commitment", 10, 20) is False


def test_orphaned_annotations_cover_nothing() -> None:
    lost = replace(tagged(10, 20), status="orphaned")
    assert Coverage([lost])("problem", 10, 20) is False
    assert Coverage([])("problem", 10, 20) is False


def test_suggest_and_the_window_apply_the_same_rule(segmenter: Segmenter) -> None:
    """suggest(existing=…, rejected=…) == visible_suggestions(suggest(), …): the verb's
    output and the dock's list cannot drift apart."""
    report = load_report(SAMPLE)
    outline = detect_outline(report)
    every = suggest(report.text, outline, segmenter)
    existing = [make_annotation(report.text, s.start, s.end, s.tag) for s in every[::3]]
    existing += [make_annotation(report.text, s.start, s.end, "figure") for s in every[1::5]]
    rejected = {s.key for s in every[2::4]}
    filtered = suggest(report.text, outline, segmenter, rejected, existing)
    assert filtered == visible_suggestions(every, rejected, existing)
    assert 0 < len(filtered) < len(every) - len(every[::3])


def test_without_annotations_only_rejections_hide() -> None:
    from model.reading.suggestions import Suggestion

    found = [Suggestion("problem", 0, 4, "仍需加强", 0.8, "problem:a"),
             Suggestion("measure", 5, 9, "狠抓落实", 0.6, "measure:b")]
    assert not Coverage([]).any
    assert visible_suggestions(found, set(), []) == found
    assert visible_suggestions(iter(found), {"measure:b"}, []) == found[:1]
