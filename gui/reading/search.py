"""TextSearch: runs the find bar's query over the report (and notes), paints the hits,
moves between them and fills the results list.

The search runs off the window's thread (issue 12): typing only restarts a 120 ms
debounce and shows "…"; the query then runs in a Python thread over the report's folded
text (folded once per report, model.reading.search.FoldedText) and its hits come back by
a queued signal. The latest query wins: a new one cancels the running search and any
older result that still arrives is dropped. A regular expression runs in a worker
process (model/reading/regex_worker.py) that is killed after 2 s, since `re` cannot be
interrupted and holds the GIL.
"""
from __future__ import annotations

import bisect
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from gui.common import labels
from gui.reading.find_bar import FindBar
from gui.reading.results import ResultRow, SearchResults, context_of
from gui.viewer.text_view import TextView
from model.annotations import Annotation, AnnotationSet
from model.errors import SearchError
from model.outline.tree import Outline
from model.reading import regex_worker, search
from model.reading.segmenter import Boundaries

LAYER = "search"
#: At most this many hits are painted at once: those nearest the viewport.
MAX_PAINTED = 1500
#: Typing waits this long for the next key before it searches.
DEBOUNCE_MS = 120
#: Shown as the count while a search runs.
PENDING = "…"


@dataclass
class _Job:
    """One query, as the window saw it when it started."""
    generation: int
    folded: search.FoldedText
    query: str
    mode: str
    case_sensitive: bool
    boundaries: Boundaries | None
    notes: list[Annotation] | None  # the annotations to search the notes of, or None
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass
class _Outcome:
    generation: int
    hits: list[tuple[int, int]]
    notes: list[Annotation]
    error: str = ""  # an error code (labels.error_text), or ""


def _run(job: _Job, relay: _Relay) -> None:
    """The search proper, on a background thread; the outcome goes back by relay."""
    cancelled = job.cancel.is_set
    hits: list[tuple[int, int]] = []
    error = ""
    try:
        if job.mode == "regex":
            compiled = search.compile_query(job.query, job.case_sensitive)
            hits = regex_worker.run(compiled, job.folded.form(True, cancelled),
                                    cancelled=cancelled)
        else:
            hits = search.find(job.folded.text, job.query, mode=job.mode,
                               boundaries=job.boundaries, case_sensitive=job.case_sensitive,
                               folded=job.folded, cancelled=cancelled)
    except search.Cancelled:
        return
    except SearchError as exc:  # bad or too slow a regex, a failed worker
        error = exc.code
    notes = [] if job.notes is None else search.find_in_notes(
        job.notes, job.query, case_sensitive=job.case_sensitive)
    if cancelled():
        return
    try:
        relay.finished.emit(_Outcome(job.generation, hits, notes, error))
    except RuntimeError:  # the window is gone
        pass


