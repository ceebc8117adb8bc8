"""Suggested tags in the window: the Suggestions dock, the dotted underlines (layer
"suggestions") and accepting / rejecting through the controller (both undoable)."""
from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from gui.controller import Controller
from gui.suggestions_panel import SuggestionsPanel
from gui.text_view import TextView
from model.annotations import Annotation, make_annotation
from model.suggest import Suggestion

LAYER = "suggestions"
#: More underlines than this are not drawn (the list still shows every suggestion).
MAX_UNDERLINES = 3000


def visible_suggestions(items: list[Suggestion], rejected: set[str],
                        annotations: list[Annotation]) -> list[Suggestion]:
    """`items` without the rejected ones and those an annotation of the same tag already
    covers for at least half of their span."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for a in annotations:
        if not a.orphaned:
            spans.setdefault(a.tag, []).append((a.start, a.end))
    longest = {tag: max(e - s for s, e in found) for tag, found in spans.items()}
    for found in spans.values():
        found.sort()

    def covered(s: Suggestion) -> bool:
        found = spans.get(s.tag)
        if not found:
            return False
        lo = bisect.bisect_left(found, (s.start - longest[s.tag], -1))
        hi = bisect.bisect_left(found, (s.end, -1))
        need = (s.end - s.start) / 2
        return any(min(e, s.end) - max(b, s.start) >= need for b, e in found[lo:hi])

    return [s for s in items if s.key not in rejected and not covered(s)]


class SuggestionFeature(QObject):
    """Keeps the panel and the underlines in step with the analysis and the annotations."""

    def __init__(self, view: TextView, controller: Controller, panel: SuggestionsPanel) -> None:
        super().__init__(panel)
        self.view, self.controller, self.panel = view, controller, panel
        self.all: list[Suggestion] = []
        self.shown: list[Suggestion] = []
        self.underlines = True
        panel.accept_requested.connect(self.accept)
        panel.reject_requested.connect(self.reject)
        panel.show_requested.connect(self._show)
        panel.underlines_toggled.connect(self.set_underlines)
        controller.annotations_changed.connect(self.refresh)
        controller.tags_changed.connect(self.refresh)

    def set_suggestions(self, items: list[Suggestion]) -> None:
        self.all = list(items)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        aset = self.controller.annotation_set
        self.shown = visible_suggestions(self.all, aset.rejected_suggestions, list(aset))
        self.panel.set_suggestions(self.shown, list(aset.tags), self.controller.lang)
        self._paint()

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
        colors = {t.id: QColor(t.color) for t in self.controller.annotation_set.tags}
        formats: dict[str, QTextCharFormat] = {}
        selections = []
        for item in self.shown[:MAX_UNDERLINES]:
            if item.tag not in formats:
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(colors.get(item.tag, QColor("#888888")))
                formats[item.tag] = fmt
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self.view.cursor_for_offsets(item.start, item.end)
            mark.format = formats[item.tag]
            selections.append(mark)
        self.view.extra_selection_layers.set_layer(LAYER, selections)

    # accepting and rejecting ---------------------------------------------------------------
    @Slot(list)
    def accept(self, items: list[Suggestion]) -> list[str]:
        """Turn suggestions into ordinary annotations (one undo step)."""
        text = self.controller.text
        made = [make_annotation(text, s.start, s.end, s.tag, author=self.controller.author)
                for s in items if self.controller.tag(s.tag) is not None
                and 0 <= s.start < s.end <= len(text)]
        return self.controller.accept_suggestions(made)

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
