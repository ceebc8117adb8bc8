"""The candidates in B for the current commitment, best first: rank and the strength of
that place (descending, as the rows are ordered; the matcher's own score in the tooltip),
the figure and whether it met the target, B's section, linked or not, the passage."""
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

RANK, FIGURE, SECTION, QUOTE = range(4)
FIGURE_COLORS = {"met": "#2e7d32", "missed": "#c62828"}
LINKED_MARK = "✓ "
#: a candidate outside B's review of the past year: greyed
OUTSIDE_REVIEW_COLOR = "#7a7a7a"
#: below this score of the matcher's a candidate shares little with the commitment: greyed
#: and said so
WEAK_SCORE = 0.2


class CandidateModel(HeadedTable):
    def __init__(self, controller: CompareController) -> None:
        super().__init__(controller)
        self._c = controller
        self.row = -1  # the commitment row shown
        self.candidates: tuple[Candidate, ...] = ()
        self._headers = (self.tr("Rank"), self.tr("Figure"), self.tr("Section in B"),
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
        if section != RANK:
            return None
        return self.tr("The candidates' order and the strength of each place: 1.00 is first "
                       "both by the matcher's score (the distinctive words, the subject and "
                       "the indicator shared, more when a figure answers the target) and by "
                       "how many of the commitment's words the passage repeats. Relative to "
                       "this commitment's candidates, not a probability. The matcher's own "
                       "score is in each row's tooltip; below 0.20 the match is weak.")

    def rank_tip(self, c: Candidate) -> str:
        """The rank cell's tooltip: what the row shows, then the matcher's own score."""
        tip = self.tr("Rank %1, strength %2; the matcher's score %3").replace(
            "%1", str(c.rank)).replace("%2", f"{c.strength:.2f}").replace(
            "%3", f"{c.score:.2f}")
        if c.score < WEAK_SCORE:
            tip += " " + self.tr("(weak: shares little with the commitment)")
        return tip

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
            if col == RANK and role == Qt.ItemDataRole.ToolTipRole:
                return self.rank_tip(c)
            if col == RANK:  # a weak match is still shown (right answers hide there too)
                shown = f"{c.rank} · {c.strength:.2f}"
                return shown + " " + self.tr("weak") if c.score < WEAK_SCORE else shown
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
        if role == Qt.ItemDataRole.TextAlignmentRole and col == RANK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @Slot()
    def _repaint(self) -> None:
        if self.candidates:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.candidates) - 1, QUOTE))
