"""PDF reports made for tests with Qt's PDF writer (text layer, CJK font, page furniture),
and hostile ones made by hand (a scan, a password, damaged bytes).

Hand-made PDF bytes (no Qt) are in tests/pdf_bytes.py. A report is laid out like a 公文: A4, 16 pt body, 28 pt lines, 26 characters a line
(justified, each paragraph's first line indented two characters), a title centred in a
larger size, a running header and a page number in the footer. Needs a QGuiApplication
(pytest-qt's `qapp`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)

#: Points (the writer runs at 72 dpi, so a pixel is a point).
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, TOP, BODY_SIZE, PITCH, CHARS = 79.0, 110.0, 16.0, 28.0, 26
FONT_FAMILIES = ("Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei")

PageNumber = Callable[[int], str]
DASH_NUMBER: PageNumber = lambda n: f"— {n} —"  # noqa: E731
FULLWIDTH_NUMBER: PageNumber = lambda n: f"－{n}－"  # noqa: E731
CHINESE_NUMBER: PageNumber = lambda n: f"第 {n} 页"  # noqa: E731


def cjk_family() -> str | None:
    """An installed CJK font family (tools/system_deps.sh installs Noto CJK), else None."""
    families = set(QFontDatabase.families())
    return next((f for f in FONT_FAMILIES if f in families), None)


def _font(size: float) -> QFont:
    font = QFont(cjk_family() or "Sans Serif")
    font.setPixelSize(round(size))
    return font


def wrap(paragraph: str, chars: int = CHARS) -> list[str]:
    """A paragraph cut into lines of `chars` full-width cells (ASCII counts half), the first
    line two cells shorter for its indent."""
    lines, line, width, room = [], "", 0.0, chars - 2.0
    for ch in paragraph:
        cell = 0.5 if ch.isascii() else 1.0
        if width + cell > room:
            lines.append(line)
            line, width, room = "", 0.0, float(chars)
        line += ch
        width += cell
    if line:
        lines.append(line)
    return lines


class Writer:
    """Draws lines onto pages of one PDF; knows where it is on the page."""

    def __init__(self, path: Path, header: str = "", number: PageNumber | None = DASH_NUMBER,
                 page_numbers_from: int = 1) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setResolution(72)
        self.writer.setPageMargins(self.writer.pageLayout().margins() * 0)
        self.painter = QPainter(self.writer)
        self.header, self.number = header, number
        self.page, self.y = page_numbers_from, TOP
        self._furniture()

    def _furniture(self) -> None:
        p = self.painter
        p.setFont(_font(10.5))
        if self.header:
            p.drawText(QRectF(0, 40, PAGE_W, 20), Qt.AlignmentFlag.AlignHCenter, self.header)
            p.drawLine(QPointF(LEFT, 64), QPointF(PAGE_W - LEFT, 64))
        if self.number is not None:
            p.setFont(_font(14))
            p.drawText(QRectF(0, PAGE_H - 60, PAGE_W, 20), Qt.AlignmentFlag.AlignHCenter,
                       self.number(self.page))

    def new_page(self) -> None:
        self.writer.newPage()
        self.page += 1
        self.y = TOP
        self._furniture()

    def _room(self) -> None:
        if self.y + PITCH > PAGE_H - 90:
            self.new_page()

    def title(self, text: str, size: float = 22.0) -> None:
        self._room()
        self.painter.setFont(_font(size))
        width = QFontMetricsF(self.painter.font()).horizontalAdvance(text)
        self.painter.drawText(QPointF((PAGE_W - width) / 2, self.y + size), text)
        self.y += PITCH * 1.5

    def paragraph(self, text: str, x: float = LEFT, chars: int = CHARS,
                  justify_last: bool = False) -> None:
        """A body paragraph: first line indented, full lines justified to the measure."""
        lines = wrap(text, chars)
        for i, line in enumerate(lines):
            self._room()
            indent = 2 * BODY_SIZE if i == 0 else 0.0
            full = i < len(lines) - 1 or justify_last
            self.line(line, x + indent, chars * BODY_SIZE - indent if full else 0.0)

    def line(self, text: str, x: float, measure: float = 0.0, y: float | None = None) -> None:
        """One line at x, each character drawn at its place; stretched to `measure`."""
        p = self.painter
        p.setFont(_font(BODY_SIZE))
        metrics = QFontMetricsF(p.font())
        advances = [metrics.horizontalAdvance(ch) for ch in text]
        extra = (measure - sum(advances)) / max(1, len(text) - 1) if measure else 0.0
        base = (self.y if y is None else y) + BODY_SIZE
        for ch, advance in zip(text, advances):
            p.drawText(QPointF(x, base), ch)
            x += advance + max(0.0, extra)
        if y is None:
            self.y += PITCH

    def close(self) -> None:
        self.painter.end()


def report_pdf(path: Path, paragraphs: Sequence[str], title: str = "",
               header: str = "", number: PageNumber | None = DASH_NUMBER) -> Path:
    """A one-column report: the title, then each paragraph."""
    w = Writer(path, header, number)
    if title:
        w.title(title)
    for text in paragraphs:
        w.paragraph(text)
    w.close()
    return path


def two_column_pdf(path: Path, left: Sequence[str], right: Sequence[str],
                   title: str = "") -> Path:
    """A page of two columns, drawn row by row (left line, then the right line at the same
    height), so the content order is not the reading order."""
    w = Writer(path, number=DASH_NUMBER)
    if title:
        w.title(title)
    chars, gap = 12, 22.0  # two columns of 192 pt on a 595 pt page
    columns = [[(i == 0, line) for text in side for i, line in enumerate(wrap(text, chars))]
               for side in (left, right)]
    y = w.y
    for row in range(max(len(c) for c in columns)):
        for side, x in ((0, LEFT), (1, LEFT + chars * BODY_SIZE + gap)):
            if row < len(columns[side]):
                first, line = columns[side][row]
                last = row + 1 >= len(columns[side]) or columns[side][row + 1][0]
                indent = 2 * BODY_SIZE if first else 0.0
                w.line(line, x + indent, 0.0 if last else chars * BODY_SIZE - indent, y=y)
        y += PITCH
    w.close()
    return path


def scan_pdf(path: Path, text: str = "县工信局2024年工作总结") -> Path:
    """A page that is only a picture of text: no text layer."""
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(_font(48))
    painter.drawText(QPointF(160, 300), text)
    painter.end()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    p = QPainter(writer)
    p.drawImage(QRectF(0, 0, writer.width(), writer.height()), image)
    p.end()
    return path
