"""The shape both lists of the compare window share: a flat table of `items()` under
fixed column headers (a subclass gives `_headers` and `items()`, and its `data`)."""
from __future__ import annotations

from collections.abc import Sized
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

#: Below this width a list's section column goes (gui/common/narrow_column.py): at a
#: 1366-pixel screen's first size it left the commitment and its evidence ~8 characters;
#: the outline beside each text marks the section of the row shown.
SECTION_COLUMN_MIN_WIDTH = 520
#: Below this width the commitments' source column goes too: at a 1,000-pixel window the
#: commitment kept ~5 characters beside its verdict and source; the source is then in
#: the commitment's tooltip.
SOURCE_COLUMN_MIN_WIDTH = 400


class HeadedTable(QAbstractTableModel):
    _headers: tuple[str, ...] = ()

    def items(self) -> Sized:
        """The rows shown (one per table row)."""
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        """A column header's tooltip: what the column's values mean (None: no tip)."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None
