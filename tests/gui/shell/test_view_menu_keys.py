"""Every entry of the View menu, the pane and toolbar toggles included, opens with a letter
of its own (Alt+V then the letter), in English and in Chinese; the panes' own titles (their
tabs) keep no access key."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from gui.shell.main_window import MainWindow


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def _view_entries(window: MainWindow) -> list[str]:
    return [a.text() for a in window.view_menu.actions() if a.text() and a.isVisible()]


def _assert_own_letters(window: MainWindow, report_path) -> list[str]:
    window.open_report(report_path)
    entries = _view_entries(window)
    letters = [_letter(text) for text in entries]
    assert None not in letters, entries
    assert len(set(letters)) == len(letters), entries
    docks = window.findChildren(QDockWidget)
    assert docks and all("&" not in d.windowTitle() for d in docks)
    return entries


def test_every_view_entry_has_its_own_letter(main_window, report_path) -> None:
    assert "Su&ggestions" in _assert_own_letters(main_window, report_path)


def test_every_view_entry_has_its_own_letter_in_chinese(zh_cn, main_window,
                                                        report_path) -> None:
    assert "标注建议(&G)" in _assert_own_letters(main_window, report_path)


def test_a_pane_toggle_letter_shows_and_hides_its_pane(qtbot, main_window,
                                                       report_path) -> None:
    main_window.open_report(report_path)
    main_window.show()
    qtbot.waitExposed(main_window)
    toggle = next(a for a in main_window.view_menu.actions() if a.text() == "Su&ggestions")
    dock = next(d for d in main_window.findChildren(QDockWidget)
                if d.toggleViewAction() is toggle)
    assert dock.windowTitle() == "Suggestions"
    shown = dock.isVisible()
    main_window.view_menu.popup(main_window.mapToGlobal(main_window.rect().center()))
    qtbot.waitUntil(main_window.view_menu.isVisible)
    qtbot.keyClick(main_window.view_menu, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: dock.isVisible() != shown)
