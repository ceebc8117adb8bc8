"""model/export/docx_comments.py (the annotated copy) and its way back
(model/report/docx_comments_read.py, model/sidecar/comment_import.py)."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from model import errors
from model.annotations import AnnotationSet, make_annotation
from model.export.docx_comments import build_annotated_copy, comment_text
from model.outline.detector import detect_outline
from model.report.docx_comments_read import read_comments
from model.report.docx_offsets import build_map, split_runs
from model.report.loading import load_report
from model.sidecar.comment_import import import_comments
from tests.model.report.test_docx_numbering import CN_LEVELS, add, add_list

W = nsdecls("w")


def numbered_report(path: Path) -> Path:
    """Automatic numbers, a sentence split over three runs (one bold), a hyperlink, a
    table with a horizontally merged cell."""
    doc = docx.Document()
    num = add_list(doc, 100, CN_LEVELS)
    add(doc, "县工信局2024年工作总结")
    add(doc, "总体要求", num, 0)
    p = doc.add_paragraph("坚持")
    p.add_run("稳中求进").bold = True
    p.add_run("，推动高质量发展。")
    p._p.append(parse_xml(f'<w:hyperlink {W}><w:r><w:t>详见附件</w:t></w:r></w:hyperlink>'))
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "指标", "数值", "备注"
    table.cell(1, 0).text, table.cell(1, 1).text = "增长率", "8.5%"
    table.cell(1, 1).merge(table.cell(1, 2))
    add(doc, "重点任务", num, 0)
    add(doc, "抓好项目建设，全年新增项目12个。", num, 1)
    doc.save(str(path))
    return path


def annotate(text: str, quote: str, tag: str, note: str = "", author: str = "张三",
             end_quote: str = "") -> object:
    start = text.index(quote)
    end = text.index(end_quote, start) + len(end_quote) if end_quote else start + len(quote)
    return make_annotation(text, start, end, tag, note=note, author=author)


def sample(text: str) -> AnnotationSet:
    s = AnnotationSet()
    s.add(annotate(text, "持稳中", "problem", "表述笼统"))
    s.add(annotate(text, "稳中求进，推动", "commitment", author="李四"))  # overlaps the first
    s.add(annotate(text, "一、总体要求", "measure", "看编号"))  # starts on an automatic number
    s.add(annotate(text, "求进", "question", "跨段", end_quote="指标"))  # paragraph → table
    s.add(annotate(text, "详见附件", "figure", "超链接里"))
    s.add(annotate(text, "全年新增项目12个", "achievement", "第二层\n两段"))
    s.add(annotate(text, "重点任务", "problem", "标题文字，不含编号"))  # its line is numbered
    return s


def comments_on(data: bytes, text: str) -> list[tuple[str, str, str]]:
    """(comment text, author, commented passage) per comment, read back from the copy."""
    document = docx.Document(io.BytesIO(data))
    text_map = build_map(document)
    assert text_map.text == text
    return sorted((c.text, c.author,
                   text[text_map.range_starts[str(c.comment_id)]:
                        text_map.range_ends[str(c.comment_id)]])
                  for c in document.comments)


def test_docx_copy_puts_every_annotation_on_its_words(tmp_path: Path) -> None:
    report = load_report(numbered_report(tmp_path / "r.docx"))
    copy = build_annotated_copy(report, sample(report.text))
    assert (copy.comments, copy.skipped) == (7, 0)
    assert comments_on(copy.data, report.text) == sorted([
        ("问题：表述笼统", "张三", "持稳中"),
        ("承诺", "李四", "稳中求进，推动"),
        ("举措：看编号", "张三", "一、总体要求"),
        ("存疑：跨段", "张三", "求进，推动高质量发展。详见附件\n指标"),
        ("数据：超链接里", "张三", "详见附件"),
        ("成效：第二层\n两段", "张三", "全年新增项目12个"),
        ("问题：标题文字，不含编号", "张三", "重点任务"),
    ])


def test_docx_copy_keeps_the_formatting_and_the_text(tmp_path: Path) -> None:
    report = load_report(numbered_report(tmp_path / "r.docx"))
    out = tmp_path / "copy.docx"
    out.write_bytes(build_annotated_copy(report, sample(report.text)).data)
    assert load_report(out).text == report.text  # same canonical text, numbers included
    body = docx.Document(str(out)).paragraphs[2]
    bold = "".join(r.text for r in body.runs if r.bold)
    assert bold == "稳中求进"  # split in three (持稳中 / 稳中求进，推动 / 求进) and still bold
    assert len(body.runs) > 3


def test_comment_carries_date_and_initials(tmp_path: Path) -> None:
    report = load_report(numbered_report(tmp_path / "r.docx"))
    s = AnnotationSet()
    a = annotate(report.text, "总体要求", "problem")
    from dataclasses import replace
    s.add(replace(a, created="2024-05-01T08:30:00+00:00"))
    comment = next(iter(docx.Document(io.BytesIO(build_annotated_copy(report, s).data)).comments))
    assert comment.timestamp.isoformat() == "2024-05-01T08:30:00+00:00"
    assert comment.initials == "张"


def test_text_report_gets_a_generated_document(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("县工信局工作总结\n一、主要成效\n全年增长8.5%。\t表格\n\n二、问题\n储备不足。\n",
                    encoding="utf-8")
    report = load_report(path)
    s = AnnotationSet()
    s.add(annotate(report.text, "增长8.5%", "figure", "核实"))
    s.add(annotate(report.text, "8.5%。\t表格\n\n二、问题", "problem", "跨三行"))
    copy = build_annotated_copy(report, s, outline=detect_outline(report))
    document = docx.Document(io.BytesIO(copy.data))
    assert document.paragraphs[0].alignment is not None  # the title is centred
    heading_font = document.paragraphs[1].runs[0]._r.rPr.rFonts.get(qn("w:eastAsia"))
    assert heading_font == "黑体"
    assert comments_on(copy.data, report.text) == sorted([
        ("数据：核实", "张三", "增长8.5%"),
        ("问题：跨三行", "张三", "8.5%。\t表格\n\n二、问题")])


def test_orphans_are_left_out_and_counted(tmp_path: Path) -> None:
    report = load_report(numbered_report(tmp_path / "r.docx"))
    s = sample(report.text)
    from dataclasses import replace
    first = next(iter(s))
    s.put(replace(first, status="orphaned"))
    copy = build_annotated_copy(report, s, include_notes=False)
    assert (copy.comments, copy.skipped) == (6, 1)
    assert all(text in ("问题", "承诺", "举措", "存疑", "数据", "成效")
               for text, _a, _p in comments_on(copy.data, report.text))


def test_a_docx_changed_on_disk_is_refused(tmp_path: Path) -> None:
    path = numbered_report(tmp_path / "r.docx")
    report = load_report(path)
    doc = docx.Document(str(path))
    doc.add_paragraph("新加的一段。")
    doc.save(str(path))
    with pytest.raises(errors.DocxChanged):
        build_annotated_copy(report, sample(report.text))


@pytest.mark.parametrize("make", ["docx", "txt"])
def test_round_trip_export_then_import_into_an_empty_sidecar(tmp_path: Path, make: str) -> None:
    if make == "docx":
        report = load_report(numbered_report(tmp_path / "r.docx"))
    else:
        path = tmp_path / "r.txt"
        path.write_text("县工信局工作总结\n一、总体要求\n坚持稳中求进，推动高质量发展。详见附件\n"
                        "指标\t数值\n二、重点任务\n全年新增项目12个。\n", encoding="utf-8")
        report = load_report(path)
    original = sample(report.text)
    out = tmp_path / "copy.docx"
    out.write_bytes(build_annotated_copy(report, original).data)
    result = import_comments(report, read_comments(out), AnnotationSet())
    assert not result.unplaced and result.duplicates == 0

    def key(a: object) -> tuple:
        return (a.tag, a.quote, a.note, a.author, a.start, a.end, a.created)

    assert sorted(map(key, result.placed)) == sorted(map(key, original))
    again = AnnotationSet()
    again.add_many(result.placed)
    assert import_comments(report, read_comments(out), again).duplicates == len(original)


def test_split_runs_keeps_tabs_breaks_and_properties() -> None:
    doc = docx.Document()
    p = doc.add_paragraph()
    run = p.add_run("甲乙\t丙丁")
    run.italic = True
    run._r.append(parse_xml(f'<w:br {W} w:type="page"/>'))
    run._r.append(parse_xml(f'<w:t {W}>戊</w:t>'))
    text_map = build_map(doc)
    assert text_map.text == "甲乙\t丙丁戊"
    assert split_runs(text_map, [1, 2, 3, 5, 6]) == 1
    runs = [r for r in doc.paragraphs[0].runs]
    assert [r.text for r in runs] == ["甲", "乙", "\t", "丙丁", "戊"]
    assert all(r.italic for r in runs)
    assert build_map(doc).text == "甲乙\t丙丁戊"


def test_comment_text_leads_with_the_tag_name() -> None:
    a = make_annotation("abc", 0, 1, "problem", note="  数据口径不一  ")
    assert comment_text(a, "问题") == "问题：数据口径不一"
    assert comment_text(a, "问题", include_notes=False) == "问题"
    assert comment_text(a, "Problem") == "Problem: 数据口径不一"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_follow_up_travels_in_the_comment_and_back(tmp_path: Path, lang: str) -> None:
    """A finding's 整改 (status, unit, deadline, note) is a line of its comment that a
    colleague can read, and importing the copy gives the same fields back."""
    from dataclasses import replace

    path = tmp_path / "r.txt"
    path.write_text("县工信局工作总结\n二、存在问题\n项目储备不足，后续支撑乏力。\n", encoding="utf-8")
    report = load_report(path)
    found = replace(annotate(report.text, "项目储备不足", "problem", note="要补"),
                    followup_status="in_progress", followup_unit="县发改局；县工信局",
                    followup_deadline="2027-03-31", followup_note="已约谈\n正在整改")
    original = AnnotationSet()
    original.add(found)
    text = comment_text(found, "问题" if lang == "zh" else "Problem", lang=lang)
    assert text.splitlines()[1] == (
        "【整改】状态：整改中；责任单位：县发改局，县工信局；整改期限：2027-03-31；整改情况：已约谈 正在整改"
        if lang == "zh" else "[Follow-up] Status: In progress; Unit: 县发改局，县工信局; "
        "Deadline: 2027-03-31; Note: 已约谈 正在整改")
    out = tmp_path / "copy.docx"
    out.write_bytes(build_annotated_copy(report, original, lang=lang).data)
    (back,) = import_comments(report, read_comments(out), AnnotationSet()).placed
    assert (back.tag, back.quote, back.note) == ("problem", "项目储备不足", "要补")
    assert (back.followup_status, back.followup_unit, back.followup_deadline,
            back.followup_note) == ("in_progress", "县发改局，县工信局", "2027-03-31",
                                    "已约谈 正在整改")
