"""AnnotationTableModel: a thin Qt table over the controller's AnnotationSet.

Rows are annotations in document order (orphans last), as AnnotationSet.in_order() sorts
them. The model keeps only the row order (ids and their sort keys); every cell is read
from the set. Changes arrive as Change records and become begin/end row calls.
"""
from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from gui.annotations.controller import Controller
from gui.common import labels
from model.annotations import Annotation, Change
from model.followup import is_overdue, status_rank
from model.outline.tree import SECTION_SEPARATOR

Index = QModelIndex | QPersistentModelIndex
Key = tuple[bool, int, int, str]

TAG, QUOTE, NOTE, SECTION, AUTHOR, MODIFIED, FOLLOWUP, DEADLINE = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Tag"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Quote"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Note"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Section"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Author"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Modified"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Follow-up"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Deadline"),
)
#: Follow-up statuses as the window names them (model/followup.py keys).
STATUS_TEXTS = {
    "pending": QT_TRANSLATE_NOOP("FollowUp", "Pending"),
    "in_progress": QT_TRANSLATE_NOOP("FollowUp", "In progress"),
    "done": QT_TRANSLATE_NOOP("FollowUp", "Done"),
    "not_applicable": QT_TRANSLATE_NOOP("FollowUp", "Not applicable"),
}
OVERDUE_TEXT = QT_TRANSLATE_NOOP("FollowUp", "Overdue")
OVERDUE_COLOR = "#b00020"


def status_text(key: str) -> str:
    """A status's translated name ("" for none; an unknown key as it is)."""
    return QCoreApplication.translate("FollowUp", STATUS_TEXTS[key]) if key in STATUS_TEXTS \
        else key


def overdue(a: Annotation) -> bool:
    return is_overdue(a.followup_status, a.followup_deadline)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_ROLE = Qt.ItemDataRole.UserRole + 2
ORPHAN_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 6

QUOTE_CHARS = 40
#: Cells hold this much at most: the view elides what does not fit, in the middle, and
#: the tooltip has the whole text.
CELL_CHARS = 300


_OVERDUE_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
                  Qt.ItemDataRole.ToolTipRole)


def sort_key(a: Annotation) -> Key:
    return (a.orphaned, a.start, a.end, a.id)


