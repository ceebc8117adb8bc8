"""The 对照表 as .docx (公文 form) and .xlsx, and write_compare_table: rows, citations,
counts, 未核对, the frame of the document, the same bytes for the same table."""
from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from model import errors
from model.compare.table import CompareTable
from model.compare.table_export import (
    FORMATS,
    build_table,
    format_for_path,
    render_table,
    write_compare_table,
)
from model.report.loading import Report
from tests.model.compare import table_fixtures as fx

OPTIONS = {"date": "2026-12-05", "addressee": "市人民政府办公室", "reviewer": "张三",
           "reviewer_unit": "市发展改革委"}


def _table(tmp_path: Path, lang: str = "zh") -> tuple[Report, Report, CompareTable]:
    a, b = fx.make_pair(tmp_path)
    table = build_table(a, b, fx.stored(a, b), commitments=fx.commitments(a), lang=lang,
                        **OPTIONS)
    return a, b, table


def _cells(table: docx.table.Table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_docx_is_a_gongwen_with_the_rows_and_counts(tmp_path: Path) -> None:
    _, _, table = _table(tmp_path)
    document = docx.Document(io.BytesIO(render_table(table, "docx")))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "《2022年政府工作报告（节选）》承诺兑现情况对照表"
    assert texts[1] == "（对照《2023年政府工作报告（节选）》）"
    assert texts[2] == "市人民政府办公室："
    assert "梳理《2022年政府工作报告（节选）》中的承诺事项6项，形成对照记录7条，其中已兑现2条、部分兑现1条、未兑现1条、未提及1条、" \
           "未核对2条" in texts[3]
    assert texts[-3:] == ["市发展改革委", "审阅人：张三", "2026年12月5日"]
    assert "一、对照情况" in texts and "二、统计情况" in texts
    main, by_verdict, by_section, by_path = document.tables
    rows = _cells(main)
    assert rows[0] == ["序号", "承诺（上年报告）", "兑现情况（本年报告）", "结论", "备注"]
    assert len(rows) == 1 + 7
    # each quote under its citation; one commitment's 序号 and 承诺 merged over its rows
    assert rows[1][1] == f"{fx.SECTION_2} › 第1段\n“国内生产总值增长5.5%左右”"
    assert rows[1][2] == f"{fx.REVIEW_B} › 第1段\n“全年国内生产总值增长3%”"
    assert rows[1][3:] == ["未兑现", "未达预期目标"]
    assert rows[2][0] == rows[3][0] == "2" and rows[2][1] == rows[3][1]
    assert [r[3] for r in rows[2:4]] == ["已兑现", "部分兑现"]
    assert rows[3][4] == "=另见|务工"
    assert rows[4][2] == "" and rows[4][3] == "未提及"
    assert [r[3] for r in rows[5:7]] == ["未核对", "未核对"] and rows[5][2] == ""
    assert rows[7][0] == "6" and rows[7][1].startswith(f"{fx.SECTION_3} › 确保粮食能源安全 › 第2段")
    merged = main._tbl.xpath(".//w:vMerge")
    assert len(merged) == 4  # 序号 and 承诺 of commitment 2: restart + continue
    assert main._tbl.xpath("./w:tr[1]/w:trPr/w:tblHeader")  # repeated on each page
    assert _cells(by_verdict)[1:] == [["已兑现", "2"], ["部分兑现", "1"], ["未兑现", "1"],
                                      ["未提及", "1"], ["未核对", "2"], ["合计", "7"]]
    assert _cells(by_section)[0] == ["章节", "已兑现", "部分兑现", "未兑现", "未提及", "未核对",
                                     "合计"]
    assert _cells(by_section)[1:] == [[fx.SECTION_2, "1", "1", "1", "1", "1", "5"],
                                      [fx.SECTION_3, "1", "0", "0", "0", "1", "2"],
                                      ["合计", "2", "1", "1", "1", "2", "7"]]
    assert _cells(by_path)[2][0] == f"{fx.SECTION_3} › 确保粮食能源安全"


def test_docx_page_and_fonts_are_the_gongwen_ones(tmp_path: Path) -> None:
    _, _, table = _table(tmp_path)
    data = render_table(table, "docx")
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "—" in footer
    title_font = document.paragraphs[0].runs[0]._r.xpath("./w:rPr/w:rFonts/@w:eastAsia")
    assert title_font == ["方正小标宋简体"]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        fonts = z.read("word/fontTable.xml").decode("utf-8")
    assert 'w:name="仿宋_GB2312"' in fonts and 'w:altName w:val="仿宋"' in fonts


def test_english_docx(tmp_path: Path) -> None:
    _, _, table = _table(tmp_path, "en")
    document = docx.Document(io.BytesIO(render_table(table, "docx")))
    assert document.paragraphs[0].text.startswith("Commitments of “")
    rows = _cells(document.tables[0])
    assert rows[0][0] == "No." and rows[1][3] == "Not kept"
    assert rows[1][1].startswith(f"{fx.SECTION_2} › para. 1\n")
    assert rows[5][3] == "Not yet checked"


def test_xlsx_cells_and_counts_sheet(tmp_path: Path) -> None:
    _, _, table = _table(tmp_path)
    book = openpyxl.load_workbook(io.BytesIO(render_table(table, "xlsx")))
    assert book.sheetnames == ["对照表", "统计"]
    sheet = book["对照表"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["序号", "承诺（上年报告）", "出处", "章节", "兑现情况（本年报告）", "出处",
                       "结论", "备注"]
    assert rows[1] == [1, "国内生产总值增长5.5%左右", f"{fx.SECTION_2} › 第1段", fx.SECTION_2,
                       "全年国内生产总值增长3%", f"{fx.REVIEW_B} › 第1段", "未兑现",
                       "未达预期目标"]
    assert [r[0] for r in rows[1:]] == [1, 2, 2, 3, 4, 5, 6]
    assert rows[3][7] == "=另见|务工" and sheet["H4"].data_type == "s"  # text, never a formula
    assert [r[6] for r in rows[5:7]] == ["未核对", "未核对"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H8"
    assert sheet["A1"].font.bold and sheet.column_dimensions["B"].width > \
        sheet.column_dimensions["A"].width
    counts = [list(r) for r in book["统计"].iter_rows(values_only=True)]
    assert counts[0][0] == "按结论统计" and counts[1][:2] == ["结论", "条数"]
    assert ["未核对", 2] == counts[6][:2] and ["合计", 7] == counts[7][:2]
    assert [fx.SECTION_3, 1, 0, 0, 0, 1, 2] in counts
    assert "按章节统计" in [r[0] for r in counts]


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_same_table_same_bytes(tmp_path: Path, fmt: str) -> None:
    a, b, table = _table(tmp_path)
    first = render_table(table, fmt)
    time.sleep(1.1)  # the zip members would carry the clock's second
    again = build_table(a, b, fx.stored(a, b), commitments=fx.commitments(a), **OPTIONS)
    assert render_table(again, fmt) == first
    later = build_table(a, b, fx.stored(a, b), commitments=fx.commitments(a),
                        **{**OPTIONS, "date": "2026-12-06"})
    assert render_table(later, fmt) != first


def test_write_compare_table_every_format(tmp_path: Path) -> None:
    a, b = fx.make_pair(tmp_path)
    comparison = fx.stored(a, b)
    assert list(FORMATS) == ["docx", "xlsx", "csv", "md"]
    for fmt in FORMATS:
        out = write_compare_table(tmp_path / f"对照表{FORMATS[fmt].suffix}", fmt, a, b,
                                  comparison, commitments=fx.commitments(a), **OPTIONS)
        assert out.stat().st_size > 0 and format_for_path(out) is FORMATS[fmt]
    assert (tmp_path / "对照表.md").read_text(encoding="utf-8").count("未核对") >= 2
    with pytest.raises(errors.UnknownFormat):
        write_compare_table(tmp_path / "x.pdf", "pdf", a, b, comparison)
    with pytest.raises(errors.ExportUnwritable):
        write_compare_table(tmp_path / "missing" / "x.docx", "docx", a, b, comparison)
    assert not (tmp_path / "missing").exists()


def test_commitments_as_spans(tmp_path: Path) -> None:
    a, b = fx.make_pair(tmp_path)
    spans = [fx.span(a.text, q) for q in fx.ANNOTATED]
    table = build_table(a, b, fx.stored(a, b), commitments=spans, **OPTIONS)
    by_annotation = build_table(a, b, fx.stored(a, b), commitments=fx.commitments(a),
                                **OPTIONS)
    assert table.rows == by_annotation.rows


def test_an_empty_comparison_still_renders(tmp_path: Path) -> None:
    a, b = fx.make_pair(tmp_path)
    from model.compare.store import Comparison

    table = build_table(a, b, Comparison(), date="2026-12-05")
    document = docx.Document(io.BytesIO(render_table(table, "docx")))
    assert len(document.tables[0].rows) == 1
    assert _cells(document.tables[1])[-1] == ["合计", "0"]
    book = openpyxl.load_workbook(io.BytesIO(render_table(table, "xlsx")))
    assert book["对照表"].max_row == 1


def test_hostile_notes_and_an_orphaned_commitment(tmp_path: Path) -> None:
    """Control characters, markup and a formula in a note; a commitment whose text left A:
    every format still opens, the orphan counted under its own name."""
    from dataclasses import replace

    from model.export.citation import words

    a, b = fx.make_pair(tmp_path)
    comparison = fx.stored(a, b)
    first = comparison.links[0]
    lost = replace(first.commitment, status="orphaned", quote="已删去的承诺")
    comparison.links[0] = replace(first, commitment=lost, note="\x0b\x0c<w:p>&\x00=1+1\r\n二")
    table = build_table(a, b, comparison, **OPTIONS)
    orphan = words("zh")["orphan"]
    assert [r.section for r in table.rows if r.commitment == "已删去的承诺"] == [orphan]
    document = docx.Document(io.BytesIO(render_table(table, "docx")))
    assert any("<w:p>&=1+1" in c.text for row in document.tables[0].rows for c in row.cells)
    assert orphan in [row.cells[0].text for row in document.tables[2].rows]
    book = openpyxl.load_workbook(io.BytesIO(render_table(table, "xlsx")))
    notes = [r[7] for r in book["对照表"].iter_rows(min_row=2, values_only=True)]
    assert any(n and n.startswith("<w:p>&=1+1") for n in notes)
    assert f"已删去的承诺,{orphan}," in render_table(table, "csv").decode("utf-8")
    assert f"| {orphan} | 1 |" in render_table(table, "md").decode("utf-8")


def test_docx_writes_a_commitments_shared_verdict_and_note_once(tmp_path: Path) -> None:
    """The note (and verdict) belong to the decision on a commitment: with two pieces of
    evidence sharing them, the docx merges 结论 and 备注 over both rows; xlsx repeats them
    on each row (a filtered row still says them)."""
    from model.compare.store import Comparison, make_link, save_comparison

    a, b = fx.make_pair(tmp_path)
    commitment = fx.span(a.text, "城镇新增就业1100万人以上")
    links = [make_link(a, b, commitment, fx.span(b.text, e), "kept", note="超额完成")
             for e in ("城镇新增就业1206万人", "脱贫人口务工规模超过3200万人")]
    save_comparison(a, b, Comparison(links=links))
    table = build_table(a, b, fx.stored(a, b), lang="zh", **OPTIONS)
    document = docx.Document(io.BytesIO(render_table(table, "docx")))
    main = document.tables[0]
    assert len(main._tbl.xpath(".//w:vMerge")) == 8  # 序号, 承诺, 结论, 备注: 2 rows each
    assert "".join(p.text for p in document.paragraphs).count("超额完成") == 0
    xml = main._tbl.xml
    assert xml.count("超额完成") == 1 and xml.count("已兑现") == 1
    sheet = openpyxl.load_workbook(io.BytesIO(render_table(table, "xlsx")))["对照表"]
    assert [sheet.cell(row=r, column=8).value for r in (2, 3)] == ["超额完成", "超额完成"]
