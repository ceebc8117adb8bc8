"""How the text view's page looks: the reading font and its zoom (Ctrl+wheel), a text
column of a comfortable width centred by side margins, and the light scheme's calm
palette — following a live switch between light and dark.

A mixin of gui/viewer/text_view.py (TextView, a QPlainTextEdit), which declares the
signals emitted here (`zoom_changed`, `scheme_changed`) and provides `reading_offset()`
and `scroll_to_offset(offset)`; it sets `_zoom`, `_in_margins`, `dark` and `_applying`
before calling `_apply_font()` and `_apply_palette()`.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QWheelEvent

from gui.common import fonts, scheme
from gui.common.settings import ZOOM_MAX, ZOOM_MIN

BASE_POINT_SIZE = 13
MAX_LINE_WIDTH_EM = 40  # a comfortable measure for Chinese prose
MIN_SIDE_MARGIN = 12
#: Light scheme: warm paper, dark grey ink, a pale selection (the dark scheme keeps the
#: system palette's colours).
LIGHT_PAGE = {QPalette.ColorRole.Base: "#fbfaf6", QPalette.ColorRole.Text: "#24272b",
              QPalette.ColorRole.Highlight: "#cfe1f3",
              QPalette.ColorRole.HighlightedText: "#1b1e22"}


class PageLook:
    """Font, zoom, margins and palette of the text view (see the module docstring)."""

    def zoom(self: Any) -> int:
        return self._zoom

    @Slot(int)
    def set_zoom(self: Any, steps: int) -> None:
        steps = max(ZOOM_MIN, min(ZOOM_MAX, steps))
        if steps == self._zoom:
            return
        top = self.reading_offset()
        self._zoom = steps
        self._apply_font()
        self.scroll_to_offset(top)
        self.zoom_changed.emit(steps)

    @Slot()
    def zoom_in(self: Any) -> None:
        self.set_zoom(self._zoom + 1)

    @Slot()
    def zoom_out(self: Any) -> None:
        self.set_zoom(self._zoom - 1)

    @Slot()
    def zoom_reset(self: Any) -> None:
        self.set_zoom(0)

    def wheelEvent(self: Any, event: QWheelEvent) -> None:
        from PySide6.QtCore import Qt

        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self._zoom + (1 if delta > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    def _update_margins(self: Any, outer_width: int) -> bool:
        """Set side margins for the widget width; True when they changed."""
        width = self.fontMetrics().horizontalAdvance("中") * MAX_LINE_WIDTH_EM
        side = max(MIN_SIDE_MARGIN, (outer_width - width) // 2)
        if self.viewportMargins().left() == side:
            return False
        self._in_margins = True
        try:
            self.setViewportMargins(side, 0, side, 0)
        finally:
            self._in_margins = False
        return True

    def _apply_font(self: Any) -> None:
        self.setFont(fonts.reading_font(max(6.0, BASE_POINT_SIZE + self._zoom)))
        if self._update_margins(self.width()):
            super().resizeEvent(QResizeEvent(self.size(), self.size()))

    def _apply_palette(self: Any) -> None:
        """Light scheme: calm colours (LIGHT_PAGE) in every state; dark: the system's."""
        palette = QPalette()  # only these roles are set here: the rest follows the app's
        if not self.dark:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                for role, color in LIGHT_PAGE.items():
                    palette.setColor(group, role, QColor(color))
        self._applying = True
        try:
            self.setPalette(palette)
        finally:
            self._applying = False

    def page_color(self: Any) -> str:
        """The paper colour ("#rrggbb") highlights are tinted into."""
        return self.palette().color(QPalette.ColorRole.Base).name()

    def event(self: Any, event: QEvent) -> bool:
        """A new application palette reaches a child widget as PaletteChange."""
        if event.type() in (QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.PaletteChange) and not self._applying:
            self._check_scheme()
        return super().event(event)

    @Slot()
    def _check_scheme(self: Any) -> None:
        """Follow a live switch between light and dark (system scheme or palette)."""
        before = (self.dark, self.page_color())
        self.dark = scheme.is_dark()
        self._apply_palette()
        if (self.dark, self.page_color()) != before:
            self.scheme_changed.emit(self.dark)
