"""Actions that act on the open report are greyed out while there is none.

Features register the actions, menus and toolbars themselves (Host.needs_report) as
objects, so a renamed or removed action cannot silently drop out of the list; the window
registers its own. Enabled when the session has a report with its outline, disabled from
the moment it starts closing.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from gui.document.session import ReportSession


class ReportActions(QObject):
    """The registered items; set_enabled follows the session."""

    def __init__(self, session: ReportSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[QObject] = []
        self._enabled = session.report is not None and session.outline is not None
        session.opened.connect(lambda _report, _outline: self.set_enabled(True))
        session.closing.connect(lambda: self.set_enabled(False))

    def add(self, *items: QObject) -> None:
        for item in items:
            self._items.append(item)
            item.setEnabled(self._enabled)  # type: ignore[attr-defined]  # QAction/QWidget

    def items(self) -> list[QObject]:
        """The actions, menus and toolbars that need a report."""
        return list(self._items)

    @Slot(bool)
    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        for item in self._items:
            item.setEnabled(enabled)  # type: ignore[attr-defined]  # QAction/QWidget
