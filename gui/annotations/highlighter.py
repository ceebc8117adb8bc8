"""Paints annotations into the text view's QTextDocument with their tags' colours.

Each character covered by annotations gets a background tinted into the page from the
colours of every tag covering it (light tint on a light page, dark on a dark one), plus an
underline in the colour of the innermost (shortest) annotation — wavy where tags overlap, so overlaps stay readable. Orphans are not
painted. Per block, the covering annotations are found by bisect on sorted starts and
merged into segments, one format range each, set on the block's layout in one call (few
calls also keep clear of the PySide6 6.12 / Python < 3.12 crash on void-returning calls,
see requirements.txt).
"""
from __future__ import annotations

import bisect
import html
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QTimer, Slot
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextDocument, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit

from gui.annotations.controller import Controller
from gui.viewer.offsets import OffsetMap
from model.annotations import Annotation, Change, Tag
from model.colors import average, highlight_tint

UNKNOWN_COLOR = "#888888"
#: A change touching more than 1/BULK_FRACTION of the blocks repaints the whole document.
BULK_FRACTION = 8
#: A document with more blocks than this is painted progressively: the visible blocks at
#: once, the rest in slices of about SLICE_MS on a zero timer (a full pass over 45,000
#: blocks with 10,000 annotations took 1.1 s in one piece).
PROGRESSIVE_BLOCKS = 3_000
SLICE_MS = 15
#: A reset with more annotations than this is indexed in the next turn of the event loop.
DEFER_RESET = 2_000


#: The page a new highlighter paints on until the view says otherwise (set_page_color).
DEFAULT_PAGE = "#fbfaf6"


def blend(colors: list[QColor], page: str = DEFAULT_PAGE) -> QColor:
    """The average of `colors` tinted into the `page` colour: a light tint on a light page,
    a dark one on a dark page, a little stronger where several overlap; opaque, so the
    text's contrast is known (model.colors, checked by a test)."""
    mixed = average([c.name() for c in colors])
    return QColor(highlight_tint(mixed, page, overlap=len(colors) > 1))


class AnnotationHighlighter(QObject):
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
        self._colors: dict[str, QColor] = {}
        self._spans: dict[str, tuple[int, int]] = {}  # id -> Qt span, for repaint after change
        self._tag_of: dict[str, str] = {}  # id -> tag id of its index entry
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._page = DEFAULT_PAGE
        self._visible = visible or (lambda: (0, 0))
        self._sweep: int | None = None  # next block of a progressive pass, None when none
        self._early: set[int] = set()  # blocks past the sweep already painted (on screen)
        self._slicer = QTimer(self)
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._paint_slice)
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
        self._formats = {}
        self._longest = max((e - s for s, e, _ in self._items), default=0)
        self._colors = {t.id: QColor(t.color) for t in aset.tags}

    def set_page_color(self, page: str) -> None:
        """The paper changed (light/dark scheme): tint the highlights for it."""
        if page == self._page:
            return
        self._page = page
        self._formats = {}
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
        doc = self.document()
        first, last = self._visible()
        block = doc.findBlockByNumber(max(first, 0))
        while block.isValid() and block.blockNumber() <= last + 1:
            self._paint_block(block)
            block = block.next()

    # --- progressive painting ---------------------------------------------------------------
    @property
    def painting(self) -> bool:
        """True while a progressive pass has blocks left to paint."""
        return self._sweep is not None

    def repaint_all(self) -> None:
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

    def finish_painting(self) -> None:
        """Paint what a progressive pass has left, now (tests, export of the view)."""
        while self._sweep is not None:
            self._paint_slice(budget_s=3600.0)

    def _stop_sweep(self) -> None:
        self._sweep, self._early = None, set()
        self._slicer.stop()

    def _painted(self, number: int) -> bool:
        return self._sweep is None or number < self._sweep or number in self._early

    def _paint_visible(self) -> None:
        doc = self.document()
        first, last = self._visible()
        block = doc.findBlockByNumber(max(first, 0))
        while block.isValid() and block.blockNumber() <= last + 1:
            number = block.blockNumber()
            if not self._painted(number):
                self._early.add(number)
                self._paint_block(block)
            block = block.next()

    def _paint_slice(self, budget_s: float = SLICE_MS / 1000) -> None:
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
        for start, end, tags in self._segments(base, base + block.length() - 1):
            paint = QTextLayout.FormatRange()
            paint.start, paint.length, paint.format = start - base, end - start, \
                self._format(tags)
            ranges.append(paint)
        layout = block.layout()
        if not ranges and not layout.formats():
            return
        layout.setFormats(ranges)
        block.document().markContentsDirty(base, block.length())

    def _segments(self, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
        """Maximal runs of [lo, hi) with the same covering tags (innermost last)."""
        items = self.covering(lo, hi)
        if not items:
            return []
        cuts = sorted({lo, hi, *(max(lo, s) for s, _, _ in items),
                       *(min(hi, e) for _, e, _ in items)})
        runs: list[tuple[int, int, list[str]]] = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            here = sorted((it for it in items if it[0] < b and it[1] > a),
                          key=lambda it: it[0] - it[1])  # longest first, innermost last
            tags = list(dict.fromkeys(t for _, _, t in here))
            if runs and runs[-1][2] == tags and runs[-1][1] == a:
                runs[-1] = (runs[-1][0], b, tags)
            elif tags:
                runs.append((a, b, tags))
        return runs

    def _format(self, tags: list[str]) -> QTextCharFormat:
        key = tuple(tags)
        if key not in self._formats:
            self._formats[key] = self._make_format(tags)
        return self._formats[key]

    def _make_format(self, tags: list[str]) -> QTextCharFormat:
        colors = [self._colors.get(t, QColor(UNKNOWN_COLOR)) for t in tags]
        fmt = QTextCharFormat()
        fmt.setBackground(blend(colors, self._page))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline if len(tags) == 1
                              else QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colors[-1])
        return fmt

    # --- queries for tooltips -------------------------------------------------------------
    def annotations_at(self, offset: int) -> list[Annotation]:
        """Non-orphaned annotations covering code point `offset`, outermost first."""
        found = self._controller.annotation_set.overlapping(offset, offset + 1)
        return sorted(found, key=lambda a: (a.start, -a.end))

    def annotations_at_position(self, position: int) -> list[Annotation]:
        """The same for a Qt (UTF-16) document position, e.g. from cursorForPosition."""
        return self.annotations_at(self._map.from_qt(position))


def visible_blocks(view: QPlainTextEdit) -> tuple[int, int]:
    """(first, last) numbers of the blocks `view` shows."""
    viewport = view.viewport()
    first = view.cursorForPosition(QPoint(0, 0)).blockNumber()
    last = view.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1))
    return first, last.blockNumber()


def tooltip_html(annotations: Iterable[Annotation], tags: Iterable[Tag], lang: str) -> str:
    """Rich-text tooltip: one entry per annotation with tag swatch, note and author."""
    by_id = {t.id: t for t in tags}
    parts = []
    for a in annotations:
        tag = by_id.get(a.tag)
        label = html.escape(tag.label(lang) if tag else a.tag)
        color = tag.color if tag else UNKNOWN_COLOR
        lines = [f'<span style="color:{color}">■</span> <b>{label}</b>']
        if a.note:
            lines.append(html.escape(a.note).replace("\n", "<br>"))
        if a.author:
            by = QCoreApplication.translate("AnnotationHighlighter", "by %1")
            lines.append(f"<i>{html.escape(by.replace('%1', a.author))}</i>")
        parts.append("<br>".join(lines))
    return "<hr>".join(parts)
