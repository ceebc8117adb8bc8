"""Review → .docx laid out as a Chinese office document (GB/T 9704 habits).

A4 with 公文 margins; title centred in 方正小标宋简体 二号; one 黑体 三号 heading per tag
("一、问题清单（3）"); entries in a table 序号/位置/原文/批注/批注人 in 仿宋_GB2312; page
numbers "— 1 —" in the footer. CJK fonts are named through w:eastAsia (Word ignores the
Latin font name for Chinese characters) with theme fonts removed, and the font table gets
alternative names (仿宋_GB2312 → 仿宋, …) for machines without the GB2312 fonts.
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph

from model.export.citation import SHORT_SEPARATOR
from model.export.docx_columns import Column, Metrics, line_count, plan_widths, wrap_at_separators
from model.export.docx_fonts import add_alt_font_names, set_east_asian_font
from model.export.review import Review, ReviewEntry, ReviewGroup, review_words
from model.export.zip_stamp import review_moment, stamped
from model.outline.tree import SECTION_SEPARATOR

LATIN_FONT = "Times New Roman"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
TITLE_FONT = "方正小标宋简体"
#: GB/T 9704 level-2 headings (the ledger's caption).
KAI_FONT = "楷体_GB2312"
#: 公文 sizes: 二号 22 pt (title), 三号 16 pt (headings, body), 小四 12 pt (table).
TITLE_PT, HEADING_PT, META_PT, TABLE_PT = 22, 16, 14, 12
_CN_NUMERALS = "一二三四五六七八九十"
TABLE_STYLE, TABLE_HEAD_STYLE = "Yuepi Table Text", "Yuepi Table Head"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Text width 21 − 2.8 − 2.6 = 15.6 cm; the table spans it.
TEXT_WIDTH_CM = 15.6
#: Half an em of the table font (one display unit: an ASCII character; CJK takes two), and
#: per cell Table Grid's 0.19 cm left and right margins plus borders and side bearings.
_METRICS = Metrics(unit=TABLE_PT * 10, padding=2 * 108 + 44)
#: (min share, max share, wraps) of the text width per column: 序号/位置/批注人 fit their
#: longest text within their bounds, 原文/批注 share the rest by how much text they hold.
_COLUMN_BOUNDS = {"no": (0.0, 0.10, False), "location": (0.10, 0.25, False),
                  "quote": (0.35, 0.75, True), "note": (0.20, 0.55, True),
                  "author": (0.0, 0.20, False), "tag": (0.0, 0.12, False),
                  "fu_status": (0.0, 0.16, False), "fu_unit": (0.0, 0.22, False),
                  "fu_deadline": (0.19, 0.20, False), "fu_note": (0.15, 0.50, True)}
#: Columns of the 整改台账 table.
LEDGER_KEYS = ["no", "location", "fu_status", "fu_unit", "fu_deadline", "fu_note"]


def gongwen_document(*more_styles: Callable[[DocxDocument], None]) -> DocxDocument:
    """A new document set up as a 公文: A4 with its margins, the body, heading and table
    styles, then `more_styles` (an export's own), then the fonts' alternative names (which
    must see every style)."""
    doc = Document()
    _setup_page(doc)
    _setup_styles(doc)
    for add in more_styles:
        add(doc)
    add_alt_font_names(doc)
    return doc


def render(review: Review) -> bytes:
    doc = gongwen_document()
    _title(doc, review)
    _meta(doc, review)
    _addressee(doc, review)
    groups = review.non_empty_groups()
    keys = _column_keys(review)
    cells = [[_cell_texts(n, e) for n, e in enumerate(g.entries, start=1)] for g in groups]
    # one plan for the whole review, so the tables of all tags line up
    twips = column_twips(keys, [review_words(review.lang)[k] for k in keys],
                         [row for group_cells in cells for row in group_cells])
    for number, (group, group_cells) in enumerate(zip(groups, cells), start=1):
        _group_heading(doc, review, group, number)
        _group_table(doc, review, group, group_cells, twips)
    if review.has_followup:
        _ledger(doc, review, len(groups) + 1)
    _closing(doc, review)
    doc.core_properties.title = review.title
    buffer = io.BytesIO()
    doc.save(buffer)
    return stamped(buffer.getvalue(), review_moment(review.date))


def _setup_page(doc: DocxDocument) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(footer, "— ", "宋体", 14)
        footer._p.append(_page_field())
        _run(footer, " —", "宋体", 14)


def _page_field() -> BaseOxmlElement:
    """A PAGE field (Word fills in the number)."""
    return parse_xml(f'<w:fldSimple xmlns:w="{_W}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
                     "</w:fldSimple>")


def _setup_styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(HEADING_PT)
    set_east_asian_font(normal.element.get_or_add_rPr(), LATIN_FONT, BODY_FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)  # last child of rPr, as the schema orders
    heading = doc.styles["Heading 1"]
    heading.font.size = Pt(HEADING_PT)
    heading.font.bold = False
    heading.font.color.rgb = RGBColor(0, 0, 0)
    set_east_asian_font(heading.element.get_or_add_rPr(), LATIN_FONT, HEADING_FONT)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.space_after = Pt(6)
    for name, east_asia in ((TABLE_STYLE, BODY_FONT), (TABLE_HEAD_STYLE, HEADING_FONT)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(TABLE_PT)
        style.paragraph_format.space_after = Pt(0)
        set_east_asian_font(style.element.get_or_add_rPr(), LATIN_FONT, east_asia)


def _run(paragraph: Paragraph, text: str, east_asia: str, size: int, bold: bool = False) -> None:
    run = paragraph.add_run(xml_safe(text))
    run.font.size = Pt(size)
    run.font.bold = bold
    set_east_asian_font(run._r.get_or_add_rPr(), LATIN_FONT, east_asia)


def _title(doc: DocxDocument, review: Review) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    _run(p, review.title, TITLE_FONT, TITLE_PT)
    w = review_words(review.lang)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(sub, f"（{w['title_suffix']}）" if review.lang.startswith("zh")
         else f"({w['title_suffix']})", HEADING_FONT, META_PT)


def _meta(doc: DocxDocument, review: Review) -> None:
    w = review_words(review.lang)
    zh = review.lang.startswith("zh")
    colon, sep = ("：", "，") if zh else (": ", ", ")
    counts = sep.join(f"{t.label(review.lang)} {n}" for t, n in review.counts())
    lines = [
        f"{w['file']}{colon}{review.file_name}",
        f"{w['date']}{colon}{review.display_date()}",
        f"{w['counts']}{colon}{counts}{sep if counts else ''}{w['total']} {review.total}",
    ]
    for line in lines:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        _run(p, line, BODY_FONT, META_PT)


def _addressee(doc: DocxDocument, review: Review) -> None:
    """The addressee (主送机关) line, flush left, ending with a colon."""
    if not review.addressee:
        return
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    colon = "：" if review.lang.startswith("zh") else ":"
    text = review.addressee if review.addressee.endswith((":", "：")) \
        else review.addressee + colon
    _run(p, text, BODY_FONT, HEADING_PT)


def _ledger(doc: DocxDocument, review: Review, number: int, prose: bool = False) -> None:
    """The 整改台账: every finding with follow-up data, across tags, one table. `prose`:
    headed like the 审阅意见's sections ("四、整改台账（3条）", indented two characters)."""
    w = review_words(review.lang)
    entries = [(g, e) for g in review.non_empty_groups() for e in g.entries
               if e.has_followup]
    heading = doc.add_paragraph(style="Heading 1")
    zh = review.lang.startswith("zh")
    count = (f"（{len(entries)}条）" if prose else f"（{len(entries)}）") if zh \
        else f" ({len(entries)})"
    text = f"{_cn_number(number)}、{w['ledger']}{count}" if zh \
        else f"{number}. {w['ledger']}{count}"
    if prose and zh:
        heading.paragraph_format.first_line_indent = Pt(2 * HEADING_PT)
    _run(heading, text, HEADING_FONT, HEADING_PT)
    heading.paragraph_format.keep_with_next = True
    overdue = sum(e.overdue for _, e in entries)
    if overdue:
        note = doc.add_paragraph()
        note.paragraph_format.first_line_indent = Pt(2 * HEADING_PT)
        note.paragraph_format.keep_with_next = True
        words = f"其中{w['overdue']}{overdue}项。" if review.lang.startswith("zh") \
            else f"{overdue} {w['overdue']}."
        _run(note, words, KAI_FONT, HEADING_PT)
    cells = []
    for n, (group, e) in enumerate(entries, start=1):
        row = {"no": str(n), "tag": group.tag.label(review.lang),
               "location": e.citation, **e.followup_cells(review.lang)}
        cells.append(row)
    twips = column_twips(LEDGER_KEYS, [w[k] for k in LEDGER_KEYS], cells)
    _table(doc, review, LEDGER_KEYS, cells, twips, [k in ("no", "fu_deadline")
                                                     for k in LEDGER_KEYS])


def _closing(doc: DocxDocument, review: Review) -> None:
    """The reviewer's unit, name and the date, right-aligned with the 公文's 4-character
    right indent (each only when known; the date always)."""
    w = review_words(review.lang)
    colon = "：" if review.lang.startswith("zh") else ": "
    lines = [review.reviewer_unit] if review.reviewer_unit else []
    if review.reviewer:
        lines.append(f"{w['reviewer']}{colon}{review.reviewer}")
    lines.append(review.display_date())
    for i, line in enumerate(lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(4 * HEADING_PT)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = i < len(lines) - 1  # the block stays together
        if i == 0:
            p.paragraph_format.space_before = Pt(3 * HEADING_PT)
        _run(p, line, BODY_FONT, HEADING_PT)


def _group_heading(doc: DocxDocument, review: Review, group: ReviewGroup, number: int) -> None:
    if review.lang.startswith("zh"):
        text = f"{_cn_number(number)}、{group.title}（{len(group.entries)}）"
    else:
        text = f"{number}. {group.title} ({len(group.entries)})"
    heading = doc.add_paragraph(style="Heading 1")
    _run(heading, text, HEADING_FONT, HEADING_PT)


def _cn_number(n: int) -> str:
    """一 … 九十九; from 100 on the digits (a 公文 rarely counts further in words)."""
    if n >= 100:
        return str(n)
    if n <= 10:
        return _CN_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_NUMERALS[tens - 1]) + "十" + \
        (_CN_NUMERALS[ones - 1] if ones else "")


def _column_keys(review: Review) -> list[str]:
    return ["no", "location", "quote"] + (["note"] if review.include_notes else []) + ["author"]


def _group_table(doc: DocxDocument, review: Review, group: ReviewGroup,
                 cells: list[dict[str, str]], twips: list[int]) -> None:
    """A table 序号/位置/原文/批注/批注人 with the planned column widths (see column_twips).
    Rows are built as XML from a template: python-docx's cell-by-cell API takes ~1.5 ms
    per cell, too slow for reviews with thousands of rows."""
    keys = _column_keys(review)
    for values, entry in zip(cells, group.entries):
        values["location"] = _location_text(entry, values, keys, twips)
    _table(doc, review, keys, cells, twips, [k == "no" for k in keys])


def _table(doc: DocxDocument, review: Review, keys: list[str], cells: list[dict[str, str]],
           twips: list[int], centred: list[bool]) -> None:
    """A fixed-layout table: a header row repeated on each page, then `cells`."""
    w = review_words(review.lang)
    table = doc.add_table(rows=0, cols=len(keys))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # fixed layout: Word and LibreOffice keep the planned widths
    _set_table_width(table._tbl, sum(twips))
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, twips):
        grid_col.w = Twips(width)
    head_style, cell_style = (doc.styles[n].style_id for n in (TABLE_HEAD_STYLE, TABLE_STYLE))
    rows = [_row_xml([w[k] for k in keys], twips, head_style, [True] * len(keys), header=True)]
    rows += [_row_xml([values[k] for k in keys], twips, cell_style, centred)
             for values in cells]
    for row in rows:
        table._tbl.append(parse_xml(row))


