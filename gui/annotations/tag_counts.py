"""Per-section tag counts for the outline, and a delegate that draws them as chips.

An annotation counts in every section that contains its start (so a chapter shows the
total of its subsections). `TagCounts` recomputes after each change — one bisect-based
Outline.path_at per annotation — and `TagCountDelegate` draws small coloured count chips
at the right of each outline row. The delegate finds the row's OutlineNode through a
callable `node_for_index(index)`; the default reads the node role of
gui/viewer/outline_model.py.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from gui.annotations.controller import Controller
from gui.viewer.outline_model import NODE_ROLE
from model.annotations import Annotation, Change
from model.outline.tree import Outline, OutlineNode

Index = QModelIndex | QPersistentModelIndex
Counts = dict[OutlineNode, dict[str, int]]

CHIP_GAP = 3
CHIP_PAD = 4
#: At most this share of a row's width goes to chips (the rest of the tags are left out).
MAX_CHIP_SHARE = 0.45
#: A reset with more annotations than this is counted in the next turn of the event loop.
DEFER_RESET = 2_000


def section_tag_counts(outline: Outline, annotations: Iterable[Annotation]) -> Counts:
    """{node: {tag id: count}} for every section containing an annotation's start."""
    counts: Counts = {}
    for a in annotations:
        if a.orphaned:
            continue
        for node in outline.path_at(a.start):
            per_tag = counts.setdefault(node, {})
            per_tag[a.tag] = per_tag.get(a.tag, 0) + 1
    return counts


class TagCounts(QObject):
    """Keeps section_tag_counts up to date. Signal `changed()` after every recount."""

    changed = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._counts: Counts = {}
        self._counted: dict[str, Annotation] = {}  # what _counts holds, by id
        self._outline: Outline | None = None
        self._later = QTimer(self)  # a large reset is counted in the next turn
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        controller.annotations_changed.connect(self._on_change)
        controller.session.outline_ready.connect(self._on_outline)  # e.g. corrected
        self.refresh()

    def counts(self, node: OutlineNode) -> list[tuple[str, int]]:
        """(tag id, count) for one section, in tag-set order."""
        per_tag = self._counts.get(node, {})
        order = [t.id for t in self._controller.annotation_set.tags]
        return sorted(per_tag.items(), key=lambda kv: order.index(kv[0])
                      if kv[0] in order else len(order))

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        """A large set's reset (a sidecar just loaded) is counted in the next turn of the
        event loop, apart from the other views' resets; changes meanwhile wait for it."""
        if change.kind == "reset" and len(self._controller.annotation_set) > DEFER_RESET:
            self._later.start()
        elif not self._later.isActive():
            self.refresh(change)

    @Slot()
    @Slot(object)
    def refresh(self, change: Change | None = None) -> None:
        """Recount everything, or, for added/removed/updated, only those annotations."""
        outline = self._controller.outline
        if change is not None and change.kind in ("added", "removed", "updated") \
                and outline is not None and outline is self._outline:
            self._recount(outline, change.ids)
        else:
            self._outline = outline
            aset = self._controller.annotation_set
            self._counts = {} if outline is None else section_tag_counts(outline, aset)
            self._counted = {a.id: a for a in aset if not a.orphaned}
        self.changed.emit()

    @Slot(object, object)
    def _on_outline(self, _report: object, _outline: Outline) -> None:
        self.refresh()

    def _recount(self, outline: Outline, ids: tuple[str, ...]) -> None:
        aset = self._controller.annotation_set
        for ident in ids:
            old = self._counted.pop(ident, None)
            if old is not None:
                for node in outline.path_at(old.start):
                    per_tag = self._counts.get(node, {})
                    per_tag[old.tag] = per_tag.get(old.tag, 0) - 1
                    if per_tag[old.tag] <= 0:
                        del per_tag[old.tag]
            new = aset.get(ident) if ident in aset else None
            if new is not None and not new.orphaned:
                self._counted[ident] = new
                for node in outline.path_at(new.start):
                    per_tag = self._counts.setdefault(node, {})
                    per_tag[new.tag] = per_tag.get(new.tag, 0) + 1


def _node_from_role(index: Index) -> OutlineNode | None:
    node = index.data(NODE_ROLE) if index.isValid() else None
    return node if isinstance(node, OutlineNode) else None


class TagCountDelegate(QStyledItemDelegate):
    """Paints the row normally, then one chip per tag ("3" on the tag's colour) at the right.

    Wiring: view.setItemDelegate(TagCountDelegate(counts, controller.tag, view)) and
    counts.changed → view.viewport().update.
    """

    def __init__(self, counts: TagCounts, tag_lookup: Callable[[str], Any],
                 parent: QObject | None = None,
                 node_for_index: Callable[[Index], OutlineNode | None] = _node_from_role,
                 ) -> None:
        super().__init__(parent)
        self._counts = counts
        self._tag = tag_lookup
        self._node_for_index = node_for_index

    def chips(self, index: Index) -> list[tuple[str, QColor]]:
        """(count text, colour) to draw for a row."""
        node = self._node_for_index(index)
        if node is None:
            return []
        out = []
        for tag_id, count in self._counts.counts(node):
            tag = self._tag(tag_id)
            out.append((str(count), QColor(tag.color if tag is not None else "#888888")))
        return out

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chips = self.chips(index)
        if not chips:
            super().paint(painter, option, index)
            return
        metrics = QFontMetrics(option.font)
        widths = [metrics.horizontalAdvance(t) + 2 * CHIP_PAD for t, _ in chips]
        room = int(option.rect.width() * MAX_CHIP_SHARE)  # the heading keeps the rest
        while len(widths) > 1 and sum(widths) + CHIP_GAP * len(widths) > room:
            chips, widths = chips[:-1], widths[:-1]
        reserved = sum(widths) + CHIP_GAP * len(chips)
        text_option = QStyleOptionViewItem(option)
        text_option.rect = option.rect.adjusted(0, 0, -reserved, 0)
        super().paint(painter, text_option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = option.rect.right() - reserved + CHIP_GAP
        height = min(option.rect.height() - 4, metrics.height() + 2)
        top = option.rect.top() + (option.rect.height() - height) // 2
        for (text, color), width in zip(chips, widths):
            rect = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor("#ffffff") if color.lightness() < 160 else QColor("#000000"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + CHIP_GAP
        painter.restore()
