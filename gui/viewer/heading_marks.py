"""Headings drawn bold in the text view: the visible ones at once, the rest in slices.

A 5 MB report has ~13,000 headings; one mergeCharFormat each took ~80 ms in one piece
on the window's thread right before the first paint. The first outline of a report
(nothing to clear) marks the headings near the top of the view at once and the rest in
slices of SLICE_MS between events; a corrected outline (some to clear) is applied at once,
as the order of clearing and marking matters there.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

Span = tuple[int, int]

#: More changes than this are applied progressively.
PROGRESSIVE = 400
SLICE_MS = 8
#: Headings within this many characters after the first visible one are marked at once.
AHEAD_CHARS = 20_000


def heading_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)  # the ink's colour: readable in either scheme
    return fmt


class HeadingMarks(QObject):
    """The bold heading spans of one QPlainTextEdit (code-point spans; `to_qt` maps)."""

    def __init__(self, view: QPlainTextEdit, to_qt: Callable[[int], int]) -> None:
        super().__init__(view)
        self._view = view
        self.to_qt = to_qt
        self._spans: set[Span] = set()  # what the document shows once `_todo` is done
        self._todo: list[Span] = []  # spans still to mark, in reverse order (pop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def pending(self) -> bool:
        return bool(self._todo)

    def reset(self, to_qt: Callable[[int], int]) -> None:
        """A new text: nothing marked, nothing left to mark."""
        self.to_qt = to_qt
        self._spans, self._todo = set(), []
        self._timer.stop()

    def set_spans(self, spans: list[Span]) -> None:
        """Draw these spans bold, and those drawn before but not given any more plain
        again (a corrected outline); spans kept that touch a cleared one are redrawn."""
        self.finish()
        new = set(spans)
        gone = self._spans - new
        fresh = new - self._spans
        if gone:
            fresh |= {s for s in new - fresh if any(s[0] < g[1] and g[0] < s[1] for g in gone)}
        self._spans = new
        if gone or len(fresh) <= PROGRESSIVE:
            self._apply(sorted(gone), QTextCharFormat(), QTextCursor.setCharFormat)
            self._apply(sorted(fresh), heading_format(), QTextCursor.mergeCharFormat)
            return
        top = self._first_visible()
        near = sorted(s for s in fresh if top <= s[1] and s[0] < top + AHEAD_CHARS)
        self._apply(near, heading_format(), QTextCursor.mergeCharFormat)
        self._todo = sorted(fresh.difference(near), reverse=True)
        self._timer.start()

    def finish(self) -> None:
        """Mark what is left now (a new outline, tests, printing the view)."""
        self._timer.stop()
        todo, self._todo = self._todo, []
        self._apply(todo[::-1], heading_format(), QTextCursor.mergeCharFormat)

    @Slot()
    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_MS / 1000
        while self._todo and time.perf_counter() < deadline:
            batch = [self._todo.pop() for _ in range(min(64, len(self._todo)))]
            self._apply(batch, heading_format(), QTextCursor.mergeCharFormat)
        if self._todo:
            self._timer.start()

    def _first_visible(self) -> int:
        """The code-point-ish position of the first visible block (Qt positions are what
        the view knows; the difference, astral characters, does not matter here)."""
        return self._view.firstVisibleBlock().position()

    def _apply(self, spans: list[Span], fmt: QTextCharFormat,
               how: Callable[[QTextCursor, QTextCharFormat], None]) -> None:
        if not spans:
            return
        document = self._view.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        to_qt = self.to_qt
        for start, end in spans:
            cursor.setPosition(to_qt(start))
            cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            how(cursor, fmt)
        cursor.endEditBlock()
        document.setModified(False)
