"""SuggestionsPanel: suggested tags (tag, quote, reason, score) with accept / reject."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.common.labels import ReasonTemplates, reason_templates, suggestion_reason
from gui.common.two_line import TwoLineRows
from model.annotations import Tag
from model.colors import readable_on

if TYPE_CHECKING:  # model.reading.suggestions loads with the analysis, in the worker
    from model.reading.suggestions import Suggestion

ROLE = Qt.ItemDataRole.UserRole
#: Longer quotes are cut here (the view elides the rest in the middle; the tooltip has all).
QUOTE_CHARS = 300


class SuggestionsPanel(QWidget):
    """Signals: accept_requested(list[Suggestion]); reject_requested(list[Suggestion]);
    show_requested(Suggestion) when a row becomes current; underlines_toggled(bool)."""

    accept_requested = Signal(list)
    reject_requested = Signal(list)
    show_requested = Signal(object)
    underlines_toggled = Signal(bool)

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
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self._fit_columns()
        self.quote_rows = TwoLineRows(self.tree, 1)  # two-line quotes when the pane is tall
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_kind_button = QPushButton(self.tr("Accept all of this tag"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.underline_box = QCheckBox(self.tr("Underline in text"), self)
        self.underline_box.setChecked(True)
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
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._items: list[Suggestion] = []
        self._signature: tuple[object, ...] = ()
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

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()  # two short rows: the dock is often narrow
        for widget in (self.accept_button, self.reject_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.underline_box)
        second = QHBoxLayout()
        second.addWidget(self.accept_kind_button)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addLayout(second)
        layout.addWidget(self.tree)

    def _add_key(self, text: str, keys: list[QKeySequence], slot: object) -> None:
        action = QAction(text, self.tree)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)

    # content --------------------------------------------------------------------------------
    def set_suggestions(self, items: list[Suggestion], tags: list[Tag], lang: str) -> None:
        """Show `items`, keeping the current row on the same suggestion if it is still there.

        `items` is always an ordered subset of one analysis' suggestions, so when the tags
        and language are unchanged only the rows that left or arrived are touched (accepting
        one of 5,000 suggestions must not rebuild the list)."""
        current = self.current()
        current_row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) \
            if current is not None else -1
        signature = (tuple((t.id, t.label(lang), t.color) for t in tags), lang)
        self.tree.blockSignals(True)
        if signature == self._signature and self._items:
            self._update_rows(items, tags, lang)
        else:
            self._signature = signature
            self._fit_tag_column([t.label(lang) for t in tags])
            self.tree.clear()
            templates = reason_templates()
            self.tree.addTopLevelItems([self._row(s, tags, lang, templates) for s in items])
        self._items = list(items)
        self.tree.blockSignals(False)
        keys = [s.key for s in self._items]
        if current is not None and keys:
            # the same suggestion again, or the one that took the place of an accepted
            # one; quietly: a refresh must not move the text
            row = keys.index(current.key) if current.key in keys \
                else min(current_row, len(keys) - 1)
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(self.tree.topLevelItem(row))
            self.tree.blockSignals(False)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        """Accept and Reject act on the selected rows (or the current one), Accept all on
        the current row's tag: greyed out while there is none (no report, no suggestions,
        nothing chosen)."""
        chosen = bool(self.tree.selectedItems()) or self.tree.currentItem() is not None
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.accept_kind_button.setEnabled(self.tree.currentItem() is not None)

    def _fit_tag_column(self, names: list[str]) -> None:
        """Wide enough for the longest tag name ("Commitment" in English), not more."""
        metrics = self.tree.fontMetrics()
        header = self.tree.header().fontMetrics().horizontalAdvance(self.tr("Tag"))
        widest = max([metrics.horizontalAdvance(n) for n in names] + [header])
        self.tree.setColumnWidth(0, widest + 3 * metrics.averageCharWidth())

    def _update_rows(self, items: list[Suggestion], tags: list[Tag], lang: str) -> None:
        kept = {id(s) for s in items}
        old = {id(s) for s in self._items}
        for row in reversed(range(len(self._items))):
            if id(self._items[row]) not in kept:
                self.tree.takeTopLevelItem(row)
        templates: ReasonTemplates | None = None
        for row, item in enumerate(items):
            if id(item) not in old:
                templates = templates or reason_templates()
                self.tree.insertTopLevelItem(row, self._row(item, tags, lang, templates))

    @staticmethod
    def _row(item: Suggestion, tags: list[Tag], lang: str,
             templates: ReasonTemplates) -> QTreeWidgetItem:
        tag = next((t for t in tags if t.id == item.tag), None)
        quote = " ".join(item.quote.split())
        quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 1] + "…"
        reason = suggestion_reason(item.reason_code, item.reason_args, templates)
        row = QTreeWidgetItem([tag.label(lang) if tag else item.tag, quote, reason,
                               f"{item.score:.2f}"])
        row.setData(0, ROLE, item)
        row.setToolTip(1, item.quote)
        row.setToolTip(2, reason)
        if tag is not None:
            page = QGuiApplication.palette().color(QPalette.ColorRole.Base).name()
            row.setForeground(0, QColor(readable_on(tag.color, page)))  # AA in either scheme
        return row

    def suggestions(self) -> list[Suggestion]:
        return list(self._items)

    def current(self) -> Suggestion | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def selected(self) -> list[Suggestion]:
        chosen = [i.data(0, ROLE) for i in self.tree.selectedItems()]
        if not chosen and (current := self.current()) is not None:
            chosen = [current]
        return sorted(chosen, key=lambda s: s.start)

    def select_key(self, key: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, ROLE).key == key:
                self.tree.setCurrentItem(item)
                return

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
        if item is not None:
            self.show_requested.emit(item.data(0, ROLE))
