"""Review → CSV that Excel opens correctly: UTF-8 with a BOM, CRLF rows, one row per
annotation, fields quoted by the csv module (quotes and newlines inside cells survive).

Cells that start with = + - @ (or a tab/CR) get a leading apostrophe so a spreadsheet
does not run them as formulas (OWASP "CSV injection")."""
from __future__ import annotations

import csv
import io

from model.export.review import Review, review_words

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("tag", "location", "quote", "note", "author", "created", "start", "end")


def render(review: Review) -> bytes:
    return ("\ufeff" + render_text(review)).encode("utf-8")


def render_text(review: Review) -> str:
    w = review_words(review.lang)
    columns = [c for c in COLUMNS if c != "note" or review.include_notes]
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
            }
            writer.writerow([_safe(values[c]) for c in columns])
    return buffer.getvalue()


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value
