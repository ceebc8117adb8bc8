"""PDF reports from a real word processor: the sample report as a 公文-style .docx (justified,
first lines indented two characters, a running header, "— N —" page numbers from a PAGE
field; and a two-column section), made into a PDF by LibreOffice Writer, read back
paragraph for paragraph. Skipped where LibreOffice is not installed (a large install)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from model.report.loading import load_report
from tests.model.report.test_pdf import HEADER, sample_paragraphs

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
FONT = "Noto Serif CJK SC"


def _document(size: float) -> docx.document.Document:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size, normal.font.name = Pt(size), FONT
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return document


def _page_number_footer(document: docx.document.Document) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    field.append(OxmlElement("w:r"))
    footer._p.append(field)
    footer.add_run(" —")


def _body(document: docx.document.Document, paragraphs: list[str], indent: float) -> None:
    for text in paragraphs:
        paragraph = document.add_paragraph(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Pt(indent)
        paragraph.paragraph_format.space_after = Pt(0)


def _to_pdf(path: Path) -> Path:
    profile = (path.parent / "lo-profile").as_uri()
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True, timeout=180)
    return path.with_suffix(".pdf")


def test_a_writer_pdf_in_official_style(tmp_path: Path) -> None:
    paragraphs = sample_paragraphs()
    document = _document(16)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    header = section.header.paragraphs[0]
    header.text, header.alignment = HEADER, WD_ALIGN_PARAGRAPH.CENTER
    _page_number_footer(document)
    title = document.add_paragraph(paragraphs[0])
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].font.size = Pt(22)
    _body(document, paragraphs[1:], 32)
    document.save(str(tmp_path / "报告.docx"))
    report = load_report(_to_pdf(tmp_path / "报告.docx"))
    assert report.text.split("\n") == paragraphs
    assert len(report.page_starts) > 3


def test_a_writer_pdf_in_two_columns(tmp_path: Path) -> None:
    paragraphs = sample_paragraphs()[:14]
    document = _document(12)
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "720")
    document.sections[0]._sectPr.append(columns)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text, footer.alignment = "第 1 页", WD_ALIGN_PARAGRAPH.CENTER
    _body(document, paragraphs, 24)
    document.save(str(tmp_path / "两栏.docx"))
    assert load_report(_to_pdf(tmp_path / "两栏.docx")).text.split("\n") == paragraphs
