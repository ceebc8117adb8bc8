"""Review exports: one module per format, all rendering a model.export.review.Review to bytes.

FORMATS maps a format id to its description; `export(review, fmt)` renders,
`write_export(review, fmt, path)` writes through model.atomic. Renderer modules are imported only
when used (python-docx is slow to import).
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path

from model import errors, filenames
from model.atomic import atomic_write
from model.export.review import Review


@dataclass(frozen=True)
class ExportFormat:
    """A format: `module` exposes `render(review) -> bytes`. `binary` formats cannot go to
    a terminal."""

    id: str
    suffix: str
    binary: bool
    media_type: str
    module: str


FORMATS: dict[str, ExportFormat] = {
    f.id: f
    for f in (
        ExportFormat("docx", ".docx", True,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "model.export.docx_export"),
        ExportFormat("md", ".md", False, "text/markdown; charset=utf-8", "model.export.markdown"),
        ExportFormat("html", ".html", False, "text/html; charset=utf-8", "model.export.html"),
        ExportFormat("csv", ".csv", False, "text/csv; charset=utf-8", "model.export.csv_export"),
        ExportFormat("jsonld", ".jsonld", False, "application/ld+json", "model.export.jsonld"),
        ExportFormat("opinion", ".docx", True,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "model.export.opinion_docx"),
        ExportFormat("xlsx", ".xlsx", True,
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "model.export.xlsx_export"),
    )
}


def get_format(fmt: str) -> ExportFormat:
    """The format with id `fmt`; errors.UnknownFormat otherwise."""
    try:
        return FORMATS[fmt]
    except KeyError:
        raise errors.UnknownFormat(fmt) from None


def format_for_path(path: str | os.PathLike[str]) -> ExportFormat | None:
    """Guess the format from a file suffix (".htm" counts as html), None if unknown."""
    suffix = Path(path).suffix.lower()
    suffix = ".html" if suffix == ".htm" else suffix
    return next((f for f in FORMATS.values() if f.suffix == suffix), None)


def export(review: Review, fmt: str) -> bytes:
    """Render `review` in format `fmt` (a FORMATS key). Text formats are UTF-8 (CSV with
    a BOM, so Excel reads it)."""
    module = importlib.import_module(get_format(fmt).module)
    data: bytes = module.render(review)
    return data


def write_export(review: Review, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Render and write to `path` with model.atomic, so a failed export never leaves a
    half-written file. Returns the path."""
    return write_export_bytes(path, export(review, fmt))


def write_export_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write an export's bytes to `path` with model.atomic (whole or not at all);
    ExportLinkLoop / ExportUnwritable when it cannot be written. Returns the path."""
    target = Path(path)
    try:
        atomic_write(target, data)
    except OSError as exc:
        if filenames.is_link_loop(exc):
            raise errors.ExportLinkLoop(str(target)) from exc
        raise errors.ExportUnwritable(f"{target} ({exc.strerror})") from exc
    return target
