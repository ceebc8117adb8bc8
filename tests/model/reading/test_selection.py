from __future__ import annotations

import pytest

from model.outline.tree import Outline, OutlineNode
from model.reading.segmenter import Segmenter
from model.reading.selection import grow_selection

TEXT = "一、总体情况\n一是加强作风建设。二是补短板。\n二、存在问题\n人才少。"


def outline() -> Outline:
    second = TEXT.index("二、")
    return Outline(None, [
        OutlineNode(1, 1, "heading", "一、", "总体情况", 0, second, 0, 6),
        OutlineNode(3, 1, "heading", "二、", "存在问题", second, len(TEXT), second, second + 6),
    ])


def test_grow_word_sentence_paragraph_section_document(segmenter: Segmenter) -> None:
    start = TEXT.index("作风")
    steps = []
    span = (start, start)
    for _ in range(5):
        span = grow_selection(TEXT, *span, outline(), segmenter)
        steps.append(TEXT[span[0]:span[1]])
    assert steps == ["作风建设", "一是加强作风建设。", "一是加强作风建设。二是补短板。",
                     TEXT[:TEXT.index("二、")], TEXT]


def test_grow_without_segmenter_or_outline_starts_at_sentence() -> None:
    start = TEXT.index("人才")
    assert grow_selection(TEXT, start, start + 1) == (start, len(TEXT))
    assert grow_selection(TEXT, 0, len(TEXT)) == (0, len(TEXT))


def test_grow_across_two_sentences_takes_the_paragraph() -> None:
    a, b = TEXT.index("加强"), TEXT.index("补短板")
    s, e = grow_selection(TEXT, a, b)
    assert TEXT[s:e] == "一是加强作风建设。二是补短板。"


def test_grow_rejects_bad_selection() -> None:
    with pytest.raises(ValueError):
        grow_selection(TEXT, 5, 2)
