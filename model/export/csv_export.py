"""Review → CSV that Excel opens correctly: UTF-8 with a BOM, CRLF rows, one row per
annotation, fields quoted by the csv module (quotes and newlines inside cells survive).

Cells a spreadsheet could run as a formula get a leading apostrophe (OWASP "CSV
injection"): those that start with a tab or CR, and those whose first visible character
is = + - @ — after any run of spaces, line breaks, U+3000 or invisible format characters,
and counting the full-width ＝＋－＠ and small ﹦﹢﹣﹫ (which NFKC folds to them), since
spreadsheets skip the first and Chinese input methods type the second. One policy for
every cell: a negative figure ("-3.5%") gets the apostrophe too, as it always has."""
from __future__ import annotations

import csv
import io
import re
import unicodedata

from model.export.review import Review, review_words

_FORMULA_CHARS = "=+-@"
_CONTROL_START = ("\t", "\r")
#: What a spreadsheet may skip before a formula: Unicode white space (\s: also U+3000,
#: U+00A0, line breaks), C0/C1 controls and invisible format characters (U+200B…).
_INVISIBLE = re.compile(
    "[\\s\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff]*")
COLUMNS = ("tag", "location", "quote", "note", "author", "created", "start", "end")
#: Added after COLUMNS when any entry has follow-up (整改) data.
FOLLOWUP_COLUMNS = ("fu_status", "fu_unit", "fu_deadline", "fu_note")


def render(review: Review) -> bytes:
    return ("\ufeff" + render_text(review)).encode("utf-8")


def render_text(review: Review) -> str:
    w = review_words(review.lang)
    columns = [c for c in COLUMNS if c != "note" or review.include_notes]
    if review.has_followup:
        columns += FOLLOWUP_COLUMNS
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([w[c] for c in columns])
    for group in review.groups:
        label = group.tag.label(review.lang)
        for e in group.entries:
            values = {
                "tag": label, "location": e.citation, "quote": e.quote, "note": e.note,
                "author": e.author, "created": e.created,
                "start": "" if e.orphaned else str(e.start),
                "end": "" if e.orphaned else str(e.end),
                **e.followup_cells(review.lang),
            }
            writer.writerow([_safe(values[c]) for c in columns])
    return buffer.getvalue()


def _safe(value: str) -> str:
    return "'" + value if runs_as_formula(value) else value


def runs_as_formula(value: str) -> bool:
    """Could a spreadsheet take this cell for a formula? (see the module docstring)"""
    if value.startswith(_CONTROL_START):
        return True
    first = value[_INVISIBLE.match(value).end():][:1]  # type: ignore[union-attr]
    return bool(first) and unicodedata.normalize("NFKC", first)[:1] in _FORMULA_CHARS