class _Relay(QObject):
    """Carries a background search's outcome to the window's thread (a queued signal)."""
    finished = Signal(object)


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
        self._folded = search.FoldedText("")
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
        self._generation = 0  # of the latest search started; older outcomes are dropped
        self._job: _Job | None = None  # the search running, if any
        self._move = False  # the outcome goes to the first hit after the anchor
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._listed = True  # the results list shows the current hits (else: on its Show)
        results.installEventFilter(self)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        bar.query_changed.connect(self._on_query_changed)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.closed.connect(self._on_closed)
        results.row_activated.connect(self.go_to_row)
        view.verticalScrollBar().valueChanged.connect(self._paint_timer.start)

    def set_text(self, text: str) -> None:
        self.text = text
        self._folded = search.FoldedText(text)  # folded on first search, then kept
        self.refresh()

    @property
    def busy(self) -> bool:
        """Whether a search is waiting to start or running (its hits are not shown yet)."""
        return self._debounce.isActive() or self._job is not None

    def cancel(self) -> None:
        """Stop any search (the window closes): no outcome will be shown."""
        self._debounce.stop()
        self._generation += 1
        if self._job is not None:
            self._job.cancel.set()
            self._job = None

    def begin(self) -> None:
        """The bar opens: typing will go to the first hit from the cursor on."""
        self.anchor = self.view.cursor_offset()
        selected = self.view.selection_offsets()
        if selected is not None:
            self.anchor = selected[0]

    @Slot()
    def _on_query_changed(self) -> None:
        """A key: search once typing pauses, showing "…" meanwhile."""
        self.cancel()  # whatever runs now is for an older query
        self._move = True
        if self.bar.isVisible() and self.bar.query():
            self.bar.set_count(PENDING)
        self._debounce.start()

    def _moved_to_first(self) -> None:
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
        """Run the query again (text, query or options changed), in the background."""
        self._debounce.stop()
        self.cancel()
        query = self.bar.query()
        if not (self.bar.isVisible() and query):
            self._show(_Outcome(self._generation, [], []))
            return
        mode, bounds = self.bar.mode(), None
        if mode == "word":
            bounds = self._boundaries()
            if bounds is None or len(bounds) != len(self.text):
                self._show(_Outcome(self._generation, [], []))
                self.bar.set_error(self.tr("Segmenting… whole-word search follows."))
                return
        notes = list(self._annotations()) if self.bar.search_notes() else None
        self._job = _Job(self._generation, self._folded, query, mode,
                         self.bar.case_sensitive(), bounds, notes)
        self.bar.set_count(PENDING)
        threading.Thread(target=_run, args=(self._job, self._relay), daemon=True,
                         name="yuepi-find").start()

    @Slot(object)
    def _on_finished(self, outcome: _Outcome) -> None:
        if outcome.generation != self._generation:
            return  # an older query's: a newer one is running or shown
        self._job = None
        self._show(outcome)

    def _show(self, outcome: _Outcome) -> None:
        """Take a search's outcome: count, paint, move (after typing), list."""
        self.hits, self.current = outcome.hits, -1
        self._starts = [s for s, _ in self.hits]
        self.bar.set_error(labels.error_text(outcome.error) if outcome.error else "")
        self._find_notes(outcome.notes)
        move, self._move = self._move, False
        if move and self.bar.isVisible():
            self._moved_to_first()
        if self.current < 0:  # go_to counted and painted already
            self._update_count()
            self._paint()
        self._fill_results()

    def _find_notes(self, found: list[Annotation]) -> None:
        outline = self._outline() if found else None
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
            text = self.tr("%n match(es)", "", len(self.hits))
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
        if self._debounce.isActive():  # Enter right after typing: search now, go to its first
            self.refresh()
            return
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
        self._paint_timer.stop()  # centering scrolled: painted for the new place already

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
        # the screenful shown and one more on each side (a scroll repaints after 60 ms):
        # each painted hit costs a cursor, so a dense query must not paint thousands
        view = self.view
        top = view.reading_offset()
        corner = view.viewport().rect().bottomRight()
        bottom = view.offset_map.from_qt(view.cursorForPosition(corner).position())
        margin = max(bottom - top, 0) + 1
        first = bisect.bisect_left(self._starts, top - margin)
        last = bisect.bisect_right(self._starts, bottom + margin)
        shown = range(first, min(last, first + MAX_PAINTED))
        plain, current = _formats()
        selections = []
        for index in shown:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self.view.cursor_for_offsets(*self.hits[index])
            mark.format = current if index == self.current else plain
            selections.append(mark)
        self.view.extra_selection_layers.set_layer(LAYER, selections)

    def _fill_results(self) -> None:
        """List the hits now if the list is in sight, else when it is shown (1,000 rows
        with their sections cost a keystroke's budget, mostly for nobody)."""
        self._listed = self.results.isVisible()
        if self._listed:
            self._list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.Show and not self._listed:
            self._listed = True
            self._list()
        return super().eventFilter(watched, event)

    def _list(self) -> None:
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
