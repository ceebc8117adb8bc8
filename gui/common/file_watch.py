"""A file watched for changes by another program, reported once they settle.

The folder is watched too: a file replaced by rename, or deleted and made again, drops
out of a file watch and the folder's watch brings it back. Editors save in several
steps, so a change is reported only after SETTLE_MS without another.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

SETTLE_MS = 250


class FileWatch(QObject):
    settled = Signal()  # the file (or its folder) changed and has been quiet SETTLE_MS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._later)
        self._watcher.directoryChanged.connect(self._later)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.settled)

    def watch(self, path: Path) -> None:
        """Watch `path` and its folder (again, if a rename dropped the file's watch)."""
        file, folder = str(path), str(path.parent)
        if os.path.exists(file) and file not in self._watcher.files():
            self._watcher.addPath(file)
        if os.path.isdir(folder) and folder not in self._watcher.directories():
            self._watcher.addPath(folder)

    def pause(self) -> None:
        """Forget a change not yet reported (it is being checked now)."""
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)

    @Slot()
    def _later(self) -> None:
        self._timer.start()
