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

from gui.common import labels
from gui.compare.controller import CompareController
from gui.compare.pair_loading import Pair
from gui.document.report_watch import CHANGED, MISSING, ReportWatch
from model.errors import ModelError

SIDES = ("earlier", "later")


class ReportWatching(QObject):
    """Follows the controller's pair: one ReportWatch per side."""

    def __init__(self, controller: CompareController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self.watches = {side: ReportWatch(None, self) for side in SIDES}
        for side, watch in self.watches.items():
            watch.state_changed.connect(lambda state, side=side: self._on_state(side, state))
        #: what the last reload found (the window's status line keeps it in view)
        self.note = ""
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
        name = pair.a.name if side == "earlier" else pair.b.name
        if state == CHANGED:
            self._reload(side, name)
        elif state == MISSING:
            self._c.message.emit(QCoreApplication.translate(
                "CompareWindow", "%1 is no longer on disk (deleted or moved); its text and the links stay "
                "here.").replace("%1", name))

    def _reload(self, side: str, name: str) -> None:
        try:
            lost, stale = self._c.reload(side)
        except ModelError as exc:  # (an editor half-way through its save, often)
            self._c.message.emit(QCoreApplication.translate(
                "CompareWindow", "%1 changed on disk but cannot be compared now (%2); the text shown "
                "stays.").replace("%1", name).replace("%2", labels.error_text(exc.code)))
            pair = self._c.pair
            if pair is not None:  # looked at again when the file changes again
                self.watches[side].follow(pair.a if side == "earlier" else pair.b)
            return
        if lost:
            text = QCoreApplication.translate(
                "CompareWindow", "%1 changed on disk and was read again: %n link(s) could "
                "not be placed on its new text; they are kept and listed as not found.", "",
                lost)
        else:
            text = QCoreApplication.translate(
                "CompareWindow", "%1 changed on disk and was read again; every link was "
                "placed on its new text.")
        self.note = text.replace("%1", name)
        if stale:
            self.note += " " + QCoreApplication.translate(
                "CompareWindow", "The earlier report is open in the main window on its old "
                "text: reload it there too, so its tagged commitments are used here.")
        self._c.message.emit(self.note)
