"""KeywordsPanel: the report's keywords, the current section's keywords and the index of
quoted formulations (提法), as two tabs of one dock."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # model.reading.formulations loads with the analysis, in the worker
    from model.reading.formulations import Formulation

TERM_ROLE = Qt.ItemDataRole.UserRole


class KeywordsPanel(QTabWidget):
    """Signals: keyword_activated(str) — search for it; place_requested(start, end) — show a
    place of a formulation (each click on the same term moves to its next place)."""

    keyword_activated = Signal(str)
    place_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keywords_panel")
        self.setAccessibleDescription(self.tr("Keywords of the whole report and of the current "
                                              "section, and recurring formulations"))
        self.document_list = self._list("document_keywords")
        self.document_list.setAccessibleName(self.tr("Keywords of the whole report"))
        self.section_list = self._list("section_keywords")
        self.section_list.setAccessibleName(self.tr("Keywords of the current section"))
        self.section_title = QLabel(self.tr("This section"), self)  # the list's caption
        self.section_title.setWordWrap(True)
        self.section_title.setObjectName("keywords_section_title")
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel(self.tr("Whole report"), page))
        layout.addWidget(self.document_list, 3)
        layout.addWidget(self.section_title)
        layout.addWidget(self.section_list, 2)
        self.addTab(page, self.tr("Keywords"))
        self.formulation_tree = QTreeWidget(self)
        self.formulation_tree.setObjectName("formulations")
        self.formulation_tree.setAccessibleName(self.tr("Formulations"))
        self.formulation_tree.setHeaderLabels([self.tr("Formulation"), self.tr("Count")])
        self.formulation_tree.setRootIsDecorated(False)
        self.formulation_tree.setColumnWidth(0, 180)
        self.formulation_tree.itemClicked.connect(self._on_formulation)
        self.formulation_tree.itemActivated.connect(self._on_formulation)
        self.addTab(self.formulation_tree, self.tr("Formulations 提法"))
        self._places: dict[str, list[tuple[int, int]]] = {}
        self._next_place: dict[str, int] = {}

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setFlow(QListWidget.Flow.LeftToRight)
        widget.setWrapping(True)
        widget.setResizeMode(QListWidget.ResizeMode.Adjust)
        widget.setSpacing(3)
        widget.itemClicked.connect(self._on_keyword)
        widget.itemActivated.connect(self._on_keyword)
        return widget

    # filling ----------------------------------------------------------------------------
    def set_document_keywords(self, words: list[tuple[str, float]]) -> None:
        _fill(self.document_list, words)

    def set_section_keywords(self, title: str, words: list[tuple[str, float]]) -> None:
        self.section_title.setText(self.tr("This section: %1").replace("%1", title)
                                   if title else self.tr("This section"))
        _fill(self.section_list, words)

    def set_formulations(self, items: list[Formulation]) -> None:
        self.formulation_tree.clear()
        self._places = {f.term: list(f.spans) for f in items}
        self._next_place = {}
        rows = []
        for item in items:
            row = QTreeWidgetItem([f"“{item.term}”", f"×{item.count}"])
            row.setData(0, TERM_ROLE, item.term)
            row.setToolTip(0, self.tr("Click to go to each place in turn"))
            rows.append(row)
        self.formulation_tree.addTopLevelItems(rows)

    def clear_all(self) -> None:
        self.document_list.clear()
        self.section_list.clear()
        # named even with no report: the empty list under it had no caption
        self.section_title.setText(self.tr("This section"))
        self.set_formulations([])

    # reacting ---------------------------------------------------------------------------
    @Slot(QListWidgetItem)
    def _on_keyword(self, item: QListWidgetItem) -> None:
        self.keyword_activated.emit(str(item.data(TERM_ROLE)))

    @Slot(QTreeWidgetItem, int)
    def _on_formulation(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        term = str(item.data(0, TERM_ROLE))
        places = self._places.get(term, [])
        if not places:
            return
        index = self._next_place.get(term, 0) % len(places)
        self._next_place[term] = index + 1
        self.place_requested.emit(*places[index])


def _fill(widget: QListWidget, words: list[tuple[str, float]]) -> None:
    widget.clear()
    for word, score in words:
        item = QListWidgetItem(word)
        item.setData(TERM_ROLE, word)
        # what a click does, and the weight in words (the tooltip said "TF-IDF 0.126")
        item.setToolTip(QCoreApplication.translate(
            "KeywordsPanel", "Click to find “%1” in the report (weight %2)")
            .replace("%1", word).replace("%2", f"{score:.3f}"))
        widget.addItem(item)
