"""The annotated PDF page by page (issue 17, item 6): no entry's tail alone on a page, no
line twice in the text across a page break, the report's title as the PDF's Title."""
from __future__ import annotations

import random
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from gui.handoff import print_report
from gui.handoff.keep_lines import KEEP_WHOLE
from model.annotations import AnnotationSet, make_annotation
from model.export.annotated_html import build_annotated_html
from model.outline.detector import detect_outline
from model.report.loading import report_from_text
from tests.gui.handoff.test_print_report import NO_PDFTOTEXT, PDFTOTEXT

TITLE = "某县工业和信息化局2024年工作总结"
NOTE = "需核实口径，请补充数据来源并说明统计口径的变化情况。"


def long_html(seed: int) -> str:
    """A report of some pages with 70 annotations whose notes are 1 to 4 lines long."""
    rng = random.Random(seed)
    paras = [f"　　{i + 1}.全年规上工业增加值增长{rng.randint(3, 9)}.{rng.randint(0, 9)}%，"
             + "围绕年度目标任务统筹推进各项工作，取得阶段性成效。" * rng.randint(1, 6)
             for i in range(40)]
    text = TITLE + "\n一、主要工作\n" + "\n".join(paras[:25]) + "\n二、下步打算\n" \
        + "\n".join(paras[25:]) + "\n"
    report = report_from_text(text, "long.txt")
    aset = AnnotationSet()
    tags = [t.id for t in aset.tags]
    for i in range(70):
        start = rng.randrange(len(text) - 60)
        aset.add(make_annotation(text, start, start + rng.randint(4, 50), rng.choice(tags),
                                 note=f"第{i + 1}条：" + NOTE * rng.randint(1, 4),
                                 author="张三"))
    return build_annotated_html(report, detect_outline(report), aset, date="2026-12-01")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_short_paragraph_is_split_by_a_page_break(qapp, tmp_path: Path,
                                                      seed: int) -> None:
    printer = print_report.make_pdf_printer(tmp_path / "x.pdf")
    doc = print_report.build_document(long_html(seed), printer)
    page = doc.pageSize().height()
    assert doc.pageCount() > 3
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        pages = {int((top + layout.lineAt(i).position().y() + 1) // page)
                 for i in range(layout.lineCount())}
        if layout.lineCount() <= KEEP_WHOLE:
            assert len(pages) <= 1, block.text()[:40]
        block = block.next()


def _pages(path: Path) -> list[list[str]]:
    out = subprocess.run([PDFTOTEXT, str(path), "-"], capture_output=True, check=True,
                         text=True).stdout
    pages = unicodedata.normalize("NFKC", out).split("\f")
    return [[line for line in p.splitlines() if line.strip()] for p in pages if p.strip()]


@pytest.mark.parametrize("seed", [1, 2])
def test_pdf_text_has_each_line_once_and_the_title(qapp, tmp_path: Path, seed: int) -> None:
    if PDFTOTEXT is None or shutil.which("pdfinfo") is None:
        pytest.skip(NO_PDFTOTEXT)
    html = long_html(seed)
    target = tmp_path / "long.pdf"
    pages = print_report.write_pdf(html, target)
    text_pages = _pages(target)
    assert len(text_pages) == pages > 3
    for before, after in zip(text_pages, text_pages[1:], strict=False):
        body_before = [line for line in before if not line.strip().startswith("—")]
        assert body_before[-1] != after[0], after[0]
    notes = [line.split()[0] for p in text_pages for line in p
             if re.match(r"\[\d+\] \(张三\)", line)]
    assert len(notes) == len(set(notes)) == 70  # every entry's first line once
    last = [line for line in text_pages[-1] if not line.strip().startswith("—")]
    assert last[0].startswith("["), last[0]  # the last page opens with an entry
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True,
                          check=True).stdout
    assert f"Title:           {TITLE}" in unicodedata.normalize("NFKC", info)
    doc = QTextDocument()
    doc.setHtml(html)
    assert doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle) == TITLE


def test_a_long_printout_stops_moving_but_still_keeps_its_last_paragraph(
        qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the time budget no more paragraphs move (each costs a relayout), but the last
    one still does not leave a lone tail on the last page."""
    from PySide6.QtCore import QSizeF

    from gui.handoff import keep_lines

    doc = QTextDocument()
    doc.setPlainText("\n".join("第%d段。" % i + "文字" * (20 + i % 7) for i in range(300)))
    doc.setPageSize(QSizeF(400, 230))
    doc.setTextWidth(400)
    monkeypatch.setattr(keep_lines, "MAX_SECONDS", 0.0)
    assert keep_lines.keep_lines_together(doc) <= 1
    last = doc.lastBlock()
    assert not keep_lines._badly_split(last, doc.pageSize().height())


def test_a_heading_is_not_left_at_the_foot_of_a_page(qapp) -> None:
    """Headings (anchored as sections) go to the next page with the text they head, the
    headings right above them too; the body text stays where it was."""
    from PySide6.QtCore import QSizeF

    from gui.handoff import keep_lines

    body = "<p>" + "围绕年度目标任务统筹推进各项工作，取得阶段性成效。" * 3 + "</p>"
    for filler in range(1, 30):
        doc = QTextDocument()
        doc.setHtml(body * filler + '<p><a name="s1"></a>一、主要工作</p>'
                    '<p><a name="s2"></a>（一）工业经济</p>' + body * 6)
        doc.setPageSize(QSizeF(300, 400))
        doc.pageCount()
        page = doc.pageSize().height()
        first = doc.findBlock(doc.toPlainText().index("一、主要工作"))
        if keep_lines._stranded_heading(first.next(), page) or \
                keep_lines._stranded_heading(first, page):
            break
    else:
        pytest.fail("no filler left a heading at a page foot")
    keep_lines.keep_lines_together(doc)
    first = doc.findBlock(doc.toPlainText().index("一、主要工作"))
    second, text = first.next(), first.next().next()
    pages = [keep_lines._page_of_line(b, 0, page) for b in (first, second, text)]
    assert pages[0] == pages[1] == pages[2]


def test_a_paragraph_moved_to_the_next_page_takes_its_headings_along(qapp) -> None:
    """A paragraph a page break would split starts the next page: the headings above it
    (on the page it leaves) go with it."""
    from PySide6.QtCore import QSizeF

    from gui.handoff import keep_lines

    body = "<p>" + "围绕年度目标任务统筹推进各项工作，取得阶段性成效。" * 3 + "</p>"
    short = "<p>" + "统筹推进各项工作。" * 2 + "</p>"
    for filler in range(1, 60):
        doc = QTextDocument()
        doc.setHtml(short * filler + '<p><a name="s1"></a>一、主要工作</p>'
                    '<p><a name="s2"></a>（一）工业经济</p>' + body + body * 6)
        doc.setPageSize(QSizeF(300, 400))
        doc.pageCount()
        page = doc.pageSize().height()
        first = doc.findBlock(doc.toPlainText().index("一、主要工作"))
        text = first.next().next()
        if keep_lines._badly_split(text, page) and \
                keep_lines._page_of_line(first, 0, page) == keep_lines._page_of_line(text, 0, page):
            break
    else:
        pytest.fail("no filler split the paragraph under the headings")
    keep_lines.keep_lines_together(doc)
    first = doc.findBlock(doc.toPlainText().index("一、主要工作"))
    pages = [keep_lines._page_of_line(b, 0, page)
             for b in (first, first.next(), first.next().next())]
    assert pages[0] == pages[1] == pages[2]
