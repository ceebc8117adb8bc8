"""Follow-up (整改) in every export, and the .xlsx workbook read back with openpyxl."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import openpyxl
import pytest

from model import errors
from model.annotations import AnnotationSet
from model.export import export, format_for_path
from model.export.review import Review, build_review
from tests.model.export.review_fixtures import build_outline, fixture_report, sample_set

REPORT = fixture_report()
TEXT = REPORT.text
OUTLINE = build_outline(TEXT)


def followed_set() -> AnnotationSet:
    s = sample_set(TEXT)
    by_quote = {a.quote: a for a in s}
    s.update(by_quote["项目储备不足"].id, followup_status="in_progress",
             followup_unit="市发改委", followup_deadline="2026-10-31", followup_note="已约谈")
    s.update(by_quote["青年干部少"].id, followup_status="done",
             followup_deadline="2026-09-30")
    s.update(by_quote["力争明年工业增加值增长7%左右"].id, followup_unit="=HYPERLINK(1)")
    return s


def review(s: AnnotationSet | None = None, **kw: object) -> Review:
    return build_review(REPORT, OUTLINE, s or followed_set(), date="2026-11-24",
                        **kw)  # type: ignore[arg-type]


def test_csv_has_follow_up_columns_only_when_used() -> None:
    plain = export(review(sample_set(TEXT)), "csv").decode("utf-8-sig")
    assert "整改状态" not in plain
    table = list(csv.reader(io.StringIO(export(review(), "csv").decode("utf-8-sig"),
                                        newline="")))
    assert table[0][-4:] == ["整改状态", "责任单位", "整改期限", "整改情况"]
    row = next(r for r in table if r[2] == "项目储备不足")
    assert row[-4:] == ["整改中（已逾期）", "市发改委", "2026-10-31", "已约谈"]
    done = next(r for r in table if r[2] == "青年干部少")
    assert done[-4] == "已完成"  # done is never overdue
    assert any(r[-3] == "'=HYPERLINK(1)" for r in table)  # still formula-safe


def test_markdown_html_jsonld_carry_the_fields() -> None:
    md = export(review(), "md").decode("utf-8")
    assert "整改状态：整改中（已逾期）；责任单位：市发改委；整改期限：2026-10-31" in md
    html = export(review(), "html").decode("utf-8")
    assert "<th>整改状态</th>" in html and '<td class="overdue">整改中（已逾期）</td>' in html
    data = json.loads(export(review(), "jsonld"))
    assert isinstance(data["@context"], list)
    item = next(i for i in data["first"]["items"]
                if i["target"]["selector"][0]["exact"] == "项目储备不足")
    assert item["followup"] == {"status": "in_progress", "unit": "市发改委",
                                "deadline": "2026-10-31", "note": "已约谈", "overdue": True}
    plain = json.loads(export(review(sample_set(TEXT)), "jsonld"))
    assert plain["@context"] == "http://www.w3.org/ns/anno.jsonld"


def test_xlsx_sheets_frozen_headers_and_dates() -> None:
    assert format_for_path("台账.xlsx").id == "xlsx"  # type: ignore[union-attr]
    book = openpyxl.load_workbook(io.BytesIO(export(review(), "xlsx")))
    assert book.sheetnames == ["整改台账", "问题", "承诺", "成效"]
    ledger = book["整改台账"]
    heads = [c.value for c in ledger[1]]
    assert heads == ["序号", "标签", "位置", "原文", "批注", "整改状态", "责任单位",
                     "整改期限", "整改情况", "批注人"]
    assert ledger.freeze_panes == "A2" and ledger.max_row == 5
    rows = {r[3]: r for r in ledger.iter_rows(min_row=2, values_only=True)}
    row = rows["项目储备不足"]
    assert row[5] == "整改中（已逾期）" and row[6] == "市发改委"
    deadline = row[7]
    assert isinstance(deadline, datetime) and deadline.date() == date(2026, 10, 31)
    cell = next(c for c in ledger["H"] if c.row > 1 and c.value is not None)
    assert cell.is_date and cell.number_format == "yyyy-mm-dd"
    status = next(c for c in ledger["F"] if c.value == "整改中（已逾期）")
    assert status.font.color.rgb.endswith("C00000")
    unit = next(c for c in ledger["G"] if c.value == "=HYPERLINK(1)")
    assert unit.data_type == "s"  # text, never a formula
    problems = book["问题"]
    assert problems.freeze_panes == "A2" and problems.max_row == 3
    created = problems.cell(row=2, column=[c.value for c in problems[1]].index("创建时间") + 1)
    assert created.is_date
    widths = {k: v.width for k, v in ledger.column_dimensions.items()}
    assert widths["A"] < widths["D"] <= 60 and widths["C"] > 10


def test_xlsx_sheet_names_are_made_valid() -> None:
    from model.export.xlsx_export import sheet_name
    assert sheet_name("问题/建议?", set()) == "问题_建议_"
    assert sheet_name("问题", {"问题"}) == "问题 (2)"
    assert len(sheet_name("很" * 40, set())) == 31


def test_xlsx_without_openpyxl_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as if not installed
    with pytest.raises(errors.ExportNeedsPackage, match="openpyxl"):
        export(review(), "xlsx")


def test_docx_opinion_form_addressee_ledger_closing() -> None:
    import docx

    data = export(review(addressee="市人民政府办公厅", reviewer="王建国",
                         reviewer_unit="市审计局"), "docx")
    doc = docx.Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "关于2026年度工业发展工作情况的报告"  # the detected title
    assert "市人民政府办公厅：" in texts
    assert texts.index("市人民政府办公厅：") < next(
        i for i, t in enumerate(texts) if t.startswith("一、"))
    assert texts[-3:] == ["市审计局", "审阅人：王建国", "2026年11月24日"]
    assert any(t.startswith("四、整改台账（3）") for t in texts)
    assert "其中已逾期1项。" in texts
    ledger = doc.tables[-1]
    assert [c.text for c in ledger.rows[0].cells] == [
        "序号", "位置", "整改状态", "责任单位", "整改期限", "整改情况"]
    rows = [[c.text for c in r.cells] for r in ledger.rows[1:]]
    assert any(r[2:] == ["已完成", "", "2026-09-30", ""] for r in rows)
    assert any(r[2:] == ["整改中（已逾期）", "市发改委", "2026-10-31", "已约谈"] for r in rows)
    table = next(p for p in doc.part.package.iter_parts()
                 if str(p.partname) == "/word/fontTable.xml").blob.decode("utf-8")
    assert 'w:name="楷体_GB2312"' in table and 'w:name="方正小标宋简体"' in table
    footer = doc.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "— " in footer


def test_docx_without_follow_up_or_closing_data_has_no_ledger() -> None:
    import docx

    doc = docx.Document(io.BytesIO(export(review(sample_set(TEXT)), "docx")))
    texts = [p.text for p in doc.paragraphs]
    assert not any("整改台账" in t for t in texts)
    assert texts[-1] == "2026年11月24日"  # the date closes the document


def test_printout_notes_carry_the_follow_up() -> None:
    from model.export.annotated_html import build_annotated_html

    html = build_annotated_html(REPORT, OUTLINE, followed_set(), lang="zh", date="2026-11-24")
    assert "〔整改中 · 市发改委 · 2026-10-31（已逾期）〕" in html  # a past date: overdue


def test_a_title_set_out_wide_is_tidied() -> None:
    from model.export.review import tidy_title

    assert tidy_title("政 府 工 作 报 告") == "政府工作报告"
    assert tidy_title("2024 Annual Report") == "2024 Annual Report"
    assert tidy_title(None) == ""


def test_opinion_form_is_a_document_in_prose() -> None:
    import docx
    from docx.oxml.ns import qn

    data = export(review(addressee="市人民政府办公厅", reviewer="王建国",
                         reviewer_unit="市审计局"), "opinion")
    doc = docx.Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "关于《关于2026年度工业发展工作情况的报告》的审阅意见"
    assert texts[1] == "市人民政府办公厅："
    assert texts[2] == "经审阅《关于2026年度工业发展工作情况的报告》，提出意见4条，现将有关情况报告如下："
    heads = [t for t in texts if t[:2] in ("一、", "二、", "三、", "四、")]
    assert heads == ["一、问题（2条）", "二、承诺（1条）", "三、成效（1条）", "四、整改台账（3条）"]
    first = texts.index("一、问题（2条）")
    assert texts[first + 1].startswith("（一）位置：二、存在困难和下步打算")
    assert texts[first + 2] == "原文：“项目储备不足”"
    assert "整改状态：整改中（已逾期）；责任单位：市发改委；整改期限：2026-10-31；整改情况：已约谈" \
        in texts
    assert texts[-3:] == ["市审计局", "审阅人：王建国", "2026年11月24日"]
    def east_asia(p: object) -> str:
        """The paragraph's CJK font: its run's, else its style's."""
        r_pr = p.runs[0]._r.rPr  # type: ignore[attr-defined]
        fonts = r_pr.find(qn("w:rFonts")) if r_pr is not None else None
        if fonts is None:
            fonts = p.style.element.rPr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
        return fonts.get(qn("w:eastAsia"))

    fonts = {p.text[:4]: east_asia(p) for p in doc.paragraphs if p.runs}
    assert fonts["关于《关"] == "方正小标宋简体" and fonts["一、问题"] == "黑体"
    assert fonts["（一）位"] == "楷体_GB2312" and fonts["原文：“"] == "仿宋_GB2312"
    assert "PAGE" in doc.sections[0].footer.paragraphs[0]._p.xml
    assert len(doc.tables) == 1  # the 整改台账 only: findings are prose


