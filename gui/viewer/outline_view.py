"""OutlineView: the tree of sections. Click or Enter on a node asks to go there; its
context menu is filled by `context_menu_extenders` (the outline corrections add theirs)."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from gui.viewer.outline_model import NODE_ROLE
from model.outline.tree import OutlineNode

#: Expand All of a very large tree (outline_pane.SLICED_EXPAND_NODES) in slices of about
#: this long, the event loop running between them (the tree itself is C++, but one
#: `expandAll` of 26,000 nodes is 40–50 ms).
EXPAND_SLICE_S = 0.01
#: Meanwhile the tree is repainted at most this often: each expand() repaints every visible
#: row (the tag-count chips are drawn in Python), which cost as much as the slice itself.
EXPAND_PAINT_S = 0.1


class OutlineView(QTreeView):
    """Signals: node_activated(OutlineNode) — the user clicked a node or pressed Enter."""

    node_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline_view")
        self.setAccessibleName(self.tr("Outline"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # elided on the right: the view's default (Qt's namespace is not read at start-up)
        self.setAllColumnsShowFocus(True)
        self.clicked.connect(self._on_index_chosen)
        #: fn(menu, node under the pointer or None) adds entries to the context menu
        self.context_menu_extenders: list[Callable[[QMenu, OutlineNode | None], None]] = []
        self._pending: Iterator[QModelIndex] | None = None  # Expand All's nodes still to expand
        self._slice_timer: QTimer | None = None  # made at the first sliced Expand All
        self._painted_at = 0.0  # perf_counter() when a sliced Expand All last let it paint
        self._holding_paint = False  # that Expand All disabled updates between its slices

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """The model's indexes held by a sliced Expand All die with any change of its rows."""
        super().setModel(model)
        if model is not None:
            for signal in (model.modelAboutToBeReset, model.layoutAboutToBeChanged,
                           model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved):
                signal.connect(self._stop_expanding)

    def node_at(self, index: QModelIndex) -> OutlineNode | None:
        return index.data(NODE_ROLE) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_index_chosen(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def build_context_menu(self, point: QPoint) -> QMenu:
        """The menu for the node at viewport `point` (made current), from the extenders."""
        index = self.indexAt(point)
        if index.isValid():
            self.setCurrentIndex(index)
        menu = QMenu(self)
        for extend in self.context_menu_extenders:
            extend(menu, self.node_at(index))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:  # Menu key: the current node
            point = self.visualRect(self.currentIndex()).center()
        menu = self.build_context_menu(point)
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()

    @Slot(QModelIndex)
    def _on_index_chosen(self, index: QModelIndex) -> None:
        node = self.node_at(index)
        if node is not None:
            self.node_activated.emit(node)

    # expansion --------------------------------------------------------------------
    @Slot()
    def expandAll(self) -> None:
        self._stop_expanding()
        super().expandAll()

    @Slot()
    def collapseAll(self) -> None:
        self._stop_expanding()
        super().collapseAll()

    def expand_all_in_slices(self) -> None:
        """expandAll()'s result, reached in slices of EXPAND_SLICE_S between events: the
        nodes are expanded parents first, so each expand() lays out only the rows it adds."""
        self._stop_expanding()
        self.executeDelayedItemsLayout()  # else expand() only stores and one full layout follows
        self._pending = self._nodes_with_children()
        self._painted_at = 0.0
        if self._slice_timer is None:
            self._slice_timer = QTimer(self)
            self._slice_timer.setSingleShot(True)
            self._slice_timer.setInterval(0)
            self._slice_timer.timeout.connect(self._expand_slice)
        self._expand_slice()

    def expanding(self) -> bool:
        """A sliced Expand All is still under way."""
        return self._pending is not None

    @Slot()
    def _expand_slice(self) -> None:
        pending = self._pending
        if pending is None:
            return
        start = time.perf_counter()
        if not self._holding_paint:
            self.setUpdatesEnabled(False)
            self._holding_paint = True
        try:
            for index in pending:
                self.expand(index)
                now = time.perf_counter()
                if now > start + EXPAND_SLICE_S:
                    assert self._slice_timer is not None
                    self._slice_timer.start()
                    if now - self._painted_at >= EXPAND_PAINT_S:  # the first slice too
                        self._release_paint()
                        self._painted_at = now
                    return
        except BaseException:
            self._stop_expanding()
            raise
        self._pending = None
        self._release_paint()

    def _release_paint(self) -> None:
        if self._holding_paint:
            self._holding_paint = False
            self.setUpdatesEnabled(True)

    @Slot()
    def _stop_expanding(self) -> None:
        self._pending = None
        if self._slice_timer is not None:
            self._slice_timer.stop()
        self._release_paint()

    def _nodes_with_children(self) -> Iterator[QModelIndex]:
        """Every index with children, each before its descendants (a lazy walk)."""
        model = self.model()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent) - 1, -1, -1):
                index = model.index(row, 0, parent)
                if model.hasChildren(index):
                    stack.append(index)
            if parent.isValid():
                yield parent

    @Slot(int)
    def expand_to_level(self, level: int) -> None:
        """Show nodes down to depth `level` (1 = top level only); deeper ones collapse."""
        self.setUpdatesEnabled(False)
        try:
            self.collapseAll()
            if level > 1:
                self._expand_below(QModelIndex(), level, 1)
        finally:
            self.setUpdatesEnabled(True)

    def _expand_below(self, parent: QModelIndex, level: int, depth: int) -> None:
        """Depth counts tree levels (top = 1), whatever numbering the nodes carry."""
        model = self.model()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if depth < level and model.hasChildren(index):
                self.expand(index)
                self._expand_below(index, level, depth + 1)

    # following the reading position ------------------------------------------------
    def show_node_path(self, indexes: list[QModelIndex]) -> None:
        """Select the deepest of `indexes` (outermost first) that is visible without
        expanding anything, and scroll it into view. Emits no node_activated."""
        target = QModelIndex()
        for index in indexes:
            if not index.isValid():
                break
            target = index
            if not self.isExpanded(index):
                break
        selection = self.selectionModel()
        if not target.isValid():
            selection.clearSelection()
            return
        if target != self.currentIndex() or not selection.isSelected(target):
            selection.setCurrentIndex(
                target, selection.SelectionFlag.ClearAndSelect)
        self.scrollTo(target, QAbstractItemView.ScrollHint.EnsureVisible)
