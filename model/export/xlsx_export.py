"""Review → .xlsx (openpyxl): a 台账 (follow-up ledger) sheet, then one sheet per tag.

The ledger holds every finding with its follow-up columns (整改状态, 责任单位, 整改期限,
整改情况) so an office can work the list in Excel; an overdue item says so in its status
cell ("整改中（已逾期）", in red: text and colour). Every sheet has a frozen header row and
an auto-filter, column widths fitted to what they hold (CJK characters count two; long
text columns wrap), deadlines as real dates and creation times as date-times. Text is
always stored as text: a quote that starts with "=" is never a formula.
"""
from __future__ import annotations

import importlib
import io
import re
from datetime import date, datetime, timezone
from typing import Any

from model import errors
from model.export.docx_columns import longest_line
from model.export.review import Review, ReviewEntry, ReviewGroup, review_words
from model.export.zip_stamp import stamped
from model.followup import deadline_date

#: Excel's sheet-name limits: 31 characters, none of []:*?/\\ .
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
_SHEET_MAX = 31
#: Width bounds (Excel character units); wrapping columns stop at WRAP_WIDTH.
MIN_WIDTH, FIT_MAX_WIDTH, WRAP_WIDTH = 6, 30, 60
_WRAPS = frozenset(("quote", "note", "fu_note"))
_DATE_FORMAT, _TIME_FORMAT = "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
_OVERDUE_RED = "C00000"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def render(review: Review) -> bytes:
    book = _openpyxl("").Workbook()
    ledger = book.active
    ledger.title = sheet_name(review_words(review.lang)["ledger"], set())
    taken = {ledger.title}
    _fill(ledger, review, _ledger_keys(review),
          [(g, e) for g in review.groups for e in g.entries])
    for group in review.non_empty_groups():
        sheet = book.create_sheet(sheet_name(group.tag.label(review.lang), taken))
        taken.add(sheet.title)
        _fill(sheet, review, _group_keys(review), [(group, e) for e in group.entries])
    book.properties.title = review.title
    book.properties.creator = review.reviewer or "Yuepi"
    stamp = _datetime(f"{review.date}T00:00:00")  # the same review gives the same bytes
    if isinstance(stamp, datetime):
        book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    return stamped(buffer.getvalue(), stamp if isinstance(stamp, datetime) else None)


def _openpyxl(sub: str) -> Any:
    """openpyxl or one of its modules, as an untyped module object (it ships no hints);
    ExportNeedsPackage when it is not installed."""
    try:
        return importlib.import_module("openpyxl" + sub)
    except ImportError:
        raise errors.ExportNeedsPackage("openpyxl") from None


def sheet_name(label: str, taken: set[str]) -> str:
    """`label` made a valid, unused sheet name ("问题", "问题 (2)" …)."""
    base = _SHEET_BAD.sub("_", label).strip("'").strip() or "Sheet"
    base = base[:_SHEET_MAX]
    name, n = base, 2
    while name.lower() in {t.lower() for t in taken}:
        suffix = f" ({n})"
        name, n = base[: _SHEET_MAX - len(suffix)] + suffix, n + 1
    return name


_FOLLOWUP = ["fu_status", "fu_unit", "fu_deadline", "fu_note"]


def _ledger_keys(review: Review) -> list[str]:
    notes = ["note"] if review.include_notes else []
    return ["no", "tag", "location", "quote", *notes, *_FOLLOWUP, "author"]


def _group_keys(review: Review) -> list[str]:
    notes = ["note"] if review.include_notes else []
    return ["no", "location", "quote", *notes, "author", "created", *_FOLLOWUP]


def _fill(sheet: Any, review: Review, keys: list[str],
          rows: list[tuple[ReviewGroup, ReviewEntry]]) -> None:
    styles = _openpyxl(".styles")
    Alignment, Font = styles.Alignment, styles.Font  # noqa: N806 (class names)
    w = review_words(review.lang)
    sheet.append([w[k] for k in keys])
    bold, red = Font(bold=True), Font(color=_OVERDUE_RED, bold=True)
    for cell in sheet[1]:
        cell.font = bold
    wrap = Alignment(wrap_text=True, vertical="top")
    table = [_values(n, group, entry, review) for n, (group, entry) in enumerate(rows, start=1)]
    for row, (values, (_, entry)) in enumerate(zip(table, rows), start=2):
        for column, key in enumerate(keys, start=1):
            cell = sheet.cell(row=row, column=column)
            _set(cell, values[key])
            if key in _WRAPS:  # only where text wraps: a style per cell is costly
                cell.alignment = wrap
            elif key == "fu_status" and entry.overdue:
                cell.font = red
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    _fit_widths(sheet, keys, [w[k] for k in keys], table)


def _values(number: int, group: ReviewGroup, e: ReviewEntry, review: Review) -> dict[str, Any]:
    return {
        "no": number, "tag": group.tag.label(review.lang), "location": e.citation,
        "quote": e.quote, "note": e.note, "author": e.author,
        "created": _datetime(e.created),
        **e.followup_cells(review.lang),
        "fu_deadline": deadline_date(e.followup_deadline) or e.followup_deadline,
    }


def _datetime(stamp: str) -> datetime | str:
    """An ISO time as a naive UTC datetime (Excel has no time zones); as text otherwise."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def _set(cell: Any, value: Any) -> None:
    """Store `value`: dates with a date format, text always as text (never a formula)."""
    if isinstance(value, datetime):
        cell.value, cell.number_format = value, _TIME_FORMAT
    elif isinstance(value, date):
        cell.value, cell.number_format = value, _DATE_FORMAT
    elif isinstance(value, str):
        cell.value = _ILLEGAL.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value


def _fit_widths(sheet: Any, keys: list[str], heads: list[str],
                table: list[dict[str, Any]], wraps: frozenset[str] = _WRAPS) -> None:
    get_column_letter = _openpyxl(".utils").get_column_letter
    texts: list[list[str]] = [[h] for h in heads]
    for values in table:
        for i, key in enumerate(keys):
            texts[i].append(_shown(values[key]))
    for i, key in enumerate(keys):
        widest = max(longest_line(t) for t in texts[i]) + 2
        high = WRAP_WIDTH if key in wraps else FIT_MAX_WIDTH
        sheet.column_dimensions[get_column_letter(i + 1)].width = max(MIN_WIDTH,
                                                                      min(high, widest))


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return "2026-01-01 00:00"
    if isinstance(value, date):
        return "2026-01-01"
    return str(value)
