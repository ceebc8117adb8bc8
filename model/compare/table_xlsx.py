"""承诺兑现对照表 → .xlsx (openpyxl), with the review workbook's conventions
(model/export/xlsx_export.py): bold frozen header, auto-filter, widths fitted to what the
columns hold (long text wraps), text always stored as text (never a formula), the same
table and date giving the same bytes.

Sheet 对照表: 序号 (one per commitment; its rows share it) | 承诺 | 出处 | 章节 (A's
top-level section, to filter on) | 兑现情况 | 出处 | 结论 | 备注. Sheet 统计: the counts per
verdict, per top-level section of A and per section path (model/compare/table.py's
count_tables), one block under the other, each under its bold title.
"""
from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from model.compare.table import HEADERS, CompareTable, count_tables, table_words
from model.export.docx_columns import longest_line
from model.export.xlsx_export import MIN_WIDTH, WRAP_WIDTH, _fit_widths, _openpyxl, _set
from model.export.zip_stamp import review_moment, stamped

KEYS = ["no", "commitment", "commitment_cite", "section", "evidence", "evidence_cite",
        "verdict", "note"]
#: long text: wide columns that wrap; citations and sections wrap in their fitted width
_WRAPS = frozenset(("commitment", "evidence", "note"))
_WRAPPED = _WRAPS | {"commitment_cite", "section", "evidence_cite"}
_SHEETS = {"zh": ("对照表", "统计", "序号"), "en": ("Table", "Counts", "No.")}


def render(table: CompareTable) -> bytes:
    lang = "zh" if table.lang.startswith("zh") else "en"
    main_name, counts_name, no = _SHEETS[lang]
    book = _openpyxl("").Workbook()
    sheet = book.active
    sheet.title = main_name
    commitment, c_cite, evidence, e_cite, verdict, note = HEADERS[lang]
    heads = [no, commitment, c_cite, table_words(lang)["section"], evidence, e_cite, verdict,
             note]
    _main(sheet, table, heads)
    _counts(book.create_sheet(counts_name), table)
    moment = review_moment(table.date)
    book.properties.title = table_words(lang)["title"]
    book.properties.creator = table.reviewer or "Yuepi"
    if isinstance(moment, datetime):
        book.properties.created = book.properties.modified = moment
    buffer = io.BytesIO()
    book.save(buffer)
    return stamped(buffer.getvalue(), moment)


def _main(sheet: Any, table: CompareTable, heads: list[str]) -> None:
    styles = _openpyxl(".styles")
    bold, wrap = styles.Font(bold=True), styles.Alignment(wrap_text=True, vertical="top")
    top = styles.Alignment(vertical="top")
    sheet.append(heads)
    for cell in sheet[1]:
        cell.font = bold
    values: list[dict[str, Any]] = []
    number, previous = 0, None
    for r in table.rows:
        if (r.start, r.end, r.commitment) != previous:
            number, previous = number + 1, (r.start, r.end, r.commitment)
        shown = r.cells(table.lang)  # the verdict's label in the table's language
        values.append({"no": number, "commitment": r.commitment,
                       "commitment_cite": r.commitment_cite, "section": r.section,
                       "evidence": r.evidence, "evidence_cite": r.evidence_cite,
                       "verdict": shown[4], "note": r.note})
    for row, v in enumerate(values, start=2):
        for column, key in enumerate(KEYS, start=1):
            cell = sheet.cell(row=row, column=column)
            _set(cell, v[key])
            cell.alignment = wrap if key in _WRAPPED else top
    sheet.freeze_panes = "A2"
    if values:
        sheet.auto_filter.ref = sheet.dimensions
    _fit_widths(sheet, KEYS, heads, values, wraps=_WRAPS)


def _counts(sheet: Any, table: CompareTable) -> None:
    """The count tables one under the other: title, header, rows, the total row bold."""
    bold = _openpyxl(".styles").Font(bold=True)
    columns: dict[int, list[str]] = {}
    row = 0
    for title, header, body in count_tables(list(table.rows), table.lang):
        row += 1 if row else 0  # a blank row between blocks
        for n, cells in enumerate([[title], header, *body]):
            row += 1
            for column, text in enumerate(cells, start=1):
                cell = sheet.cell(row=row, column=column)
                _set(cell, int(text) if n > 1 and column > 1 else text)
                if n in (0, 1, len(body) + 1):  # title, header, total
                    cell.font = bold
                if n > 0:  # the titles may run over the columns
                    columns.setdefault(column, []).append(text)
    letter = _openpyxl(".utils").get_column_letter
    for column, texts in columns.items():
        widest = max(longest_line(t) for t in texts) + 2
        sheet.column_dimensions[letter(column)].width = max(MIN_WIDTH,
                                                            min(WRAP_WIDTH, widest))
