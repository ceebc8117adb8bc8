"""TagSetDialog: add, rename, recolour, reorder and remove tags.

The dialog edits a working copy; on OK the whole edit goes through
Controller.edit_tags as one undo step. Removing a tag that annotations still use asks
`choose_removal` (reassign them to which tag, or delete them) — never silently.
`pick_color` and `choose_removal` are module functions so tests can replace them.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.annotations.controller import Controller
from gui.annotations.tag_set_model import moved, new_tag, with_keys
from gui.common.swatch import swatch_icon, tag_mark
from model.annotations import Tag

NEW_TAG_COLOR = "#5b8def"
#: A new tag's English name (its Chinese one is the translation of "New tag").
NEW_TAG_NAME_EN = "New tag"


def pick_color(parent: QWidget, initial: QColor) -> QColor | None:
    """Ask for a colour; None when cancelled."""
    color = QColorDialog.getColor(initial, parent)
    return color if color.isValid() else None


def choose_removal(parent: QWidget, tag: Tag, count: int, others: list[Tag],
                   lang: str) -> tuple[str, str | None] | None:
    """Ask what happens to the `count` annotations of a removed tag.

    Returns ("reassign", tag_id), ("delete", None), or None to keep the tag.
    """
    delete = QCoreApplication.translate("TagSetDialog", "Delete these annotations")
    move_to = QCoreApplication.translate("TagSetDialog", "Move to %1")
    choices = [move_to.replace("%1", t.label(lang)) for t in others]
    prompt = QCoreApplication.translate(
        "TagSetDialog", "%n annotation(s) use “%1”. What should happen to them?", "", count,
    ).replace("%1", tag.label(lang))
    title = QCoreApplication.translate("TagSetDialog", "Remove tag")
    picked, ok = QInputDialog.getItem(parent, title, prompt, [*choices, delete], 0, False)
    if not ok:
        return None
    if picked == delete:
        return ("delete", None)
    return ("reassign", others[choices.index(picked)].id)


def swatch(color: str, mark: str = "") -> QIcon:
    return swatch_icon(color, 14, mark)


class TagSetDialog(QDialog):
    """Use `TagSetDialog.edit(parent, controller)`; True when the tag set was changed."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self._controller = controller
        self._lang = controller.lang
        self.tags: list[Tag] = list(controller.annotation_set.tags)
        self.removals: dict[str, str | None] = {}
        self.list = QListWidget(self)
        self.label_zh = QLineEdit(self)
        self.label_en = QLineEdit(self)
        self.list.setAccessibleName(self.tr("Tags"))
        self.label_zh.setAccessibleName(self.tr("Chinese name"))
        self.label_en.setAccessibleName(self.tr("English name"))
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self._fill(0)

    @classmethod
    def edit(cls, parent: QWidget | None, controller: Controller) -> bool:
        dialog = cls(controller, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.apply()
        finally:
            dialog.deleteLater()

    def _build(self) -> None:
        form = QFormLayout()
        # every field and button has an Alt key, as the other dialogs (姓名(&N)：)
        form.addRow(self.tr("C&hinese name:"), self.label_zh)
        form.addRow(self.tr("&English name:"), self.label_en)
        side = QVBoxLayout()
        for key, text, slot in (("add", self.tr("&Add"), self.add_tag),
                                ("color", self.tr("&Colour…"), self.recolour),
                                ("up", self.tr("Move &up"), lambda: self.move(-1)),
                                ("down", self.tr("Move &down"), lambda: self.move(1)),
                                ("remove", self.tr("&Remove"), self.remove_current),
                                ("default",
                                 self.tr("Use as my default for &new documents"),
                                 self.make_default)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[key] = button
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self._on_row)
        self.label_zh.textEdited.connect(lambda text: self._set_field(label_zh=text))
        self.label_en.textEdited.connect(lambda text: self._set_field(label_en=text))

    def _fill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for tag in self.tags:
            key = f"{tag.key}  " if tag.key else "   "
            item = QListWidgetItem(swatch(tag.color, tag_mark(tag)), f"{key}{tag.label_zh} / {tag.label_en}")
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.tags) - 1))
        self._on_row(self.list.currentRow())

    def current_row(self) -> int:
        return self.list.currentRow()

    @Slot(int)
    def _on_row(self, row: int) -> None:
        valid = 0 <= row < len(self.tags)
        for key in ("color", "up", "down", "remove"):
            self.buttons[key].setEnabled(valid)
        self.label_zh.setEnabled(valid)
        self.label_en.setEnabled(valid)
        self.label_zh.setText(self.tags[row].label_zh if valid else "")
        self.label_en.setText(self.tags[row].label_en if valid else "")

    def _set_field(self, **fields: str) -> None:
        row = self.current_row()
        if 0 <= row < len(self.tags):
            self.tags[row] = replace(self.tags[row], **fields)
            tag = self.tags[row]
            self.list.item(row).setText(f"{tag.key or ' '}  {tag.label_zh} / {tag.label_en}")

    @Slot()
    def add_tag(self) -> None:
        # The English name stays English whatever the interface language.
        self.tags.append(new_tag(self.tags, self.tr("New tag"), NEW_TAG_NAME_EN, NEW_TAG_COLOR))
        self._fill(len(self.tags) - 1)
        self.label_zh.setFocus()
        self.label_zh.selectAll()

    @Slot()
    def recolour(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.tags):
            return
        color = pick_color(self, QColor(self.tags[row].color))
        if color is not None:
            self.tags[row] = replace(self.tags[row], color=color.name())
            self._fill(row)

    def move(self, delta: int) -> None:
        row = self.current_row()
        if 0 <= row < len(self.tags):
            self.tags = moved(self.tags, self.tags[row].id, delta)
            self._fill(max(0, min(len(self.tags) - 1, row + delta)))

    @Slot()
    def remove_current(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.tags):
            return
        tag = self.tags[row]
        feeding = {k for k, v in self.removals.items() if v == tag.id}  # pending moves to tag
        count = sum(1 for a in self._controller.annotation_set
                    if a.tag == tag.id or a.tag in feeding)
        target: str | None = None
        if count:
            others = [t for t in self.tags if t.id != tag.id]
            decision = choose_removal(self, tag, count, others, self._lang)
            if decision is None:
                return
            target = decision[1]
            self.removals[tag.id] = target
        for k in feeding:
            self.removals[k] = target
        self.tags = with_keys([t for t in self.tags if t.id != tag.id])
        self._fill(row)

    @Slot()
    def make_default(self) -> None:
        self._controller.make_default_tags(list(self.tags))

    def apply(self) -> bool:
        """Send the edit to the controller (one undo step); False if nothing changed."""
        kept = {t.id for t in self.tags}
        removals = {k: v for k, v in self.removals.items() if k not in kept}
        return self._controller.edit_tags(self.tags, removals)
