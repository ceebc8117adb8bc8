"""A's commitments found end to end, each once (issue 16, session 10): a document's name on
a line of its own is no commitment, a commitment A restates (a news account quoting an
official) is listed once, a project count's amounts joined by 、 stay with it, and a list's
connective cut off alone (其中) sets nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.compare.commitments import checkable, commitments
from model.outline.detector import detect_outline
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

NEWS_A = """某省2025年政府工作报告（节选）

一、2024年工作回顾

全省经济平稳运行，地区生产总值增长5%。

二、2025年工作安排

2025年某省安排省重点建设项目1500个、年度计划投资1万亿元。交通项目方面，将建成某某高铁。

（三）深入实施乡村振兴规划

某省建设现代化产业体系2025年行动计划（节选）

某省发展和改革委员会主任张某在解读《行动计划》时透露，某省2025年将安排省重点建设项目1500个、年度计划投资1万亿元。其中，产业项目数量占比50%，新材料等5大类产业项目380个，年度投资额1658亿元。
"""


@pytest.fixture
def quotes(tmp_path: Path, segmenter: Segmenter) -> list[str]:
    (tmp_path / "a.txt").write_text(NEWS_A, encoding="utf-8")
    a = load_report(tmp_path / "a.txt")
    return [c.passage.quote for c in commitments(a.text, detect_outline(a), segmenter)]


def test_a_document_s_name_is_no_commitment_but_a_task_heading_is(quotes: list[str]) -> None:
    assert not any("行动计划（节选）" in q for q in quotes)
    assert not any("政府工作报告" in q for q in quotes)
    assert any("实施乡村振兴规划" in q for q in quotes)  # ends with 规划, but a task


def test_a_restated_commitment_is_listed_once_with_its_amounts(quotes: list[str]) -> None:
    told = [q for q in quotes if "年度计划投资1万亿元" in q]
    assert told == ["2025年某省安排省重点建设项目1500个、年度计划投资1万亿元。"]
    assert any("产业项目380个" in q for q in quotes)  # what only the second telling adds


def test_a_list_s_connective_alone_sets_nothing(quotes: list[str]) -> None:
    assert "其中" not in [q.strip("，,。") for q in quotes]
    assert not checkable("其中")
    assert not checkable("同时，")


def test_the_reviewer_s_annotations_are_kept_even_when_restated(
        tmp_path: Path, segmenter: Segmenter) -> None:
    from model.annotations import make_annotation

    (tmp_path / "a.txt").write_text(NEWS_A, encoding="utf-8")
    a = load_report(tmp_path / "a.txt")
    phrase = "年度计划投资1万亿元"
    first = a.text.index(phrase)
    second = a.text.index(phrase, first + 1)
    tagged = [make_annotation(a.text, at, at + len(phrase), "commitment")
              for at in (first, second)]
    found = commitments(a.text, detect_outline(a), segmenter, tagged)
    assert [c.passage.start for c in found] == [first, second]
