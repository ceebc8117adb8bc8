"""The suggestions list's rows: one row per top-level section, its suggestions under it,
the best first; refilled row by row, so that accepting one of thousands is cheap."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from gui.common.labels import ReasonTemplates, reason_templates, status_text, suggestion_reason
from model.annotations import Tag
from model.colors import readable_on

if TYPE_CHECKING:  # model.reading.suggestions loads with the analysis, in the worker
    from model.outline.tree import Outline
    from model.reading.suggestions import Suggestion

ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # a section row: the section's start
#: Longer quotes are cut here (the view elides the rest in the middle; the tooltip has all).
QUOTE_CHARS = 300


def rank_key(item: Suggestion) -> tuple[float, int]:
    """Within a section: the best score first, then in document order."""
    return -item.score, item.start


class SectionRows:
    """The section rows of `tree` and the suggestion rows under them, by suggestion."""

    def __init__(self, tree: QTreeWidget) -> None:
        self.tree = tree
        self.outline: Outline | None = None
        self.by_id: dict[int, QTreeWidgetItem] = {}  # id(suggestion) -> its row
        self._groups: dict[int, QTreeWidgetItem] = {}  # section start -> its row

    def clear(self) -> None:
        self.tree.clear()
        self._groups, self.by_id = {}, {}

    def _section(self, item: Suggestion) -> tuple[int, str]:
        """The top-level section holding `item`: (its start, its label); (-1, …) outside
        any (the opening before the first heading, or a report without headings)."""
        if self.outline is None or not self.outline.roots:
            return -1, QCoreApplication.translate("SuggestionsPanel", "Whole text")
        path = self.outline.path_at(item.start)
        node = next((n for n in path if n.kind != "item"), None)
        if node is None:  # before the first heading (or in an item outside any)
            return -1, status_text("no_section")  # as the status bar names it
        return node.start, node.label

    def _group(self, item: Suggestion) -> QTreeWidgetItem:
        """The section row for `item`, made (in document order) if it is new."""
        start, label = self._section(item)
        group = self._groups.get(start)
        if group is None:
            group = QTreeWidgetItem([label])
            group.setData(0, SECTION_ROLE, start)
            group.setToolTip(0, label)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
            index = bisect.bisect_left(sorted(self._groups), start)
            self._groups[start] = group
            self.tree.insertTopLevelItem(index, group)
            group.setFirstColumnSpanned(True)  # only once in the tree
            group.setExpanded(True)
        return group

    def add(self, items: list[Suggestion], tags: list[Tag], lang: str) -> None:
        """Rows for `items` (the tree is empty)."""
        templates = reason_templates()
        by_group: dict[int, list[Suggestion]] = {}
        for item in items:
            by_group.setdefault(self._group(item).data(0, SECTION_ROLE), []).append(item)
        for start, members in by_group.items():
            rows = [suggestion_row(s, tags, lang, templates)
                    for s in sorted(members, key=rank_key)]
            self.by_id.update((id(r.data(0, ROLE)), r) for r in rows)
            self._groups[start].addChildren(rows)
            self._count(self._groups[start])

    def update(self, shown: list[Suggestion], items: list[Suggestion], tags: list[Tag],
               lang: str) -> None:
        """From the rows of `shown` to those of `items`: only the rows that left or
        arrived are touched."""
        kept = {id(s) for s in items}
        touched: set[int] = set()
        for item in shown:
            if id(item) not in kept:
                row = self.by_id.pop(id(item))
                group = row.parent()
                group.removeChild(row)
                touched.add(group.data(0, SECTION_ROLE))
        templates: ReasonTemplates | None = None
        for item in items:
            if id(item) not in self.by_id:
                templates = templates or reason_templates()
                group = self._group(item)
                keys = [rank_key(group.child(i).data(0, ROLE))
                        for i in range(group.childCount())]
                row = suggestion_row(item, tags, lang, templates)
                group.insertChild(bisect.bisect_left(keys, rank_key(item)), row)
                self.by_id[id(item)] = row
                touched.add(group.data(0, SECTION_ROLE))
        for start in touched:
            group = self._groups[start]
            if group.childCount():
                self._count(group)
            else:
                del self._groups[start]
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))

    @staticmethod
    def _count(group: QTreeWidgetItem) -> None:
        """The section's label with how many of its suggestions are listed."""
        label = group.toolTip(0)
        group.setText(0, QCoreApplication.translate("SuggestionsPanel", "%1 (%2)")
                      .replace("%2", str(group.childCount())).replace("%1", label))

    def rows(self) -> list[QTreeWidgetItem]:
        """Every suggestion row, in the order shown."""
        tree = self.tree
        return [group.child(c) for g in range(tree.topLevelItemCount())
                if (group := tree.topLevelItem(g)) is not None
                for c in range(group.childCount())]


def suggestion_row(item: Suggestion, tags: list[Tag], lang: str,
                   templates: ReasonTemplates) -> QTreeWidgetItem:
    """A suggestion's row: tag (in its colour), quote, reason, score, each with its tooltip."""
    tag = next((t for t in tags if t.id == item.tag), None)
    quote = " ".join(item.quote.split())
    quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 1] + "…"
    reason = suggestion_reason(item.reason_code, item.reason_args, templates)
    row = QTreeWidgetItem([tag.label(lang) if tag else item.tag, quote, reason,
                           f"{item.score:.2f}"])
    row.setData(0, ROLE, item)
    row.setToolTip(1, item.quote)
    row.setToolTip(2, reason)
    row.setToolTip(3, QCoreApplication.translate(
        "SuggestionsPanel", "Right in about %1 of 10 similar suggestions").replace(
            "%1", f"{item.score * 10:.0f}"))
    if tag is not None:
        page = QGuiApplication.palette().color(QPalette.ColorRole.Base).name()
        row.setForeground(0, QColor(readable_on(tag.color, page)))  # AA in either scheme
    return row
