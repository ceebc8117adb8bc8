"""The small dialog asking the reviewer's name and unit (单位): at the first tag when no
name is set, and from Edit › Set Author Name…. Both are remembered in the settings
(annotations/author, annotations/unit); the name goes on every annotation, the unit
under a 审阅意见."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class AuthorDialog(QDialog):
    """Attributes: name_edit, unit_edit, buttons."""

    def __init__(self, name: str = "", unit: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("author_dialog")
        self.setWindowTitle(self.tr("Reviewer"))
        self.setMinimumWidth(360)
        intro = QLabel(self.tr("Your name goes with each annotation and comment; the unit "
                               "signs the review. Both are remembered."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("author_name")
        self.name_edit.setPlaceholderText(self.tr("e.g. 张明"))
        self.unit_edit = QLineEdit(unit, self)
        self.unit_edit.setObjectName("author_unit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. 县政府办公室"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name_edit.text().strip()))

    def identity(self) -> tuple[str, str] | None:
        """(name, unit) as typed, trimmed; None when the name is empty."""
        name = self.name_edit.text().strip()
        return (name, self.unit_edit.text().strip()) if name else None
