"""DOCX export, read back with python-docx."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from docx.shared import Cm

from model.annotations import AnnotationSet
from model.export import export
from model.export.docx_export import TEXT_WIDTH_CM
from model.export.review import Review, build_review
from tests.model.export.review_fixtures import annotate, build_outline, fixture_report, sample_set

REPORT = fixture_report()
OUTLINE = build_outline(REPORT.text)


def open_docx(**kw: object) -> docx.document.Document:
    r: Review = build_review(REPORT, OUTLINE, sample_set(REPORT.text), date="2026-11-24",
                             **kw)  # type: ignore[arg-type]
    return docx.Document(io.BytesIO(export(r, "docx")))


def all_text(doc: docx.document.Document) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_title_headings_and_quotes() -> None:
    doc = open_docx()
    assert doc.paragraphs[0].text == "关于2026年度工业发展工作情况的报告"
    assert doc.paragraphs[0].alignment == 1  # centred
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["一、问题清单（2）", "二、承诺清单（1）", "三、成效清单（1）"]
    text = all_text(doc)
    for quote in ("“项目储备不足”", "“青年干部少”", "“力争明年工业增加值增长7%左右”"):
        assert quote in text
    assert "<script>alert('x')</script>" in text


def test_table_columns_and_rows() -> None:
    doc = open_docx()
    assert len(doc.tables) == 3
    problems = doc.tables[0]
    assert [c.text for c in problems.rows[0].cells] == ["序号", "位置", "原文", "批注", "批注人"]
    assert [c.text for c in problems.rows[1].cells][:3] == ["1", "二、（一）›一是", "“项目储备不足”"]
    assert problems.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    widths = [col.width for col in problems.columns]
    assert abs(sum(widths) - Cm(TEXT_WIDTH_CM)) < Cm(0.01)  # the table spans the text width
    assert all([col.width for col in t.columns] == widths for t in doc.tables)  # tables line up
    tbl_pr = problems._tbl.tblPr
    assert tbl_pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert tbl_pr.find(qn("w:tblW")).get(qn("w:type")) == "dxa"
    assert [int(c.width.twips) for c in problems.rows[1].cells] == [
        int(w.twips) for w in widths]


def _twips(table: docx.table.Table, head: str) -> int:
    heads = [c.text for c in table.rows[0].cells]
    return int(table.columns[heads.index(head)].width.twips)


def test_reviewer_column_holds_a_three_character_name() -> None:
    """A 12 pt CJK character is 240 twips; the cell has 2 × 108 twips of margin. The fixed
    1.4 cm column (794 twips) broke 王建国 after two characters."""
    doc = open_docx()
    for table in doc.tables:
        assert _twips(table, "批注人") >= 3 * 240 + 2 * 108
        assert _twips(table, "序号") >= 2 * 240 + 2 * 108  # 序号 did not fit 1.2 cm either


def test_location_is_short_and_at_most_a_quarter() -> None:
    s = AnnotationSet()
    s.add(annotate(REPORT.text, "项目储备不足", "problem", author="欧阳明月"))
    s.add(annotate(REPORT.text, "青年干部少", "problem", author="Li Hua"))
    doc = docx.Document(io.BytesIO(export(build_review(REPORT, OUTLINE, s), "docx")))
    table = doc.tables[0]
    total = sum(int(col.width.twips) for col in table.columns)
    assert _twips(table, "位置") <= 0.25 * total
    assert _twips(table, "原文") >= 0.35 * total - 1  # whole twips
    assert _twips(table, "批注人") >= 4 * 240 + 2 * 108  # a four-character name on one line
    locations = [r.cells[1].text for r in table.rows[1:]]
    assert [t.replace("\n", "") for t in locations] == ["二、（一）›一是", "二、（一）›二是"]


def test_full_path_where_the_row_is_tall_anyway() -> None:
    s = AnnotationSet()
    s.add(annotate(REPORT.text, "项目储备不足", "problem", note="请补充具体项目名单和投资额。" * 8))
    s.add(annotate(REPORT.text, "青年干部少", "problem", note="需补充数据"))
    doc = docx.Document(io.BytesIO(export(build_review(REPORT, OUTLINE, s), "docx")))
    tall, short = (r.cells[1].text for r in doc.tables[0].rows[1:])
    assert tall.replace("\n", " ").replace("  ", " ") == "二、存在困难和下步打算 › （一）存在困难 › 一是"
    assert short == "二、（一）›二是"


def test_long_names_and_paths_stay_within_bounds() -> None:
    s = AnnotationSet()
    s.add(annotate(REPORT.text, "项目储备不足", "problem", author="Wolfgang Amadeus Mozart-Schmidt"))
    doc = docx.Document(io.BytesIO(export(build_review(REPORT, OUTLINE, s), "docx")))
    table = doc.tables[0]
    total = sum(int(col.width.twips) for col in table.columns)
    assert _twips(table, "批注人") <= 0.20 * total
    assert _twips(table, "原文") >= 0.35 * total - 1  # whole twips


def test_no_notes_drops_column() -> None:
    doc = open_docx(include_notes=False)
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["序号", "位置", "原文", "批注人"]
    assert "alert" not in all_text(doc)


def test_east_asian_fonts_named() -> None:
    doc = open_docx()
    title_fonts = doc.paragraphs[0].runs[0]._r.rPr.rFonts
    assert title_fonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    cell_style = doc.tables[0].rows[1].cells[2].paragraphs[0].style
    assert cell_style.name == "Yuepi Table Text"
    assert cell_style.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert doc.tables[0].rows[0].cells[0].paragraphs[0].style.name == "Yuepi Table Head"
    heading_style = doc.styles["Heading 1"].element.rPr.rFonts
    assert heading_style.get(qn("w:eastAsia")) == "黑体"
    assert heading_style.get(qn("w:eastAsiaTheme")) is None
    normal = doc.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_font_table_has_fallbacks() -> None:
    doc = open_docx()
    part = next(p for p in doc.part.package.iter_parts()
                if str(p.partname) == "/word/fontTable.xml")
    xml = part.blob.decode("utf-8")
    assert 'w:name="仿宋_GB2312"' in xml and 'w:val="仿宋"' in xml


def test_a4_page_and_footer_page_number() -> None:
    section = open_docx().sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.01)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.01)
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer_xml and "— " in section.footer.paragraphs[0].text


def test_english_headings() -> None:
    doc = open_docx(lang="en")
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Problems (2)"


def test_control_characters_and_line_breaks() -> None:
    s = AnnotationSet()
    s.add(annotate(REPORT.text, "力争明年", "commitment", note="第一行\n第二行\x0c\x00完"))
    r = build_review(REPORT, OUTLINE, s, date="2026-11-24")
    doc = docx.Document(io.BytesIO(export(r, "docx")))
    assert doc.tables[0].rows[1].cells[3].text == "第一行\n第二行完"
