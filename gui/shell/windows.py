"""The application's windows: each its own MainWindow (own session, controller and
features) over the shared settings. A report handed over by another process opens in a
new window, unless a window already shows it: that one comes to the front."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.common.release import LATER_MS
from gui.shell.main_window import MainWindow


class Windows(QObject):
    """Keeps the open windows; `make` builds a new (hidden) MainWindow.

    Signals:
        restart_requested(): a window's reviewer chose to restart Yuepi now."""

    restart_requested = Signal()

    def __init__(self, make: Callable[[], MainWindow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._windows: list[MainWindow] = []
        self._queued: list[str] = []  # dropped files still to open (open_all)

    def add(self, window: MainWindow) -> MainWindow:
        self._windows.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.more_reports_dropped.connect(self.open_all)
        window.restart_requested.connect(self.restart_requested)
        return window

    @Slot(list)
    def open_all(self, paths: list[str]) -> None:
        """Several files dropped on one window: each of the others in its own, one per
        turn of the event loop, as if opened one after another with File › Open: each
        window shows its report before the next file is read, and every window answers
        between two (reading them all in one turn froze every window until the last)."""
        idle = not self._queued
        self._queued.extend(paths)
        if idle and self._queued:
            QTimer.singleShot(LATER_MS, self, self._open_next)

    @Slot()
    def _open_next(self) -> None:
        if self._queued:
            self.open(self._queued.pop(0))
        if self._queued:
            QTimer.singleShot(LATER_MS, self, self._open_next)

    def opening(self) -> bool:
        """Whether dropped files are still waiting to open."""
        return bool(self._queued)

    def windows(self) -> list[MainWindow]:
        return [window for window in self._windows if window.isVisible()]

    def showing(self, path: str | Path) -> MainWindow | None:
        """The open window whose report is `path` (the same file, by any name)."""
        for window in self.windows():
            if window.report is not None and _same_file(window.report.path, path):
                return window
        return None

    @Slot(str)
    def open(self, path: str) -> MainWindow:
        """Show `path`: bring the window already showing it to the front, else open it
        in a new window (which explains itself if the file cannot be read). A report's
        annotation file stands for its report: the window showing that report is the one
        (a second window would save the same annotations beside it)."""
        from model.sidecar.names import report_of_sidecar

        path = str(report_of_sidecar(path) or path)
        window = self.showing(path)
        if window is None:
            window = self.add(self._make())
            from PySide6.QtCore import Qt  # not on the first window's start-up path

            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.show()
            window.open_report(path)
        bring_to_front(window)
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)
