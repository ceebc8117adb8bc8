"""Suggested tags in the window: the Suggestions dock, the dotted underlines (layer
"suggestions") and accepting / rejecting through the controller (both undoable). Which
suggestions are hidden is the model's rule (model.reading.coverage); which of the rest are
listed and underlined — the threshold, the cap per section — is the `suggest` verb's
(model.reading.ranking)."""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from gui.annotations.controller import Controller
from gui.common.settings import UiSettings
from gui.reading.suggestions_panel import SuggestionsPanel
from gui.viewer.text_view import TextView
from model.annotations import Annotation, Change, Tag, make_annotation
from model.reading.coverage import visible_suggestions
from model.reading.ranking import DEFAULT_PER_SECTION, default_limit, ranked

if TYPE_CHECKING:  # model.reading.suggestions loads with the analysis, in the worker
    from model.outline.tree import Outline
    from model.reading.suggestions import Suggestion

LAYER = "suggestions"
#: More underlines than this are not drawn (the list still shows every suggestion).
MAX_UNDERLINES = 3000



class Preranked(NamedTuple):
    """Suggestions ranked in the analysis' worker, with what the ranking depended on."""

    rejected: frozenset[str]
    min_score: float
    caps: tuple[int, int]  # (in all, per section)
    outline: Outline | None
    pending: list[Suggestion]  # not covered by an annotation, not rejected
    shown: list[Suggestion]  # pending as ranked for the panel

