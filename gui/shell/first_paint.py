"""The first window's two-step start-up (MainWindow(defer=True), gui/shell/app.py).

Preview: the report named on the command line, read and shown in the text view and outline
pane before the window is complete, then handed to the session by MainWindow.complete().
CompleteTrigger: calls complete() right after the window's first paint, on a key or click
before then (so no shortcut is lost), or after COMPLETE_WAIT_MS at the latest.
Kept apart from the window so main_window.py stays about building and wiring.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from model.errors import ModelError

if TYPE_CHECKING:  # imported when used: not on the first paint's path
    from PySide6.QtWidgets import QWidget

    from gui.common.settings import UiSettings
    from gui.document.session import ReportSession
    from model.outline.tree import Outline
    from model.outline.worker import OutlineWorker
    from model.report.loading import Report

#: Rows of the tree a long report's head outline must fill to be shown first (a tall
#: screen's worth); else the whole outline is detected before the first paint.
HEAD_ROWS = 80
#: A window built with defer=True completes then at the latest, painted or not (minimised).
COMPLETE_WAIT_MS = 1000
#: Input that completes a window still waiting for complete() first (its shortcuts, menus
#: and docks must be there to receive it).
_INPUT_EVENTS = frozenset({
    QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu, QEvent.Type.Wheel,
    QEvent.Type.Drop, QEvent.Type.DragEnter, QEvent.Type.Close,
})


class Preview:
    """The report shown before the window is complete, and its hand-over to the session."""

    def __init__(self) -> None:
        self.report: Report | None = None
        self.outline: Outline | None = None
        self._head = False  # that outline is only the head's (model/outline/head.py)
        self._failed: str | None = None  # a path the session must open (and explain)
        self._handing_over = False

    def load(self, path: str, settings: UiSettings, worker: OutlineWorker | None,
             loaded: tuple[Report, Outline | None, int | None] | None) -> bool:
        """Read the report and its outline (from `worker` when it has this very text, else
        detected here); True when there is something to show. `loaded`: the report and
        maybe its outline, read already (gui/launch.py), with the offset that outline ends
        before when it is only the head's: kept when the tree's first screen and the
        reading position lie in that head, the whole outline following after the first
        paint. A file that cannot be read is left for the session to open and explain."""
        from model.report.loading import load_report

        try:
            report, outline, head_end = loaded if loaded is not None \
                else (load_report(path), None, None)
        except ModelError:
            self._failed = path
            if worker is not None:
                worker.close()
            return False
        if outline is None and worker is not None:
            outline = worker.take(report)
        if worker is not None:
            worker.close()
        if outline is not None and head_end is not None and not _head_will_do(
                settings, report, outline, head_end):
            outline = None
        if outline is None:
            from model.outline.detector import detect_outline

            outline, head_end = detect_outline(report), None
        self.report, self.outline, self._head = report, outline, head_end is not None
        return True

    def hand_over(self, session: ReportSession) -> None:
        """Give the previewed report to the session (its sidecar loads, highlights are
        painted; the whole outline replaces the head's when known), or have the session
        open and explain the file that could not be read."""
        if self.report is not None and self.outline is not None:
            self._handing_over = True
            try:
                if self._head:
                    session.show_detecting(self.report)
                else:
                    session.show(self.report, self.outline)
            finally:
                self._handing_over = False
                self.report = self.outline = None
        elif self._failed is not None:
            path, self._failed = self._failed, None
            session.open(path)

    def shown(self, report: Report, outline: Outline | None = None) -> bool:
        """`report` (and `outline`, if given) is what the view shows already: the session
        is being handed the preview."""
        return self._handing_over and report is self.report \
            and (outline is None or outline is self.outline)


def _head_will_do(settings: UiSettings, report: Report, outline: Outline,
                  head_end: int) -> bool:
    """The head's outline fills the tree's first screen (HEAD_ROWS rows at the saved
    level) and the reading position lies in it."""
    from model.outline.head import rows_shown

    return (settings.reading_position(report.path) < head_end
            and rows_shown(outline, settings.outline_level()) >= HEAD_ROWS)


class CompleteTrigger(QObject):
    """Calls `complete` in a zero timer after the first paint of one of `painted` (the text
    or the empty state, among `inputs`), at once on input to one of `inputs`, or after
    COMPLETE_WAIT_MS.
    Filters on those widgets, not on the application: an application filter would have
    the Python type (and enums) of every object whose events it saw made, ~10 ms before
    the first paint; and a watcher installed later (the benchmark's) sees the paint
    first, so what it times ends before `complete` starts."""

    def __init__(self, parent: QObject, inputs: tuple[QWidget, ...],
                 painted: tuple[QWidget, ...], complete: Callable[[], None]) -> None:
        super().__init__(parent)
        self._complete = complete
        self._inputs = inputs
        self._painted: tuple[QWidget, ...] = painted  # () once one was painted
        for widget in inputs:
            widget.installEventFilter(self)
        QTimer.singleShot(COMPLETE_WAIT_MS, self, complete)  # gone with the window

    def stop(self) -> None:
        """The window is complete: watch no more input (a pending paint call is a no-op)."""
        for widget in self._inputs:
            widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._complete()  # then the event goes on: its shortcut or menu is there now
        elif kind == QEvent.Type.Paint and watched in self._painted:
            self._painted = ()
            QTimer.singleShot(0, self, self._complete)
        return False
