"""TextView: the read-only report text. The only place that converts between model
code-point offsets and Qt UTF-16 positions (through gui.viewer.offsets.OffsetMap).
Its page (font, zoom, margins, palette) is in gui/viewer/page_look.py, what the pointer
and the context menu do in gui/viewer/text_pointer.py (mixins)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QMenu, QPlainTextEdit, QTextEdit, QWidget

from gui.common import scheme
from gui.viewer.document_builds import DocumentBuilds
from gui.viewer.heading_marks import HeadingMarks
from gui.viewer.offsets import OffsetMap
from gui.viewer.page_look import PageLook
from gui.viewer.selection_layers import SelectionLayers
from gui.viewer.text_pointer import TextPointer
from model.colors import highlight_tint
from model.report.loading import Report

REVEAL_LAYER = "reveal"
#: The amber of a revealed span, tinted into the page like a tag's highlight.
REVEAL_COLOR = "#f2c14e"
#: A text at least this long, shown while the view is visible, gets its document built in
#: a worker thread (gui/viewer/document_builds.py); its first HEAD_CHARS are shown at
#: once, at the same positions, so the text is visible at once.
ASYNC_TEXT_CHARS = 300_000
HEAD_CHARS = 20_000
DOCUMENT_MARGIN = 18


class TextView(PageLook, TextPointer, QPlainTextEdit):
    """Signals: position_changed(int) — code-point offset of the reading position (the
    cursor after it moved, otherwise the top of the viewport); zoom_changed(int);
    scheme_changed(bool dark) — the window switched between light and dark (the page
    colours are already updated); text_replaced() — the document holds a new text in
    full (`complete` is False while a large one is still being built: only its head is
    shown, and heading marks, a reveal and the reading position wait for the rest)."""

    position_changed = Signal(int)
    zoom_changed = Signal(int)
    scheme_changed = Signal(bool)
    #: The document holds a new text, in full (after set_report; for a large text when
    #: the document built in the background is shown): formats painted into the old
    #: blocks are gone.
    text_replaced = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("text_view")
        self.setAccessibleName(self.tr("Report text"))
        self.setAccessibleDescription(self.tr("The report, read-only; select text and press a "
                                              "digit to tag it"))
        self.setReadOnly(True)
        # Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard, as a number: reading Qt's
        # namespace (its ~100 enums) costs ~10 ms of start-up (bench.startup)
        self.setProperty("textInteractionFlags", 1 | 2)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.async_text_chars = ASYNC_TEXT_CHARS
        self._builds = DocumentBuilds(self)
        self._builds.built.connect(self._on_built)
        self._building: int | None = None  # the job building the shown text's document
        self._own: QTextDocument | None = None  # a document built here (Python owns it)
        self._waiting_spans: list[tuple[int, int]] | None = None  # headings, once complete
        self._waiting_reveal: tuple[int, int, bool] | None = None
        self.offset_map = OffsetMap("")
        self.extra_selection_layers = SelectionLayers(self.setExtraSelections)
        #: offset -> (start, end) of the word there, or None for Qt's own word selection
        self.word_span_provider: Callable[[int], tuple[int, int] | None] | None = None
        #: offset -> rich-text tooltip for the character there ("" for none)
        self.tooltip_provider: Callable[[int], str] | None = None
        #: callables (menu, offset) adding entries to the text's context menu
        self.context_menu_extenders: list[Callable[[QMenu, int], None]] = []
        self._zoom = 0
        self._in_margins = False
        self._top: int | None = None  # reading offset to keep across relayouts
        self._headings = HeadingMarks(self, self.offset_map.to_qt)  # set_heading_spans
        self._pinning = False
        self._cursor_moved = False
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(30)
        self._emit_timer.timeout.connect(self._emit_position)
        self._apply_font()
        self.dark = scheme.is_dark()
        self._applying = False
        self._apply_palette()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._check_scheme)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # content --------------------------------------------------------------------------
    def set_report(self, report: Report | None) -> None:
        """Show a report's canonical text (None clears the view). A long one, while the
        view is visible, shows its head at once and the whole when its document, built in
        the background, is ready (`complete`; text_replaced follows)."""
        text = report.text if report is not None else ""
        self._builds.cancel()
        self._building = None
        self._waiting_spans = self._waiting_reveal = None
        self.extra_selection_layers.clear_all()
        self.offset_map = OffsetMap(text)
        self._top = None
        self._headings.reset(self.offset_map.to_qt)
        if len(text) >= self.async_text_chars and self.window().isVisible():
            cut = text.find("\n", HEAD_CHARS)
            self.setPlainText(text[:cut] if cut >= 0 else text)
            self._building = self._builds.start(text)
            return
        self.setPlainText(text)
        self.text_replaced.emit()

    @property
    def complete(self) -> bool:
        """The document holds the whole text (not only the head of a long one)."""
        return self._building is None

    @Slot(int, object)
    def _on_built(self, job_id: int, document: QTextDocument) -> None:
        """The long text's document is ready: show it in place of the head, keeping the
        cursor or selection, and do what waited for the whole text."""
        if job_id != self._building:
            return
        self._building = None
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setDefaultFont(self.font())
        pinning, self._pinning = self._pinning, True
        try:
            self.setDocument(document)
        finally:
            self._pinning = pinning
        self._own = document  # the one before (if built here) is deleted with its reference
        self.extra_selection_layers.clear_all()  # their cursors were in the head's document
        if anchor or position:
            moved = QTextCursor(document)
            moved.setPosition(anchor)
            moved.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(moved)
        spans, self._waiting_spans = self._waiting_spans, None
        if spans is not None:
            self._headings.set_spans(spans)
        reveal, self._waiting_reveal = self._waiting_reveal, None
        if reveal is not None:
            self.reveal(*reveal)
        elif self._top is not None:
            self._scroll_to_line_of(self._top)
        self.text_replaced.emit()

    def set_heading_spans(self, spans: list[tuple[int, int]]) -> None:
        """Draw these code-point spans bold, and those drawn before but not given any more
        plain again (a corrected outline). The formats go into the (read-only, undo-less)
        document itself, so they change the layout correctly and stay under the
        annotation highlighter's formats; on a report's first outline the visible ones
        at once and the rest in slices (gui/viewer/heading_marks.py); while a long text
        is still being built, once it is complete."""
        if self._building is not None:
            self._waiting_spans = list(spans)
            return
        self._headings.set_spans(spans)

    def finish_headings(self) -> None:
        """Mark the headings still waiting for their slice, now."""
        self._headings.finish()

    # offsets ----------------------------------------------------------------------------
    def cursor_offset(self) -> int:
        return self.offset_map.from_qt(self.textCursor().position())

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected span in code points, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.offset_map.from_qt(cursor.selectionStart()),
                self.offset_map.from_qt(cursor.selectionEnd()))

    def reading_offset(self) -> int:
        """Code-point offset of the first character at the top of the viewport (while a
        long text is built: where it will be)."""
        if self._building is not None and self._top is not None:
            return self._top
        return self.offset_map.from_qt(self.cursorForPosition(QPoint(1, 1)).position())

    def cursor_for_offsets(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting a code-point span (for building extra selections)."""
        cursor = QTextCursor(self.document())
        limit = self.document().characterCount() - 1
        cursor.setPosition(min(self.offset_map.to_qt(start), limit))
        cursor.setPosition(min(self.offset_map.to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # navigation ---------------------------------------------------------------------------
    def reveal(self, start: int, end: int, select: bool = True) -> None:
        """Scroll so the line holding `start` is at the top; select start..end (or only
        place the cursor there) and mark the span softly (a long text still being built:
        once it is complete)."""
        if self._building is not None:
            self._waiting_reveal = (start, end, select)
            self._top = start
            return
        cursor = self.cursor_for_offsets(start, end)
        if not select:
            cursor.setPosition(cursor.selectionStart())
        self.setTextCursor(cursor)
        self.scroll_to_offset(start)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = self.cursor_for_offsets(start, end)
        mark.format = _reveal_format(self.page_color())
        self.extra_selection_layers.set_layer(REVEAL_LAYER, [mark])

    def scroll_to_offset(self, offset: int) -> None:
        """Put the visual line holding `offset` at the top of the viewport (and keep it
        there when the layout changes, until the reader scrolls)."""
        self._top = offset
        self._scroll_to_line_of(offset)

    def _scroll_to_line_of(self, offset: int) -> None:
        position = self.offset_map.to_qt(offset)
        block = self.document().findBlock(position)
        if not block.isValid():
            return
        line = block.firstLineNumber()
        layout = block.layout()
        if layout is not None and layout.lineCount() > 0:
            line += layout.lineForTextPosition(position - block.position()).lineNumber()
        self._pinning = True
        try:
            self.verticalScrollBar().setValue(line)
        finally:
            self._pinning = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep lines at a readable length by centring the text column."""
        if not self._in_margins:
            self._update_margins(event.size().width())
        pinning, self._pinning = self._pinning, True
        try:
            super().resizeEvent(event)
        finally:
            self._pinning = pinning
        if self._top is not None:  # relayout moves lines: keep the same text at the top
            self._scroll_to_line_of(self._top)

    # internals ------------------------------------------------------------------------------
    @Slot()
    def _on_cursor_moved(self) -> None:
        self._cursor_moved = True
        self._emit_timer.start()

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if not self._pinning:
            self._top = self.reading_offset()
        self._emit_timer.start()

    @Slot()
    def _emit_position(self) -> None:
        moved, self._cursor_moved = self._cursor_moved, False
        on_screen = self.viewport().rect().intersects(self.cursorRect())
        self.position_changed.emit(
            self.cursor_offset() if moved and on_screen else self.reading_offset())


def _reveal_format(page: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(highlight_tint(REVEAL_COLOR, page)))
    fmt.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
    return fmt
