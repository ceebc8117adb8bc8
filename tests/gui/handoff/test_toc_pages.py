"""Page numbers in the printed table of contents (gui/handoff/toc_pages.py)."""
from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from gui.handoff import print_report
from gui.handoff.toc_pages import PLACEHOLDER
from model.annotations import AnnotationSet
from model.export.annotated_html import build_annotated_html
from model.outline.tree import Outline, OutlineNode
from model.report.loading import report_from_text
from tests.gui.handoff.test_print_report import NO_PDFTOTEXT, PDFTOTEXT

HEADINGS = ["一、总体情况", "二、主要做法", "三、存在问题", "四、原因分析", "五、下步打算",
            "六、保障措施"]
PARAGRAPH = "　　围绕年度目标任务，统筹推进各项工作，取得了阶段性成效。" * 6


def multi_page_html() -> str:
    """Six sections of 2 to 22 paragraphs: they start on different pages, some share one."""
    text, nodes = "某单位2024年工作总结\n", []
    for i, heading in enumerate(HEADINGS):  # the outline by hand: detection is not tested
        start = len(text)
        text += heading + "\n" + (PARAGRAPH + "\n") * (2 + 4 * i)
        nodes.append(OutlineNode(text.count("\n", 0, start) + 1, 0, "heading", heading[:2],
                                 heading[2:], start, len(text), start, start + len(heading)))
    report = report_from_text(text, "multi.txt")
    return build_annotated_html(report, Outline("某单位2024年工作总结", nodes),
                                AnnotationSet(), date="2026-11-24")


def toc_rows(text: str) -> dict[str, int]:
    """{heading: number} from the contents rows ("一、总体情况<tab>3") of the document."""
    rows = (re.fullmatch(r"(.+)\t(\d+)", line) for line in text.split("\n"))
    return {m.group(1): int(m.group(2)) for m in rows if m}


def test_contents_rows_carry_the_heading_pages(qapp, tmp_path: Path) -> None:
    html = multi_page_html()
    doc = print_report.build_document(html, print_report.make_pdf_printer(tmp_path / "x.pdf"))
    rows = toc_rows(doc.toPlainText())
    assert list(rows) == HEADINGS and PLACEHOLDER not in doc.toPlainText()
    pages = list(rows.values())
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] > 4  # spread out
    assert doc.pageCount() >= pages[-1]
    # each heading's first line really is on that page of the layout
    height = doc.pageSize().height()
    block = doc.begin()
    found: dict[str, int] = {}
    while block.isValid():
        if block.text() in rows and block.text() not in found:
            top = block.layout().position().y() + block.layout().lineAt(0).y()
            # + 1: a block moved to a new page starts at its top, give or take rounding
            found[block.text()] = int((top + 1) // height) + 1
        block = block.next()
    assert found == rows


def test_pdf_contents_match_the_pages_headings_are_printed_on(qapp, tmp_path: Path) -> None:
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    target = tmp_path / "multi.pdf"
    pages = print_report.write_pdf(multi_page_html(), target)
    texts = [_page_text(target, n) for n in range(1, pages + 1)]
    contents = {}
    for line in texts[0].splitlines():
        m = re.fullmatch(r"\s*(\S+?)\s+(\d+)\s*", line)
        if m and m.group(1) in HEADINGS:
            contents[m.group(1)] = int(m.group(2))
    printed = {}
    for number, text in enumerate(texts, 1):
        for line in text.splitlines():
            if line.strip() in HEADINGS:  # the heading itself, not a contents row
                printed.setdefault(line.strip(), number)
    assert list(contents) == HEADINGS and contents == printed
    assert len(set(contents.values())) > 3


def _page_text(path: Path, page: int) -> str:
    out = subprocess.run([PDFTOTEXT, "-layout", "-f", str(page), "-l", str(page), str(path),
                          "-"], capture_output=True, check=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)


def test_no_contents_no_change(qapp, tmp_path: Path) -> None:
    doc = print_report.build_document("<p>只有一段。</p>",
                                      print_report.make_pdf_printer(tmp_path / "x.pdf"))
    assert doc.toPlainText() == "只有一段。" and doc.pageCount() == 1
