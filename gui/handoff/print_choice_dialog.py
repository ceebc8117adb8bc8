"""Asked before File › Print…, Print Preview…, Export Annotated PDF… and Export Annotated
Copy (.docx)…: which tags and reviewers the printout (or the copy's comments) shows, and
whether their notes go with them (the Export Review fields). `mode` names the action:
"print", "pdf", "preview" or "docx"."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.handoff.annotation_choice import AnnotationChoice, ChoiceFields
from model.annotations import AnnotationSet


class PrintChoiceDialog(QDialog):
    """Attributes: fields (ChoiceFields: tag_list, author_list, notes_box), buttons."""

    def __init__(self, annotation_set: AnnotationSet, lang: str,
                 remembered: AnnotationChoice | None = None, pdf: bool = False,
                 parent: QWidget | None = None, mode: str = "print") -> None:
        super().__init__(parent)
        mode = "pdf" if pdf else mode
        self.setObjectName("print_choice_dialog")
        self.setMinimumWidth(380)
        titles = {"pdf": self.tr("Export Annotated PDF"),
                  "preview": self.tr("Print Preview"),
                  "docx": self.tr("Export Annotated Copy (.docx)")}
        self.setWindowTitle(titles.get(mode, self.tr("Print Annotated Report")))
        intro = QLabel(self.tr("The report text is always printed in full. "
                               "Choose the highlights and notes shown on it.") if mode != "docx"
                       else self.tr("A copy of the report with each annotation as a Word "
                                    "comment. Choose the annotations and notes it carries."),
                       self)
        intro.setWordWrap(True)
        self.fields = ChoiceFields(self, annotation_set, lang, remembered)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok_texts = {"pdf": self.tr("Save PDF…"), "preview": self.tr("Preview…"),
                    "docx": self.tr("Save .docx…")}
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            ok_texts.get(mode, self.tr("Print…")))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.fields.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update_ok)
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.fields.acceptable())

    def choice(self) -> AnnotationChoice:
        return self.fields.choice()

    @classmethod
    def get_choice(cls, parent: QWidget | None, controller: object,
                   remembered: AnnotationChoice | None = None,
                   pdf: bool = False, mode: str = "print") -> AnnotationChoice | None:
        """Show the dialog for `controller`'s annotations; None when cancelled."""
        dialog = cls(controller.annotation_set, controller.lang, remembered, pdf, parent, mode)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
