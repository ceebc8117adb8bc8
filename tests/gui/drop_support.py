"""Dropping files on a window as the desktop does: a drag entering, then the drop."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drag_enter(widget: QWidget, paths: Iterable[Path]
               ) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    """Send the drag-enter of `paths` to `widget`; return it (accepted or not), the drop
    that would follow, for the caller to send, and the data both carry: the events do not
    own it, so the caller keeps it alive until the drop is sent (freed before, the drop
    reads freed memory and the process crashes)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    try:  # Qt 6.12 takes a QPointF and deprecates the QPoint form; 6.11 has only QPoint
        enter = QDragEnterEvent(QPointF(50, 50), *args)
    except TypeError:
        enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(widget, enter)
    return enter, QDropEvent(QPointF(50, 50), *args), mime
