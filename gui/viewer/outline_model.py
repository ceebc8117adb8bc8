"""OutlineModel: a read-only Qt item model over model.outline.tree.Outline.

The tree's structure lives in C++ (a QStandardItemModel: one item per node, made by the
model from a prototype, holding the OutlineNode), so what a view and its filtering proxy
ask most — index, parent, rowCount, hasChildren, flags — never re-enters Python: one
`expandAll` of a 9,700-node outline asked a Python model ~46,000 times, each call possibly
waiting for the GIL while the reading analysis runs in a worker (200+ ms in one call,
57–222 ms largest gap in slices; the C++ tree: one 7–25 ms call). Only `data()` is
Python: every role is read from the node (label, fonts, the lighter colour of lead and
item nodes, the tooltip from `tooltip_provider`), asked for the rows being painted and by
a filter.
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
        self.setColumnCount(1)
        self.invisibleRootItem().setDropEnabled(False)
        # every row's item is made by the model from this one (in C++, no Python object
        # per row): selectable and enabled only, as QAbstractItemModel's rows (set by
        # setters: a Qt.ItemFlag would read Qt's namespace, ~10 ms before the first paint)
        self._prototype = QStandardItem()
        self._prototype.setEditable(False)
        self._prototype.setDragEnabled(False)
        self._prototype.setDropEnabled(False)
        self.setItemPrototype(self._prototype)
        self._outline: Outline | None = None
        self._roots: list[OutlineNode] = []
        self._rows: dict[int, int] = {}  # id(node) -> row among its siblings
        #: node -> tooltip text (e.g. the section's keywords); None: the label
        self.tooltip_provider: Callable[[OutlineNode], str] | None = None

    def set_outline(self, outline: Outline | None) -> None:
        """Show `outline`: one reset (modelAboutToBeReset, modelReset) as seen from views;
        the rows are made while its signals are held (9,700 nodes: ~20 ms; the Python
        model's reset took ~5)."""
        if self.rowCount():
            # views and proxies let go of their indexes first, so that taking the old
            # rows out updates none (a 9,700-node tree expanded in a view: 1.4 s)
            self.beginResetModel()
            self.endResetModel()
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self._outline = outline
            self._roots = list(outline.roots) if outline is not None else []
            self._rows = {}
            self._fill(self._roots, QModelIndex())
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def _fill(self, nodes: list[OutlineNode], parent: QModelIndex) -> None:
        if not nodes:
            return
        index, set_data, rows = self.index, self.setData, self._rows
        if parent.isValid():  # a row's item starts with no column
            self.insertColumns(0, 1, parent)
        self.insertRows(0, len(nodes), parent)
        for row, node in enumerate(nodes):
            at = index(row, 0, parent)
            set_data(at, node, NODE_ROLE)  # the model makes the row's item; data() the rest
            rows[id(node)] = row
            if node.children:
                self._fill(node.children, at)

    def outline(self) -> Outline | None:
        return self._outline

    def node_count(self) -> int:
        """How many nodes the outline has, at every level."""
        return len(self._rows)

    def node(self, index: Index) -> OutlineNode | None:
        if not index.isValid():
            return None
        node: OutlineNode | None = super().data(index, NODE_ROLE)
        return node

    def index_of(self, node: OutlineNode) -> QModelIndex:
        """The index of a node of the current outline (invalid if it is not in it)."""
        row = self._rows.get(id(node))
        siblings = node.parent.children if node.parent is not None else self._roots
        if row is None or row >= len(siblings) or siblings[row] is not node:
            return QModelIndex()
        parent = QModelIndex()
        if node.parent is not None:
            parent = self.index_of(node.parent)
            if not parent.isValid():
                return QModelIndex()
        return self.index(row, 0, parent)

    # QAbstractItemModel -----------------------------------------------------------
    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == DISPLAY_ROLE:
            return node.label
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
