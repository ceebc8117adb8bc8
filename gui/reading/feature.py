"""Reading Chinese in the window: jieba in the background, the find bar and its results,
word-wise double-click, growing selections, keywords, formulations, suggested tags and
the reviewer's own dictionary. Built once by the window, through its Host interface. Its
menu commands (find, grow and shrink the selection, add a word) are in
gui/reading/commands.py."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel

from gui.common import labels
from gui.reading.commands import ReadingCommands
from gui.reading.find_bar import FindBar
from gui.reading.jobs import Analysis, SegmentJobs
from gui.reading.keywords_panel import KeywordsPanel
from gui.reading.learning_feature import SuggestionLearning
from gui.reading.results import SearchResults
from gui.reading.search import TextSearch
from gui.reading.suggestions import Preranked, SuggestionFeature
from gui.reading.suggestions_panel import SuggestionsPanel
from model.outline.tree import Outline, OutlineNode
from model.reading.segmenter import Boundaries, Segmenter, default_segmenter
from model.report.loading import Report

if TYPE_CHECKING:
    from gui.common.host import Host

#: Background work starts this long after the window or a report is shown: the first
#: paint must not compete with the worker for the GIL (reading jieba's cache holds it for
#: about 0.13 s).
BACKGROUND_DELAY_MS = 150
#: A window that has not painted after this long (hidden behind a modal dialog…) gets
#: its analysis anyway.
FIRST_PAINT_WAIT_S = 3.0
#: Reports at least this long show "Segmenting… n%" in the status bar.
PROGRESS_CHARS = 50_000
MIN_DOCK_WIDTH = 160
FIRST_DOCK_SHARE = 0.3  # the right-hand docks' share of a first-run window's width
FIRST_DOCK_WIDTH = 300  # …and at most this (the window is 1200 wide on a large screen)


def make_segmenter() -> Segmenter:
    """The model's default Segmenter: the same cache and reviewer's dictionary as the
    headless verbs (model.paths; $YUEPI_CACHE_DIR / $YUEPI_DATA_DIR override)."""
    return default_segmenter()



def first_dock_width(window_width: int) -> int:
    """The right-hand docks' first-run width: 30 % of the window, 300 at the most,
    so that on a small screen (a window of ~740) the outline and the text keep room."""
    return max(MIN_DOCK_WIDTH, min(FIRST_DOCK_WIDTH, int(window_width * FIRST_DOCK_SHARE)))

class ReadingFeature(ReadingCommands, QObject):
    """Attributes: jobs (SegmentJobs), analysis (the open report's Analysis, kept by the
    session, or None), find_bar, search (TextSearch), results, keywords (KeywordsPanel),
    suggestions (SuggestionFeature), suggestions_panel.

    Signals: annotation_requested(id): a find hit in a note asks to show its annotation."""

    annotation_requested = Signal(str)

    def __init__(self, host: Host, segmenter: Segmenter | None = None) -> None:
        window = host.main_window()
        super().__init__(window)
        self.host = host
        self.session = host.session
        self.jobs = SegmentJobs(segmenter or make_segmenter(), self)
        self.timings: dict[str, float] = {}
        self._job = 0
        self._job_started = 0.0
        self._grown: list[tuple[int, int]] = []  # selections before each grow step
        self._painted = False  # the text view has painted once (see _start_background)
        self._build_find()
        self._build_docks()
        self.learning = SuggestionLearning(host, self.suggestions, self.jobs)
        self._build_actions()
        self._connect()
        self.progress_label = QLabel(window)
        self.progress_label.setObjectName("segment_progress")
        window.statusBar().addPermanentWidget(self.progress_label)
        self._set_progress(self.tr("Loading dictionary…"))
        self._loading_since = time.perf_counter()
        self._loading_started = False
        self._pending: tuple[Report, Outline] | None = None  # opened, not yet analysed
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(BACKGROUND_DELAY_MS)
        self._start_timer.timeout.connect(self._start_background)
        self._start_timer.start()
        #: The background work waits for the window's first paint: a jieba thread loading
        #: its dictionary meanwhile takes the GIL from every Qt call of the first layout
        #: and paint (on a 5 MB report that delayed the text by a third).
        host.text_view.viewport().installEventFilter(self)

    @property
    def analysis(self) -> Analysis | None:
        """The open report's reading analysis (the session keeps it)."""
        return self.session.analysis

    # building -------------------------------------------------------------------------------
    def _build_find(self) -> None:
        """The find bar under the text, its results in a dock."""
        host = self.host
        self.find_bar = FindBar()
        host.add_below_text(self.find_bar)
        self.results = SearchResults()
        self.results_dock = host.add_dock(self.results, Qt.DockWidgetArea.RightDockWidgetArea,
                                          self.tr("Search Results"),
                                          self.tr("Search &Results"))
        self.search = TextSearch(host.text_view, self.find_bar, self.results, self._boundaries,
                                 lambda: self.session.outline,
                                 lambda: host.controller.annotation_set,
                                 self.annotation_requested.emit)

    def _build_docks(self) -> None:
        host, window = self.host, self.host.main_window()
        self.keywords = KeywordsPanel()
        self.keywords_dock = host.add_dock(self.keywords, Qt.DockWidgetArea.RightDockWidgetArea,
                                           self.tr("Keywords"), self.tr("&Keywords"))
        self.suggestions_panel = SuggestionsPanel()
        self.suggestions_dock = host.add_dock(
            self.suggestions_panel, Qt.DockWidgetArea.RightDockWidgetArea, self.tr("Suggestions"),
            self.tr("Su&ggestions"))
        self.suggestions = SuggestionFeature(host.text_view, host.controller,
                                             self.suggestions_panel, host.settings,
                                             lambda: self.session.outline)
        for panel in (self.keywords, self.suggestions_panel, self.results):
            panel.setMinimumWidth(MIN_DOCK_WIDTH)  # below their hint: the text comes first
        if host.settings.window_state() is None:  # first run: results share a tab
            # hidden before it joins the tab: hidden after, Qt left the pair's tab bar
            # floating over the Suggestions pane (a window built before it is shown)
            self.results_dock.hide()
            window.tabifyDockWidget(self.keywords_dock, self.results_dock)
            self.keywords_dock.raise_()
            window.resizeDocks([self.keywords_dock, self.suggestions_dock], [280, 420],
                               Qt.Orientation.Vertical)
            window.resizeDocks([self.keywords_dock], [first_dock_width(window.width())],
                               Qt.Orientation.Horizontal)

    def _connect(self) -> None:
        host = self.host
        self.session.opened.connect(self._on_report_opened)
        self.session.closing.connect(self._on_report_closing)
        self.session.closed.connect(self.jobs.resume)  # no report follows: nothing to wait for
        host.text_view.position_changed.connect(self._show_section_keywords)
        host.text_view.word_span_provider = self.word_span
        host.outline_pane.model.tooltip_provider = self.outline_tooltip
        self.find_bar.list_requested.connect(self._show_results)
        self.keywords.keyword_activated.connect(self.search_for)
        self.keywords.place_requested.connect(self._show_place)
        self.jobs.ready.connect(self._on_ready)
        self.jobs.progress.connect(self._on_progress)
        self.jobs.analysed.connect(self._on_analysed)
        self.jobs.failed.connect(self._on_failed)
        self.jobs.word_added.connect(self._on_word_added)
        host.controller.loading_changed.connect(self._on_annotations_loading)
        host.main_window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint \
                and watched is self.host.text_view.viewport():
            self._painted = True
            watched.removeEventFilter(self)
        if watched is self.host.main_window() and event.type() == QEvent.Type.Close:
            self._start_timer.stop()  # no background work may start after this
            self._pending = None
            self.search.cancel()  # a find still running shows nothing
            self.jobs.cancel()
            self.jobs.resume()  # a held dictionary load finishes rather than wait
            self.jobs.wait()  # no worker may outlive the window
        return super().eventFilter(watched, event)

    # reports ----------------------------------------------------------------------------------
    @Slot(object, object)
    def _on_report_opened(self, report: Report, outline: Outline) -> None:
        self._grown = []
        self.search.set_text(report.text)
        self._pending = (report, outline)
        self._start_timer.start()

    @Slot()
    def _start_background(self) -> None:
        window = self.host.main_window()
        if not self._painted and window.isVisible() and self.session.report is not None \
                and time.perf_counter() - self._loading_since < FIRST_PAINT_WAIT_S:
            self._start_timer.start()  # shown but not painted yet: after the first paint
            return
        if self.host.controller.loading or (self.session.report is not None
                                             and self.session.outline is None):
            return  # opening: session.opened or loading_changed(False) starts it again
        self.jobs.resume()  # the report and its annotations are shown (held on closing)
        if not self._loading_started:
            self._loading_started = True
            self.jobs.start_loading()
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] is self.session.report:
            self._analyse(pending[0], self.session.outline)  # with the reviewer's corrections

    @Slot(bool)
    def _on_annotations_loading(self, loading: bool) -> None:
        """A large sidecar is read in a worker thread while the report opens: the
        dictionaries and the analysis wait until it is applied (and the views' resets it
        queued have run), so that never two worker threads take the GIL from the window's
        thread at once (with both, a 5 MB report's opening stalled for 0.3–0.8 s)."""
        if not loading and (self._pending is not None or not self._loading_started):
            self._start_timer.start()

    def _analyse(self, report: Report, outline: Outline | None) -> None:
        self._job = self.jobs.analyse(report, outline,
                                      tuple(self.host.controller.annotation_set),
                                      self.suggestions.ranking_ahead())
        self._job_started = time.perf_counter()
        if report.length >= PROGRESS_CHARS:
            self._set_progress(self.tr("Segmenting… %1%").replace("%1", "0"))

    @Slot()
    def _on_report_closing(self) -> None:
        self._pending = None
        self.jobs.cancel()
        self.jobs.hold()  # a dictionary load waits while the next report opens
        self.search.set_text("")
        self.keywords.clear_all()
        self.suggestions.set_suggestions([])
        self._set_progress("")

    @Slot()
    def _on_ready(self) -> None:
        self.timings["load_s"] = time.perf_counter() - self._loading_since
        if self.progress_label.text() == self.tr("Loading dictionary…"):
            self._set_progress("")

    @Slot(int, int)
    def _on_progress(self, job_id: int, percent: int) -> None:
        report = self.session.report
        if self.jobs.is_current(job_id) and report is not None \
                and report.length >= PROGRESS_CHARS and percent < 100:
            self._set_progress(self.tr("Segmenting… %1%").replace("%1", str(percent)))

    @Slot(int, object)
    def _on_analysed(self, job_id: int, analysis: Analysis) -> None:
        if not self.jobs.is_current(job_id) or analysis.report is not self.session.report:
            return  # a superseded run: another report was opened meanwhile
        self.timings["analyse_s"] = time.perf_counter() - self._job_started
        self._set_progress("")
        self.keywords.set_document_keywords(analysis.document_keywords)
        self.keywords.set_formulations(analysis.formulations)
        self.session.set_analysis(analysis)  # before the views: they read it there
        self._show_section_keywords(self.host.text_view.reading_offset())
        preranked = self.jobs.take_ranked(job_id)
        self.suggestions.set_suggestions(
            analysis.suggestions, self.jobs.take_coverage(job_id),
            preranked if isinstance(preranked, Preranked) else None)
        if self.find_bar.mode() == "word":
            self.search.refresh()

    @Slot(int, str)
    def _on_failed(self, job_id: int, detail: str) -> None:
        if job_id == 0 or self.jobs.is_current(job_id):
            self._set_progress("")
            self.host.show_status(f"{labels.error_text('error')} {detail}", 8000)

    def _set_progress(self, text: str) -> None:
        self.progress_label.setText(text)
        self.progress_label.setVisible(bool(text))

    def _boundaries(self) -> Boundaries | None:
        return self.analysis.boundaries if self.analysis is not None else None

    # words --------------------------------------------------------------------------------------
    def word_span(self, offset: int) -> tuple[int, int] | None:
        """The jieba word at `offset`; None (Qt's own selection) before jieba is ready."""
        report = self.session.report
        if report is None or not self.jobs.is_ready or not 0 <= offset < report.length:
            return None
        return self.jobs.segmenter.word_at(report.text, offset)

    # keywords and formulations -----------------------------------------------------------
    @Slot(int)
    def _show_section_keywords(self, offset: int) -> None:
        outline, analysis = self.session.outline, self.analysis
        if outline is None or analysis is None:
            return
        path = [n for n in outline.path_at(offset) if n.kind == "heading"] or \
            outline.path_at(offset)
        if not path:
            self.keywords.set_section_keywords("", [])
            return
        node = path[-1]
        self.keywords.set_section_keywords(node.label,
                                           analysis.section_keywords.get(node.start, []))

    def outline_tooltip(self, node: OutlineNode) -> str:
        words = self.analysis.section_keywords.get(node.start, []) if self.analysis else []
        if not words:
            return node.label
        lead = self.tr("Keywords:")  # not inside the f-string: lupdate misses it there
        return f"{node.label}\n{lead} {'、'.join(w for w, _ in words)}"

