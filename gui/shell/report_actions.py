"""Actions that act on the open report are disabled while there is none.

The window's own actions and those the feature wirings add (tagging, reading) are listed
by attribute path; a missing attribute is skipped, so a feature may drop an action freely.
Export, print and import manage their own state (gui/handoff/feature.py).
"""
from __future__ import annotations

from functools import reduce
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from gui.shell.main_window import MainWindow

#: Dotted paths from the window to actions, menus or toolbars that need a report.
NEEDS_REPORT = (
    "close_action", "copy_action", "select_all_action",
    "expand_all_action", "collapse_all_action", "filter_action", "level_actions",
    "zoom_in_action", "zoom_out_action", "zoom_reset_action",
    "reading.find_action", "reading.find_next_action", "reading.find_previous_action",
    "reading.grow_action", "reading.shrink_action",
    "tagging.actions.toolbar", "tagging.actions.tag_menu",
    "tagging.actions.next_action", "tagging.actions.previous_action",
    "tagging.actions.note_action", "tagging.actions.delete_action",
    "tagging.actions.tags_action",
)


def _resolve(window: object, path: str) -> list[object]:
    try:
        found = reduce(getattr, path.split("."), window)
    except AttributeError:
        return []
    return list(found) if isinstance(found, list) else [found]


class ReportActions(QObject):
    """Enables NEEDS_REPORT on report_opened and disables it on report_closing."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.report_opened.connect(lambda _report, _outline: self.set_enabled(True))
        window.report_closing.connect(lambda: self.set_enabled(False))
        self.set_enabled(window.report is not None)

    def items(self) -> list[object]:
        """The actions, menus and toolbars that need a report."""
        return [item for path in NEEDS_REPORT for item in _resolve(self.window, path)]

    @Slot(bool)
    def set_enabled(self, enabled: bool) -> None:
        for item in self.items():
            item.setEnabled(enabled)  # type: ignore[attr-defined]
