"""Fonts: reading and interface families with CJK fallbacks, best first."""
from __future__ import annotations

from PySide6.QtGui import QFont

#: Reading fonts (a Song/serif face for long official prose); Qt falls back along the list.
READING_FAMILIES = [
    "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Serif",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    "WenQuanYi Micro Hei", "serif",
]
#: Interface fonts: menus, outline tree, status bar.
UI_FAMILIES = [
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    "WenQuanYi Micro Hei", "sans-serif",
]


def reading_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def ui_font() -> QFont:
    """The platform's default size with a CJK sans fallback list."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    return font
