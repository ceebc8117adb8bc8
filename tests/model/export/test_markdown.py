"""Markdown export."""
from __future__ import annotations

from model.annotations import AnnotationSet, make_annotation
from model.export import export
from model.export.markdown import escape
from model.export.review import build_review
from tests.model.export.review_fixtures import annotate, build_outline, fixture_report, sample_set

REPORT = fixture_report()
TEXT = REPORT.text
OUTLINE = build_outline(TEXT)


def md(s: AnnotationSet | None = None, **kw: object) -> str:
    r = build_review(REPORT, OUTLINE, s or sample_set(TEXT), date="2026-11-24",
                     **kw)  # type: ignore[arg-type]
    return export(r, "md").decode("utf-8")


def test_layout() -> None:
    lines = md().splitlines()
    assert lines[0] == "# 关于2026年度工业发展工作情况的报告"
    assert "- 导出日期：2026年11月24日" in lines
    assert "- 批注统计：问题 2，承诺 1，成效 1，举措 0，数据 0，存疑 0，合计 4" in lines
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == ["## 问题清单（2）", "## 承诺清单（1）", "## 成效清单（1）"]
    i = lines.index("## 问题清单（2）")
    assert lines[i + 2] == "1. **二、存在困难和下步打算 › （一）存在困难 › 一是** — 张三"
    assert lines[i + 4] == "   > 项目储备不足"
    assert "\n\n\n" not in md()


def test_markup_in_text_is_escaped() -> None:
    s = AnnotationSet()
    s.add(annotate(TEXT, "力争明年", "commitment", note="**粗** <b>x</b> # 1", author="a_b"))
    out = md(s)
    assert r"批注：\*\*粗\*\* \<b\>x\</b\> \# 1" in out
    assert r"— a\_b" in out
    assert escape("[链接](x)") == r"\[链接\](x)"


def test_multiline_quote_stays_in_block_quote() -> None:
    s = AnnotationSet()
    start = TEXT.index("成立了")
    end = TEXT.index("全年召开") + 4
    s.add(make_annotation(TEXT, start, end, "measure"))
    lines = md(s).splitlines()
    assert "   > 成立了以局长为组长的领导小组。" in lines and "   > 全年召开" in lines


def test_english_and_no_notes() -> None:
    out = md(lang="en", include_notes=False)
    assert "## Problems (2)" in out and "- Exported: 2026-11-24" in out
    assert "Note:" not in out and "alert" not in out
