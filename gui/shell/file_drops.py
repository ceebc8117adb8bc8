"""A report file dropped on the window opens (MainWindow's drag and drop, a mixin), and
the real path of a dropped file whose name is not UTF-8.

The drop returns at once and the file opens in the next turn of the event loop, as File ›
Open would open it: reading a report (a PDF, a large .docx) inside the drop kept the file
manager it was dragged from waiting, its drag unfinished, as long as the reading took."""
from __future__ import annotations

import os
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from gui.common.release import LATER_MS
from model.filenames import real_path


class FileDrops:
    """Mixin for MainWindow (a QWidget with open_report and the signal
    more_reports_dropped(list); setAcceptDrops(True)). The first file dropped opens here;
    the others, dropped with it, are handed on, each to a window of its own (gui/shell/
    windows.py opens them one after another)."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(LATER_MS, self,  # type: ignore[call-overload]
                              lambda: self._open_dropped(files))

    def _open_dropped(self, files: list[str]) -> None:
        self.open_report(files[0])  # type: ignore[attr-defined]
        if len(files) > 1:
            self.more_reports_dropped.emit(files[1:])  # type: ignore[attr-defined]


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [local_file(url) for url in mime.urls() if url.isLocalFile()]


def local_file(url: QUrl) -> str:
    """The real path of a dropped file. Qt decodes a file URL as UTF-8 (U+FFFD for the
    bytes of a name that is not); its percent-encoded form still holds those bytes."""
    path = url.toLocalFile()
    if os.name == "posix" and "\ufffd" in path and not url.host():
        encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
        exact = os.fsdecode(unquote_to_bytes(encoded))
        if os.path.lexists(exact):
            return exact
    return real_path(path)
