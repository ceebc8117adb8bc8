"""OutlineModel: a read-only Qt item model over model.outline.tree.Outline.

A thin adapter: the OutlineNode objects are the data. They are handed to createIndex as
internal pointers (never ints) and kept alive by the Outline this model holds.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont, QGuiApplication, QPalette

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


class OutlineModel(QAbstractItemModel):
    """One column: the node's label ("（一）存在困难"); lead/item nodes are drawn lighter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._outline: Outline | None = None
        self._roots: list[OutlineNode] = []
        self._rows: dict[int, int] = {}  # id(node) -> row among its siblings
        #: node -> tooltip text (e.g. the section's keywords); None: the label
        self.tooltip_provider: Callable[[OutlineNode], str] | None = None

    def set_outline(self, outline: Outline | None) -> None:
        self.beginResetModel()
        self._outline = outline
        self._roots = list(outline.roots) if outline is not None else []
        self._rows = {}
        for siblings in self._sibling_lists():
            self._rows.update((id(node), row) for row, node in enumerate(siblings))
        self.endResetModel()

    def outline(self) -> Outline | None:
        return self._outline

    def node_count(self) -> int:
        """How many nodes the outline has, at every level."""
        return len(self._rows)

    def node(self, index: Index) -> OutlineNode | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    def index_of(self, node: OutlineNode) -> QModelIndex:
        """The index of a node of the current outline (invalid if it is not in it)."""
        row = self._rows.get(id(node))
        siblings = node.parent.children if node.parent is not None else self._roots
        if row is None or row >= len(siblings) or siblings[row] is not node:
            return QModelIndex()
        return self.createIndex(row, 0, node)

    # QAbstractItemModel -----------------------------------------------------------
    # index, rowCount, hasChildren and flags are called ~4 times per node by Expand All
    # (through the proxy): kept to the fewest Python calls (9,700 nodes: 240 → see README)
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        node = parent.internalPointer() if parent.isValid() else None
        children = node.children if node is not None else self._roots
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(parent.internalPointer().children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        if not parent.isValid():
            return bool(self._roots)
        return parent.column() == 0 and bool(parent.internalPointer().children)

    # flags(): QAbstractItemModel's own (enabled and selectable; none for the root)

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
        if role == FOREGROUND_ROLE and node.kind != "heading":
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return self._custom(node, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY_ROLE) -> Any:
        from PySide6.QtCore import Qt  # the header is hidden: not on the start-up path

        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self.tr("Outline")
        return None

    # helpers --------------------------------------------------------------------------
    def _children(self, parent: Index) -> list[OutlineNode]:
        node = self.node(parent)
        return node.children if node is not None else self._roots

    def _sibling_lists(self) -> list[list[OutlineNode]]:
        lists = [self._roots]
        for root in self._roots:
            lists.extend(n.children for n in root.walk() if n.children)
        return lists

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
