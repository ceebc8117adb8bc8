"""ProblemList: what a partly damaged annotation file had wrong (model.sidecar.salvage).

One row per problem: the item (annotation 4, tag 1 …), what was wrong and what Yuepi did
(not loaded / loaded with a default), and the annotation's quote when it could be read.
The original file was moved aside unchanged, so the reviewer can look the items up there.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget


def item_text(where: str) -> str:
    """"annotations/3" → "Annotation 4" (translated); "" → "File"."""
    kind, _, index = where.partition("/")
    if kind == "annotations":
        label = QCoreApplication.translate("ProblemList", "Annotation %1")
    elif kind == "tags":
        label = QCoreApplication.translate("ProblemList", "Tag %1")
    elif kind == "rejected_suggestions":
        label = QCoreApplication.translate("ProblemList", "Rejected suggestion %1")
    elif kind == "outline_corrections":
        label = QCoreApplication.translate("ProblemList", "Outline correction %1")
    else:
        return where or QCoreApplication.translate("ProblemList", "File")
    return label.replace("%1", str(int(index) + 1) if index.isdigit() else index)


def problem_text(problem: Any) -> str:
    """What was wrong and what was done, e.g. "target is missing — not loaded"."""
    field = problem.field or QCoreApplication.translate("ProblemList", "the item")
    if problem.kind == "missing":
        what = QCoreApplication.translate("ProblemList", "%1 is missing").replace("%1", field)
    elif problem.kind == "not_object":
        what = QCoreApplication.translate("ProblemList", "not an object")
    elif problem.kind == "bad_span":
        what = QCoreApplication.translate(
            "ProblemList", "%1: the end is not after the start").replace("%1", field)
    elif problem.kind == "schema":
        what = problem.detail
    else:
        what = QCoreApplication.translate("ProblemList", "%1 is not valid").replace("%1", field)
    done = QCoreApplication.translate("ProblemList", "not loaded") if problem.dropped \
        else QCoreApplication.translate("ProblemList", "loaded with a default")
    return f"{what} — {done}"


class ProblemList(QTableWidget):
    """Read-only table of SidecarProblem: item, problem, quote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Problem"), self.tr("Quote")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)

    def set_problems(self, problems: list[Any]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            quote = problem.quote.replace("\n", "⏎")
            for column, text in enumerate((item_text(problem.where), problem_text(problem),
                                           quote)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
        self.resizeColumnsToContents()