def elide(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AnnotationTableModel(QAbstractTableModel):
    """Columns: tag (colour swatch), quote, note, section path, author, modified time,
    follow-up status (overdue: "· Overdue", red, a warning icon), deadline."""

    def __init__(self, controller: Controller, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._ids: list[str] = []
        self._keys: list[Key] = []
        self._load()
        controller.annotations_changed.connect(self.on_change)
        controller.session.outline_ready.connect(self._on_outline)  # the section column

    def keeps(self, a: Annotation) -> bool:
        """Whether the model lists this annotation (all of them here; a subclass may
        list fewer, e.g. only orphans)."""
        return True

    def _load(self) -> None:
        keeps = self.keeps
        self._keys = sorted(sort_key(a) for a in self._controller.annotation_set if keeps(a))
        self._ids = [key[3] for key in self._keys]

    @property
    def controller(self) -> Controller:
        return self._controller

    # --- lookups ---------------------------------------------------------------------
    def annotation(self, row: int) -> Annotation:
        return self._controller.annotation_set.get(self._ids[row])

    def row_annotation(self, row: int) -> Annotation | None:
        """The row's annotation, or None while a removal is being announced (the set
        changes before the Change record reaches this model)."""
        aset = self._controller.annotation_set
        ident = self._ids[row] if 0 <= row < len(self._ids) else ""
        return aset.get(ident) if ident in aset else None

    def row_of(self, annotation_id: str) -> int:
        """Row of an annotation id, or -1."""
        aset = self._controller.annotation_set
        if annotation_id not in aset:
            return -1
        key = sort_key(aset.get(annotation_id))
        row = bisect.bisect_left(self._keys, key)
        return row if row < len(self._ids) and self._ids[row] == annotation_id else -1

    def search_text(self, a: Annotation) -> str:
        """What the text filter searches: quote, note, section path, author, and the
        follow-up's unit and note."""
        return (f"{a.quote}\n{a.note}\n{self.section_path(a)}\n{a.author}\n"
                f"{a.followup_unit}\n{a.followup_note}")

    def section_path(self, a: Annotation) -> str:
        outline = self._controller.outline
        if a.orphaned or outline is None:
            return ""
        return SECTION_SEPARATOR.join(n.marker.strip() or elide(n.title, 12)
                                   for n in outline.path_at(a.start))

    def section_heading(self, a: Annotation) -> str:
        """The innermost section's heading ("（一）工业经济稳中有进"): what tells sections
        apart in a narrow column (a path of markers shows only "一、" there)."""
        outline = self._controller.outline
        path = outline.path_at(a.start) if outline is not None and not a.orphaned else []
        if path:
            return " ".join(path[-1].label.split())
        # before the first heading: named as the status bar names it
        return labels.status_text("no_section") if outline is not None and outline.roots \
            and not a.orphaned else ""

    def section_full_path(self, a: Annotation) -> str:
        """Every heading from the outermost, for the tooltip."""
        outline = self._controller.outline
        path = outline.path_at(a.start) if outline is not None and not a.orphaned else []
        return SECTION_SEPARATOR.join(" ".join(n.label.split()) for n in path)

    # --- Qt API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("AnnotationTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a = self.row_annotation(index.row()) if index.isValid() else None
        if a is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == Qt.ItemDataRole.DecorationRole and col == TAG:
            tag = self._controller.tag(a.tag)
            return QColor(tag.color) if tag else None
        if col in (FOLLOWUP, DEADLINE) and role in _OVERDUE_ROLES:
            return self._overdue_look(a, col, role)
        if role == Qt.ItemDataRole.ToolTipRole and col in (QUOTE, NOTE, SECTION):
            if col == SECTION:
                return self.section_full_path(a) or None
            return a.quote if col == QUOTE else (a.note or None)
        return self._custom(a, col, role)

    def _display(self, a: Annotation, col: int) -> str:
        if col == TAG:
            tag = self._controller.tag(a.tag)
            return tag.label(self._controller.lang) if tag else a.tag
        if col == QUOTE:
            return elide(a.quote, CELL_CHARS)
        if col == NOTE:
            return elide(a.note, CELL_CHARS)
        if col == SECTION:
            return self.tr("(orphaned)") if a.orphaned else self.section_heading(a)
        if col == AUTHOR:
            return a.author
        if col == FOLLOWUP:
            name = status_text(a.followup_status)
            if overdue(a):  # said in words, not by colour alone
                flag = QCoreApplication.translate("FollowUp", OVERDUE_TEXT)
                return f"{name} · {flag}" if name else flag
            return name
        if col == DEADLINE:
            return a.followup_deadline
        stamp = QDateTime.fromString(a.modified, Qt.DateFormat.ISODate)
        return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm") if stamp.isValid() else ""

    def _custom(self, a: Annotation, col: int, role: int) -> Any:
        if role == ID_ROLE:
            return a.id
        if role == TAG_ROLE:
            return a.tag
        if role == ORPHAN_ROLE:
            return a.orphaned
        if role == SEARCH_ROLE:
            return self.search_text(a)
        if role == SORT_ROLE:
            return self._sort_value(a, col)
        if role == OVERDUE_ROLE:
            return overdue(a)
        return None

    def _overdue_look(self, a: Annotation, col: int, role: int) -> Any:
        """Red text and a warning icon on an overdue item's follow-up cells; the unit
        and follow-up note as the tooltip."""
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [a.followup_unit, a.followup_note]
            return "\n".join(p for p in parts if p) or None
        if not overdue(a):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(OVERDUE_COLOR)
        if col == FOLLOWUP:
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _sort_value(self, a: Annotation, col: int) -> Any:
        if col == TAG:
            order = [t.id for t in self._controller.annotation_set.tags]
            return order.index(a.tag) if a.tag in order else len(order)
        if col in (QUOTE, SECTION):
            return self.row_of(a.id)
        if col == FOLLOWUP:  # overdue first, then working order, unset last
            return (0 if overdue(a) else 1) * 10 + status_rank(a.followup_status)
        if col == DEADLINE:  # by date, none last
            return a.followup_deadline or "9999-99-99"
        return {NOTE: a.note, AUTHOR: a.author, MODIFIED: a.modified}[col]

    # --- change handling ------------------------------------------------------------------
    @Slot(object)
    def on_change(self, change: Change) -> None:
        if change.kind == "reset":
            self.beginResetModel()
            self._load()
            self.endResetModel()
        elif change.kind == "tags":
            self._all_changed()
        elif change.kind == "added":
            self._insert(change.ids)
        elif change.kind == "removed":
            self._remove(change.ids)
        elif change.kind == "updated":
            self._update(change.ids)

    @Slot(object, object)
    def _on_outline(self, _report: object, _outline: object) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, SECTION), self.index(len(self._ids) - 1, SECTION))

    def _all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, self.columnCount() - 1))

    def _insert(self, ids: tuple[str, ...]) -> None:
        aset = self._controller.annotation_set
        for key, ident in sorted((sort_key(aset.get(i)), i) for i in ids
                                 if i in aset and self.keeps(aset.get(i))):
            row = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, ident)
            self._keys.insert(row, key)
            self.endInsertRows()

    def _remove(self, ids: tuple[str, ...]) -> None:
        gone = set(ids)
        for row in sorted((r for r, i in enumerate(self._ids) if i in gone), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            del self._keys[row]
            self.endRemoveRows()

    def _update(self, ids: tuple[str, ...]) -> None:
        aset = self._controller.annotation_set
        for ident in ids:
            listed = ident in aset and self.keeps(aset.get(ident))
            try:
                row = self._ids.index(ident)
            except ValueError:
                row = -1
            if row < 0 or not listed:  # it joins or leaves a filtered model
                if listed:
                    self._insert((ident,))
                elif row >= 0:
                    self._remove((ident,))
                continue
            key = sort_key(aset.get(ident))
            if key == self._keys[row]:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                continue
            self._move(row, key)

    def _move(self, row: int, key: Key) -> None:
        """An annotation's position changed (re-attached): move its row."""
        ident = self._ids[row]
        rest = self._keys[:row] + self._keys[row + 1:]
        dest = bisect.bisect_left(rest, key)
        if dest != row:  # Qt's destination row counts the moving row itself
            qt_dest = dest + 1 if dest > row else dest
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), qt_dest)
        del self._ids[row]
        del self._keys[row]
        self._ids.insert(dest, ident)
        self._keys.insert(dest, key)
        if dest != row:
            self.endMoveRows()
        self.dataChanged.emit(self.index(dest, 0), self.index(dest, self.columnCount() - 1))
