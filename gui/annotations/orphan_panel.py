"""OrphanPanel: annotations whose text could not be found after the report changed, and
the problems of a partly damaged annotation file.

Lists orphans (tag, quote, note) in a table model of its own (OrphanTableModel), shows the
last anchoring summary, and emits intents: re-attach an orphan to the current text
selection (which the window passes in with set_selection) or delete orphans. Below, shown
only after a salvage (model.sidecar.salvage), the parts of the file that could not be
read as they were (gui/annotations/problem_list.py).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.annotations.problem_list import ProblemList
from gui.annotations.table_model import ID_ROLE, NOTE, QUOTE, TAG, AnnotationTableModel
from model.annotations import Annotation

Index = QModelIndex | QPersistentModelIndex
SUMMARY_KEYS = ("anchored", "moved", "fuzzy", "orphaned")
#: The full table's first columns, in its order.
ORPHAN_COLUMNS = (TAG, QUOTE, NOTE)


def summary_counts(summary: Any) -> dict[str, int]:
    """Counts from the loader's summary, whether a mapping or an object with attributes."""
    if summary is None:
        return {}
    get = summary.get if isinstance(summary, dict) else (lambda k, d=0: getattr(summary, k, d))
    return {k: int(get(k, 0) or 0) for k in SUMMARY_KEYS}


def summary_text(summary: Any) -> str:
    """"12 kept, 2 moved, 1 fuzzy, 1 orphaned" (translated), "" when nothing was loaded."""
    counts = summary_counts(summary)
    if not any(counts.values()):
        return ""
    return QCoreApplication.translate("OrphanPanel", "%1 kept, %2 moved, %3 fuzzy, %4 orphaned") \
        .replace("%1", str(counts["anchored"])).replace("%2", str(counts["moved"])) \
        .replace("%3", str(counts["fuzzy"])).replace("%4", str(counts["orphaned"]))


class OrphanTableModel(AnnotationTableModel):
    """Only the orphaned annotations, and only the tag, quote and note columns.

    Its own row list, built from the annotation set once per reset and kept by the same
    change records as the full table: no proxy filtering 10,000 rows to find a few."""

    def keeps(self, a: Annotation) -> bool:
        return a.orphaned

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(ORPHAN_COLUMNS)

    @Slot(object, object)
    def _on_outline(self, _report: object, _outline: object) -> None:
        """Orphans have no section: nothing to repaint."""


class OrphanPanel(QWidget):
    """Signals:
        reattach_requested(id, start, end): attach the orphan to text[start:end].
        delete_requested(ids): delete the selected orphans.
    """

    reattach_requested = Signal(str, int, int)
    delete_requested = Signal(list)

    def __init__(self, model: AnnotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = (0, 0)
        self.proxy = OrphanTableModel(model.controller, self)
        self.summary = QLabel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Orphaned annotations"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.reattach_button = QPushButton(self.tr("Re-attach to selection"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reattach_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems = ProblemList(self)
        self.problems.setAccessibleName(self.tr("Unreadable annotation file items"))
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        self.set_problems([])
        self.setAccessibleName(self.tr("Orphaned Annotations"))
        self.setAccessibleDescription(self.tr(
            "Annotations whose text is no longer in the report; select text and re-attach "
            "them, or delete them"))
        self.reattach_button.clicked.connect(self._reattach)
        self.delete_button.clicked.connect(self._delete)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_buttons)
        self._update_buttons()

    def orphan_count(self) -> int:
        return self.proxy.rowCount()

    def problem_count(self) -> int:
        return self.problems.rowCount()

    @Slot(object)
    def set_problems(self, problems: list[Any]) -> None:
        """Connect Controller.load_problems: list[SidecarProblem] ([] hides the section)."""
        self.problems.set_problems(problems)
        self.problems_label.setText(self.tr(
            "Problems in the annotation file: %n item(s) could not be read as they were. "
            "The original file was moved aside unchanged.", "", len(problems)))
        self.problems_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [str(i.data(ID_ROLE)) for i in sorted(rows, key=lambda i: i.row())]

    @Slot(object)
    def set_summary(self, summary: Any) -> None:
        """Connect Controller.anchoring_summarised."""
        self.summary.setText(summary_text(summary))

    @Slot(int, int)
    def set_selection(self, start: int, end: int) -> None:
        """The text view's selection in code points (start == end: none)."""
        self._selection = (min(start, end), max(start, end))
        self._update_buttons()

    @Slot()
    def _update_buttons(self, *_args: Any) -> None:
        one = len(self.selected_ids()) == 1
        start, end = self._selection
        self.reattach_button.setEnabled(one and end > start)
        self.delete_button.setEnabled(bool(self.selected_ids()))

    @Slot()
    def _reattach(self) -> None:
        ids = self.selected_ids()
        start, end = self._selection
        if len(ids) == 1 and end > start:
            self.reattach_requested.emit(ids[0], start, end)

    @Slot()
    def _delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)