def test_xlsx_is_the_same_bytes_a_second_later() -> None:
    import time
    import zipfile

    same = review()
    first = export(same, "xlsx")
    time.sleep(1.05)  # openpyxl stamps the zip members and core.xml with the time
    assert export(same, "xlsx") == first
    core = zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml").decode("utf-8")
    assert "2026-11-24T00:00:00Z</dcterms:modified>" in core


def test_opinion_numbers_hundreds_of_findings() -> None:
    import docx

    from model.annotations import make_annotation
    from model.export.docx_export import _cn_number

    assert [_cn_number(n) for n in (1, 10, 11, 20, 99, 100, 101)] == [
        "一", "十", "十一", "二十", "九十九", "100", "101"]
    s = AnnotationSet()
    s.add_many(make_annotation(TEXT, i, i + 1, "problem") for i in range(150))
    doc = docx.Document(io.BytesIO(export(review(s), "opinion")))
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("（120）") for t in texts)


def test_an_overdue_item_without_a_status_reads_as_still_to_do() -> None:
    """A deadline past and no status set: the work is open, so 待处理 (not an empty
    status with only "（已逾期）")."""
    from datetime import date

    from model.followup import summary

    today = date(2027, 1, 1)
    assert summary("", "", "2026-12-01", "zh", today) == "待处理 · 2026-12-01（已逾期）"
    assert summary("", "", "2026-12-01", "en", today) == "Pending · 2026-12-01 (overdue)"
    assert summary("", "", "2027-12-01", "zh", today) == "2027-12-01"
