"""SearchResults: the dock listing every match with its section path and context."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from model.outline.tree import SECTION_SEPARATOR

#: At most this many rows are listed (the count in the find bar stays exact).
MAX_ROWS = 1000
CONTEXT_CHARS = 18


@dataclass(frozen=True)
class ResultRow:
    """One match: in the text (`hit` is its index among the hits) or in a note."""

    start: int
    end: int
    section: str
    context: str
    hit: int = -1
    annotation_id: str = ""


def context_of(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """The match with some text on each side, on one line."""
    before = text[max(0, start - chars):start].rsplit("\n", 1)[-1]
    after = text[end:end + chars].split("\n", 1)[0]
    return f"…{before}【{text[start:end]}】{after}…"


class SearchResults(QTreeWidget):
    """Signals: row_activated(ResultRow) when a row is clicked or chosen with Enter."""

    row_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_results")
        self.setAccessibleDescription(self.tr("Every match of the search, with its section and "
                                              "context"))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Section"), self.tr("Context")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setColumnWidth(0, 150)
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)

    def set_rows(self, rows: list[ResultRow], total: int) -> None:
        self.clear()
        items = []
        for row in rows[:MAX_ROWS]:
            section = row.section if not row.annotation_id else \
                self.tr("Note · %1").replace("%1", row.section)
            item = QTreeWidgetItem([section.rsplit(SECTION_SEPARATOR, 1)[-1], row.context])
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            item.setToolTip(0, section)
            item.setToolTip(1, row.context)
            items.append(item)
        if total > len(items):
            more = QTreeWidgetItem(["", self.tr("… %1 more not listed").replace(
                "%1", str(total - len(items)))])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            items.append(more)
        self.addTopLevelItems(items)

    def row(self, index: int) -> ResultRow | None:
        item = self.topLevelItem(index)
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    @Slot(QTreeWidgetItem, int)
    def _on_item(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(row, ResultRow):
            self.row_activated.emit(row)
