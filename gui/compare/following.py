"""The compare window's following of the current commitment (a mixin of CompareWindow,
so the window module stays about building and wiring): rebuilt rows keep the commitment
that was current, choosing a commitment shows it in A and its first candidate in B,
choosing a candidate shows it with its matched words, and linked evidence is painted.

Needs from the window: controller, commitments, commitment_model, candidates,
candidate_model, side_a, side_b, _shown_rows, statusBar(). Texts are translated in the
window's context.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Slot,
)

from gui.viewer.text_view import REVEAL_LAYER

#: Mark colours: A's commitments (the commitment tag's blue), linked evidence (green),
#: the selected candidate's matched words (red ink, readable on the amber of the passage).
COMMITMENT_COLOR = "#6685ff"
EVIDENCE_COLOR = "#3f9a4a"
MATCHED_COLOR = "#b3261e"
ORPHANED = QT_TRANSLATE_NOOP(
    "CompareWindow", "This commitment is no longer in the earlier report (it was changed on "
    "disk); its decision is kept. Remove its links (Delete) if it no longer applies.")
NOTHING_PROPOSED = QT_TRANSLATE_NOOP(
    "CompareWindow", "No passage of the later report is proposed for this commitment: "
    "select one in B and press Ctrl+L, or give Not Mentioned (Ctrl+4).")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareWindow", text)


class Following:
    """Mixin for CompareWindow (see the module docstring)."""

    def current_row(self: Any) -> int:
        index = self.commitments.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot()
    def _on_rows_changed(self: Any) -> None:
        """Rebuilt rows: keep the commitment that was current (by its span), else the first."""
        old = self.candidate_model.row
        rows = self.controller.rows
        span, quote = None, None
        if 0 <= old < len(self._shown_rows):
            span = (self._shown_rows[old].start, self._shown_rows[old].end)
            quote = self._shown_rows[old].quote
        self._shown_rows = list(rows)
        row = next((i for i, r in enumerate(rows) if (r.start, r.end) == span),
                   next((i for i, r in enumerate(rows) if r.quote == quote), 0))
        self.side_a.set_marks("commitments", [(r.start, r.end) for r in rows
                                              if not r.orphaned],
                              COMMITMENT_COLOR, underline=True)
        if rows:
            self.commitments.setCurrentIndex(self.commitment_model.index(row, 0))
        self._paint_links()

    @Slot(QModelIndex, QModelIndex)
    def _on_commitment(self: Any, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self.candidate_model.show_row(row)
        self.decision.show_row(row)
        rows = self.controller.rows
        if 0 <= row < len(rows) and rows[row].orphaned:  # nothing of A or B to show
            for side in (self.side_a, self.side_b):
                side.text_view.extra_selection_layers.clear_layer(REVEAL_LAYER)
            self.side_b.set_marks("matched", [], MATCHED_COLOR)
            self.statusBar().showMessage(_tr(ORPHANED), 10000)
        elif 0 <= row < len(rows):
            self.side_a.reveal(rows[row].start, rows[row].end)
            if self.candidate_model.rowCount():
                self.candidates.selectionModel().setCurrentIndex(
                    self.candidate_model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            else:
                self.side_b.set_marks("matched", [], MATCHED_COLOR)
                links = [k for k in self.controller.links(row)
                         if k.evidence is not None and not k.evidence.orphaned]
                if links:
                    self.side_b.reveal(links[0].evidence.start, links[0].evidence.end)
                else:  # nothing of B's is proposed: no earlier candidate left marked
                    self.side_b.text_view.extra_selection_layers.clear_layer(REVEAL_LAYER)
                    if self.controller.ready:
                        self.statusBar().showMessage(_tr(NOTHING_PROPOSED), 10000)
        self._paint_links()

    @Slot(QModelIndex, QModelIndex)
    def _on_candidate(self: Any, current: QModelIndex, _previous: QModelIndex) -> None:
        candidate = self.candidate_model.candidate(current.row() if current.isValid() else -1)
        if candidate is None:
            self.side_b.set_marks("matched", [], MATCHED_COLOR)
            return
        self.side_b.reveal(candidate.passage.start, candidate.passage.end)
        self.side_b.set_marks("matched", [(s, e) for s, e, _w in candidate.matched],
                              MATCHED_COLOR, ink=True)
        self.statusBar().showMessage(self.side_b.section_at(candidate.passage.start), 4000)

    @Slot()
    def _paint_links(self: Any) -> None:
        """Linked evidence in B: the current commitment's tinted green, the rest underlined."""
        c = self.controller
        row = self.current_row()
        mine, others = [], []
        for i in range(len(c.rows)):
            for k in c.links(i):
                if k.evidence is not None and not k.evidence.orphaned:
                    (mine if i == row else others).append((k.evidence.start, k.evidence.end))
        self.side_b.set_marks("evidence_all", others, EVIDENCE_COLOR, underline=True)
        self.side_b.set_marks("evidence", mine, EVIDENCE_COLOR)
        self._update_title()
