"""OutlineModel: a read-only Qt item model over model.outline.tree.Outline.

The tree's structure lives in C++ (a QStandardItemModel: one item per node, holding its
label and the OutlineNode), so what a view and its filtering proxy ask most — index,
parent, rowCount, hasChildren, flags — never re-enters Python: one `expandAll` of a
9,700-node outline asked a Python model ~46,000 times, each call waiting for the GIL while
the reading analysis runs in a worker (200+ ms; the C++ tree: one 15–20 ms call). Only
`data()` is Python: the roles read from the node (fonts, the lighter colour of lead and
item nodes, the tooltip from `tooltip_provider`), asked for the rows being painted.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QStandardItem, QStandardItemModel

from model.outline.tree import Outline, OutlineNode

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, as a default argument

#: Qt.ItemDataRole values as the ints Qt hands data(): the tree is painted before the
#: window's first paint, and reading PySide6's Qt namespace (its ~100 enums) costs ~10 ms
#: of start-up (bench.startup).
DISPLAY_ROLE, TOOLTIP_ROLE, FONT_ROLE, FOREGROUND_ROLE, USER_ROLE = 0, 3, 6, 9, 0x100
#: Custom roles for views and proxies.
NODE_ROLE = USER_ROLE + 1
START_ROLE = USER_ROLE + 2
DEPTH_ROLE = USER_ROLE + 3


class OutlineModel(QStandardItemModel):
    """One column: the node's label ("（一）存在困难"); lead/item nodes are drawn lighter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._outline: Outline | None = None
        #: id(node) -> (node, its item): the item of a node of the current outline
        self._items: dict[int, tuple[OutlineNode, QStandardItem]] = {}
        #: node -> tooltip text (e.g. the section's keywords); None: the label
        self.tooltip_provider: Callable[[OutlineNode], str] | None = None

    def set_outline(self, outline: Outline | None) -> None:
        """Show `outline`: a reset (modelAboutToBeReset, modelReset), then its rows, the
        whole tree built before it is handed to the model in one call."""
        self._items = {}
        self._outline = None
        if self.rowCount():
            # views and proxies let go of their indexes first: PySide's clear() takes the
            # rows out one by one, each removal updating every persistent index (a
            # 9,700-node tree expanded in a view: 1.4 s; after this reset: 2–4 ms)
            self.beginResetModel()
            self.endResetModel()
        self.clear()  # the reset; views drop their expansion and selection
        self.setColumnCount(1)
        self.invisibleRootItem().setDropEnabled(False)
        self._outline = outline
        if outline is None or not outline.roots:
            return
        items = self._items

        def make(nodes: list[OutlineNode]) -> list[QStandardItem]:
            row = []
            for node in nodes:
                item = QStandardItem(node.label)
                item.setData(node, NODE_ROLE)
                # selectable and enabled only, as QAbstractItemModel's rows (by setters:
                # a Qt.ItemFlag would read Qt's namespace, ~10 ms before the first paint)
                item.setEditable(False)
                item.setDragEnabled(False)
                item.setDropEnabled(False)
                items[id(node)] = (node, item)
                if node.children:
                    item.appendRows(make(node.children))
                row.append(item)
            return row

        self.invisibleRootItem().appendRows(make(outline.roots))

    def outline(self) -> Outline | None:
        return self._outline

    def node_count(self) -> int:
        """How many nodes the outline has, at every level."""
        return len(self._items)

    def node(self, index: Index) -> OutlineNode | None:
        if not index.isValid():
            return None
        node: OutlineNode | None = super().data(index, NODE_ROLE)
        return node

    def index_of(self, node: OutlineNode) -> QModelIndex:
        """The index of a node of the current outline (invalid if it is not in it)."""
        entry = self._items.get(id(node))
        if entry is None or entry[0] is not node:
            return QModelIndex()
        return self.indexFromItem(entry[1])

    # QAbstractItemModel -----------------------------------------------------------
    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE:
            return super().data(index, role)
        node = self.node(index)
        if node is None:
            return None
        if role == TOOLTIP_ROLE:
            return self.tooltip_provider(node) if self.tooltip_provider else node.label
        if role == FONT_ROLE:
            return self._font(node)
        if role == FOREGROUND_ROLE:
            if node.kind == "heading":
                return None
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return self._custom(node, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY_ROLE) -> Any:
        from PySide6.QtCore import Qt  # the header is hidden: not on the start-up path

        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self.tr("Outline")
        return None

    # helpers --------------------------------------------------------------------------
    @staticmethod
    def _font(node: OutlineNode) -> QFont | None:
        if node.kind != "heading":
            font = QFont()
            font.setItalic(True)
            return font
        if node.depth == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _custom(node: OutlineNode, role: int) -> Any:
        if role == NODE_ROLE:
            return node
        if role == START_ROLE:
            return node.start
        if role == DEPTH_ROLE:
            return node.depth
        return None
