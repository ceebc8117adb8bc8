"""Asked before File › Print… and File › Export Annotated PDF…: which tags and reviewers
the printout shows, and whether their notes go with them (the Export Review fields)."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.handoff.annotation_choice import AnnotationChoice, ChoiceFields
from model.annotations import AnnotationSet


class PrintChoiceDialog(QDialog):
    """Attributes: fields (ChoiceFields: tag_list, author_list, notes_box), buttons."""

    def __init__(self, annotation_set: AnnotationSet, lang: str,
                 remembered: AnnotationChoice | None = None, pdf: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_choice_dialog")
        self.setMinimumWidth(380)
        self.setWindowTitle(self.tr("Export Annotated PDF") if pdf
                            else self.tr("Print Annotated Report"))
        intro = QLabel(self.tr("The report text is always printed in full. "
                               "Choose the highlights and notes shown on it."), self)
        intro.setWordWrap(True)
        self.fields = ChoiceFields(self, annotation_set, lang, remembered)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save PDF…") if pdf else self.tr("Print…"))
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
                   pdf: bool = False) -> AnnotationChoice | None:
        """Show the dialog for `controller`'s annotations; None when cancelled."""
        dialog = cls(controller.annotation_set, controller.lang, remembered, pdf, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
