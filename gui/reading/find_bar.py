"""FindBar: the non-modal search bar under the text (query, mode, options, count, errors)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import scheme

#: (mode for model.reading.search.find, combo text)
MODES = (("plain", QT_TRANSLATE_NOOP("FindBar", "Plain")),
         ("word", QT_TRANSLATE_NOOP("FindBar", "Whole word")),
         ("regex", QT_TRANSLATE_NOOP("FindBar", "Regular expression")))
# the query field's width on one line with the options; narrower, they take a second line
ONE_LINE_EDIT_WIDTH = 180
MIN_EDIT_WIDTH = 120
SPACING = 6


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
        self.edit.setMinimumWidth(MIN_EDIT_WIDTH)
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
        """One line, or two when the text column is narrow: the options (mode, match
        case, notes) go under the query. On one line always, the bar's width pushed the
        outline pane aside in a small window."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        self._first = QHBoxLayout()
        self._second = QHBoxLayout()
        for row in (self._first, self._second):
            row.setSpacing(SPACING)
            layout.addLayout(row)
        self._first.addWidget(self.edit, 1)
        for widget in (self.count_label, self.prev_button, self.next_button, *self._options(),
                       self.list_button, self.close_button):
            self._first.addWidget(widget)
        self._second.addStretch(1)

    def _options(self) -> tuple[QWidget, ...]:
        return self.mode_combo, self.case_box, self.notes_box

    def _one_line_width(self) -> int:
        """The width the bar needs to keep everything on one line."""
        widgets = (self.count_label, self.prev_button, self.next_button, *self._options(),
                   self.list_button, self.close_button)
        margins = self.layout().contentsMargins()
        return (margins.left() + margins.right() + ONE_LINE_EDIT_WIDTH
                + sum(w.sizeHint().width() + SPACING for w in widgets))

    def _arrange(self) -> None:
        """Options on the first line when the bar is wide enough, else on the second."""
        one_line = self.width() >= self._one_line_width()
        if one_line == (self._first.indexOf(self.mode_combo) >= 0):
            return
        for widget in self._options():
            (self._second if one_line else self._first).removeWidget(widget)
        if one_line:
            at = self._first.indexOf(self.next_button) + 1
            for offset, widget in enumerate(self._options()):
                self._first.insertWidget(at + offset, widget)
        else:
            for offset, widget in enumerate(self._options()):
                self._second.insertWidget(offset, widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as the two-line arrangement: the text column decides the width."""
        hint = super().minimumSizeHint()
        widths = [w.sizeHint().width() for w in self._options()]
        margins = self.layout().contentsMargins()
        second = margins.left() + margins.right() + sum(widths) + SPACING * len(widths)
        first = (margins.left() + margins.right() + MIN_EDIT_WIDTH
                 + sum(w.sizeHint().width() + SPACING
                       for w in (self.count_label, self.prev_button, self.next_button,
                                 self.list_button, self.close_button)))
        return QSize(min(hint.width(), max(first, second)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

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
        self._arrange()

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
