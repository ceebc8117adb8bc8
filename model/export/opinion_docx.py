"""Review → a 审阅意见 as a 公文 (.docx), the form a 领导 reads: prose, not tables.

关于《report title》的审阅意见 (方正小标宋简体 二号, centred); the addressee line; an opening
sentence with the count; one section per tag in the tag set's order, "一、问题（2条）"
(黑体 三号, GB/T 9704 level 1); each finding numbered "（一）" with its citation (楷体_GB2312,
level 2), then the quoted passage, the reviewer's note and the follow-up (整改状态：…；责任单位：…; 仿宋_GB2312 三号,
two-character first-line indent); the 整改台账 table when findings have follow-up; the
reviewer's unit, name and date at the end; "— N —" page numbers. Page, fonts and their
fallbacks are the table form's (model/export/docx_export.py).
"""
from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from model.export.docx_export import (
    BODY_FONT,
    HEADING_FONT,
    HEADING_PT,
    KAI_FONT,
    TITLE_FONT,
    TITLE_PT,
    _addressee,
    _closing,
    _cn_number,
    _ledger,
    _run,
    _setup_page,
    _setup_styles,
)
from model.export.docx_fonts import add_alt_font_names
from model.export.review import Review, ReviewEntry, ReviewGroup, review_words

_WORDS = {
    "zh": {"title": "关于《{title}》的审阅意见", "opening": "经审阅《{title}》，提出意见{n}条，"
           "现将有关情况报告如下：", "count": "（{n}条）", "quote": "原文", "note": "意见"},
    "en": {"title": "Review of “{title}”", "opening": "Having reviewed “{title}”, we make "
           "{n} findings, as follows:", "count": " ({n})", "quote": "Text", "note": "Note"},
}


def render(review: Review) -> bytes:
    zh = review.lang.startswith("zh")
    words = _WORDS["zh" if zh else "en"]
    doc = Document()
    _setup_page(doc)
    _setup_styles(doc)
    add_alt_font_names(doc)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(HEADING_PT)
    _run(title, words["title"].format(title=review.title), TITLE_FONT, TITLE_PT)
    _addressee(doc, review)
    _body(doc, words["opening"].format(title=review.title, n=review.total))
    groups = review.non_empty_groups()
    for number, group in enumerate(groups, start=1):
        _group(doc, review, group, number, words)
    if review.has_followup:
        _ledger(doc, review, len(groups) + 1)
    _closing(doc, review)
    doc.core_properties.title = words["title"].format(title=review.title)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _body(doc: DocxDocument, text: str, *, keep: bool = False) -> None:
    """A body paragraph: 仿宋 三号, two characters indented, 28 pt lines (GB/T 9704)."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(2 * HEADING_PT)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.keep_with_next = keep
    _run(p, text, BODY_FONT, HEADING_PT)


def _group(doc: DocxDocument, review: Review, group: ReviewGroup, number: int,
           words: dict[str, str]) -> None:
    zh = review.lang.startswith("zh")
    label = group.tag.label(review.lang)
    head = doc.add_paragraph(style="Heading 1")
    head.paragraph_format.first_line_indent = Pt(2 * HEADING_PT) if zh else Pt(0)
    lead = f"{_cn_number(number)}、" if zh else f"{number}. "
    _run(head, lead + label + words["count"].format(n=len(group.entries)), HEADING_FONT,
         HEADING_PT)
    for n, entry in enumerate(group.entries, start=1):
        _finding(doc, review, entry, n, words)


def _finding(doc: DocxDocument, review: Review, e: ReviewEntry, number: int,
             words: dict[str, str]) -> None:
    zh = review.lang.startswith("zh")
    colon = "：" if zh else ": "
    head = doc.add_paragraph()
    head.paragraph_format.first_line_indent = Pt(2 * HEADING_PT)
    head.paragraph_format.space_before = Pt(6)
    head.paragraph_format.space_after = Pt(0)
    head.paragraph_format.keep_with_next = True
    lead = f"（{_cn_number(number)}）" if zh else f"({number}) "
    _run(head, lead + e.citation, KAI_FONT, HEADING_PT)
    _body(doc, f"{words['quote']}{colon}“{e.quote}”", keep=bool(e.note or e.has_followup))
    if e.note.strip():
        _body(doc, f"{words['note']}{colon}{e.note.strip()}", keep=e.has_followup)
    if e.has_followup:
        w = review_words(review.lang)
        sep = "；" if zh else "; "
        cells = e.followup_cells(review.lang)
        _body(doc, sep.join(f"{w[k]}{colon}{v}" for k, v in cells.items() if v.strip()))
