"""A text-layer PDF as positioned lines (pypdfium2), within bounds, then rebuilt into a
report's text by model/report/pdf_layout.py.

Bounds, because a PDF is a program as much as a document: at most MAX_PAGES pages,
MAX_PAGE_CHARS characters on one page, MAX_TEXT_CHARS in all, and MAX_SECONDS of
reading (checked between pages). A password, a damaged file, a scan without text and a
missing pypdfium2 each get their own error code.
"""
from __future__ import annotations

import ctypes
import importlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from model import errors
from model.report.pdf_layout import Line, Page, clean_text, rebuild

#: More pages than any report (a 5 MB text report is about 1,700 pages).
MAX_PAGES = 3000
#: Characters of one page's text layer (a dense A4 page holds about 3,000).
MAX_PAGE_CHARS = 100_000
#: Characters of the whole text layer.
MAX_TEXT_CHARS = 20 * 1024 * 1024
#: Wall-clock time for reading the text layer.
MAX_SECONDS = 60.0
#: A document whose pages average fewer visible characters than this has no text layer.
MIN_CHARS_PER_PAGE = 5
#: A horizontal gap wider than this many font sizes splits a line into pieces (a column
#: gutter, if the page has two columns; justified Chinese leaves under one).
SPLIT_GAP = 1.2

#: A gap wider than this many font sizes between two Latin letters or digits is a word
#: space (TeX's narrowest is about 0.22; justified Chinese stretches far less).
WORD_GAP = 0.18

_PASSWORD_ERRORS = (4, 6)  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY


def read_pdf(path: Path, data: bytes) -> tuple[str, tuple[int, ...]]:
    """The report text of a PDF (paragraphs rebuilt) and each page's start offset."""
    pdfium = _pdfium()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in _PASSWORD_ERRORS:
            raise errors.ReportPdfEncrypted(str(path)) from exc
        raise errors.ReportCorrupt(str(path)) from exc
    try:
        pages = list(_pages(document, str(path)))
    except errors.ModelError:
        raise
    except Exception as exc:  # pdfium raises on pages it cannot load
        raise errors.ReportCorrupt(str(path)) from exc
    finally:
        document.close()
    visible = sum(len(line.text.strip()) for page in pages for line in page.lines)
    if visible < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise errors.ReportPdfNoText(str(path))
    return rebuild(pages)


def _pdfium() -> Any:
    """pypdfium2, imported here so text reports never pay for it; as a module object, since
    it ships no type hints (mypy checks model/ with no ignored imports)."""
    try:
        return importlib.import_module("pypdfium2")
    except ImportError as exc:
        raise errors.ReportPdfUnavailable() from exc


