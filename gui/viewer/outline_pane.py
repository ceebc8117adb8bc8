"""OutlinePane: a filter box above the outline tree; owns the item model and its proxy."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Signal, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from gui.viewer.outline_model import OutlineModel
from gui.viewer.outline_view import OutlineView
from model.outline.tree import Outline, OutlineNode

if TYPE_CHECKING:
    from gui.viewer.text_view import TextView

#: Expand All on more nodes than this goes in slices between events (OutlineView); on
#: fewer, in one call (done when it returns): the tree is C++ (OutlineModel), so one
#: `expandAll` of 9,700 nodes is 7–25 ms without re-entering Python, 26,000 nodes 40–50 ms.
SLICED_EXPAND_NODES = 20_000


def reveal_node(view: TextView, node: OutlineNode) -> None:
    """Go to an outline node in `view`: its heading selected, or (a node without a
    heading line, e.g. an inline 一是…) its start."""
    if node.title_end > node.title_start:
        view.reveal(node.title_start, node.title_end)
    else:
        view.reveal(node.start, node.start, select=False)


class OutlinePane(QWidget):
    """Signals: node_activated(OutlineNode), forwarded from the tree."""

    node_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline_pane")
        self.setAccessibleName(self.tr("Outline"))
        self.setAccessibleDescription(self.tr("The headings of the report; choose one to go there"))
        self.model = OutlineModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        # Qt.CaseInsensitive (0) by name: Qt's namespace costs ~10 ms of start-up
        self.proxy.setProperty("filterCaseSensitivity", 0)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("outline_filter")
        self.filter_edit.setAccessibleName(self.tr("Filter headings"))
        self.filter_edit.setPlaceholderText(self.tr("Filter headings"))
        self.filter_edit.setClearButtonEnabled(True)
        self.view = OutlineView(self)
        self.view.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self._level = 1
        self.filter_edit.textChanged.connect(self.set_filter)
        self.filter_edit.returnPressed.connect(self.view.setFocus)
        for key, slot in (("Escape", self.filter_edit.clear), ("Down", self.view.setFocus)):
            # by name and number (Qt.WidgetShortcut): QKeySequence's and Qt's Python types
            # are not made before the first paint (~1 and ~10 ms of start-up)
            shortcut = QShortcut(self.filter_edit)
            shortcut.setProperty("key", key)
            shortcut.setProperty("context", 0)
            shortcut.activated.connect(slot)
        self.view.node_activated.connect(self.node_activated)

    def set_outline(self, outline: Outline | None, level: int = 1) -> None:
        self.model.set_outline(outline)
        self._level = level
        if self.filter_edit.text():
            self.view.expandAll()  # show every match of the filter still in the box
        else:
            self.expand_to_level(level)

    def replace_outline(self, outline: Outline) -> None:
        """Another outline of the same report (corrected): what was expanded stays so."""
        old = self.model.outline()
        expanded = self._expanded_titles(old.roots if old is not None else [])
        self.model.set_outline(outline)
        if self.filter_edit.text():
            self.view.expandAll()
            return
        self.view.setUpdatesEnabled(False)
        try:
            for node in outline.nodes():
                if node.children and node.title_start in expanded:
                    self.view.expand(self.proxy_index(node))
        finally:
            self.view.setUpdatesEnabled(True)

    def _expanded_titles(self, nodes: list[OutlineNode]) -> set[int]:
        """title_start of the expanded nodes among `nodes` and below (only the children of
        expanded ones are looked at)."""
        found: set[int] = set()
        for node in nodes:
            if node.children and self.view.isExpanded(self.proxy_index(node)):
                found.add(node.title_start)
                found |= self._expanded_titles(node.children)
        return found

    def select_title_at(self, title_start: int) -> OutlineNode | None:
        """Make the node whose title starts at `title_start` (else the one whose section
        holds it) current and visible; returns it."""
        outline = self.model.outline()
        if outline is None:
            return None
        node = next((n for n in outline.nodes() if n.title_start == title_start), None) \
            or outline.node_at(title_start)
        if node is not None:
            index = self.proxy_index(node)
            self.view.scrollTo(index)  # expands its ancestors
            self.view.setCurrentIndex(index)
        return node

    @Slot(str)
    def set_filter(self, text: str) -> None:
        """Keep nodes whose label contains `text` (any case) and their ancestors."""
        if self.filter_edit.text() != text:
            self.filter_edit.setText(text)  # re-enters through textChanged
            return
        self.proxy.setFilterFixedString(text)
        if text:
            self.view.expandAll()
        else:
            self.expand_to_level(self._level)

    @Slot(int)
    def expand_to_level(self, level: int) -> None:
        self._level = level
        if level <= 0 and self.model.node_count() > SLICED_EXPAND_NODES \
                and not self.filter_edit.text():
            self.view.expand_all_in_slices()
        elif level <= 0:
            self.view.expandAll()
        else:
            self.view.expand_to_level(level)

    @Slot()
    def expand_all(self) -> None:
        self.expand_to_level(0)

    @Slot()
    def collapse_all(self) -> None:
        self.expand_to_level(1)

    def level(self) -> int:
        return self._level

    @Slot(list)
    def show_path(self, path: list[OutlineNode]) -> None:
        """Select the current section (outermost-first chain) as far as it is visible."""
        self.view.show_node_path([self.proxy_index(node) for node in path])

    def proxy_index(self, node: OutlineNode) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(node))

    def current_node(self) -> OutlineNode | None:
        return self.view.node_at(self.view.currentIndex())

    def focus_filter(self) -> None:
        from PySide6.QtCore import Qt

        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
