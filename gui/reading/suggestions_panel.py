"""SuggestionsPanel: suggested tags (tag, quote, reason, score) with accept / reject; its
rows (sections, suggestions under them): gui/reading/suggestion_rows.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.common.flow_layout import FlowBox
from gui.common.narrow_column import NarrowColumn
from gui.common.two_line import TwoLineRows
from gui.reading.suggestion_rows import ROLE, SectionRows
from model.annotations import Tag
from model.reading.ranking import DEFAULT_PER_SECTION

if TYPE_CHECKING:  # model.reading.suggestions loads with the analysis, in the worker
    from model.outline.tree import Outline
    from model.reading.suggestions import Suggestion

#: The threshold slider moves in hundredths of a score.
SLIDER_STEPS = 100
#: Below this list width the reason column goes (the quote gets its width): it showed a
#: few characters ("c…列") and left the quote two; the current row's reason is written
#: out under the list, and every row's is in its tooltip.
WHY_COLUMN_MIN_WIDTH = 480



class SuggestionsPanel(QWidget):
    """Suggestions grouped by top-level section, the best first in each, with a threshold
    slider and a "show all" box (which suggestions pass is model.reading.ranking's rule,
    applied by SuggestionFeature).

    Signals: accept_requested(list[Suggestion]); reject_requested(list[Suggestion]);
    show_requested(Suggestion) when a row becomes current; underlines_toggled(bool);
    filter_changed() when the threshold or "show all" changes."""

    accept_requested = Signal(list)
    reject_requested = Signal(list)
    show_requested = Signal(object)
    underlines_toggled = Signal(bool)
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        self.setAccessibleDescription(self.tr("Passages Yuepi suggests tagging; accept or "
                                              "reject them"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("suggestions_tree")
        self.tree.setAccessibleName(self.tr("Suggestions"))
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Quote"), self.tr("Why"),
                                   self.tr("Score")])
        self.tree.headerItem().setToolTip(3, self.tr(
            "The chance that the suggested tag is right, measured on labelled reports"))
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(self.tree.fontMetrics().averageCharWidth() * 2)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self._fit_columns()
        self.narrow_why = NarrowColumn(self.tree, 2, WHY_COLUMN_MIN_WIDTH)
        self.quote_rows = TwoLineRows(self.tree, 1)  # two-line quotes when the pane is tall
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_kind_button = QPushButton(self.tr("Accept all of this tag"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.underline_box = QCheckBox(self.tr("Underline in text"), self)
        self.underline_box.setChecked(True)
        self.reason_label = QLabel(self)  # the current row's whole reason, wrapped
        self.reason_label.setObjectName("suggestion_reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.hide()
        self._build_filter()
        self._lay_out()
        self._add_key(self.tr("Accept"), [QKeySequence(Qt.Key.Key_Return),
                                          QKeySequence(Qt.Key.Key_Enter)], self.accept_selected)
        self._add_key(self.tr("Reject"), [QKeySequence(QKeySequence.StandardKey.Delete)],
                      self.reject_selected)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_kind_button.clicked.connect(self.accept_kind)
        self.reject_button.clicked.connect(self.reject_selected)
        self.underline_box.toggled.connect(self.underlines_toggled)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemClicked.connect(lambda item, _c: self._on_current(item))
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.currentItemChanged.connect(self._show_reason)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._items: list[Suggestion] = []
        self.sections = SectionRows(self.tree)
        self._signature: tuple[object, ...] = ()
        self._held_back = 0
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Quote and reason share the width beside the tag and the score; what does not
        fit is elided in the middle (the tooltip has the whole text)."""
        tree, header = self.tree, self.tree.header()
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 48)
        header.resizeSection(3, tree.fontMetrics().horizontalAdvance("0.000") + 16)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _build_filter(self) -> None:
        """The threshold (0.00–1.00, its value beside it) and "show all" (no cap)."""
        self.score_label = QLabel(self.tr("Min. score"), self)
        self.score_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.score_slider.setObjectName("suggestions_min_score")
        self.score_slider.setRange(0, SLIDER_STEPS)
        self.score_slider.setSingleStep(1)
        self.score_slider.setPageStep(10)
        self.score_slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.score_slider.setAccessibleName(self.tr("Minimum score"))
        self.score_slider.setToolTip(self.tr("Hide suggestions scored below this"))
        self.score_label.setBuddy(self.score_slider)
        self.score_value = QLabel("0.00", self)
        self.score_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.00") + 4)
        self.show_all_box = QCheckBox(self.tr("Show all"), self)
        self.show_all_box.setToolTip(
            self.tr("List every suggestion, not only the best %1 of each section")
            .replace("%1", str(DEFAULT_PER_SECTION)))
        self.score_slider.valueChanged.connect(self._on_slider)
        self.show_all_box.toggled.connect(self.filter_changed)

    def _lay_out(self) -> None:
        # the buttons and boxes wrap: the dock is often narrow, and in fixed rows its
        # right-hand boxes ("Underline in text", "Show all") were cut off
        buttons = FlowBox(self, spacing=4)  # as tall as its lines (a short, narrow dock)
        for widget in (self.accept_button, self.reject_button, self.underline_box,
                       self.accept_kind_button, self.show_all_box):
            buttons.flow.addWidget(widget)
        third = QHBoxLayout()
        third.addWidget(self.score_label)
        third.addWidget(self.score_slider, 1)
        third.addWidget(self.score_value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)  # three rows of controls: the pane must not get taller at least
        self.tree.setMinimumHeight(56)
        layout.addWidget(buttons)
        layout.addLayout(third)
        layout.addWidget(self.tree)
        layout.addWidget(self.reason_label)

    def _add_key(self, text: str, keys: list[QKeySequence], slot: object) -> None:
        action = QAction(text, self.tree)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)

    # content --------------------------------------------------------------------------------
    def set_suggestions(self, items: list[Suggestion], tags: list[Tag], lang: str,
                        outline: Outline | None = None, held_back: int = 0) -> None:
        """Show `items` under their top-level sections (in document order), the best-scored
        first in each, keeping the current row on the same suggestion if it is still there.
        `held_back`: how many suggestions the threshold hides (said under an empty list).

        `items` is always an ordered subset of one analysis' suggestions, so when the tags,
        language and outline are unchanged only the rows that left or arrived are touched
        (accepting one of 5,000 suggestions must not rebuild the list)."""
        current = self.current()
        flat = self.sections.rows()
        current_row = flat.index(self.tree.currentItem()) if current is not None else -1
        signature = (tuple((t.id, t.label(lang), t.color) for t in tags), lang, id(outline))
        self.sections.outline = outline
        self._held_back = held_back
        self.tree.blockSignals(True)
        if signature == self._signature and self._items:
            self.sections.update(self._items, items, tags, lang)
        else:
            self._signature = signature
            self._fit_tag_column([t.label(lang) for t in tags])
            self.sections.clear()
            self.sections.add(items, tags, lang)
        self._items = list(items)
        self.tree.blockSignals(False)
        flat = self.sections.rows()
        if current is not None and flat:
            # the same suggestion again, or the one that took the place of an accepted
            # one; quietly: a refresh must not move the text
            row = self.sections.by_id.get(id(current)) or flat[min(current_row, len(flat) - 1)]
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(row)
            self.tree.blockSignals(False)
        self._update_buttons()
        self._show_reason()

    @Slot()
    def _update_buttons(self) -> None:
        """Accept and Reject act on the selected rows (or the current one), Accept all on
        the current row's tag: greyed out while there is none (no report, no suggestions,
        nothing chosen)."""
        chosen = bool(self.selected())
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.accept_kind_button.setEnabled(self.current() is not None)

    @Slot()
    def _show_reason(self) -> None:
        """The current suggestion's reason in full under the list (in a narrow dock its
        column shows only a few characters of it); under an empty list, what the threshold
        hides."""
        row = self.tree.currentItem()
        if row is not None and row.data(0, ROLE) is not None:
            self.reason_label.setText(self.tr("Why: %1").replace("%1", row.toolTip(2)))
        elif self._held_back and not self._items:  # an empty list is not "no suggestions"
            self.reason_label.setText(
                self.tr("%n suggestion(s) score below %1: lower the minimum score to see "
                        "them.", "", self._held_back).replace("%1", f"{self.min_score():.2f}"))
        else:
            self.reason_label.hide()
            self.reason_label.clear()
            return
        self.reason_label.show()

    def _fit_tag_column(self, names: list[str]) -> None:
        """Wide enough for the longest tag name ("Commitment" in English), not more."""
        metrics = self.tree.fontMetrics()
        header = self.tree.header().fontMetrics().horizontalAdvance(self.tr("Tag"))
        widest = max([metrics.horizontalAdvance(n) for n in names] + [header])
        self.tree.setColumnWidth(0, widest + 3 * metrics.averageCharWidth()
                                 + self.tree.indentation())


    def suggestions(self) -> list[Suggestion]:
        """The listed suggestions in document order."""
        return list(self._items)

    def listed(self) -> list[Suggestion]:
        """The listed suggestions in the order shown (by section, the best first)."""
        return [row.data(0, ROLE) for row in self.sections.rows()]

    def current(self) -> Suggestion | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def selected(self) -> list[Suggestion]:
        chosen = [s for i in self.tree.selectedItems() if (s := i.data(0, ROLE)) is not None]
        if not chosen and (current := self.current()) is not None:
            chosen = [current]
        return sorted(chosen, key=lambda s: s.start)

    def select_key(self, key: str) -> None:
        for row in self.sections.rows():
            if row.data(0, ROLE).key == key:
                self.tree.setCurrentItem(row)
                return

    # the filter ------------------------------------------------------------------------------
    def min_score(self) -> float:
        return self.score_slider.value() / SLIDER_STEPS

    def set_min_score(self, value: float) -> None:
        self.score_slider.setValue(round(max(0.0, min(1.0, value)) * SLIDER_STEPS))

    def show_all(self) -> bool:
        return self.show_all_box.isChecked()

    @Slot(int)
    def _on_slider(self, value: int) -> None:
        self.score_value.setText(f"{value / SLIDER_STEPS:.2f}")
        self.filter_changed.emit()

    # actions --------------------------------------------------------------------------------
    @Slot()
    def accept_selected(self) -> None:
        if chosen := self.selected():
            self.accept_requested.emit(chosen)

    @Slot()
    def accept_kind(self) -> None:
        """Accept every listed suggestion with the current row's tag."""
        current = self.current()
        if current is not None:
            self.accept_requested.emit([s for s in self._items if s.tag == current.tag])

    @Slot()
    def reject_selected(self) -> None:
        if chosen := self.selected():
            self.reject_requested.emit(chosen)

    @Slot(object)
    def _on_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is not None and (suggestion := item.data(0, ROLE)) is not None:
            self.show_requested.emit(suggestion)
