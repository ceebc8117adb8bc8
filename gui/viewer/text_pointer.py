"""What the pointer and the context menu do over the report text: a double-click selects
the word as jieba sees it, tooltips come from the annotations, the context menu gets the
features' entries, and the character under a point is found (not the nearest gap).

A mixin of gui/viewer/text_view.py (TextView, a QPlainTextEdit), which provides
`offset_map`, `cursor_for_offsets(start, end)` and the providers set by the features:
`word_span_provider`, `tooltip_provider` and `context_menu_extenders`.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QToolTip


class TextPointer:
    """Double-click, tooltips and the context menu of the text view."""

    def mouseDoubleClickEvent(self: Any, event: QMouseEvent) -> None:
        """Select the word under the pointer as `word_span_provider` sees it (jieba)."""
        provider = self.word_span_provider
        from PySide6.QtCore import Qt

        if provider is not None and event.button() == Qt.MouseButton.LeftButton:
            span = provider(self.offset_at_point(event.position().toPoint()))
            if span is not None and span[1] > span[0]:
                self.setTextCursor(self.cursor_for_offsets(*span))
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def offset_at_point(self: Any, point: QPoint) -> int:
        """Code-point offset of the character under a viewport point (not the nearest gap)."""
        cursor = self.cursorForPosition(point)
        if point.x() < self.cursorRect(cursor).x() and not cursor.atBlockStart():
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
        return self.offset_map.from_qt(cursor.position())

    def viewportEvent(self: Any, event: QEvent) -> bool:
        """Tooltips over the text come from `tooltip_provider` (annotations)."""
        if event.type() == QEvent.Type.ToolTip and self.tooltip_provider is not None:
            point = event.pos()
            text = self.tooltip_provider(self.offset_at_point(point)) if self.toPlainText() else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def build_context_menu(self: Any, point: QPoint) -> QMenu:
        """Qt's menu (Copy, Select All) plus the entries of `context_menu_extenders`."""
        menu = self.createStandardContextMenu(point)
        offset = self.offset_at_point(point)
        for extend in self.context_menu_extenders:
            extend(menu, offset)
        return menu

    def contextMenuEvent(self: Any, event: QContextMenuEvent) -> None:
        point = self.menu_point(event)
        menu = self.build_context_menu(point)
        menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()

    def menu_point(self: Any, event: QContextMenuEvent) -> QPoint:
        """The viewport point a context menu acts on and opens at: the pointer, or for the
        Menu key / Shift+F10 the text cursor (Qt maps that to the screen from the view, not
        its viewport: the menu opened a centring margin away from the cursor)."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            return self.cursorRect().center()
        return event.pos()
