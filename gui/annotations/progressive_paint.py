"""Painting a large document progressively: the blocks on screen at once, the rest in
slices of about SLICE_MS on a zero timer (a full pass over 45,000 blocks with 10,000
annotations took 1.1 s in one piece), so the window never stalls on it.

A mixin of gui/annotations/highlighter.py (AnnotationHighlighter), which provides
`document()`, `_visible()` (the first and last block numbers on screen) and
`_paint_block(block)`, and calls `_init_progressive()` when it is built.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

#: A document with more blocks than this is painted progressively.
PROGRESSIVE_BLOCKS = 3_000
SLICE_MS = 15


class ProgressivePainting:
    """repaint_all(), finish_painting() and `painting` (see the module docstring)."""

    def _init_progressive(self: Any) -> None:
        self._sweep: int | None = None  # next block of a progressive pass, None when none
        self._early: set[int] = set()  # blocks past the sweep already painted (on screen)
        self._slicer = QTimer(self)
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._paint_slice)

    @property
    def painting(self: Any) -> bool:
        """True while a progressive pass has blocks left to paint."""
        return self._sweep is not None

    def repaint_all(self: Any) -> None:
        """Repaint every block: at once on a small document; on a large one the visible
        blocks now and the rest in slices, so the window never stalls on it."""
        doc = self.document()
        if doc.blockCount() <= PROGRESSIVE_BLOCKS:
            self._stop_sweep()
            block = doc.begin()
            while block.isValid():
                self._paint_block(block)
                block = block.next()
            return
        self._sweep, self._early = 0, set()
        self._paint_visible()
        self._slicer.start()

    def finish_painting(self: Any) -> None:
        """Paint what a progressive pass has left, now (tests, export of the view)."""
        while self._sweep is not None:
            self._paint_slice(budget_s=3600.0)

    def _stop_sweep(self: Any) -> None:
        self._sweep, self._early = None, set()
        self._slicer.stop()

    def _painted(self: Any, number: int) -> bool:
        return self._sweep is None or number < self._sweep or number in self._early

    def _blocks_on_screen(self: Any) -> Iterator[QTextBlock]:
        """The blocks on screen, and the one after them."""
        first, last = self._visible()
        block = self.document().findBlockByNumber(max(first, 0))
        while block.isValid() and block.blockNumber() <= last + 1:
            yield block
            block = block.next()

    def _paint_visible(self: Any) -> None:
        for block in self._blocks_on_screen():
            number = block.blockNumber()
            if not self._painted(number):
                self._early.add(number)
                self._paint_block(block)

    def _paint_slice(self: Any, budget_s: float = SLICE_MS / 1000) -> None:
        doc = self.document()
        if self._sweep is None:
            return
        self._paint_visible()  # the reader may have scrolled to blocks not painted yet
        deadline = time.perf_counter() + budget_s
        block = doc.findBlockByNumber(self._sweep)
        while block.isValid():
            number = block.blockNumber()
            self._sweep = number + 1
            if number not in self._early:
                self._paint_block(block)
            block = block.next()
            if number % 8 == 0 and time.perf_counter() > deadline:
                break
        if block.isValid():
            self._early = {n for n in self._early if n >= self._sweep}
            self._slicer.start()
        else:
            self._stop_sweep()


def visible_blocks(view: QPlainTextEdit) -> tuple[int, int]:
    """(first, last) numbers of the blocks `view` shows."""
    viewport = view.viewport()
    first = view.cursorForPosition(QPoint(0, 0)).blockNumber()
    last = view.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1))
    return first, last.blockNumber()
