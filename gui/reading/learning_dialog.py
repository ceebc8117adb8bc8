"""Help › What Suggestions Learned: how many accepts, rejects and hand tags per tag the
learned model holds, from how many reports, and a Reset button (confirmed)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.reading.learning import ACCEPTED, REJECTED, SIGNALS, TAGGED, Learner, tags_learned


def confirm_reset(parent: QWidget | None) -> bool:
    """Ask before forgetting everything learned."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("LearningDialog", "Reset What Suggestions Learned"),
        QCoreApplication.translate(
            "LearningDialog", "Forget every accept, reject and hand tag that suggestions "
            "learned from? Suggestions go back to the rules alone. This cannot be undone."),
        QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Reset


class LearningDialog(QDialog):
    """Counts of one learner, kept open beside the window; `refresh` re-reads them.

    Signals: reset_requested() after the reviewer confirmed Reset."""

    reset_requested = Signal()

    def __init__(self, parent: QWidget | None, tag_label: Callable[[str], str],
                 confirm: Callable[[QWidget | None], bool] = confirm_reset) -> None:
        super().__init__(parent)
        self.setObjectName("learning_dialog")
        self.setWindowTitle(self.tr("What Suggestions Learned"))
        self.tag_label, self.confirm = tag_label, confirm
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(SIGNALS), self)
        self.table.setObjectName("learning_counts")
        self.table.setHorizontalHeaderLabels([self.signal_name(s) for s in SIGNALS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("learning_summary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.reset_button = QPushButton(self.tr("&Reset…"), self)
        self.reset_button.setObjectName("learning_reset")
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.close)
        self.reset_button.clicked.connect(self._reset)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.summary, buttons):
            layout.addWidget(widget)
        self.resize(520, 340)

    def signal_name(self, signal: str) -> str:
        return {ACCEPTED: self.tr("Accepted"), REJECTED: self.tr("Rejected"),
                TAGGED: self.tr("Tagged by hand")}[signal]

    def refresh(self, learner: Learner, tags: list[str], where: str, notice: str = "") -> None:
        """Show `learner`'s counts, a row per tag (`tags` first), and where it is kept."""
        self.intro.setText(self.tr(
            "Suggestions learn from what you accept, reject and tag by hand in every report "
            "you open, and use it to re-rank and add suggestions."))
        rows = [t for t in tags_learned(learner, tags) if t in learner.counts or t in tags]
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([self.tag_label(t) for t in rows])
        for r, tag in enumerate(rows):
            tally = learner.counts.get(tag, {})
            for c, signal in enumerate(SIGNALS):
                cell = QTableWidgetItem(str(tally.get(signal, 0)))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        total = learner.total()
        text = (self.tr("Learned from %1 in %2.")
                .replace("%1", self.tr("%n signal(s)", "", total))
                .replace("%2", self.tr("%n report(s)", "", len(learner.reports)))
                if total else self.tr("Nothing learned yet: suggestions come from the rules "
                                      "alone."))
        text += "\n" + self.tr("Kept in %1").replace("%1", where)
        if notice:
            text += "\n" + notice
        self.summary.setText(text)
        self.reset_button.setEnabled(total > 0)

    @Slot()
    def _reset(self) -> None:
        if self.confirm(self):
            self.reset_requested.emit()
