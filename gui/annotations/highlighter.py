"""Paints annotations into the text view's QTextDocument with their tags' colours.

Each character covered by annotations gets the look of the tags covering it
(gui/annotations/highlight_formats.py); orphans are not painted. Per block, the covering annotations are found by bisect on sorted starts and
merged into segments, one format range each, set on the block's layout in one call (few
calls also keep clear of the PySide6 6.12 / Python < 3.12 crash on void-returning calls,
see requirements.txt). A large document is painted progressively
(gui/annotations/progressive_paint.py).
"""
from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout

from gui.annotations.controller import Controller
from gui.annotations.highlight_formats import TagFormats, segments
from gui.annotations.progressive_paint import ProgressivePainting
from gui.viewer.offsets import OffsetMap
from model.annotations import Annotation, Change

#: A change touching more than 1/BULK_FRACTION of the blocks repaints the whole document.
BULK_FRACTION = 8
#: A reset with more annotations than this is indexed in the next turn of the event loop.
DEFER_RESET = 2_000


class AnnotationHighlighter(ProgressivePainting, QObject):
    """Keeps the document's annotation formats in step with the controller.

    The formats go straight into the blocks' layouts (QTextLayout.setFormats, what
    QSyntaxHighlighter does underneath), block by block as asked: no QSyntaxHighlighter,
    whose automatic passes call Python for every block of every new text and again on
    attaching (46,000 calls on a 5 MB report: 0.1 s alone, several times that while a
    worker thread wants the GIL), and which cannot follow the view to a new document
    without such a pass. `document` is the QTextDocument, or a callable returning the
    one the view shows now (the view may build a large text's document in a worker).

    Connect `controller.annotations_changed` → `on_change` (done here). The document text
    must be the controller's report text. `offset_map`, when given, returns the map the text
    view already built for that text, so it is not built twice per report. `visible`, when
    given, returns the (first, last) block numbers on screen: on a large document those are
    painted first and the rest follows in slices (`painting` is True meanwhile).
    """

    def __init__(self, document: QTextDocument | Callable[[], QTextDocument],
                 controller: Controller,
                 offset_map: Callable[[], OffsetMap] | None = None,
                 visible: Callable[[], tuple[int, int]] | None = None) -> None:
        super().__init__(None)
        self._document: Callable[[], QTextDocument] = (
            document if callable(document) else (lambda: document))
        self._controller = controller
        self._offset_map = offset_map or (lambda: OffsetMap(self._controller.text))
        self._map = OffsetMap("")
        self._starts: list[int] = []  # Qt positions, ascending
        self._items: list[tuple[int, int, str]] = []  # (qt start, qt end, tag id) by start
        self._longest = 0
        self._spans: dict[str, tuple[int, int]] = {}  # id -> Qt span, for repaint after change
        self._tag_of: dict[str, str] = {}  # id -> tag id of its index entry
        self._look = TagFormats()
        self._visible = visible or (lambda: (0, 0))
        self._init_progressive()
        self._resetter = QTimer(self)
        self._resetter.setSingleShot(True)
        self._resetter.setInterval(0)
        self._resetter.timeout.connect(self._deferred_reset)
        self._rebuild(new_text=True)
        if self._items:
            self.repaint_all()
        controller.annotations_changed.connect(self.on_change)

    def document(self) -> QTextDocument:
        """The document painted now."""
        return self._document()

    def text_replaced(self) -> None:
        """The view shows a new document or text: a pass over the old one stops, and the
        annotations known are painted on the new one (none, usually: they were reset on
        closing, and the new report's come with its reset)."""
        self._stop_sweep()
        if self._items:
            self.repaint_all()

    # --- index ------------------------------------------------------------------------
    def _rebuild(self, new_text: bool = False) -> None:
        if new_text:
            self._map = self._offset_map()
        to_qt = self._map.to_qt
        aset = self._controller.annotation_set
        spans: dict[str, tuple[int, int]] = {}
        tag_of: dict[str, str] = {}
        items: list[tuple[int, int, str]] = []
        for a in aset:  # one pass (10,000 annotations: three passes were ~15 ms at open)
            if not a.orphaned:
                span = spans[a.id] = (to_qt(a.start), to_qt(a.end))
                tag_of[a.id] = a.tag
                items.append((*span, a.tag))
        items.sort()
        self._spans, self._tag_of, self._items = spans, tag_of, items
        self._starts = [s for s, _, _ in self._items]
        self._longest = max((e - s for s, e, _ in self._items), default=0)
        self._look.set_tags(aset.tags)

    def set_page_color(self, page: str) -> None:
        """The paper changed (light/dark scheme): tint the highlights for it."""
        if not self._look.set_page(page):
            return
        if self._items:
            self.repaint_all()

    def covering(self, qt_start: int, qt_end: int) -> list[tuple[int, int, str]]:
        """Indexed (start, end, tag) in Qt positions that touch [qt_start, qt_end)."""
        lo = bisect.bisect_left(self._starts, qt_start - self._longest)
        hi = bisect.bisect_left(self._starts, qt_end)
        return [it for it in self._items[lo:hi] if it[1] > qt_start]

    # --- updates ------------------------------------------------------------------------
    def _reindex(self, ids: tuple[str, ...]) -> list[tuple[int, int]]:
        """Update the index for these annotations only (O(log n) search + list insert
        each, instead of re-sorting 10,000 entries); returns their old and new spans."""
        aset, to_qt, touched = self._controller.annotation_set, self._map.to_qt, []
        for ident in ids:
            old = self._spans.pop(ident, None)
            if old is not None:
                entry = (*old, self._tag_of.pop(ident))
                at = bisect.bisect_left(self._items, entry)
                if at < len(self._items) and self._items[at] == entry:
                    del self._items[at]
                    del self._starts[at]
                touched.append(old)
            a = aset.get(ident) if ident in aset else None
            if a is not None and not a.orphaned:
                span = (to_qt(a.start), to_qt(a.end))
                entry = (*span, a.tag)
                at = bisect.bisect_left(self._items, entry)
                self._items.insert(at, entry)
                self._starts.insert(at, span[0])
                self._spans[ident], self._tag_of[ident] = span, a.tag
                self._longest = max(self._longest, span[1] - span[0])
                touched.append(span)
        return touched

    @Slot(object)
    def on_change(self, change: Change) -> None:
        """Update the index and repaint only the blocks the change touched (the old and
        new spans of its annotations); a change touching many blocks repaints all. A
        large set's reset (a sidecar just loaded) is indexed in the next turn of the
        event loop, so that it does not add to the other views' resets in one stall;
        changes meanwhile are covered by it."""
        if change.kind == "reset" and len(self._controller.annotation_set) > DEFER_RESET:
            self._resetter.start()
            return
        if self._resetter.isActive():
            return
        self._update(change)

    @Slot()
    def _deferred_reset(self) -> None:
        self._update(Change("reset"))

    def _update(self, change: Change) -> None:
        if change.kind == "reset" and self._controller.report is None and self._items:
            self._closing()
            return
        if change.kind in ("reset", "tags") or change.span is None:
            old = list(self._spans.values())
            self._rebuild(new_text=change.kind == "reset")
            if change.kind == "tags":
                self.repaint_all()
                return
            spans = old + list(self._spans.values())  # blocks that were or are painted
            if len(spans) > self.document().blockCount() // BULK_FRACTION:
                # as many spans as the blocks that make a bulk repaint: repaint without
                # finding each one's blocks (10,000 annotations: ~4,000 findBlock calls,
                # 25–35 ms of the window's thread at open)
                self.repaint_all()
                return
        else:
            spans = self._reindex(change.ids)
        doc = self.document()
        if len(spans) > doc.blockCount() // BULK_FRACTION:  # many blocks, surely: no need
            self.repaint_all()  # to look each span up (10,000 on a reset: 20–40 ms)
            return
        blocks: set[int] = set()
        for qt_start, qt_end in spans:
            first = doc.findBlock(qt_start).blockNumber()
            last = doc.findBlock(max(qt_end - 1, qt_start)).blockNumber()
            blocks.update(range(first, last + 1))
            if len(blocks) > doc.blockCount() // BULK_FRACTION:
                self.repaint_all()
                return
        for number in sorted(blocks):
            self._paint_block(doc.findBlockByNumber(number))

    def _closing(self) -> None:
        """The report's annotations closed (controller.report is None): its text is
        replaced or cleared next (the session's text_ready or closed), so only the blocks
        on screen are cleared now; a pass over the whole old document (45,000 blocks on
        5 MB) would only delay showing the next report."""
        self._rebuild(new_text=True)
        self._stop_sweep()
        for block in self._blocks_on_screen():
            self._paint_block(block)

    def rehighlight_span(self, start: int, end: int) -> None:
        """Repaint the blocks holding code points [start, end)."""
        doc = self.document()
        block = doc.findBlock(self._map.to_qt(start))
        last = doc.findBlock(max(self._map.to_qt(end) - 1, 0)).blockNumber()
        while block.isValid() and block.blockNumber() <= last:
            self._paint_block(block)
            block = block.next()

    def _paint_block(self, block: QTextBlock) -> None:
        """Give one block the formats of the annotations covering it (none: cleared)."""
        if not block.isValid():  # past the end of a text still being built
            return
        base = block.position()
        ranges = []
        lo, hi = base, base + block.length() - 1
        for start, end, tags in segments(self.covering(lo, hi), lo, hi):
            paint = QTextLayout.FormatRange()
            paint.start, paint.length, paint.format = start - base, end - start, \
                self._look.format(tags)
            ranges.append(paint)
        layout = block.layout()
        if not ranges and not layout.formats():
            return
        layout.setFormats(ranges)
        block.document().markContentsDirty(base, block.length())

    # --- queries for tooltips -------------------------------------------------------------
    def annotations_at(self, offset: int) -> list[Annotation]:
        """Non-orphaned annotations covering code point `offset`, outermost first."""
        found = self._controller.annotation_set.overlapping(offset, offset + 1)
        return sorted(found, key=lambda a: (a.start, -a.end))

    def annotations_at_position(self, position: int) -> list[Annotation]:
        """The same for a Qt (UTF-16) document position, e.g. from cursorForPosition."""
        return self.annotations_at(self._map.from_qt(position))


