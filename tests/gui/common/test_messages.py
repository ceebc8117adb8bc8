"""The clash dialog (gui/common/messages.ask_conflict_choice): Merge is the default, Esc
and closing decide nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from gui.common import messages


def answer(monkeypatch, qtbot, press) -> list[QMessageBox]:
    """Replace QMessageBox.exec: `press(box)` acts on the shown box."""
    seen: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        qtbot.addWidget(box)
        box.show()
        press(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_merge_is_the_default(monkeypatch, qtbot) -> None:
    seen = answer(monkeypatch, qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert messages.ask_conflict_choice(None, "r.txt.annotations.json") == "merge"
    assert "r.txt.annotations.json" in seen[0].text()
    assert [b.text() for b in seen[0].buttons()].count("Merge") == 1


def test_escape_decides_nothing(monkeypatch, qtbot) -> None:
    answer(monkeypatch, qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert messages.ask_conflict_choice(None, "x") is None


def test_closing_decides_nothing(monkeypatch, qtbot) -> None:
    answer(monkeypatch, qtbot, lambda box: box.close())
    assert messages.ask_conflict_choice(None, "x") is None


@pytest.mark.parametrize(("text", "choice"), [("Load Theirs", "theirs"),
                                              ("Keep Mine", "mine")])
def test_the_other_choices(monkeypatch, qtbot, text: str, choice: str) -> None:
    answer(monkeypatch, qtbot, lambda box: button(box, text).click())
    assert messages.ask_conflict_choice(None, "x") == choice
