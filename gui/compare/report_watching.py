"""The two reports of the compare window, watched on disk while it is open — the single-
report window's ReportWatch (gui/document/report_watch.py) for each of A and B: a
QFileSystemWatcher on the file and its folder, and a look when the window is activated.
Only the canonical text counts (a touch that leaves it as it was is no change).

A changed text is read again at once (CompareController.reload: links re-anchored, none
dropped, the status bar says how it went): the decisions live in the comparison file, not
in the report, so there is nothing of the reviewer's to lose by showing the new text —
unlike the annotation window, which asks first because its marks would move under the
reviewer's hands. A report gone from disk keeps its text and its links in the window.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot

from gui.compare.controller import CompareController
from gui.compare.pair_loading import Pair
from gui.document.report_watch import CHANGED, MISSING, ReportWatch

SIDES = ("earlier", "later")


class ReportWatching(QObject):
    """Follows the controller's pair: one ReportWatch per side."""

    def __init__(self, controller: CompareController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self.watches = {side: ReportWatch(None, self) for side in SIDES}
        for side, watch in self.watches.items():
            watch.state_changed.connect(lambda state, side=side: self._on_state(side, state))
        controller.opened.connect(self._follow)
        controller.reloaded.connect(self._follow)

    @Slot(object)
    def _follow(self, pair: Pair, _side: str = "") -> None:
        self.watches["earlier"].follow(pair.a)
        self.watches["later"].follow(pair.b)

    def check(self) -> None:
        """Look at both files now (the window was activated)."""
        for watch in self.watches.values():
            watch.check()

    def stop(self) -> None:
        for watch in self.watches.values():
            watch.stop()

    def _on_state(self, side: str, state: str) -> None:
        pair = self._c.pair
        if pair is None:
            return
        if state == CHANGED:
            if not self._c.reload(side):  # unreadable or refused now: the old text stays
                self.watches[side].follow(pair.a if side == "earlier" else pair.b)
        elif state == MISSING:
            name = pair.a.name if side == "earlier" else pair.b.name
            self._c.message.emit(QCoreApplication.translate(
                "CompareWindow", "%1 is no longer on disk (deleted or moved); its text "
                "and the links stay here.").replace("%1", name))
