"""Heading hints from the file itself: Word heading styles (.docx) and Markdown #."""
from __future__ import annotations

from pathlib import Path

import docx

from model.outline.detector import detect_outline
from model.report.loading import Report, load_report, report_from_text

BODY = "全年完成各项目标任务，取得了明显成效。"


def rows(report: Report) -> list[tuple[int, str, str, str]]:
    return [(n.depth, n.kind, n.marker, n.title) for n in detect_outline(report).nodes()]


def test_markdown_headings(tmp_path: Path) -> None:
    path = tmp_path / "总结.md"
    path.write_text("\n".join(["# 2024年工作总结", "", "## 主要工作", BODY, "### 1. 抓项目", BODY,
                               "### 2. 抓企业", BODY, "## 存在问题", "一是人才不足。二是资金紧张。",
                               ""]), encoding="utf-8")
    report = load_report(path)
    # the one "#" line opening the file is its title (as Word's Title style is), so the
    # "##" parts are the top level of the outline
    assert detect_outline(report).title == "2024年工作总结"
    assert rows(report) == [
        (1, "heading", "", "主要工作"),
        (2, "heading", "1.", "抓项目"), (2, "heading", "2.", "抓企业"),
        (1, "heading", "", "存在问题"), (2, "item", "一是", "人才不足"),
        (2, "item", "二是", "资金紧张")]


def test_hinted_lines_are_headings_whatever_their_numbering() -> None:
    text = "\n".join(["总结", "工作回顾", BODY, "三、经济运行", BODY, "下步打算", BODY]) + "\n"
    report = report_from_text(text)
    hinted = Report(report.path, report.text, "docx", heading_hints={1: 0, 2: 1, 4: 2, 6: 1})
    result = detect_outline(hinted)
    assert result.title == "总结"
    assert [(n.depth, n.marker, n.title) for n in result.nodes()] == [
        (1, "", "工作回顾"), (2, "三、", "经济运行"), (1, "", "下步打算")]
    first = result.nodes()[0]
    assert text[first.title_start:first.title_end] == "工作回顾"


def test_word_heading_styles(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("XX县工信局2024年工作总结", 0)
    document.add_paragraph("2024年，我局围绕中心、服务大局。现将有关情况报告如下：")
    document.add_heading("主要工作及成效", 1)
    document.add_heading("工业经济稳中有进", 2)
    document.add_paragraph("一是抓项目建设，全年实施重点项目18个。二是抓招商引资，签约项目9个。")
    document.add_heading("下步打算", 1)
    document.add_paragraph("（一）加快产业发展。力争工业增加值增长8%左右。")
    document.add_paragraph("（二）深化改革。确保完成年度目标。")
    path = tmp_path / "总结.docx"
    document.save(str(path))
    result = detect_outline(load_report(path))
    assert result.title == "XX县工信局2024年工作总结"
    assert [(n.depth, n.kind, n.marker, n.title) for n in result.nodes()] == [
        (1, "heading", "", "主要工作及成效"), (2, "heading", "", "工业经济稳中有进"),
        (3, "item", "一是", "抓项目建设，全年实施重点项目18个"),
        (3, "item", "二是", "抓招商引资，签约项目9个"),
        (1, "heading", "", "下步打算"), (2, "heading", "（一）", "加快产业发展"),
        (2, "heading", "（二）", "深化改革")]
