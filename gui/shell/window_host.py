"""The Host interface (gui/common/host.py) as MainWindow implements it: where a feature's
docks, toolbars, bars under the text, report-bound actions and status messages go. A mixin,
so the window module stays about building and wiring."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from model.filenames import display_text

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, Qt
    from PySide6.QtGui import QAction


class WindowHost:
    """Mixin for MainWindow (a QMainWindow with view_menu, text_column and, once
    complete, report_actions)."""

    def main_window(self) -> QMainWindow:
        return self

    def add_dock(self, widget: QWidget, area: Qt.DockWidgetArea, title: str,
                 menu_text: str = "") -> QDockWidget:
        """Add a feature pane as a dock; its toggle action goes to the View menu, named by
        menu_text (the title with its access key) or else the title."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{widget.objectName() or type(widget).__name__}")
        dock.setWidget(widget)
        if not widget.accessibleName():  # a screen reader names the pane by its title
            widget.setAccessibleName(title)
        self.addDockWidget(area, dock)
        if self.isVisible():  # added by complete(): shown as the window's show() would
            dock.show()  # (a feature may hide it next; the saved state decides after)
        self.restoreDockWidget(dock)  # its place from the saved window state, if any
        self._add_toggle(dock.toggleViewAction(), menu_text)
        return dock

    def add_toolbar(self, toolbar: QToolBar, menu_text: str = "") -> None:
        from PySide6.QtCore import Qt

        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self._add_toggle(toolbar.toggleViewAction(), menu_text)

    def _add_toggle(self, action: QAction, menu_text: str) -> None:
        """A pane's toggle in the View menu. Qt names it by the pane's title, which has no
        access key; the title itself keeps none (it is shown on the pane's tab)."""
        if menu_text:
            action.setText(menu_text)
        self.view_menu.addAction(action)

    def add_below_text(self, widget: QWidget) -> None:
        self.text_column.layout().addWidget(widget)

    def add_above_text(self, widget: QWidget) -> None:
        self.text_column.layout().insertWidget(0, widget)

    def needs_report(self, *items: QObject) -> None:
        self.report_actions.add(*items)

    def show_status(self, text: str, msecs: int = 0) -> None:
        self.statusBar().showMessage(display_text(text), msecs)  # a file name: U+FFFD
