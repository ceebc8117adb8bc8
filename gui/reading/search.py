"""TextSearch: runs the find bar's query over the report (and notes), paints the hits,
moves between them and fills the results list."""
from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from gui.common import labels
from gui.reading.find_bar import FindBar
from gui.reading.results import ResultRow, SearchResults, context_of
from gui.viewer.text_view import TextView
from model.annotations import AnnotationSet
from model.errors import SearchBadRegex
from model.outline.tree import Outline
from model.reading import search
from model.reading.segmenter import Boundaries

LAYER = "search"
#: At most this many hits are painted at once: those nearest the viewport.
MAX_PAINTED = 1500


class TextSearch(QObject):
    """`boundaries()` gives the word edges of the current text, or None while they are
    being computed (whole-word search then waits and `refresh()` is called again)."""

    def __init__(self, view: TextView, bar: FindBar, results: SearchResults,
                 boundaries: Callable[[], Boundaries | None],
                 outline: Callable[[], Outline | None],
                 annotations: Callable[[], AnnotationSet],
                 show_annotation: Callable[[str], None] | None = None) -> None:
        super().__init__(bar)
        self._show_annotation = show_annotation  # a note hit goes to its annotation
        self.view, self.bar, self.results = view, bar, results
        self._boundaries, self._outline, self._annotations = boundaries, outline, annotations
        self.text = ""
        self.hits: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.note_rows: list[ResultRow] = []
        self.current = -1  # the hit last moved to; -1: none yet
        self.anchor = 0  # where the search started: typing goes to the first hit after it
        self._selected: tuple[int, int] | None = None  # the hit go_to selected in the text
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.setInterval(60)
        self._paint_timer.timeout.connect(self._paint)
        bar.query_changed.connect(self._on_query_changed)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.closed.connect(self._on_closed)
        results.row_activated.connect(self.go_to_row)
        view.verticalScrollBar().valueChanged.connect(self._paint_timer.start)

    def set_text(self, text: str) -> None:
        self.text = text
        self.refresh()

    def begin(self) -> None:
        """The bar opens: typing will go to the first hit from the cursor on."""
        self.anchor = self.view.cursor_offset()
        selected = self.view.selection_offsets()
        if selected is not None:
            self.anchor = selected[0]

    @Slot()
    def _on_query_changed(self) -> None:
        self.refresh()
        if self.hits:
            index = bisect.bisect_left(self._starts, self.anchor)
            self.go_to(index if index < len(self.hits) else 0)
        elif self._selected is not None and self.view.selection_offsets() == self._selected:
            # the hit typing selected a moment ago ("工" before "工x"): no match now, so no
            # highlight may stay beside "No matches"
            self.view.setTextCursor(self.view.cursor_for_offsets(self.anchor, self.anchor))
        self._selected = None if not self.hits else self._selected

    # searching --------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Run the query again (text, query or options changed)."""
        self.hits, self.current, self.note_rows = [], -1, []
        self.bar.set_error("")
        if self.bar.isVisible() and self.bar.query():
            self.hits = self._find()
        self._starts = [s for s, _ in self.hits]
        if self.bar.isVisible() and self.bar.search_notes() and self.bar.query():
            self._find_notes()
        self._update_count()
        self._paint()
        self._fill_results()

    def _find(self) -> list[tuple[int, int]]:
        mode = self.bar.mode()
        bounds = None
        if mode == "word":
            bounds = self._boundaries()
            if bounds is None or len(bounds) != len(self.text):
                self.bar.set_error(self.tr("Segmenting… whole-word search follows."))
                return []
        try:
            return search.find(self.text, self.bar.query(), mode=mode, boundaries=bounds,
                               case_sensitive=self.bar.case_sensitive())
        except SearchBadRegex:
            self.bar.set_error(labels.error_text("search_bad_regex"))
            return []

    def _find_notes(self) -> None:
        outline = self._outline()
        found = search.find_in_notes(self._annotations(), self.bar.query(),
                                     case_sensitive=self.bar.case_sensitive())
        self.note_rows = [ResultRow(a.start, a.end, self._section(outline, a.start),
                                    a.note.replace("\n", " "), annotation_id=a.id)
                          for a in found]

    def _update_count(self) -> None:
        if not self.bar.query():
            self.bar.set_count("")
            return
        if not self.hits:
            text = self.tr("No matches")
        elif self.current < 0:
            text = self.tr("%1 matches").replace("%1", str(len(self.hits)))
        else:
            text = f"{self.current + 1} / {len(self.hits)}"
        if self.note_rows:
            text += "  " + self.tr("+ %1 in notes").replace("%1", str(len(self.note_rows)))
        self.bar.set_count(text)

    # moving ---------------------------------------------------------------------------------
    @Slot()
    def next(self) -> None:
        self._step(1)

    @Slot()
    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.hits:
            return
        if self.current < 0:  # first step: from the cursor
            index = bisect.bisect_left(self._starts, self.view.cursor_offset())
            self.go_to((index if delta > 0 else index - 1) % len(self.hits))
        else:
            self.go_to((self.current + delta) % len(self.hits))

    def go_to(self, index: int) -> None:
        """Select hit `index` in the text and scroll to it."""
        self.current = index
        start, end = self._selected = self.hits[index]
        self.view.setTextCursor(self.view.cursor_for_offsets(start, end))
        self.view.centerCursor()
        self._update_count()
        self._paint()

    @Slot(object)
    def go_to_row(self, row: ResultRow) -> None:
        if row.hit >= 0 and row.hit < len(self.hits):
            self.go_to(row.hit)
        elif row.annotation_id and self._show_annotation is not None:
            self._show_annotation(row.annotation_id)
        else:
            self.view.setTextCursor(self.view.cursor_for_offsets(row.start, row.end))
            self.view.centerCursor()

    # painting -----------------------------------------------------------------------------
    @Slot()
    def _paint(self) -> None:
        if not self.hits:
            self.view.extra_selection_layers.clear_layer(LAYER)
            return
        top = self.view.reading_offset()
        first = max(0, bisect.bisect_left(self._starts, top) - MAX_PAINTED // 3)
        shown = range(first, min(len(self.hits), first + MAX_PAINTED))
        plain, current = _formats()
        selections = []
        for index in shown:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self.view.cursor_for_offsets(*self.hits[index])
            mark.format = current if index == self.current else plain
            selections.append(mark)
        self.view.extra_selection_layers.set_layer(LAYER, selections)

    def _fill_results(self) -> None:
        outline = self._outline()
        rows = [ResultRow(s, e, self._section(outline, s), context_of(self.text, s, e), hit=i)
                for i, (s, e) in enumerate(self.hits[:1000])]
        self.results.set_rows(self.note_rows + rows, len(self.note_rows) + len(self.hits))

    @staticmethod
    def _section(outline: Outline | None, offset: int) -> str:
        if outline is None:
            return ""
        return labels.section_path([n.label for n in outline.path_at(offset)])

    @Slot()
    def _on_closed(self) -> None:
        self.refresh()
        self.view.setFocus()


def _formats() -> tuple[QTextCharFormat, QTextCharFormat]:
    plain = QTextCharFormat()
    plain.setBackground(QColor("#fff1a8"))
    plain.setForeground(QColor("#1b1e22"))  # dark ink on the yellow, in a dark scheme too
    current = QTextCharFormat()
    current.setBackground(QColor("#ffb74d"))
    current.setForeground(QColor("#1b1e22"))
    return plain, current
