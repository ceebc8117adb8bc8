"""The reading feature's commands: Find, Find Next/Previous and the find bar's results,
Grow/Shrink Selection, Add Word to Dictionary, and going to a keyword's place.

A mixin of gui/reading/feature.py (ReadingFeature), which provides `host`, `session`,
`jobs`, `find_bar`, `search`, `results_dock`, `_grown` and `_analyse(report, outline)`.
Texts are translated in the ReadingFeature's context, where they have always been.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QKeySequence

from gui.common import messages
from model.reading.selection import grow_selection


class ReadingCommands:
    """The Edit and Tools menus' reading entries (see the module docstring)."""

    def _action(self: Any, menu: object, text: str, keys: list[str], slot: object) -> QAction:
        action = QAction(text, self.host.main_window())
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_actions(self: Any) -> None:
        host, translate = self.host, QCoreApplication.translate
        edit = host.edit_menu
        edit.addSeparator()
        self.find_action = self._action(edit, translate("ReadingFeature", "&Find…"),
                                        ["Ctrl+F"], self.open_find)
        self.find_next_action = self._action(edit, translate("ReadingFeature", "Find &Next"),
                                             ["F3"], self.find_next)
        self.find_previous_action = self._action(
            edit, translate("ReadingFeature", "Find &Previous"), ["Shift+F3"],
            self.find_previous)
        edit.addSeparator()
        self.grow_action = self._action(edit, translate("ReadingFeature", "&Grow Selection"),
                                        ["Alt+Shift+Right"], self.grow)
        self.shrink_action = self._action(edit,
                                          translate("ReadingFeature", "&Shrink Selection"),
                                          ["Alt+Shift+Left"], self.shrink)
        self.add_word_action = self._action(
            host.tools_menu, translate("ReadingFeature", "Add &Word to Dictionary…"), [],
            self.add_word)
        host.needs_report(self.find_action, self.find_next_action, self.find_previous_action,
                          self.grow_action, self.shrink_action)

    @Slot()
    def grow(self: Any) -> None:
        """Word → sentence → paragraph → section → whole text."""
        view, report = self.host.text_view, self.session.report
        if report is None:
            return
        start, end = view.selection_offsets() or (view.cursor_offset(),) * 2
        segmenter = self.jobs.segmenter if self.jobs.is_ready else None
        new = grow_selection(report.text, start, end, self.session.outline, segmenter)
        if new != (start, end):
            self._grown.append((start, end))
            view.setTextCursor(view.cursor_for_offsets(*new))
            view.ensureCursorVisible()

    @Slot()
    def shrink(self: Any) -> None:
        """Back to the selection before the last grow step."""
        view = self.host.text_view
        if not self._grown:
            return
        start, end = self._grown.pop()
        view.setTextCursor(view.cursor_for_offsets(start, end))
        view.ensureCursorVisible()

    @Slot()
    def add_word(self: Any) -> None:
        """Tools › Add Word to Dictionary…, with the selection prefilled."""
        view, report = self.host.text_view, self.session.report
        span = view.selection_offsets()
        prefill = report.text[span[0]:span[1]].strip() if report and span else ""
        word = messages.ask_user_word(self.host.main_window(), prefill[:30])
        if word:
            self.jobs.add_word(word)

    @Slot(str)
    def _on_word_added(self: Any, word: str) -> None:
        added = QCoreApplication.translate("ReadingFeature", "“%1” added to your dictionary.")
        self.host.show_status(added.replace("%1", word), 5000)
        if self.session.report is not None:  # segment again with the new word
            self._analyse(self.session.report, self.session.outline)

    @Slot(str)
    def search_for(self: Any, word: str) -> None:
        """Open the find bar with `word` and go to its first match after the cursor."""
        self._open_bar(word)
        if self.search.current < 0:
            self.search.next()

    @Slot(int, int)
    def _show_place(self: Any, start: int, end: int) -> None:
        self.host.text_view.reveal(start, end)

    @Slot()
    def open_find(self: Any) -> None:
        view, report = self.host.text_view, self.session.report
        span = view.selection_offsets()
        text = None
        if report is not None and span is not None and 0 < span[1] - span[0] <= 40:
            text = report.text[span[0]:span[1]]
        if text is not None and "\n" in text:
            text = None
        self._open_bar(text)

    def _open_bar(self: Any, text: str | None) -> None:
        """Show the bar (with `text` as the query if given) and search."""
        self.search.begin()
        if text is not None and text != self.find_bar.query():
            self.find_bar.open_with(text)  # the query change searches and moves
        else:
            self.find_bar.open_with(text)
            self.search.refresh()

    @Slot()
    def find_next(self: Any) -> None:
        if not self.find_bar.isVisible():
            self.open_find()
        self.search.next()

    @Slot()
    def find_previous(self: Any) -> None:
        if not self.find_bar.isVisible():
            self.open_find()
        self.search.previous()

    @Slot()
    def _show_results(self: Any) -> None:
        self.results_dock.show()
        self.results_dock.raise_()
