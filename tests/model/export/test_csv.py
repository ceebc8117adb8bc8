"""CSV export: UTF-8 BOM, one row per annotation, Excel-safe."""
from __future__ import annotations

import csv
import io

from model.annotations import AnnotationSet
from model.export import export
from model.export.review import Review, build_review
from tests.model.export.review_fixtures import annotate, build_outline, fixture_report, sample_set

REPORT = fixture_report()
TEXT = REPORT.text
OUTLINE = build_outline(TEXT)


def rows(review: Review) -> list[list[str]]:
    data = export(review, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def review(s: AnnotationSet | None = None, **kw: object) -> Review:
    return build_review(REPORT, OUTLINE, s or sample_set(TEXT), date="2026-11-24",
                        **kw)  # type: ignore[arg-type]


def test_header_and_rows() -> None:
    table = rows(review())
    assert table[0] == ["标签", "位置", "原文", "批注", "批注人", "创建时间", "起", "止"]
    assert len(table) == 5
    first = table[1]
    assert first[:3] == ["问题", "二、存在困难和下步打算 › （一）存在困难 › 一是", "项目储备不足"]
    assert int(first[6]) == TEXT.index("项目储备不足") and int(first[7]) == int(first[6]) + 6


def test_newlines_and_quotes_survive() -> None:
    s = AnnotationSet()
    s.add(annotate(TEXT, "力争明年", "commitment", note='第一行\n第二行，"引号"'))
    table = rows(review(s))
    assert table[1][3] == '第一行\n第二行，"引号"'
    assert export(review(s), "csv").count(b"\r\n") == 2


def test_formula_cells_are_neutralised() -> None:
    s = AnnotationSet()
    s.add(annotate(TEXT, "力争明年", "commitment", note="=HYPERLINK(\"x\")", author="@bob"))
    table = rows(review(s))
    assert table[1][3] == "'=HYPERLINK(\"x\")" and table[1][4] == "'@bob"


def test_without_notes_and_in_english() -> None:
    table = rows(review(include_notes=False, lang="en"))
    assert table[0] == ["Tag", "Location", "Text", "Reviewer", "Created", "Start", "End"]
    assert table[1][0] == "Problem"
