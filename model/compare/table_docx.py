"""承诺兑现对照表 → .docx in 公文 form, with the review exports' page and fonts
(model/export/docx_export.py: A4, GB/T 9704 margins, 方正小标宋简体 title, 黑体 headings,
仿宋_GB2312 body, fallbacks in the font table, "— N —" page numbers).

《A》承诺兑现情况对照表, （对照《B》）, the addressee line, an opening sentence with the
counts; 一、对照情况: one table 序号 | 承诺（上年报告） | 兑现情况（本年报告） | 结论 | 备注,
each quote under its citation (楷体, smaller), the 序号 and 承诺 cells of one commitment
merged over its pieces of evidence; 二、统计情况: per verdict, per top-level section of
A, per section path (when A has subsections); the reviewer's unit, name and the date.
The same table and date give the same bytes (model/export/zip_stamp.py).
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, Twips
from docx.text.paragraph import Paragraph

from model.compare.table import CompareTable, Row, count_tables, verdict_keys, verdict_label
from model.export.docx_columns import Column, plan_widths
from model.export.docx_export import (
    _METRICS,
    _W,
    BODY_FONT,
    HEADING_FONT,
    HEADING_PT,
    KAI_FONT,
    LATIN_FONT,
    TABLE_HEAD_STYLE,
    TABLE_STYLE,
    TEXT_WIDTH_CM,
    TITLE_FONT,
    TITLE_PT,
    _addressee,
    _closing,
    _cn_number,
    _run,
    _runs_xml,
    _set_table_width,
    gongwen_document,
)
from model.export.docx_fonts import set_east_asian_font
from model.export.review import Review
from model.export.zip_stamp import review_moment, stamped

CITE_STYLE = "Yuepi Table Cite"
#: 五号 (10.5 pt): the citation line above a quote in the table.
CITE_PT = 10.5
_WORDS = {
    "zh": {"title": "《{a}》承诺兑现情况对照表", "against": "（对照《{b}》）",
           "opening": "对照《{b}》，梳理《{a}》中的承诺事项{c}项，形成对照记录{n}条，"
                      "其中{counts}。具体情况如下：",
           "count": "{label}{n}条", "sep": "、", "table": "对照情况", "stats": "统计情况",
           "no": "序号", "commitment": "承诺（上年报告）", "evidence": "兑现情况（本年报告）",
           "verdict": "结论", "note": "备注", "caption": "（{n}）{title}"},
    "en": {"title": "Commitments of “{a}” and their outcome", "against": "(against “{b}”)",
           "opening": "Against “{b}”, {c} commitments of “{a}” are set out in {n} rows: "
                      "{counts}. In detail:",
           "count": "{label} {n}", "sep": ", ", "table": "The table", "stats": "Counts",
           "no": "No.", "commitment": "Commitment (earlier report)",
           "evidence": "Evidence (later report)", "verdict": "Verdict", "note": "Note",
           "caption": "({n}) {title}"},
}
#: (min share, max share, wraps) of the text width per column of the main table.
_BOUNDS = {"no": (0.0, 0.08, False), "commitment": (0.30, 0.40, True),
           "evidence": (0.28, 0.40, True), "verdict": (0.0, 0.20, False),
           "note": (0.16, 0.30, True)}
_KEYS = ("no", "commitment", "evidence", "verdict", "note")


def render(table: CompareTable) -> bytes:
    zh = table.lang.startswith("zh")
    w = _WORDS["zh" if zh else "en"]
    doc = gongwen_document(_cite_style)
    frame = Review(title="", file_name="", date=table.date, lang=table.lang,
                   include_notes=True, groups=(), addressee=table.addressee,
                   reviewer=table.reviewer, reviewer_unit=table.reviewer_unit)
    title = w["title"].format(a=table.earlier_title)
    _centred(doc, title, TITLE_FONT, TITLE_PT, after=0)
    _centred(doc, w["against"].format(b=table.later_title), KAI_FONT, HEADING_PT,
             after=HEADING_PT)
    _addressee(doc, frame)
    _body(doc, _opening(table, w))
    _heading(doc, f"{_cn_number(1)}、{w['table']}" if zh else f"1. {w['table']}", zh)
    _main_table(doc, table, w)
    _heading(doc, f"{_cn_number(2)}、{w['stats']}" if zh else f"2. {w['stats']}", zh)
    for n, (caption, header, body) in enumerate(count_tables(list(table.rows), table.lang),
                                                start=1):
        number = _cn_number(n) if zh else str(n)
        p = _body(doc, w["caption"].format(n=number, title=caption), KAI_FONT)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(HEADING_PT if n > 1 else 0)  # after a table
        _count_table(doc, header, body)
    _closing(doc, frame)
    doc.core_properties.title = title
    buffer = io.BytesIO()
    doc.save(buffer)
    return stamped(buffer.getvalue(), review_moment(table.date))


def _cite_style(doc: DocxDocument) -> None:
    style = doc.styles.add_style(CITE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[TABLE_STYLE]
    style.font.size = Pt(CITE_PT)
    style.paragraph_format.space_after = Pt(2)
    set_east_asian_font(style.element.get_or_add_rPr(), LATIN_FONT, KAI_FONT)


def _centred(doc: DocxDocument, text: str, font: str, size: int, after: int) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    _run(p, text, font, size)


def _body(doc: DocxDocument, text: str, font: str = BODY_FONT) -> Paragraph:
    """A body paragraph (三号, two-character first-line indent, 28 pt lines)."""
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.first_line_indent = Pt(2 * HEADING_PT)
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    _run(p, text, font, HEADING_PT)
    return p


def _heading(doc: DocxDocument, text: str, zh: bool) -> None:
    heading = doc.add_paragraph(style="Heading 1")
    if zh:
        heading.paragraph_format.first_line_indent = Pt(2 * HEADING_PT)
    heading.paragraph_format.keep_with_next = True
    _run(heading, text, HEADING_FONT, HEADING_PT)


def _opening(table: CompareTable, w: dict[str, str]) -> str:
    rows = list(table.rows)
    counts = w["sep"].join(
        w["count"].format(label=verdict_label(k, table.lang),
                          n=sum(r.verdict == k for r in rows))
        for k in verdict_keys(rows))
    return w["opening"].format(a=table.earlier_title, b=table.later_title,
                               c=table.commitments, n=len(rows), counts=counts)


# --- the tables --------------------------------------------------------------------------
def _main_table(doc: DocxDocument, table: CompareTable, w: dict[str, str]) -> None:
    """序号 | 承诺 | 兑现情况 | 结论 | 备注; one commitment's first two cells merged down
    over its rows, and its 结论 and 备注 too when its rows share them (they belong to the
    decision on the commitment: the window gives every link of it the same)."""
    groups: list[list[Row]] = []
    for r in table.rows:
        if groups and (groups[-1][0].start, groups[-1][0].end, groups[-1][0].commitment) \
                == (r.start, r.end, r.commitment):
            groups[-1].append(r)
        else:
            groups.append([r])
    measured = {"no": [str(len(groups))],
                "commitment": [f"{r.commitment_cite}\n{r.commitment}" for r in table.rows],
                "evidence": [f"{r.evidence_cite}\n{r.evidence}" for r in table.rows],
                "verdict": [_spare(verdict_label(r.verdict, table.lang)) for r in table.rows],
                "note": [r.note for r in table.rows]}
    twips = plan_widths([Column([w[k], *measured[k]], *_BOUNDS[k]) for k in _KEYS],
                        int(Cm(TEXT_WIDTH_CM).twips), _METRICS)
    tbl, (head, cell, cite) = _new_table(doc, twips)
    tbl.append(parse_xml(_row([[(head, w[k])] for k in _KEYS], twips, [True] * 5,
                              header=True)))
    for number, group in enumerate(groups, start=1):
        shared = len({(r.verdict, r.note) for r in group}) == 1
        for i, r in enumerate(group):
            first = i == 0
            once = first or not shared  # 结论 and 备注 written once when shared
            cells = [
                [(cell, str(number) if first else "")],
                _quoted(cite, cell, r.commitment_cite, r.commitment) if first else [],
                _quoted(cite, cell, r.evidence_cite, r.evidence) if r.evidence else [],
                [(cell, verdict_label(r.verdict, table.lang))] if once else [],
                [(cell, r.note)] if once else [],
            ]
            down = "restart" if first else "continue"
            merge = [down] * 2 + [""] + [down if shared else ""] * 2 \
                if len(group) > 1 else [""] * 5
            tbl.append(parse_xml(_row(cells, twips, [True, False, False, True, False],
                                      merge=merge)))


def _spare(text: str) -> str:
    """Latin text measured two units wider: a fallback font (DejaVu Serif for Times New
    Roman) runs wider than the metrics say, and a word broke inside ("Ke pt")."""
    return text + "  " if text.isascii() else text


def _quoted(cite_id: str, cell_id: str, citation: str, quote: str) -> list[tuple[str, str]]:
    return [(cite_id, citation), (cell_id, f"“{quote}”")] if citation \
        else [(cell_id, f"“{quote}”")]


def _count_table(doc: DocxDocument, header: list[str], body: list[list[str]]) -> None:
    """A count table: the first column (verdict or section) wraps, numbers centred."""
    columns = [Column([header[0], *(r[0] for r in body)], 0.25, 0.6, True)]
    columns += [Column([_spare(h), *(r[i] for r in body)], 0.0, 0.2, False)
                for i, h in enumerate(header[1:], start=1)]
    total = int(Cm(TEXT_WIDTH_CM).twips)
    twips = plan_widths(columns, total if len(header) > 2 else total // 2, _METRICS)
    tbl, (head, cell, _) = _new_table(doc, twips)
    centred = [False] + [True] * (len(header) - 1)
    tbl.append(parse_xml(_row([[(head, h)] for h in header], twips, [True] * len(header),
                              header=True)))
    for n, cells in enumerate(body):
        style = head if n == len(body) - 1 else cell  # the total row in the heading font
        tbl.append(parse_xml(_row([[(style, c)] for c in cells], twips, centred)))


def _new_table(doc: DocxDocument, twips: list[int]
               ) -> tuple[BaseOxmlElement, tuple[str, str, str]]:
    """An empty fixed-layout table of these column widths, centred, and the style ids
    of its header, cell and citation paragraphs."""
    table = doc.add_table(rows=0, cols=len(twips))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _set_table_width(table._tbl, sum(twips))
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, twips):
        grid_col.w = Twips(width)
    head, cell, cite = (doc.styles[n].style_id for n in (TABLE_HEAD_STYLE, TABLE_STYLE,
                                                            CITE_STYLE))
    return table._tbl, (head, cell, cite)


def _row(cells: list[list[tuple[str, str]]], twips: list[int], centred: list[bool], *,
         header: bool = False, merge: list[str] | None = None) -> str:
    """A table row: each cell its paragraphs (style id, text); `merge` "restart" or
    "continue" merges a cell with the ones below / above it."""
    out = []
    for n, (paragraphs, width, centre) in enumerate(zip(cells, twips, centred)):
        how = merge[n] if merge else ""
        vmerge = {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(
            how, "")
        jc = '<w:jc w:val="center"/>' if centre else ""
        body = "".join(f'<w:p><w:pPr><w:pStyle w:val="{escape(style)}"/>{jc}</w:pPr>'
                       f"{_runs_xml(text)}</w:p>" for style, text in paragraphs) \
            or "<w:p/>"  # a cell holds at least one paragraph
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vmerge}</w:tcPr>'
                   f"{body}</w:tc>")
    # a row is not broken over a page (Word still breaks one taller than a page)
    tr_pr = "<w:trPr><w:cantSplit/>" + ('<w:tblHeader w:val="true"/>' if header else "") \
        + "</w:trPr>"
    return f'<w:tr xmlns:w="{_W}">{tr_pr}{"".join(out)}</w:tr>'