def _pages(document: Any, name: str) -> Iterator[Page]:
    count = len(document)
    if count > MAX_PAGES:
        raise errors.ReportPdfTooLarge(f"{name} ({count:,} pages; at most {MAX_PAGES:,})")
    deadline = time.monotonic() + MAX_SECONDS
    total = 0
    for index in range(count):
        if time.monotonic() > deadline:
            raise errors.ReportPdfTooLarge(f"{name} (more than {MAX_SECONDS:.0f} s to read)")
        page = document[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                lines = _lines(textpage, name)
            finally:
                textpage.close()
        finally:
            page.close()
        total += sum(len(line.text) for line in lines)
        if total > MAX_TEXT_CHARS:
            raise errors.ReportPdfTooLarge(f"{name} (more than {MAX_TEXT_CHARS:,} characters)")
        yield Page(float(width), float(height), tuple(lines))


def _lines(textpage: Any, name: str) -> list[Line]:
    """The page's lines as pdfium breaks them, each cut at wide horizontal gaps."""
    raw = importlib.import_module("pypdfium2.raw")
    count = textpage.count_chars()
    if count > MAX_PAGE_CHARS:
        raise errors.ReportPdfTooLarge(f"{name} (a page of {count:,} characters)")
    if count <= 0:
        return []
    handle = textpage.raw
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: one code point per character
        text = "".join(chr(raw.FPDFText_GetUnicode(handle, i) or 0xFFFD) for i in range(count))
    left, right, bottom, top, x, y = (ctypes.c_double() for _ in range(6))
    boxes = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    origin = (ctypes.byref(x), ctypes.byref(y))
    lines: list[Line] = []
    builder = _LineBuilder(lines)
    add, add_space = builder.add, builder.add_space
    # bound once: five ctypes calls a character are most of the reading time
    get_box, get_size = raw.FPDFText_GetCharBox, raw.FPDFText_GetFontSize
    get_origin, is_generated = raw.FPDFText_GetCharOrigin, raw.FPDFText_IsGenerated
    for i, ch in enumerate(text):
        if ch.isspace() or not get_box(handle, i, *boxes):
            # pdfium's own line breaks are not trusted (a closing quote high and a comma
            # low after it are two "lines" to it): the baselines decide, in add()
            if ch not in "\r\n":
                add_space(ch, generated=bool(is_generated(handle, i)))
            continue
        size = get_size(handle, i) or (top.value - bottom.value)
        baseline = y.value if get_origin(handle, i, *origin) else bottom.value
        add(ch, left.value, right.value, baseline, max(size, 0.1))
    builder.flush()
    return lines


class _LineBuilder:
    """Collects characters into Lines: a new line where the baseline moves by half a font
    size or the text goes back left. A gap wider than SPLIT_GAP font sizes ends a piece of
    the line (perhaps a column gutter): the next piece says how it `joins` the previous one,
    and model/report/pdf_layout.py puts pieces that are not in two columns back together.
    A space pdfium made up from a gap is kept only between two ASCII characters set
    WORD_GAP apart (justified Chinese has gaps between all characters)."""

    def __init__(self, out: list[Line]) -> None:
        self.out = out
        self.chars: list[str] = []
        self.x0 = self.x1 = self.baseline = self.size = 0.0
        self.pending = ""
        self.joins: str | None = None

    def add_space(self, ch: str, generated: bool) -> None:
        if self.chars and not self.pending:
            self.pending = "generated" if generated else ("\u3000" if ch == "\u3000" else " ")

    def add(self, ch: str, x0: float, x1: float, baseline: float, size: float) -> None:
        joins = None
        if self.chars:
            em = max(size, self.size)
            if abs(baseline - self.baseline) > em * 0.5 or x0 < self.x1 - em:
                self.flush()
            elif x0 - self.x1 > SPLIT_GAP * em:
                joins = self._space(ch, x0, size)
                self.flush()
        if not self.chars:
            self.x0, self.x1, self.baseline, self.size = x0, x1, baseline, size
            self.joins = joins
        else:
            space = self._space(ch, x0, size)
            if space:
                self.chars.append(space)
            self.x1 = max(self.x1, x1)
            self.size = max(self.size, size)
        self.pending = ""
        self.chars.append(ch)

    def _space(self, ch: str, x0: float, size: float) -> str:
        """What goes between the last character and `ch`: a space the PDF has, one pdfium
        made up for a word gap between ASCII characters, or nothing."""
        if self.pending != "generated":
            return self.pending
        wide = x0 - self.x1 > WORD_GAP * max(size, self.size)
        return " " if wide and _latin(self.chars[-1]) and _latin(ch) else ""

    def flush(self) -> None:
        text = clean_text("".join(self.chars)).strip()
        if text:
            self.out.append(Line(text, self.x0, self.x1, self.baseline + self.size * 0.88,
                                 self.baseline - self.size * 0.12, self.size, self.joins))
        self.chars = []
        self.pending = ""
        self.joins = None


def _latin(ch: str) -> bool:
    """ASCII that is not a space: a letter, digit or Latin punctuation (a space from a gap
    after "copy," is a word space too)."""
    return ch.isascii() and not ch.isspace()
