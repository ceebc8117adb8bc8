"""Which annotation controller holds A's annotations in the compare window — the main
window's when it has the same file of A open (shared), else one of the compare window's own
— following the main window when it closes or leaves A, and the commitments accepted into it.

A mixin of gui/compare/controller.py (CompareController, a QObject), which declares the
`tagging_changed` and `message` signals and provides `_on_tagging_opened`,
`_refuse_orphaned(row)` and `_push(command)`; it sets `pair`, `rows`, `author`, `lang`,
`_shared` (the main window's controller, or None), `tagging` and `_own_tagging`.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Slot

from gui.annotations.controller import Controller
from gui.compare.commands import AcceptCommitment
from gui.compare.pair_loading import Pair
from model.annotations import make_annotation

COMMITMENT_TAG = "commitment"


class AAnnotations:
    """A's annotation controller, shared or our own (see the module docstring)."""

    def _tagging_for(self: Any, pair: Pair) -> Controller:
        shared = self._shared
        if shared is not None and shared.session.report is not None \
                and shared.session.report.sha256 == pair.a.sha256 \
                and _same_file(shared.session.report.path, pair.a.path):
            shared.destroyed.connect(self._on_shared_gone)
            return shared
        return self._open_own(pair)

    def _open_own(self: Any, pair: Pair) -> Controller:
        own = Controller(self.author, self, lang=self.lang)
        own.open(pair.a, pair.outline_a)
        self._own_tagging = own
        return own

    def _attach(self: Any, tagging: Controller) -> None:
        """Follow `tagging` from now on (and no longer the one before: the main window's,
        once it left A, opened other reports and so restarted the proposals here). Its
        annotations changing redraws the tags; a large sidecar is read in the background
        (its commitments are wanted), and A's annotations are read again when A is (here,
        or in the main window): then the proposals are made again."""
        if (old := self.tagging) is not None and shiboken6.isValid(old):
            old.annotations_changed.disconnect(self._on_annotations_changed)
            old.opened.disconnect(self._on_tagging_opened)
        self.tagging = tagging
        tagging.annotations_changed.connect(self._on_annotations_changed)
        tagging.opened.connect(self._on_tagging_opened)

    @Slot()
    def _on_shared_gone(self: Any) -> None:
        """The main window that had A open was closed and deleted (a second window):
        its controller must not be used again (closing this window then crashed)."""
        gone, self._shared = self._shared, None
        if self.pair is not None and self.tagging is gone:
            self._use_own()

    def _follow_shared(self: Any) -> None:
        """Before Ctrl+T: when the main window has closed A or opened another report, A's
        annotations through a controller of our own from then on (Ctrl+T said "read-only
        or still loading"). Not sooner: the main window may open A again, and would find
        it locked by ours."""
        shared = self._shared
        if self.pair is None or shared is None or self.tagging is not shared:
            return
        report = shared.session.report
        if report is None or not _same_file(report.path, self.pair.a.path):
            self._shared = None
            self._use_own()

    def _use_own(self: Any) -> None:
        assert self.pair is not None
        self._attach(self._open_own(self.pair))
        self.tagging_changed.emit()

    @Slot(object)
    def _on_annotations_changed(self: Any, _change: object) -> None:
        self.tagging_changed.emit()

    def _tagging_current(self: Any) -> bool:
        """A's annotations are placed on the text of A shown here (not so while the main
        window still shows an older text of A, until it is reloaded there)."""
        report = self.tagging.report if self.tagging is not None else None
        return report is not None and self.pair is not None \
            and report.sha256 == self.pair.a.sha256

    def is_tagged(self: Any, row: int) -> bool:
        """The commitment is one of A's commitment annotations."""
        if not 0 <= row < len(self.rows) or self.tagging is None \
                or not self._tagging_current() or self.rows[row].orphaned:
            return False
        r = self.rows[row]
        return any(a.tag == COMMITMENT_TAG and a.start == r.start and a.end == r.end
                   and not a.orphaned for a in self.tagging.annotation_set)

    def accept(self: Any, row: int) -> bool:
        """Tag a suggested commitment as a commitment annotation in A's sidecar."""
        self._follow_shared()
        if self.pair is None or self.tagging is None or not 0 <= row < len(self.rows):
            return False
        if self._refuse_orphaned(row):
            return False
        if self.is_tagged(row):
            self.message.emit(self.tr("This commitment is already tagged in the earlier "
                                      "report."))
            return False
        if self.tagging.tag(COMMITMENT_TAG) is None:
            self.message.emit(self.tr("The earlier report's tag set has no commitment tag."))
            return False
        if not self._tagging_current() or self.tagging.read_only:
            self.message.emit(self.tr("The earlier report's annotations cannot be changed "
                                      "now (read-only or still loading)."))
            return False
        r = self.rows[row]
        item = make_annotation(self.pair.a.text, r.start, r.end, COMMITMENT_TAG,
                               author=self.author)
        self._push(AcceptCommitment(lambda: self.tagging, item, self.tr("Accept commitment"),
                                    self.tagging_changed.emit))
        return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)
