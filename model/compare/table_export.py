"""The 承诺兑现对照表 in any of its forms, for the `compare --links` verb and the compare
window's File › Export: `write_compare_table(path, fmt, a, b, comparison, …)`.

FORMATS maps a format id to its model.export.ExportFormat (suffix, binary, media type,
the module whose `render(table) -> bytes` draws it), as the review exports do; the
renderers are imported only when used (python-docx and openpyxl are slow to import).
"""
from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from pathlib import Path

from model import errors
from model.annotations import Annotation, make_annotation
from model.compare.store import Comparison
from model.compare.table import CompareTable, rows
from model.export import ExportFormat, write_export_bytes
from model.export.citation import Citer
from model.export.review import tidy_title
from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.report.loading import Report

#: A commitment of A handed in: an annotation on A's text, or its (start, end) span.
Commitment = Annotation | tuple[int, int]
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS: dict[str, ExportFormat] = {
    f.id: f
    for f in (
        ExportFormat("docx", ".docx", True, _DOCX, "model.compare.table_docx"),
        ExportFormat("xlsx", ".xlsx", True, _XLSX, "model.compare.table_xlsx"),
        ExportFormat("csv", ".csv", False, "text/csv; charset=utf-8", "model.compare.table"),
        ExportFormat("md", ".md", False, "text/markdown; charset=utf-8", "model.compare.table"),
    )
}


def build_table(a: Report, b: Report, comparison: Comparison, *,
                commitments: Iterable[Commitment] = (), outline_a: Outline | None = None,
                outline_b: Outline | None = None, lang: str = "zh", date: str | None = None,
                addressee: str = "", reviewer: str = "", reviewer_unit: str = ""
                ) -> CompareTable:
    """The table of `comparison` (its links placed on a's and b's current texts, as
    open_comparison gives them). `commitments`: A's commitments (annotations on A's text,
    or (start, end) spans of it), those no link covers listed as 未核对. Outlines default to the detected ones (pass the corrected outline the
    window shows); `date` (ISO, default today) dates the document and its bytes."""
    outline_a = outline_a or detect_outline(a)
    outline_b = outline_b or detect_outline(b)
    placed = [c if isinstance(c, Annotation) else make_annotation(a.text, *c, "commitment")
              for c in commitments]
    table = rows(comparison, Citer(a.text, outline_a, a.page_starts),
                 Citer(b.text, outline_b, b.page_starts), placed, lang)
    extra = {"date": date} if date else {}
    return CompareTable(tuple(table), tidy_title(outline_a.title) or a.display_stem,
                        tidy_title(outline_b.title) or b.display_stem, lang=lang,
                        addressee=addressee.strip(), reviewer=reviewer.strip(),
                        reviewer_unit=reviewer_unit.strip(), **extra)


def get_format(fmt: str) -> ExportFormat:
    """The format with id `fmt`; errors.UnknownFormat otherwise."""
    try:
        return FORMATS[fmt]
    except KeyError:
        raise errors.UnknownFormat(fmt) from None


def format_for_path(path: str | os.PathLike[str]) -> ExportFormat | None:
    """The format a file name's suffix asks for, None when it names none of FORMATS."""
    suffix = Path(path).suffix.lower()
    return next((f for f in FORMATS.values() if f.suffix == suffix), None)


def render_table(table: CompareTable, fmt: str) -> bytes:
    """`table` in format `fmt` (a FORMATS key); text formats as UTF-8 (CSV with a BOM)."""
    chosen = get_format(fmt)
    if fmt in ("csv", "md"):
        from model.compare.table import render_csv, render_md

        text = (render_csv(list(table.rows), table.lang) if fmt == "csv" else
                render_md(list(table.rows), table.lang,
                          (table.earlier_title, table.later_title)))
        return text.encode("utf-8")
    data: bytes = importlib.import_module(chosen.module).render(table)
    return data


def write_compare_table(path: str | os.PathLike[str], fmt: str, a: Report, b: Report,
                        comparison: Comparison, *, commitments: Iterable[Commitment] = (),
                        outline_a: Outline | None = None, outline_b: Outline | None = None,
                        lang: str = "zh", date: str | None = None, addressee: str = "",
                        reviewer: str = "", reviewer_unit: str = "") -> Path:
    """Build the 对照表 (see build_table) and write it in `fmt` to `path` atomically.
    Raises UnknownFormat, ExportNeedsPackage (xlsx without openpyxl), ExportUnwritable /
    ExportLinkLoop (a path that cannot be written)."""
    get_format(fmt)  # an unknown format before any work
    table = build_table(a, b, comparison, commitments=commitments, outline_a=outline_a,
                        outline_b=outline_b, lang=lang, date=date, addressee=addressee,
                        reviewer=reviewer, reviewer_unit=reviewer_unit)
    return write_export_bytes(path, render_table(table, fmt))
