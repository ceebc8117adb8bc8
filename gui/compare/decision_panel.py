"""The decision on the current commitment: its verdict (four buttons; Ctrl+1…4, and 1…4
in the lists of commitments and candidates), the
evidence linked in B (Delete unlinks the selected one) and the reviewer's note (saved
when the editor loses focus or after a pause in typing, one undo step each)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.compare import texts
from gui.compare.controller import CompareController
from gui.compare.rows import Row, find_row
from model.compare.store import VERDICTS

IDLE_COMMIT_MS = 700
LINK_ID = Qt.ItemDataRole.UserRole


class DecisionPanel(QWidget):
    """Signals: evidence_chosen(int, int) — a linked passage of B to show;
    verdict_chosen(str) — a verdict button was pressed (the window decides with it);
    note_closed() — the note had the keyboard and was greyed out (a commitment without a
    decision shown): the window gives the keyboard a place of its own choosing, else Qt
    hands it to the next widget in the chain (an outline's filter box);
    note_left() — Escape in the note: it is saved and the keyboard goes back to the list
    (Tab would reach the far end of the window, the earlier report's filter box)."""

    evidence_chosen = Signal(int, int)
    verdict_chosen = Signal(str)
    note_closed = Signal()
    note_left = Signal()

    def __init__(self, controller: CompareController, parent: QWidget | None = None,
                 idle_ms: int = IDLE_COMMIT_MS) -> None:
        super().__init__(parent)
        self.setObjectName("compare_decision")
        self._c = controller
        self.row = -1
        self._shown: Row | None = None  # the commitment shown (rows are rebuilt under it)
        self.verdict_label = QLabel(self.tr("Verdict on this commitment"), self)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)
        verdicts = QHBoxLayout()
        verdicts.setSpacing(4)
        for i, key in enumerate(VERDICTS, 1):
            button = QPushButton(f"{texts.verdict_text(key)}  {i}", self)
            button.setObjectName(f"verdict_{key}")
            button.setCheckable(True)
            button.setToolTip(f"{i}, Ctrl+{i}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons.addButton(button, i - 1)
            verdicts.addWidget(button)
        self.buttons.idClicked.connect(self._on_button)
        self.evidence_label = QLabel(self.tr("Linked evidence (Delete removes a link)"), self)
        self.evidence = QListWidget(self)
        self.evidence.setObjectName("compare_evidence")
        self.evidence.setAccessibleName(self.tr("Linked evidence"))
        self.evidence.setWordWrap(True)
        self.evidence.currentItemChanged.connect(self._on_evidence)
        # Delete here: Decide › Remove Link (gui/compare/actions.py), shown in the menu
        self.note_label = QLabel(self.tr("Note on this commitment (Ctrl+E; Esc back to the "
                                         "list; one for all its evidence)"), self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("compare_note")
        self.note.setAccessibleName(self.tr("Note on this commitment"))
        self.note.setToolTip(self.tr(
            "The note belongs to the decision on the commitment, as its verdict does: one "
            "note for all the evidence linked to it. The comparison table gives it with the "
            "commitment's verdict (in Word, one merged cell)."))
        self.note_label.setToolTip(self.note.toolTip())
        self.note_label.setWordWrap(True)  # the panel may be narrowed below its length
        self.note.setTabChangesFocus(True)  # Tab leaves the note (and saves it)
        self.note.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.verdict_label)
        layout.addLayout(verdicts)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence, 2)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.commit_note)
        self.note.textChanged.connect(self._idle.start)
        self._filling = False
        controller.links_changed.connect(self.refresh)
        self.show_row(-1)

    def show_row(self, row: int) -> None:
        rows = self._c.rows
        shown = rows[row] if 0 <= row < len(rows) else None
        if (row, shown) != (self.row, self._shown):
            self.commit_note()
        self.row, self._shown = row, shown
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        links = self._c.links(self.row)
        verdict = self._c.verdict(self.row)
        for i, key in enumerate(VERDICTS):
            self.buttons.button(i).setChecked(key == verdict)
            self.buttons.button(i).setEnabled(self.row >= 0)
        current = self.evidence.currentItem()
        keep = current.data(LINK_ID) if current is not None else None
        self.evidence.blockSignals(True)
        self.evidence.clear()
        for k in links:
            if k.evidence is None and k.verdict == "not_mentioned":
                text = texts.verdict_text(k.verdict)
            elif k.evidence is None:  # the verdict given alone
                text = self.tr("[%1] no evidence linked (Enter on a candidate or Ctrl+L "
                               "links one)").replace("%1", texts.verdict_text(k.verdict))
            else:
                text = f"[{texts.verdict_text(k.verdict)}] {' '.join(k.evidence.quote.split())}"
                if status := texts.status_text(k.evidence.status):
                    text += f"  ({status})"
            item = QListWidgetItem(text, self.evidence)
            item.setData(LINK_ID, k.id)
            if k.id == keep:
                self.evidence.setCurrentItem(item)
        self.evidence.blockSignals(False)
        note = self._c.note(self.row)
        if self.note.hasFocus() and not links:
            self.note_closed.emit()  # before Qt moves the focus on from a disabled widget
        self.note.setEnabled(bool(links))
        self.note.setPlaceholderText(
            self.tr("Why this verdict: what the evidence shows, what is missing")
            if links else
            self.tr("Link evidence or give a verdict, then write a note"))
        if note != self.note.toPlainText() and not self.note.hasFocus():
            self._filling = True
            self.note.setPlainText(note)
            self._filling = False
            self._idle.stop()

    @Slot()
    def commit_note(self) -> None:
        self._idle.stop()
        text = self.note.toPlainText().strip()  # no stray blank line or space is kept
        # the commitment the note was typed for, wherever the rebuilt rows put it now (a
        # report read again, a merge from disk) — never the row now at its old index
        row = find_row(self._c.rows, self._shown) if self._shown is not None else -1
        if self._filling or row < 0 or not self._c.links(row) or text == self._c.note(row):
            return
        self._c.set_note(row, text)

    @Slot()
    def unlink_current(self) -> None:
        item = self.evidence.currentItem()
        if item is not None:
            link_id = item.data(LINK_ID)  # (saving the note rebuilds the list)
            self.commit_note()  # the typed note goes with the link and returns with its undo
            self._c.unlink(link_id)

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(int)
    def _on_button(self, index: int) -> None:
        self.buttons.button(index).setChecked(not self.buttons.button(index).isChecked())
        self.verdict_chosen.emit(VERDICTS[index])
        self.refresh()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_evidence(self, item: QListWidgetItem | None, _old: object) -> None:
        link = self._c.decisions.get(item.data(LINK_ID)) if item and self._c.decisions else None
        if link is not None and link.evidence is not None and not link.evidence.orphaned:
            self.evidence_chosen.emit(link.evidence.start, link.evidence.end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        elif watched is self.note and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.commit_note()
            self.note_left.emit()
            return True
        return super().eventFilter(watched, event)
