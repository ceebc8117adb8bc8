"""Tag swatches: a rounded square in the tag's colour with its key digit (or first
character) drawn on it, so tags differ by more than colour; drawn for the screen's device
pixel ratio, so they stay sharp at 125 %, 150 %, 200 % scaling."""
from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap

from model.annotations import Tag
from model.colors import contrast_ratio

#: Device pixel ratios an icon carries pixmaps for (Qt picks the nearest for each screen).
ICON_RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)


def tag_mark(tag: Tag, lang: str = "zh") -> str:
    """What is drawn on a tag's swatch: its digit shortcut, else its label's first character."""
    return str(tag.key) if tag.key else tag.label(lang)[:1]


def ink_on(color: str) -> QColor:
    """Black or white, whichever reads better on `color` (WCAG contrast)."""
    name = QColor(color).name()
    return QColor("#000000") if contrast_ratio(name, "#000000") >= contrast_ratio(
        name, "#ffffff") else QColor("#ffffff")


def swatch_pixmap(color: str, size: int, mark: str = "", dpr: float | None = None) -> QPixmap:
    """A `size`×`size` (logical pixels) swatch drawn at `dpr` (default: the primary
    screen's), i.e. ceil(size × dpr) device pixels."""
    if dpr is None:
        screen = QGuiApplication.primaryScreen()
        dpr = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(math.ceil(size * dpr), math.ceil(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    fill = QColor(color)
    painter.setPen(fill.darker(130))
    painter.setBrush(fill)
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.drawRoundedRect(box, size / 5, size / 5)
    if mark and size >= 10:
        font = QFont()
        font.setPixelSize(max(7, round(size * 0.72)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink_on(color))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return pixmap


def swatch_icon(color: str, size: int = 14, mark: str = "") -> QIcon:
    """An icon holding the swatch at every common device pixel ratio."""
    icon = QIcon()
    for dpr in ICON_RATIOS:
        icon.addPixmap(swatch_pixmap(color, size, mark, dpr))
    return icon


def tag_icon(tag: Tag, lang: str = "zh", size: int = 14) -> QIcon:
    return swatch_icon(tag.color, size, tag_mark(tag, lang))
