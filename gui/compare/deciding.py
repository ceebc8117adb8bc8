"""The compare window's deciding slots (a mixin of CompareWindow, so the window module
stays about building and wiring): link the selected candidate or B's selection, give a
verdict, tag a suggested commitment in A, move between commitments. Each goes through the
CompareController, whose undo stack holds the step.

Needs from the window: controller, commitments, commitment_model, candidates,
candidate_model, side_b, current_row(), statusBar(). Texts are translated in
the window's context.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot

from model.compare.store import VERDICTS

NO_CANDIDATE = QT_TRANSLATE_NOOP("CompareWindow", "No candidate is selected.")
NO_SELECTION = QT_TRANSLATE_NOOP("CompareWindow", "Select a passage of the later report first.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareWindow", text)


class Deciding:
    """Mixin for CompareWindow (see the module docstring)."""

    @Slot()
    def link_candidate(self: Any) -> None:
        index = self.candidates.currentIndex()
        candidate = self.candidate_model.candidate(index.row() if index.isValid() else -1)
        if candidate is None:
            self.statusBar().showMessage(_tr(NO_CANDIDATE), 4000)
            return
        self.controller.link(self.current_row(),
                             (candidate.passage.start, candidate.passage.end), candidate)

    @Slot()
    def link_selection(self: Any) -> None:
        span = self.side_b.text_view.selection_offsets()
        if span is None:
            self.statusBar().showMessage(
                _tr(NO_SELECTION), 4000)
            return
        self.controller.link(self.current_row(), span)

    @Slot(str)
    def decide(self: Any, verdict: str) -> None:
        """Give the current commitment a verdict. It never links a passage: with no
        evidence linked the verdict is recorded alone (Enter on a candidate or Ctrl+L
        links evidence, which keeps the verdict)."""
        self.controller.set_verdict(self.current_row(), verdict)

    @Slot()
    def decide_kept(self: Any) -> None:
        self.decide(VERDICTS[0])

    @Slot()
    def decide_partly(self: Any) -> None:
        self.decide(VERDICTS[1])

    @Slot()
    def decide_not_kept(self: Any) -> None:
        self.decide(VERDICTS[2])

    @Slot()
    def decide_not_mentioned(self: Any) -> None:
        self.decide(VERDICTS[3])

    @Slot()
    def accept_commitment(self: Any) -> None:
        self.controller.accept(self.current_row())

    @Slot()
    def next_commitment(self: Any) -> None:
        self._step(1)

    @Slot()
    def previous_commitment(self: Any) -> None:
        self._step(-1)

    def _step(self: Any, delta: int) -> None:
        count = self.commitment_model.rowCount()
        if count:
            row = max(0, min(count - 1, self.current_row() + delta))
            self.commitments.setCurrentIndex(self.commitment_model.index(row, 0))

