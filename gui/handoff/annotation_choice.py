"""Which annotations go out: the tag, reviewer and notes fields shared by the Export
Review dialog and the Print / annotated PDF dialog. What they select is applied by
model.export.review.select_annotations (reviews and printouts alike)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QFormLayout, QListWidget, QListWidgetItem, QWidget

from gui.common.swatch import swatch_icon, tag_mark
from model.annotations import AnnotationSet

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class AnnotationChoice:
    """`tags`: ids to keep; `authors`: None means everyone (also reviewers added later).
    `left_out_tags` / `left_out_authors` are what was unticked: remembered that way, a
    tag or reviewer that appears later starts ticked."""

    tags: tuple[str, ...]
    authors: tuple[str, ...] | None
    include_notes: bool
    left_out_tags: frozenset[str] = frozenset()
    left_out_authors: frozenset[str] = frozenset()


class ChoiceFields(QObject):
    """Tag list, reviewer list and "Include notes" box, built on `parent` and ticked as
    `remembered` says (default: everything). Attributes: tag_list, author_list,
    notes_box; `changed` fires when a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget, annotation_set: AnnotationSet, lang: str,
                 remembered: AnnotationChoice | None = None) -> None:
        super().__init__(parent)
        memory = remembered or AnnotationChoice((), None, True)
        self.tag_list = self._tag_list(parent, annotation_set, lang, memory.left_out_tags)
        self.author_list = self._author_list(parent, annotation_set, memory.left_out_authors)
        self.notes_box = QCheckBox(self.tr("Include &notes"), parent)
        self.notes_box.setChecked(memory.include_notes)
        for box in (self.tag_list, self.author_list):
            box.itemChanged.connect(self._emit_changed)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("&Tags:"), self.tag_list)
        form.addRow(self.tr("&Reviewers:"), self.author_list)
        form.addRow("", self.notes_box)

    def acceptable(self) -> bool:
        """At least one tag, and one reviewer when there are any."""
        return bool(_checked(self.tag_list)) and (
            self.author_list.count() == 0 or bool(_checked(self.author_list)))

    def choice(self) -> AnnotationChoice:
        authors = _checked(self.author_list)
        every = len(authors) == self.author_list.count()
        return AnnotationChoice(
            tags=tuple(_checked(self.tag_list)),
            authors=None if every else tuple(authors),
            include_notes=self.notes_box.isChecked(),
            left_out_tags=frozenset(_checked(self.tag_list, Qt.CheckState.Unchecked)),
            left_out_authors=frozenset(_checked(self.author_list, Qt.CheckState.Unchecked)),
        )

    @Slot()
    def _emit_changed(self) -> None:
        self.changed.emit()

    def _tag_list(self, parent: QWidget, annotation_set: AnnotationSet, lang: str,
                  left_out: frozenset[str]) -> QListWidget:
        counts = Counter(a.tag for a in annotation_set)
        box = QListWidget(parent)
        box.setObjectName("export_tags")
        box.setAccessibleName(self.tr("Tags to include"))
        for tag in annotation_set.tags:
            item = QListWidgetItem(f"{tag.label(lang)} ({counts.get(tag.id, 0)})", box)
            item.setIcon(_swatch(tag.color, tag_mark(tag, lang)))
            _make_checkable(item, tag.id, tag.id not in left_out)
        box.setMaximumHeight(box.sizeHintForRow(0) * 7 + 6)
        return box

    def _author_list(self, parent: QWidget, annotation_set: AnnotationSet,
                     left_out: frozenset[str]) -> QListWidget:
        counts = Counter(a.author for a in annotation_set)
        box = QListWidget(parent)
        box.setObjectName("export_authors")
        box.setAccessibleName(self.tr("Reviewers to include"))
        for author in sorted(counts):
            name = author or self.tr("(no name)")
            item = QListWidgetItem(f"{name} ({counts[author]})", box)
            _make_checkable(item, author, author not in left_out)
        box.setMaximumHeight(max(box.sizeHintForRow(0), 18) * 4 + 6)
        return box


def _make_checkable(item: QListWidgetItem, ident: str, checked: bool) -> None:
    item.setData(ID_ROLE, ident)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _checked(box: QListWidget, state: Qt.CheckState = Qt.CheckState.Checked) -> list[str]:
    """Ids of the items in `state` (ticked by default), in list order."""
    return [box.item(i).data(ID_ROLE) for i in range(box.count())
            if box.item(i).checkState() == state]


def _swatch(color: str, mark: str = "") -> QIcon:
    return swatch_icon(color, 12, mark)
