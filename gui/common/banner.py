"""Banner: a bar above the text that says what needs the reviewer's attention, with its
buttons (each in the Tab chain; give them Alt mnemonics). Hidden until shown.

The bars about the annotation file (gui/annotations/sidecar_banner.py) and about the
report's own file (gui/annotations/report_changes.py) are both built on it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """`label` holds the message (object name `<name>_text`, for the style sheet);
    `add_button` puts a button after it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}_text")
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.label, 1)
        self.hide()

    def add_button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tooltip)
        button.setAutoDefault(False)  # Enter in the text never presses it
        self._layout.addWidget(button)
        return button
