"""The candidates in B for the current commitment, best first: score, the figure and
whether it met the target, B's section, linked or not, the passage."""
from __future__ import annotations

from collections.abc import Sized
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor

from gui.compare import texts
from gui.compare.controller import CompareController
from gui.compare.headed_table import HeadedTable, Index
from model.compare.proposals import Candidate
from model.outline.tree import SECTION_SEPARATOR

SCORE, FIGURE, SECTION, QUOTE = range(4)
FIGURE_COLORS = {"met": "#2e7d32", "missed": "#c62828"}
LINKED_MARK = "✓ "
#: a candidate outside B's review of the past year: greyed
OUTSIDE_REVIEW_COLOR = "#7a7a7a"
#: below this score a candidate shares little with the commitment: greyed and said so
WEAK_SCORE = 0.2


class CandidateModel(HeadedTable):
    def __init__(self, controller: CompareController) -> None:
        super().__init__(controller)
        self._c = controller
        self.row = -1  # the commitment row shown
        self.candidates: tuple[Candidate, ...] = ()
        self._headers = (self.tr("Score"), self.tr("Figure"), self.tr("Section in B"),
                         self.tr("Proposed evidence (B)"))
        controller.links_changed.connect(self._repaint)
        controller.rows_changed.connect(lambda: self.show_row(self.row))

    def show_row(self, row: int) -> None:
        self.beginResetModel()
        self.row = row
        rows = self._c.rows
        self.candidates = rows[row].candidates if 0 <= row < len(rows) else ()
        self.endResetModel()

    def header_tip(self, section: int) -> str | None:
        if section != SCORE:
            return None
        return self.tr("How closely the passage reports on the commitment: the distinctive "
                       "words, the subject and the indicator they share, more when its figure "
                       "answers the target. A relative score for ranking, not a probability "
                       "(it can exceed 1); below 0.20 the match is weak. The list's order "
                       "also weighs how many of the commitment's words the passage repeats, "
                       "so a lower score can come first.")

    def candidate(self, index: int) -> Candidate | None:
        return self.candidates[index] if 0 <= index < len(self.candidates) else None

    def is_linked(self, c: Candidate) -> bool:
        span = (c.passage.start, c.passage.end)
        return any(k.evidence is not None and (k.evidence.start, k.evidence.end) == span
                   for k in self._c.links(self.row))

    def items(self) -> Sized:
        return self.candidates

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.candidates[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == SCORE:  # a weak match is still shown (right answers hide there too)
                if c.score < WEAK_SCORE:
                    return f"{c.score:.2f} " + self.tr("weak")
                return f"{c.score:.2f}"
            if col == FIGURE:
                judged = texts.figure_text(c.verdict)
                return f"{c.figure} {judged}".strip() if c.figure else ""
            if col == SECTION:
                section = c.passage.section
                shown = section[-1:] if role == Qt.ItemDataRole.DisplayRole else section  # the
                # deepest heading tells rows apart in a narrow column; the tip has the path
                where = SECTION_SEPARATOR.join(shown)
                # B's plan (or its review of a whole term) says what B intends, not what
                # was done last year: said at once, not left to a truncated section name
                if c.in_review:
                    return where
                return self.tr("[not B’s review]") + " " + where
            quote = " ".join(c.passage.quote.split())
            return (LINKED_MARK + quote) if self.is_linked(c) else quote
        if role == Qt.ItemDataRole.ForegroundRole and col == FIGURE and c.verdict:
            return QColor(FIGURE_COLORS.get(c.verdict, "#000000"))
        if role == Qt.ItemDataRole.ForegroundRole and (not c.in_review or c.score < WEAK_SCORE):
            return QColor(OUTSIDE_REVIEW_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @Slot()
    def _repaint(self) -> None:
        if self.candidates:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.candidates) - 1, QUOTE))
