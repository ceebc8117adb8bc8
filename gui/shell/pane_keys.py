"""The keys that move the focus between the window's panes (View › Go to Outline / Text,
F6 / Shift+F6): MainWindow's slots for them, a mixin so the window module stays about
building and wiring."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDockWidget, QWidget

from gui.common import pane_focus


class PaneKeys(pane_focus.PaneCycling):
    """Mixin for MainWindow (a QMainWindow with outline_pane and text_view)."""

    @Slot()
    def focus_outline(self) -> None:
        from PySide6.QtCore import Qt  # after the first paint: see gui/viewer/text_view.py

        self.outline_pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def focus_text(self) -> None:
        from PySide6.QtCore import Qt

        self.text_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _panes(self) -> list[QWidget]:
        """Outline, text, then the visible docks in their screen order (F6 / Shift+F6)."""
        docks = [d for d in self.findChildren(QDockWidget)
                 if d.isVisible() and d.widget().isEnabled()]
        docks.sort(key=lambda d: (d.mapTo(self, d.rect().topLeft()).x(),
                                  d.mapTo(self, d.rect().topLeft()).y()))
        return [self.outline_pane, self.text_view, *(d.widget() for d in docks)]
