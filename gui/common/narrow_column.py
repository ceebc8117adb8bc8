"""A column that steps aside while its list is narrow, so the column of the text itself
gets the width; what it held is shown elsewhere (a line under the list, the outline)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView, QTreeView


class NarrowColumn(QObject):
    """Hide `column` of `view` while the view is narrower than `min_width` pixels, show it
    again when it is wider (the suggestions' reason showed "c…列" beside a two-character
    quote; the compare lists' section left ~8 characters of the commitment)."""

    def __init__(self, view: QTableView | QTreeView, column: int, min_width: int) -> None:
        super().__init__(view)
        self._view, self._column, self._min_width = view, column, min_width
        view.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        self._view.setColumnHidden(self._column, self._view.width() < self._min_width)
