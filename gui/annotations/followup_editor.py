"""FollowUpEditor: the compact follow-up (整改) area under the note — status, responsible
unit (completed from the units used before in this report), deadline (with Clear) and a
follow-up note. Every change goes through Controller.set_followup: one undo step each
(the unit and note when their line edit is finished, the deadline when editing it is
finished or after a pause: typing a date is not one step per digit)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from gui.annotations.controller import Controller
from gui.annotations.table_model import OVERDUE_COLOR, overdue, status_text
from model.annotations import Change
from model.followup import FOLLOWUP_STATUSES

#: The date edit's minimum stands for "no deadline" (shown as its special value text).
NO_DATE = QDate(2000, 1, 1)
#: A deadline change is set after this pause (or at once when the edit is finished).
DATE_PAUSE_MS = 600


class FollowUpEditor(QWidget):
    """Slot: set_annotation(id). Disabled while no annotation is current."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._id = ""
        self._showing = False  # filling the widgets in: their signals are not edits
        self._date_pause = QTimer(self)
        self._date_pause.setSingleShot(True)
        self._date_pause.setInterval(DATE_PAUSE_MS)
        self._date_pause.timeout.connect(self._commit_date)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Follow-up status"))
        self.status.addItem(self.tr("(none)"), "")
        for key in FOLLOWUP_STATUSES:
            self.status.addItem(status_text(key), key)
        self.unit = QLineEdit(self)
        self.unit.setAccessibleName(self.tr("Responsible unit"))
        self.unit.setPlaceholderText(self.tr("Responsible unit"))
        self._units = QStringListModel(self)
        completer = QCompleter(self._units, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)
        self.deadline = QDateEdit(self)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setMinimumDate(NO_DATE)
        self.deadline.setSpecialValueText(self.tr("No deadline"))
        self.clear_deadline = QToolButton(self)
        self.clear_deadline.setText(self.tr("Clear"))
        self.clear_deadline.setAccessibleName(self.tr("Clear the deadline"))
        self.overdue = QLabel(self)
        self.overdue.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold")
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Follow-up note"))
        self.note.setPlaceholderText(self.tr("What has been done"))
        self._build_layout()
        self.status.activated.connect(self._on_status)
        self.unit.editingFinished.connect(
            lambda: self._set(followup_unit=self.unit.text().strip()))
        self.note.editingFinished.connect(lambda: self._set(followup_note=self.note.text()))
        self.deadline.dateChanged.connect(self._on_date)
        self.deadline.editingFinished.connect(self._commit_date)
        self.clear_deadline.clicked.connect(self._clear_date)
        controller.annotations_changed.connect(self._on_change)
        self.set_annotation("")

    def _build_layout(self) -> None:
        """Narrow enough not to widen the window: two short rows, the combo sized to a
        few characters, fields under their labels when the pane is narrow."""
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(4)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(2)  # four rows under the note, as little height as they can
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.overdue)
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline, 1)
        deadline.addWidget(self.clear_deadline)
        form.addRow(self.tr("Follow-up"), status)
        form.addRow(self.tr("Deadline"), deadline)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Progress"), self.note)

    @Slot(str)
    def set_annotation(self, annotation_id: str) -> None:
        """Show another annotation (a pending unit or note of the previous one is set)."""
        if annotation_id == self._id and annotation_id:
            return
        self.commit()
        self._id = annotation_id if annotation_id in self._controller.annotation_set else ""
        self._show()

    @Slot()
    def commit(self) -> None:
        """Send what the line edits (and a deadline still pausing) hold, if it differs
        from the stored values."""
        if self._date_pause.isActive():
            self._commit_date()
        if self._id and self._id in self._controller.annotation_set:
            self._set(followup_unit=self.unit.text().strip(), followup_note=self.note.text())

    def _set(self, **changes: str) -> None:
        if self._id and self._id in self._controller.annotation_set:
            self._controller.set_followup([self._id], **changes)

    @Slot(int)
    def _on_status(self, _index: int) -> None:
        self._set(followup_status=str(self.status.currentData() or ""))

    @Slot(QDate)
    def _on_date(self, _day: QDate) -> None:
        if not self._showing:
            self._date_pause.start()

    @Slot()
    def _commit_date(self) -> None:
        self._date_pause.stop()
        day = self.deadline.date()
        self._set(followup_deadline="" if day <= NO_DATE else day.toString("yyyy-MM-dd"))

    @Slot()
    def _clear_date(self) -> None:
        self.deadline.setDate(NO_DATE)
        self._commit_date()

    def _show(self) -> None:
        self.setEnabled(bool(self._id))
        aset = self._controller.annotation_set
        a = aset.get(self._id) if self._id else None
        self._units.setStringList(sorted({x.followup_unit for x in aset if x.followup_unit}))
        self._showing = True
        try:
            self.status.setCurrentIndex(max(0, self.status.findData(
                a.followup_status if a else "")))
            self._set_line(self.unit, a.followup_unit if a else "")
            self._set_line(self.note, a.followup_note if a else "")
            day = QDate.fromString(a.followup_deadline, "yyyy-MM-dd") if a else QDate()
            self.deadline.setDate(day if day.isValid() else NO_DATE)
        finally:
            self._showing = False
        late = a is not None and overdue(a)
        self.overdue.setText(self.tr("⚠ Overdue") if late else "")
        self.clear_deadline.setEnabled(a is not None and bool(a.followup_deadline))

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        """Follow undo/redo, deletion and reloads of the annotation being shown."""
        if change.kind in ("reset", "added", "removed") or self._id in change.ids:
            if self._id and self._id not in self._controller.annotation_set:
                self._id = ""
            self._show()
