"""Restarting Yuepi on the reports it shows (the interface language is decided once per run:
gui/shell/language_menu.py offers a restart after a new choice).

The windows are closed first, as the reviewer would close them (annotations saved, editing
locks released), and the new process is started only once the event loop has ended and the
single-instance server is closed (gui/shell/app.py): started earlier, it would hand its
reports to this process, about to quit, or find them locked and open them read-only.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Slot
from PySide6.QtWidgets import QApplication

from gui.shell.windows import Windows

#: the launcher a source checkout runs (python main.py …)
MAIN_SCRIPT = Path(__file__).resolve().parents[2] / "main.py"


def relaunch_command(paths: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start Yuepi again on `paths` (each in a window): a
    bundle is its own program; else this interpreter (its virtual environment's packages)
    on main.py, or on gui.launch where no main.py is beside the package. No --lang: the
    setting just chosen is what applies."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(paths)
    if MAIN_SCRIPT.is_file():
        return sys.executable, [str(MAIN_SCRIPT), *paths]
    return sys.executable, ["-m", "gui.launch", *paths]


class Relaunch(QObject):
    """`request()` closes every window and ends the event loop, remembering the reports the
    main windows showed; `start()`, once the loop has ended, starts the new process."""

    def __init__(self, windows: Windows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows = windows
        #: the reports to open again, once a restart was asked for and every window closed
        self.paths: list[str] | None = None

    @Slot()
    def request(self) -> None:
        """Close the windows in the next turn (the request comes from a menu of one)."""
        QTimer.singleShot(0, self, self._close_all)

    @Slot()
    def _close_all(self) -> None:
        paths = [str(w.report.path) for w in self._windows.windows() if w.report is not None]
        for widget in QApplication.topLevelWidgets():  # compare windows too
            if widget.isVisible():
                widget.close()
        if any(w.isVisible() for w in QApplication.topLevelWidgets()):
            return  # a window stayed open: no restart, nothing lost
        self.paths = paths
        QApplication.quit()

    def start(self) -> bool:
        """Start Yuepi again (after the event loop ended); False when it could not be."""
        if self.paths is None:
            return False
        program, arguments = relaunch_command(self.paths)
        started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
        if not started:
            print(f"yuepi: could not start again: {program}", file=sys.stderr)
        return bool(started)
