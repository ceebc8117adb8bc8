"""The "Export review" dialog: format, tags, authors, notes, language."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QListWidget,
    QListWidgetItem, QVBoxLayout, QWidget,
)

from model.annotations import AnnotationSet

#: (format id, label) in menu order; ids are model.export.FORMATS keys.
FORMAT_CHOICES = (
    ("docx", "Word (.docx)"),
    ("md", "Markdown (.md)"),
    ("html", "HTML (.html)"),
    ("csv", "CSV (.csv)"),
    ("jsonld", "JSON-LD (.jsonld)"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ExportOptions:
    """What to export: `authors` None means everyone (also reviewers added later)."""

    fmt: str
    tags: tuple[str, ...]
    authors: tuple[str, ...] | None
    include_notes: bool
    lang: str


class ExportDialog(QDialog):
    """Attributes: format_box, tag_list, author_list, notes_box, lang_box, buttons."""

    def __init__(self, annotation_set: AnnotationSet, lang: str, fmt: str = "docx",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Review"))
        self.format_box = QComboBox(self)
        for ident, label in FORMAT_CHOICES:
            self.format_box.addItem(label, ident)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.tag_list = self._tag_list(annotation_set, lang)
        self.author_list = self._author_list(annotation_set)
        self.notes_box = QCheckBox(self.tr("Include notes"), self)
        self.notes_box.setChecked(True)
        self.lang_box = QComboBox(self)
        self.lang_box.addItem("中文", "zh")
        self.lang_box.addItem("English", "en")
        self.lang_box.setCurrentIndex(0 if lang.startswith("zh") else 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        for box in (self.tag_list, self.author_list):
            box.itemChanged.connect(self._update_ok)
        self._update_ok()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Tags:"), self.tag_list)
        form.addRow(self.tr("Reviewers:"), self.author_list)
        form.addRow("", self.notes_box)
        form.addRow(self.tr("Language:"), self.lang_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _tag_list(self, annotation_set: AnnotationSet, lang: str) -> QListWidget:
        counts = Counter(a.tag for a in annotation_set)
        box = QListWidget(self)
        box.setObjectName("export_tags")
        for tag in annotation_set.tags:
            item = QListWidgetItem(f"{tag.label(lang)} ({counts.get(tag.id, 0)})", box)
            item.setData(ID_ROLE, tag.id)
            item.setIcon(_swatch(tag.color))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        box.setMaximumHeight(box.sizeHintForRow(0) * 7 + 6)
        return box

    def _author_list(self, annotation_set: AnnotationSet) -> QListWidget:
        counts = Counter(a.author for a in annotation_set)
        box = QListWidget(self)
        box.setObjectName("export_authors")
        for author in sorted(counts):
            name = author or self.tr("(no name)")
            item = QListWidgetItem(f"{name} ({counts[author]})", box)
            item.setData(ID_ROLE, author)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        box.setMaximumHeight(max(box.sizeHintForRow(0), 18) * 4 + 6)
        return box

    @staticmethod
    def _checked(box: QListWidget) -> list[str]:
        return [box.item(i).data(ID_ROLE) for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked]

    @Slot()
    def _update_ok(self) -> None:
        ok = bool(self._checked(self.tag_list)) and (
            self.author_list.count() == 0 or bool(self._checked(self.author_list)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def options(self) -> ExportOptions:
        authors = self._checked(self.author_list)
        every = len(authors) == self.author_list.count()
        return ExportOptions(
            fmt=str(self.format_box.currentData()),
            tags=tuple(self._checked(self.tag_list)),
            authors=None if every else tuple(authors),
            include_notes=self.notes_box.isChecked(),
            lang=str(self.lang_box.currentData()),
        )

    @classmethod
    def get_options(cls, parent: QWidget | None, controller: object,
                    fmt: str = "docx") -> ExportOptions | None:
        """Show the dialog for `controller`'s annotations; None when cancelled."""
        dialog = cls(controller.annotation_set, controller.lang, fmt, parent)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
