"""LostCorrections: the outline corrections whose line is gone from the report.

Shown under the orphaned annotations (only while there are some): what each correction
did and the line it was made on. They stay in the annotation file and apply again if the
line comes back; Delete forgets the selected ones (one undo step).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.annotations.outline_edits import HEADING_TEXTS, OutlineEdits, heading_text
from model.annotations import OutlineCorrection


def correction_text(c: OutlineCorrection) -> str:
    """What a correction does, as the menus name it ("Make Level 2 Heading", "Promote")."""
    if c.kind == "heading":
        if 1 <= c.level <= len(HEADING_TEXTS):
            return heading_text(c.level, menu=False)
        return QCoreApplication.translate("LostCorrections", "Make Heading")
    if c.kind == "remove":
        return QCoreApplication.translate("LostCorrections", "Remove from Outline")
    if c.by < 0:
        return QCoreApplication.translate("LostCorrections", "Promote")
    return QCoreApplication.translate("LostCorrections", "Demote")


class LostCorrections(QWidget):
    """A label, a table (correction, line) and a Delete button; hidden while empty."""

    def __init__(self, edits: OutlineEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._ids: list[str] = []
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Correction"), self.tr("Line")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(48)
        self.table.setAccessibleName(self.tr("Outline corrections whose line is gone"))
        self.delete_button = QPushButton(self.tr("Delete Correction"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.delete_button.clicked.connect(self._delete)
        self.table.itemSelectionChanged.connect(self._update_button)
        edits.lost_changed.connect(self.set_corrections)
        self.set_corrections([])

    @Slot(list)
    def set_corrections(self, items: list[OutlineCorrection]) -> None:
        self._ids = [c.id for c in items]
        self.label.setText(self.tr(
            "Outline corrections whose line is gone from the report: %n. They are kept and "
            "apply again if the line comes back.", "", len(items)))
        self.table.setRowCount(0)
        self.table.setRowCount(len(items))
        for row, c in enumerate(items):
            for column, text in enumerate((correction_text(c), c.quote.replace("\n", "⏎"))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.setVisible(bool(items))
        self._update_button()

    def count(self) -> int:
        return len(self._ids)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self._ids[row] for row in rows if row < len(self._ids)]

    @Slot()
    def _update_button(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_ids()))

    @Slot()
    def _delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._edits.forget(ids)
