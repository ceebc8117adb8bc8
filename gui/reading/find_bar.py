"""FindBar: the non-modal search bar under the text (query, mode, options, count, errors)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from gui.common import scheme

#: (mode for model.reading.search.find, combo text)
MODES = (("plain", QT_TRANSLATE_NOOP("FindBar", "Plain")),
         ("word", QT_TRANSLATE_NOOP("FindBar", "Whole word")),
         ("regex", QT_TRANSLATE_NOOP("FindBar", "Regular expression")))


class FindBar(QWidget):
    """Signals: query_changed() when the query or an option changed; next_requested(),
    previous_requested() (Enter / Shift+Enter, the arrow buttons); list_requested() (the
    results list button); closed() when the bar hides (Esc, the close button)."""

    query_changed = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    list_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find_edit")
        self.edit.setAccessibleName(self.tr("Find in report"))
        self.edit.setPlaceholderText(self.tr("Find in report"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(180)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("find_mode")
        self.mode_combo.setAccessibleName(self.tr("Search mode"))
        for mode, text in MODES:
            self.mode_combo.addItem(self.tr(text), mode)
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.notes_box = QCheckBox(self.tr("Notes too"), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find_count")
        # inside the query field, on its right: showing an error must not move the count
        # and the buttons (they reflowed, and the count went out of sight)
        self.error_label = QLabel(self.edit)
        self._error = ""
        self.error_label.setObjectName("find_error")
        self.error_label.setStyleSheet(f"color: {'#ff8a80' if scheme.is_dark() else '#c62828'};")
        self.error_label.hide()
        self.prev_button = self._button("▲", self.tr("Previous match (Shift+F3)"),
                                        self.previous_requested)
        self.next_button = self._button("▼", self.tr("Next match (F3)"), self.next_requested)
        self.list_button = self._button("☰", self.tr("List all matches"), self.list_requested)
        self.close_button = self._button("✕", self.tr("Close (Esc)"), self.close_bar)
        self._lay_out()
        self.edit.textChanged.connect(self.query_changed)
        self.mode_combo.currentIndexChanged.connect(self.query_changed)
        self.case_box.toggled.connect(self.query_changed)
        self.notes_box.toggled.connect(self.query_changed)
        self.edit.installEventFilter(self)
        escape = QShortcut(QKeySequence("Escape"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)  # the text is a symbol (▲ ▼ ✕)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        for widget in (self.count_label, self.prev_button, self.next_button, self.mode_combo,
                       self.case_box, self.notes_box, self.list_button, self.close_button):
            layout.addWidget(widget)

    # state ----------------------------------------------------------------------------
    def query(self) -> str:
        return self.edit.text()

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))

    def case_sensitive(self) -> bool:
        return self.case_box.isChecked()

    def search_notes(self) -> bool:
        return self.notes_box.isChecked()

    def set_count(self, text: str) -> None:
        self.count_label.setText(text)

    def set_error(self, text: str) -> None:
        """Show an inline problem (bad regular expression) at the right end of the query
        field, elided to half its width (all of it in the tooltip); "" hides it."""
        self._error = text
        self.error_label.setToolTip(text)
        self.edit.setToolTip(text)
        self._place_error()

    def error(self) -> str:
        return self._error

    def _place_error(self) -> None:
        label, edit = self.error_label, self.edit
        if not self._error:
            label.hide()
            edit.setTextMargins(0, 0, 0, 0)
            return
        metrics = label.fontMetrics()
        label.setText(metrics.elidedText(self._error, Qt.TextElideMode.ElideRight,
                                         max(40, edit.width() // 2)))
        label.adjustSize()
        clear = edit.height()  # the clear button at the right end is about square
        label.move(max(0, edit.width() - clear - label.width()),
                   (edit.height() - label.height()) // 2)
        edit.setTextMargins(0, 0, label.width() + 4, 0)
        label.show()

    # opening and closing ---------------------------------------------------------------
    def open_with(self, text: str | None = None) -> None:
        """Show the bar, optionally with a new query, and focus the query."""
        self.show()
        if text is not None and text != self.edit.text():
            self.edit.setText(text)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    @Slot()
    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.Resize:
            self._place_error()
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                (self.previous_requested if shift else self.next_requested).emit()
                return True
        return super().eventFilter(watched, event)
