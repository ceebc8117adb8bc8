"""The "Export review" dialog: format, tags, authors, notes, language, and the
addressee line of the Word 审阅意见."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.handoff.annotation_choice import ChoiceFields
from model.annotations import AnnotationSet

#: (format id, label) in menu order; ids are model.export.FORMATS keys.
FORMAT_CHOICES = (
    ("docx", "Word (.docx)"),
    # an English reader saw only the Chinese name of the document kind
    ("opinion", QT_TRANSLATE_NOOP("ExportDialog", "Word review opinion 审阅意见 (.docx)")),
    ("md", "Markdown (.md)"),
    ("html", "HTML (.html)"),
    ("csv", "CSV (.csv)"),
    ("jsonld", "JSON-LD (.jsonld)"),
    ("xlsx", "Excel (.xlsx)"),
)


@dataclass(frozen=True)
class ExportOptions:
    """What to export: `authors` None means everyone (also reviewers added later)."""

    fmt: str
    tags: tuple[str, ...]
    authors: tuple[str, ...] | None
    include_notes: bool
    lang: str
    #: The 审阅意见's addressee line (Word only; "" = none).
    addressee: str = ""


class ExportDialog(QDialog):
    """Attributes: format_box, fields (gui.handoff.annotation_choice.ChoiceFields) with its
    tag_list, author_list, notes_box, then lang_box, buttons."""

    def __init__(self, annotation_set: AnnotationSet, lang: str, fmt: str = "docx",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Review"))
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(self.tr("Format"))
        for ident, label in FORMAT_CHOICES:
            self.format_box.addItem(self.tr(label), ident)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.fields = ChoiceFields(self, annotation_set, lang)
        self.tag_list = self.fields.tag_list
        self.author_list = self.fields.author_list
        self.notes_box = self.fields.notes_box
        self.lang_box = QComboBox(self)
        self.lang_box.setAccessibleName(self.tr("Language"))
        self.lang_box.addItem("中文", "zh")
        self.lang_box.addItem("English", "en")
        self.lang_box.setCurrentIndex(0 if lang.startswith("zh") else 1)
        self.addressee = QLineEdit(self)
        self.addressee.setAccessibleName(self.tr("Addressee"))
        self.addressee.setPlaceholderText(self.tr("e.g. the office the review goes to "
                                                  "(Word only)"))
        self.format_box.currentIndexChanged.connect(self._update_addressee)
        self._update_addressee()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.fields.changed.connect(self._update_ok)
        self._update_ok()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        self.fields.add_rows(form)
        form.addRow(self.tr("&Language:"), self.lang_box)
        form.addRow(self.tr("A&ddressee:"), self.addressee)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @Slot()
    def _update_addressee(self) -> None:
        self.addressee.setEnabled(self.format_box.currentData() in ("docx", "opinion"))

    @Slot()
    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.fields.acceptable())

    def options(self) -> ExportOptions:
        choice = self.fields.choice()
        return ExportOptions(
            fmt=str(self.format_box.currentData()),
            tags=choice.tags,
            authors=choice.authors,
            include_notes=choice.include_notes,
            lang=str(self.lang_box.currentData()),
            addressee=self.addressee.text().strip() if self.addressee.isEnabled() else "",
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
