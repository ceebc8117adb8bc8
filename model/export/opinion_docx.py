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
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt

from model.export.docx_export import (
    _W,
    BODY_FONT,
    HEADING_PT,
    KAI_FONT,
    LATIN_FONT,
    TITLE_FONT,
    TITLE_PT,
    _addressee,
    _closing,
    _cn_number,
    _ledger,
    _run,
    _runs_xml,
    gongwen_document,
    xml_safe,
)
from model.export.docx_fonts import set_east_asian_font
from model.export.review import Review, ReviewEntry, ReviewGroup, review_words
from model.export.zip_stamp import review_moment, stamped

_WORDS = {
    "zh": {"title": "关于《{title}》的审阅意见", "opening": "经审阅《{title}》，提出意见{n}条，"
           "现将有关情况报告如下：", "count": "（{n}条）", "quote": "原文", "note": "意见",
           "place": "位置"},
    "en": {"title": "Review of “{title}”", "opening": "Having reviewed “{title}”, we make "
           "{n} findings, as follows:", "count": " ({n})", "quote": "Text", "note": "Note",
           "place": "Where"},
}


BODY_STYLE, FINDING_STYLE = "Yuepi Opinion Body", "Yuepi Opinion Finding"
#: Two characters of 三号 (16 pt) in twips: the first-line indent of body and headings.
_INDENT_TWIPS = 2 * HEADING_PT * 20


def render(review: Review) -> bytes:
    zh = review.lang.startswith("zh")
    words = _WORDS["zh" if zh else "en"]
    doc = gongwen_document(_opinion_styles)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(HEADING_PT)
    _run(title, words["title"].format(title=review.title), TITLE_FONT, TITLE_PT)
    _addressee(doc, review)
    doc.add_paragraph(xml_safe(words["opening"].format(title=review.title, n=review.total)),
                      style=BODY_STYLE)
    groups = review.non_empty_groups()
    ids = {name: doc.styles[name].style_id for name in ("Heading 1", BODY_STYLE, FINDING_STYLE)}
    parts = [xml for number, group in enumerate(groups, start=1)
             for xml in _group(review, group, number, words, ids)]
    _append_xml(doc, parts)
    if review.has_followup:
        _ledger(doc, review, len(groups) + 1, prose=True)
    _closing(doc, review)
    doc.core_properties.title = words["title"].format(title=review.title)
    buffer = io.BytesIO()
    doc.save(buffer)
    return stamped(buffer.getvalue(), review_moment(review.date))


def _opinion_styles(doc: DocxDocument) -> None:
    """Body (仿宋 三号, 2-character indent, 28 pt lines) and finding heading (楷体, level 2)
    as paragraph styles, so each paragraph is a few bytes of XML (thousands of findings)."""
    normal = doc.styles["Normal"]
    for name, east_asia in ((BODY_STYLE, BODY_FONT), (FINDING_STYLE, KAI_FONT)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(HEADING_PT)
        fmt = style.paragraph_format
        fmt.first_line_indent = Pt(2 * HEADING_PT)
        fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(28)
        set_east_asian_font(style.element.get_or_add_rPr(), LATIN_FONT, east_asia)
    finding = doc.styles[FINDING_STYLE].paragraph_format
    finding.space_before = Pt(6)
    finding.keep_with_next = True


def _paragraph(style_id: str, text: str, *, keep: bool = False, indent: bool = False) -> str:
    extra = ("<w:keepNext/>" if keep else "") + (
        f'<w:ind w:firstLine="{_INDENT_TWIPS}"/>' if indent else "")
    return (f'<w:p><w:pPr><w:pStyle w:val="{escape(style_id)}"/>{extra}</w:pPr>'
            f"{_runs_xml(text)}</w:p>")


def _append_xml(doc: DocxDocument, parts: list[str]) -> None:
    """Parse the paragraphs once and put them at the end of the body (before its
    section properties)."""
    if not parts:
        return
    body = doc.element.body
    fragment = parse_xml(f'<w:body xmlns:w="{_W}">{"".join(parts)}</w:body>')
    anchor = body.sectPr
    for child in list(fragment):
        if anchor is not None:
            anchor.addprevious(child)
        else:
            body.append(child)


def _group(review: Review, group: ReviewGroup, number: int, words: dict[str, str],
           ids: dict[str, str]) -> list[str]:
    zh = review.lang.startswith("zh")
    lead = f"{_cn_number(number)}、" if zh else f"{number}. "
    text = lead + group.tag.label(review.lang) + words["count"].format(n=len(group.entries))
    out = [_paragraph(ids["Heading 1"], text, indent=zh)]
    for n, entry in enumerate(group.entries, start=1):
        out += _finding(review, entry, n, words, ids)
    return out


def _finding(review: Review, e: ReviewEntry, number: int, words: dict[str, str],
             ids: dict[str, str]) -> list[str]:
    zh = review.lang.startswith("zh")
    colon = "：" if zh else ": "
    lead = f"（{_cn_number(number)}）" if zh else f"({number}) "
    body, note = ids[BODY_STYLE], e.note.strip()
    # "（一）位置：二、存在的问题 › 二是": the label keeps the report's own numbers apart
    out = [_paragraph(ids[FINDING_STYLE], f"{lead}{words['place']}{colon}{e.citation}"),
           _paragraph(body, f"{words['quote']}{colon}“{e.quote}”",
                      keep=bool(note or e.has_followup))]
    if note:
        out.append(_paragraph(body, f"{words['note']}{colon}{note}", keep=e.has_followup))
    if e.has_followup:
        w = review_words(review.lang)
        sep = "；" if zh else "; "
        cells = e.followup_cells(review.lang)
        out.append(_paragraph(body, sep.join(f"{w[k]}{colon}{v}" for k, v in cells.items()
                                             if v.strip())))
    return out
