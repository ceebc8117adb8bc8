"""Print the annotated report, or write it as a PDF: the HTML from
model.export.annotated_html laid out in a QTextDocument on A4 and painted page by page
(so a progress dialog can follow and cancel), with a 公文-style page number "— n —".
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from gui.handoff.keep_lines import keep_lines_together
from gui.handoff.toc_pages import number_contents
from model import errors
from model.atomic import atomic_target, atomic_write
from model.export.annotated_html import FONT_FAMILIES
from model.filenames import display_path

#: A4 margins in millimetres (left, top, right, bottom), close to the 公文 standard.
MARGINS_MM = (28.0, 30.0, 26.0, 28.0)
#: Page-number line, this far below the text area (mm).
FOOTER_GAP_MM = 8.0
#: Resolution the text is laid out at (the painter scales to the printer's): Qt's text
#: layout works in 26.6 fixed point and stops near 2^23 px of document height, which a
#: 1,200 dpi layout reaches after ~740 A4 pages; at 96 dpi that is ~9,000 pages.
LAYOUT_DPI = 96
#: How far inside a page's edges its clip rectangle stops (layout pixels).
PAGE_EDGE = 0.5
#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]


def cjk_families() -> list[str]:
    """FONT_FAMILIES that are installed, best first (empty: Qt's default font)."""
    installed = set(QFontDatabase.families())
    return [f for f in FONT_FAMILIES if f in installed]


def make_pdf_printer(path: str | os.PathLike[str]) -> QPrinter:
    """A high-resolution A4 PDF printer writing to `path`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_page(printer)
    return printer


def setup_page(printer: QPrinter) -> None:
    """A4 portrait, the whole paper as the painter's area (margins applied when painting)."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


class _LayoutDevice(QImage):
    """A 1×1 image that only tells the text layout its resolution (LAYOUT_DPI)."""

    def __init__(self) -> None:
        super().__init__(1, 1, QImage.Format.Format_RGB32)
        dots = round(LAYOUT_DPI / 0.0254)
        self.setDotsPerMeterX(dots)
        self.setDotsPerMeterY(dots)


def build_document(html: str, printer: QPrinter) -> QTextDocument:
    """The HTML laid out at LAYOUT_DPI, paginated to `printer`'s text area, with the
    page numbers filled into its table of contents (gui/handoff/toc_pages.py)."""
    doc = QTextDocument()
    doc.setUseDesignMetrics(True)  # unhinted advances: scaled text keeps its spacing
    device = _LayoutDevice()
    doc._layout_device = device  # type: ignore[attr-defined]  # alive as long as doc
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    families = cjk_families()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(12)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(_body_rect(printer, LAYOUT_DPI).size())
    keep_lines_together(doc)
    number_contents(doc)
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    if title:
        printer.setDocName(title)  # the PDF's Title
    return doc


def paint_document(doc: QTextDocument, printer: QPrinter,
                   progress: Progress | None = None) -> int:
    """Paint every page of `doc` on `printer`; returns the page count (0 if cancelled
    through `progress` or the printer could not start)."""
    body = _body_rect(printer, LAYOUT_DPI)
    scale = printer.resolution() / LAYOUT_DPI
    footer = _body_rect(printer, printer.resolution())  # page numbers in device pixels
    gap = _mm(printer.resolution(), FOOTER_GAP_MM)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        footer_font = QFont(doc.defaultFont())
        footer_font.setPointSizeF(10)
        for page in range(pages):
            if progress is not None and not progress(page, pages):
                printer.abort()
                return 0
            if page:
                printer.newPage()
            _paint_page(painter, doc, body, page, scale)
            painter.setFont(footer_font)
            number = QRectF(footer.left(), footer.bottom() + gap, footer.width(), gap * 2)
            painter.drawText(number, int(Qt.AlignmentFlag.AlignHCenter
                                         | Qt.AlignmentFlag.AlignTop), f"— {page + 1} —")
    finally:
        painter.end()
    if progress is not None:
        progress(pages, pages)
    return pages


def _paint_page(painter: QPainter, doc: QTextDocument, body: QRectF, page: int,
                scale: float) -> None:
    """One page of the layout (LAYOUT_DPI pixels), scaled to the printer.

    Qt draws every line that touches the clip rectangle, edges included: the line ending
    exactly at the page's top and the one starting exactly at its bottom would be drawn
    too (clipped, so invisible, but in the PDF's text twice). The rectangle stops
    PAGE_EDGE short of both edges (the paginated layout puts no line across them)."""
    height = body.height()
    painter.save()
    painter.scale(scale, scale)
    painter.translate(body.left(), body.top() - page * height)
    doc.drawContents(painter, QRectF(0, page * height + PAGE_EDGE, body.width(),
                                     height - 2 * PAGE_EDGE))
    painter.restore()


def write_pdf(html: str, path: str | os.PathLike[str],
              progress: Progress | None = None) -> int:
    """Write the document as a PDF at `path` through model.atomic: Qt writes a temp file
    beside it, which then replaces `path`. Returns the page count, 0 when cancelled
    (nothing written). Raises errors.ExportUnwritable when the folder cannot be written."""
    target = Path(path)
    try:
        if display_path(target) != str(target):
            return _write_pdf_elsewhere(html, target, progress)
        with atomic_target(target) as temp:
            pages = _paint_pdf(html, temp.path, progress)
            if not pages:
                temp.discard()
    except OSError as exc:
        raise errors.ExportUnwritable(f"{target} ({exc.strerror})") from exc
    return pages


def _write_pdf_elsewhere(html: str, target: Path, progress: Progress | None) -> int:
    """Qt cannot name a file whose path is not UTF-8 (model/filenames.py): it writes the
    PDF in a temp folder, which then goes to `target` through model.atomic."""
    with tempfile.TemporaryDirectory(prefix="yuepi-") as folder:
        scratch = Path(folder) / "print.pdf"
        pages = _paint_pdf(html, scratch, progress)
        if pages:
            atomic_write(target, scratch.read_bytes())
    return pages


def _paint_pdf(html: str, path: Path, progress: Progress | None) -> int:
    printer = make_pdf_printer(path)
    return paint_document(build_document(html, printer), printer, progress)


def print_html(html: str, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print on a printer the user chose (its page set to A4 portrait)."""
    setup_page(printer)
    return paint_document(build_document(html, printer), printer, progress)


def _mm(dpi: float, mm: float) -> float:
    return mm / 25.4 * dpi


def _body_rect(printer: QPrinter, dpi: int) -> QRectF:
    """The text area in pixels at `dpi`: the paper minus MARGINS_MM."""
    paper: QSizeF = printer.pageLayout().fullRectPixels(dpi).size()
    left, top, right, bottom = (_mm(dpi, m) for m in MARGINS_MM)
    return QRectF(left, top, paper.width() - left - right, paper.height() - top - bottom)
