"""The commitments of A as a table (the controller's rows): number, verdict, source,
section, commitment. Reset when the rows are rebuilt; repainted when decisions or A's
annotations change."""
from __future__ import annotations

from collections.abc import Sized
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor

from gui.compare import texts
from gui.compare.controller import CompareController
from gui.compare.headed_table import HeadedTable, Index
from model.outline.tree import SECTION_SEPARATOR

NUMBER, VERDICT, SOURCE, SECTION, QUOTE = range(5)
#: Verdict colours (a dot before the label): kept green, partly amber, not kept red.
VERDICT_COLORS = {"kept": "#2e7d32", "partly": "#b26a00", "not_kept": "#c62828",
                  "not_mentioned": "#6b6b6b"}


class CommitmentModel(HeadedTable):
    def __init__(self, controller: CompareController) -> None:
        super().__init__(controller)
        self._c = controller
        self._headers = (self.tr("No."), self.tr("Verdict"), self.tr("Source"),
                         self.tr("Section"), self.tr("Commitment (A)"))
        controller.rows_changed.connect(self._reset)
        controller.links_changed.connect(self._repaint)
        controller.tagging_changed.connect(self._repaint)

    def items(self) -> Sized:
        return self._c.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._c.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            verdict = self._c.verdict(row)
            if col == NUMBER:
                return str(row + 1)
            if col == VERDICT:
                return texts.verdict_text(verdict) if verdict else "—"
            if col == SOURCE:
                return texts.source_text("annotation" if self._c.is_tagged(row) else r.source)
            if col == SECTION:
                return SECTION_SEPARATOR.join(r.section[-1:]) if role == \
                    Qt.ItemDataRole.DisplayRole else SECTION_SEPARATOR.join(r.section)
            quote = " ".join(r.quote.split())
            if role == Qt.ItemDataRole.DisplayRole:
                return quote
            # its source and section too: a narrow list leaves their columns out
            source = texts.source_text("annotation" if self._c.is_tagged(row) else r.source)
            return "\n".join(x for x in (quote, source, SECTION_SEPARATOR.join(r.section))
                             if x)
        if role == Qt.ItemDataRole.ForegroundRole and col == VERDICT:
            verdict = self._c.verdict(row)
            return QColor(VERDICT_COLORS[verdict]) if verdict else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @Slot()
    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    @Slot()
    def _repaint(self) -> None:
        if self._c.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._c.rows) - 1, QUOTE))
