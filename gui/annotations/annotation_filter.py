"""AnnotationFilter: which rows of the annotations table the panel shows (tag, reviewer,
follow-up state, text), as a sort/filter proxy over gui/annotations/table_model.py.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from gui.annotations.table_model import SORT_ROLE, overdue
from model.annotations import Annotation

Index = QModelIndex | QPersistentModelIndex


class AnnotationFilter(QSortFilterProxyModel):
    """Keeps rows of one tag (or all), of one author (or all), of one follow-up state
    (a status key, "none", "overdue", or "" for all), whose quote/note/section contains
    the filter text.

    With no filter set every row is kept at once (no lookups per row: a reset of 10,000
    rows re-filters them all), and setting a filter to what it already is re-filters
    nothing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tag = ""
        self._author: str | None = None
        self._text = ""
        self._followup = ""
        self._keep_all = True
        self.setSortRole(SORT_ROLE)

    def set_followup(self, value: str) -> None:
        """"" all; "overdue"; "none" (no status); or a status key."""
        if value != self._followup:
            self._refilter(followup=value)

    def set_author(self, author: str | None) -> None:
        """None keeps every author; "" keeps annotations without one."""
        if author != self._author:
            self._refilter(author=author)

    def set_tag(self, tag_id: str) -> None:
        if tag_id != self._tag:
            self._refilter(tag=tag_id)

    def set_text(self, text: str) -> None:
        folded = text.strip().casefold()
        if folded != self._text:
            self._refilter(text=folded)

    def _refilter(self, **changes: Any) -> None:
        self._begin_filter_change()
        self._tag = changes.get("tag", self._tag)
        self._author = changes["author"] if "author" in changes else self._author
        self._text = changes.get("text", self._text)
        self._followup = changes.get("followup", self._followup)
        self._keep_all = (not self._tag and self._author is None and not self._text
                          and not self._followup)
        self._end_filter_change()

    # Qt ≥ 6.9 has begin/endFilterChange; the PySide6 6.8 pin for glibc 2.28
    # (requirements-glibc228.txt) only invalidateRowsFilter
    def _begin_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if self._keep_all:
            return True
        model = self.sourceModel()
        a = model.row_annotation(row)
        if a is None:  # being removed
            return False
        if self._tag and a.tag != self._tag:
            return False
        if self._author is not None and a.author != self._author:
            return False
        if self._followup and not _followup_matches(self._followup, a):
            return False
        return not self._text or self._text in model.search_text(a).casefold()


def _followup_matches(wanted: str, a: Annotation) -> bool:
    if wanted == "overdue":
        return overdue(a)
    if wanted == "none":
        return not a.followup_status
    return a.followup_status == wanted