def column_twips(keys: list[str], heads: list[str], cells: list[dict[str, str]]) -> list[int]:
    """Widths (twips) of the columns `keys` for these header and cell texts; 位置 is
    measured on the short citations (the full path is used only where it fits)."""
    columns = []
    for key, head in zip(keys, heads):
        low, high, wraps = _COLUMN_BOUNDS[key]
        texts = [head] + [row[key] for row in cells]
        columns.append(Column(texts, low, high, wraps,
                              SHORT_SEPARATOR if key == "location" else ""))
    return plan_widths(columns, int(Cm(TEXT_WIDTH_CM).twips), _METRICS)


def _cell_texts(number: int, e: ReviewEntry) -> dict[str, str]:
    return {"no": str(number), "location": e.short_citation or e.citation,
            "quote": f"“{e.quote}”", "note": e.note, "author": e.author}


def _location_text(
    entry: ReviewEntry, values: dict[str, str], keys: list[str], twips: list[int]
) -> str:
    """The full section path when it takes no more lines than the row needs anyway (its
    quote or note is as tall), else the short citation; broken between path parts."""
    width = twips[keys.index("location")]
    capacity = _METRICS.capacity(width)
    short = wrap_at_separators(values["location"], SHORT_SEPARATOR, capacity)
    full = wrap_at_separators(entry.citation, SECTION_SEPARATOR, capacity)
    row_lines = max(line_count(values[k], _METRICS.capacity(t))
                    for k, t in zip(keys, twips) if k != "location")
    if line_count(full, capacity) <= max(row_lines, line_count(short, capacity)):
        return full
    return short


def _set_table_width(tbl: BaseOxmlElement, twips: int) -> None:
    """w:tblW as an exact width (python-docx leaves it "auto")."""
    tbl_w = tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl.tblPr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(twips))


def _row_xml(
    texts: list[str], twips: list[int], style_id: str, centred: list[bool], header: bool = False
) -> str:
    cells = []
    for text, width, centre in zip(texts, twips, centred):
        jc = '<w:jc w:val="center"/>' if centre else ""
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr>'
            f'<w:pStyle w:val="{escape(style_id)}"/>{jc}</w:pPr>{_runs_xml(text)}</w:p></w:tc>')
    tr_pr = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if header else ""
    return f'<w:tr xmlns:w="{_W}">{tr_pr}{"".join(cells)}</w:tr>'


def _runs_xml(text: str) -> str:
    """One run; line breaks become w:br (as python-docx's add_run does)."""
    if not text:
        return ""
    parts = [f'<w:t xml:space="preserve">{escape(line)}</w:t>'
             for line in xml_safe(text).split("\n")]
    return "<w:r>" + "<w:br/>".join(parts) + "</w:r>"


def xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot hold (control characters from a .txt, e.g. \\f)."""
    return _XML_INVALID.sub("", text)