class SuggestionFeature(QObject):
    """Keeps the panel and the underlines in step with the analysis and the annotations."""

    def __init__(self, view: TextView, controller: Controller, panel: SuggestionsPanel,
                 settings: UiSettings | None = None,
                 outline: Callable[[], Outline | None] = lambda: None) -> None:
        super().__init__(panel)
        self.view, self.controller, self.panel = view, controller, panel
        self.settings, self.outline = settings, outline
        self.all: list[Suggestion] = []
        self.pending: list[Suggestion] = []  # neither covered by an annotation nor rejected
        self.shown: list[Suggestion] = []  # of those, the ones passing the filter
        self.underlines = True
        # for refreshing after one edit without rescanning everything:
        self._covered: list[bool] = []  # per item of `all`: hidden by an annotation
        self._preranked: Preranked | None = None  # ranked in the worker (set_suggestions)
        #: indexes into `all` by (start, index), and their starts: two int arrays, not
        #: 33,000 tuples (a 5 MB report)
        self._order: array[int] = array("i")
        self._starts: array[int] = array("i")
        self._longest = 0  # longest suggestion, for the bisect window
        self._marks: dict[int, QTextEdit.ExtraSelection] = {}  # id(suggestion) -> underline
        self._formats: dict[str, QTextCharFormat] = {}  # tag id -> underline format
        #: the worker's coverage of the next items, until the refresh that uses it
        self._given: tuple[Sequence[Annotation], list[bool]] | None = None
        panel.accept_requested.connect(self.accept)
        panel.reject_requested.connect(self.reject)
        panel.show_requested.connect(self._show)
        panel.underlines_toggled.connect(self.set_underlines)
        if settings is not None:
            panel.set_min_score(settings.suggestion_min_score())
        panel.filter_changed.connect(self._on_filter_changed)
        # a tag edit also sends annotations_changed("tags") first: tags_changed would
        # only repeat the full refresh
        controller.annotations_changed.connect(self.refresh)
        # the report's annotations close before the report does (its reset follows): the
        # suggestions go first, so that the reset does not re-rank 32,000 of them for a
        # report being closed or reloaded (~40 ms of the window's thread)
        controller.closing.connect(self._clear)

    def ranking_ahead(self) -> Callable[[list[Suggestion], list[bool]], Preranked]:
        """A function that ranks an analysis' suggestions (given which of them the
        annotations cover) as the panel would now, for the analysis' worker thread: the
        ranking of 32,000 suggestions (25–100 ms) then stays off the window's thread."""
        rejected = frozenset(self.controller.annotation_set.rejected_suggestions)
        min_score, caps, outline = self.panel.min_score(), self._caps(), self.outline()

        def rank(items: list[Suggestion], covered: list[bool]) -> Preranked:
            pending = [s for s, hidden in zip(items, covered)
                       if not hidden and s.key not in rejected]
            return Preranked(rejected, min_score, caps, outline, pending,
                             ranked(pending, outline, min_score, *caps))

        return rank

    def set_suggestions(self, items: list[Suggestion],
                        coverage: tuple[Sequence[Annotation], list[bool]] | None = None,
                        preranked: Preranked | None = None) -> None:
        """Show `items`. `coverage` — the annotations the worker checked them against and
        which of them those cover — spares the UI thread that check when the annotations
        are still the same (model.reading.coverage.covered_flags); `preranked` (made by
        ranking_ahead's function with that coverage) spares it the ranking too, when
        the rejected suggestions, the outline and the panel's filter are still the same."""
        self._preranked = preranked
        self.all = list(items)
        starts = [s.start for s in self.all]
        self._order = array("i", sorted(range(len(starts)), key=starts.__getitem__))
        self._starts = array("i", map(starts.__getitem__, self._order))
        self._longest = max((s.end - s.start for s in self.all), default=0)
        self._given = coverage if coverage is not None and len(coverage[1]) == len(items) \
            else None
        self.refresh()

    @Slot()
    def _clear(self) -> None:
        if self.all:
            self.set_suggestions([])

    @Slot()
    @Slot(object)
    def refresh(self, change: Change | None = None) -> None:
        """Bring the list and underlines in step. After an edit of some annotations only
        the suggestions near them are re-checked, and nothing is redrawn if none of them
        appears or disappears (adding one of 10,000 annotations stays instant)."""
        kind = change.kind if change is not None else "reset"
        if kind in ("added", "removed", "updated") and change.span is not None \
                and len(self._covered) == len(self.all):
            if not self._recheck(*change.span):
                return
        elif kind != "rejected" or len(self._covered) != len(self.all):
            self._full_refresh()
            return
        rejected = self.controller.annotation_set.rejected_suggestions
        shown = [s for s, hidden in zip(self.all, self._covered)
                 if not hidden and s.key not in rejected]
        if shown != self.pending:  # identity comparisons: cheap when nothing changed
            self._present(shown)

    def _full_refresh(self) -> None:
        aset = self.controller.annotation_set
        given, self._given = self._given, None
        pre, self._preranked = self._preranked, None
        if given is not None and _same(given[0], aset):
            self._covered = list(given[1])
            if pre is not None and pre.rejected == aset.rejected_suggestions \
                    and pre.outline is self.outline() and pre.caps == self._caps() \
                    and pre.min_score == self.panel.min_score():
                self._marks, self._formats = {}, {}
                self._present(pre.pending, pre.shown)
                return
        elif not self.all:  # no analysis yet (opening): no index of 10,000 annotations
            self._covered = []
        else:
            visible = {id(s) for s in visible_suggestions(self.all, set(), list(aset))}
            self._covered = [id(s) not in visible for s in self.all]
        self._marks, self._formats = {}, {}  # tag colours may have changed
        self._present([s for s, hidden in zip(self.all, self._covered)
                       if not hidden and s.key not in aset.rejected_suggestions])

    def _recheck(self, lo: int, hi: int) -> bool:
        """Re-decide `_covered` for the suggestions touching [lo, hi); True if one of
        them changed."""
        first = bisect.bisect_left(self._starts, lo - self._longest)
        last = bisect.bisect_left(self._starts, hi)
        near = [i for i in self._order[first:last] if self.all[i].end > lo]
        if not near:
            return False
        items = [self.all[i] for i in near]
        lo, hi = min(s.start for s in items), max(s.end for s in items)
        around = [a for a in self.controller.annotation_set if a.start < hi and lo < a.end]
        visible = {id(s) for s in visible_suggestions(items, set(), around)}
        changed = False
        for i, item in zip(near, items):
            covered = id(item) not in visible
            changed |= covered != self._covered[i]
            self._covered[i] = covered
        return changed

    def _present(self, pending: list[Suggestion],
                 shown: list[Suggestion] | None = None) -> None:
        self.pending = pending
        outline = self.outline()
        self.shown = shown if shown is not None else self.filtered(pending, outline)
        self.panel.set_suggestions(self.shown, list(self.controller.annotation_set.tags),
                                   self.controller.lang, outline,
                                   0 if self.shown else len(pending))  # held back
        self._paint()

    def filtered(self, pending: list[Suggestion], outline: Outline | None) -> list[Suggestion]:
        """What the panel's threshold and cap let through, by the `suggest` verb's rule."""
        return ranked(pending, outline, self.panel.min_score(), *self._caps())

    def _caps(self) -> tuple[int, int]:
        """(suggestions shown in all, per section); 0 for no cap (Show All)."""
        if self.panel.show_all():
            return 0, 0
        return default_limit(len(self.controller.text)), DEFAULT_PER_SECTION

    @Slot()
    def _on_filter_changed(self) -> None:
        if self.settings is not None:
            self.settings.set_suggestion_min_score(self.panel.min_score())
        self._present(self.pending)

    @Slot(bool)
    def set_underlines(self, on: bool) -> None:
        self.underlines = on
        if self.panel.underline_box.isChecked() != on:
            self.panel.underline_box.setChecked(on)
        self._paint()

    def _paint(self) -> None:
        if not self.underlines or not self.shown:
            self.view.extra_selection_layers.clear_layer(LAYER)
            return
        marks = self._marks
        selections = []
        for item in self.shown[:MAX_UNDERLINES]:
            mark = marks.get(id(item))
            if mark is None:
                mark = marks[id(item)] = self._mark(item)
            selections.append(mark)
        self.view.extra_selection_layers.set_layer(LAYER, selections)

    def _mark(self, item: Suggestion) -> QTextEdit.ExtraSelection:
        """The dotted underline of one suggestion (kept until the next full refresh: the
        text is read-only, so its cursor stays put)."""
        fmt = self._formats.get(item.tag)
        if fmt is None:
            tag = self.controller.tag(item.tag)
            fmt = self._formats[item.tag] = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(tag.color if tag is not None else "#888888"))
        mark = QTextEdit.ExtraSelection()
        mark.cursor = self.view.cursor_for_offsets(item.start, item.end)
        mark.format = fmt
        return mark

    # accepting and rejecting ---------------------------------------------------------------
    @Slot(list)
    def accept(self, items: list[Suggestion], tag_id: str | None = None) -> list[str]:
        """Turn suggestions into ordinary annotations (one undo step), with their own
        tags or all with `tag_id`."""
        self.controller.ensure_author()
        text = self.controller.text
        made = [make_annotation(text, s.start, s.end, tag_id or s.tag,
                                author=self.controller.author)
                for s in items if self.controller.tag(tag_id or s.tag) is not None
                and 0 <= s.start < s.end <= len(text)]
        return self.controller.accept_suggestions(made)

    def accept_as(self, tag: Tag) -> list[str]:
        """A tag's digit in the suggestions list: the selected suggestions (or the current
        one) tagged with that tag. Those suggested with another tag are also rejected (as
        a retag rejects the old tag; an annotation of another tag would not hide them) —
        one undo step."""
        items = self.panel.selected()
        wrong = [s for s in items if s.tag != tag.id]
        if not wrong or not self.controller.can_edit():
            return self.accept(items, tag.id)
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr("Accept %n suggestion(s) as %1", "", len(items))
                         .replace("%1", tag.label(self.controller.lang)))
        try:
            made = self.accept(items, tag.id)
            self.reject(wrong)
        finally:
            stack.endMacro()
        return made

    @Slot(list)
    def reject(self, items: list[Suggestion]) -> bool:
        """Dismiss suggestions; remembered in the sidecar, undoable."""
        if not items:
            return False
        span = (min(s.start for s in items), max(s.end for s in items))
        return self.controller.reject_suggestions([s.key for s in items], span)

    @Slot(object)
    def _show(self, item: Suggestion) -> None:
        self.view.setTextCursor(self.view.cursor_for_offsets(item.start, item.end))
        self.view.centerCursor()


def _same(snapshot: Sequence[Annotation], annotations: Iterable[Annotation]) -> bool:
    """Whether `annotations` are still exactly `snapshot` (annotations are frozen: an
    edit replaces the object), in order; about 1 ms for 10,000."""
    current = list(annotations)
    return len(current) == len(snapshot) and all(a is b for a, b in zip(current, snapshot))
