"""Host: what the window offers a feature (tagging, reading, hand-off) — and nothing more.

A feature is built with a Host, adds its panes, menus and toolbars through it, reads the
open report from `session` and changes annotations through `controller`. It never imports
the window and never looks another feature up: where features meet, the shell connects
their signals and hands them callables.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from gui.annotations.controller import Controller
    from gui.common.settings import UiSettings
    from gui.document.session import ReportSession
    from gui.viewer.outline_pane import OutlinePane
    from gui.viewer.text_view import TextView


class Host(Protocol):
    """The window as its features see it."""

    settings: UiSettings
    controller: Controller
    session: ReportSession
    text_view: TextView
    outline_pane: OutlinePane
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    annotations_menu: QMenu
    tools_menu: QMenu
    help_menu: QMenu
    quit_action: QAction

    def main_window(self) -> QMainWindow:
        """The window itself: parent of dialogs, owner of docks and toolbars."""
        ...

    def add_dock(self, widget: QWidget, area: Qt.DockWidgetArea, title: str,
                 menu_text: str = "") -> QDockWidget:
        """Add a pane as a dock; its toggle action goes to the View menu, named by
        menu_text (the title with its access key) or else the title."""
        ...

    def add_toolbar(self, toolbar: QToolBar, menu_text: str = "") -> None:
        """Add a toolbar at the top; its toggle action goes to the View menu."""
        ...

    def add_below_text(self, widget: QWidget) -> None:
        """Put a bar (e.g. the find bar) under the text, in the text's column."""
        ...

    def add_above_text(self, widget: QWidget) -> None:
        """Put a bar (e.g. a notice about the annotation file) over the text, in its column."""
        ...

    def needs_report(self, *items: QObject) -> None:
        """Actions, menus or toolbars that are greyed out while no report is open."""
        ...

    def show_status(self, text: str, msecs: int = 0) -> None:
        """A status-bar message (0: until the next one)."""
        ...

    def focus_text(self) -> None:
        """Give the text the keyboard focus."""
        ...
