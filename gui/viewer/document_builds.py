"""A large text's QTextDocument built in a worker thread, in pieces.

`QPlainTextEdit.setPlainText` of a 5 MB report is one C++ call of 60–160 ms holding the
GIL on the window's thread. A QTextDocument that no view shows yet may be made and
filled in another thread (it is reentrant) and then handed to the window's thread
(QObject.moveToThread, called in the thread it lives in); inserted a piece at a time, no
call holds the GIL for more than a millisecond or so, and the view only swaps documents
(`QPlainTextEdit.setDocument`, ~10 ms). The text is cut only after a line break, so the
blocks are those setPlainText makes (a "\\r\\n" is never split).
"""
from __future__ import annotations

import time

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from gui.common.release import LATER_MS
from gui.common.serial_jobs import SerialJobs

#: Characters inserted per call: each call holds the GIL (≈ 0.3 ms quiet, a few ms on a
#: loaded machine), and the window's thread, dropping it every 1 ms of its own Python,
#: waits that long each time while it opens the report (40,000: ≈ 1.1 ms quiet, the
#: opening's first gap up to 118 ms at load 3; the build's total is the same).
PIECE_CHARS = 10_000
#: A real pause after each piece (0.25 s for 5 MB): the window's thread, waiting for the
#: GIL at each of its Python calls, gets it at once instead of after the next piece, and
#: on a busy machine the builder is not scheduled out while it holds the GIL as often.
PAUSE_S = 0.0005


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans covering `text`, each ending after a line break (or at the end)."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        cut = text.find("\n", min(start + size, len(text)) - 1)
        end = len(text) if cut < 0 else cut + 1
        spans.append((start, end))
        start = end
    return spans


class DocumentBuilds(SerialJobs):
    """Signal: built(job_id, QTextDocument) — on the window's thread, the document
    living there; a newer start() or cancel() drops an older build."""

    built = Signal(int, object)

    def start(self, text: str) -> int:
        """Build a document of `text` in the worker (call on the window's thread), from
        the next turn of the event loop: the worker would otherwise take the GIL from
        the window's thread while it finishes showing the report (its views' resets,
        the head's layout), 10–20 ms more on a 5 MB reload."""
        job_id = self._next_id()
        home = QThread.currentThread()
        QTimer.singleShot(LATER_MS, self, lambda: self._begin(job_id, text, home))
        return job_id

    def _begin(self, job_id: int, text: str, home: QThread) -> None:
        if self.is_current(job_id):
            self._run_in_worker(lambda: self._build(job_id, text, home))

    def _build(self, job_id: int, text: str, home: QThread) -> None:
        if not self.is_current(job_id):
            return
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        cursor = QTextCursor(document)
        for start, end in pieces(text):
            if not self.is_current(job_id):
                return  # superseded: the document goes with this thread's reference
            cursor.insertText(text[start:end])
            time.sleep(PAUSE_S)  # the GIL free for the window's thread between pieces
        del cursor
        document.moveToThread(home)
        self.built.emit(job_id, document)
