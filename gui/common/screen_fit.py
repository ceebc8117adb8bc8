"""A window's first-run size, no larger than the screen it opens on."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Of the screen's free area a first-run window takes at most this share (its frame and
#: title bar come on top of the size given to resize()).
SCREEN_SHARE = 0.92


def first_size(window: QWidget, width: int, height: int) -> QSize:
    """`width` × `height`, or less on a smaller screen: the compare window's 1400 × 900
    went past both edges of a 1366 × 768 laptop screen (its verdict buttons and status
    bar out of reach)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    area = screen.availableGeometry()
    return QSize(min(width, int(area.width() * SCREEN_SHARE)),
                 min(height, int(area.height() * SCREEN_SHARE)))
