"""Fixes from a QA pass over the whole window: keyboard focus, actions without a report,
the keyboard shortcuts list, and reading a report leaving no file beside it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QToolBar

from gui.shell.shortcuts_dialog import ShortcutsDialog, plain
from model.sidecar.store import sidecar_path


def _tab_chain(qtbot, window, steps: int) -> list[object]:
    seen = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_opening_puts_the_focus_in_the_text(qtbot, main_window, report_path) -> None:
    main_window.open_report(report_path)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.text_view.hasFocus())


def test_tab_reaches_the_filters_and_goes_outline_then_text(qtbot, main_window,
                                                             report_path) -> None:
    main_window.open_report(report_path)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.outline_pane.filter_edit.setFocus()
    chain = _tab_chain(qtbot, main_window, 40)
    outline = main_window.outline_pane
    panel = main_window.tagging.panel
    assert chain[0] is outline.view and chain[1] is main_window.text_view
    assert panel.text_filter in chain or any(isinstance(w, QLineEdit) and
                                             panel.isAncestorOf(w) for w in chain)
    assert panel.view in chain
    assert outline.filter_edit in chain  # the chain comes round again


def test_f6_enters_docks_at_their_list_and_shift_f6_goes_back(qtbot, main_window,
                                                               report_path) -> None:
    main_window.open_report(report_path)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.focus_text()
    main_window.next_pane_action.trigger()
    assert main_window.tagging.panel.view.hasFocus()  # the table, not its splitter
    main_window.previous_pane_action.trigger()
    assert main_window.text_view.hasFocus()
    main_window.previous_pane_action.trigger()
    assert main_window.outline_pane.view.hasFocus()
    main_window.previous_pane_action.trigger()  # wraps round to the last dock
    assert not main_window.outline_pane.view.hasFocus()
    assert not main_window.text_view.hasFocus()


def test_report_actions_are_disabled_without_a_report(main_window, report_path) -> None:
    w = main_window
    needing = [w.close_action, w.expand_all_action, w.filter_action, w.zoom_in_action,
               w.reading.find_action, w.reading.grow_action, w.tagging.actions.next_action,
               w.tagging.actions.delete_action, w.tagging.actions.tags_action,
               *w.level_actions]
    assert w.report_actions.items()
    assert not any(a.isEnabled() for a in needing)
    assert not w.tagging.actions.toolbar.isEnabled()
    assert not w.tagging.actions.tag_menu.isEnabled()  # rebuilt with the tags, still grey
    assert w.open_action.isEnabled() and w.quit_action.isEnabled()
    w.open_report(report_path)
    assert all(a.isEnabled() for a in needing) and w.tagging.actions.toolbar.isEnabled()
    assert w.tagging.actions.tag_menu.isEnabled()
    w.close_report()
    assert not any(a.isEnabled() for a in needing)
    assert not w.tagging.actions.tag_menu.isEnabled()


#: What works with no report open; every other action must be greyed out until one is.
WITHOUT_REPORT = {
    "Open…", "Quit", "Go to Outline", "Go to Text", "Next Pane", "Previous Pane",
    "Keyboard Shortcuts", "About Yuepi", "Set Author Name…", "Add Word to Dictionary…",
    "Undo", "Redo", "Clear Recent Files", "What Suggestions Learned…",
    "Compare With…",  # without a report it asks for both (gui/shell/compare_entry.py)
    "Follow the System", "简体中文", "English",  # View › Interface Language
}


def _all_actions(window) -> list:
    """Every action of the menu bar (submenus included) and of every toolbar."""
    from PySide6.QtWidgets import QToolBar

    found, menus = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif not action.isSeparator():
                found.append(action)
    for bar in window.findChildren(QToolBar):
        found += [a for a in bar.actions() if not a.isSeparator()]
    return found


def test_every_action_that_needs_a_report_is_greyed_out_without_one(main_window,
                                                                    report_path) -> None:
    """A new action that forgets Host.needs_report fails here: it is enabled with no
    report open (dock and toolbar toggles work at any time)."""
    w = main_window
    toggles = {dock.toggleViewAction() for dock in w.findChildren(QDockWidget)}
    toggles |= {bar.toggleViewAction() for bar in w.findChildren(QToolBar)}

    def usable(action) -> bool:
        """Enabled, and in a menu or toolbar that is enabled too."""
        parents = [p for p in action.associatedObjects() if hasattr(p, "isEnabled")]
        return action.isEnabled() and all(p.isEnabled() for p in parents)

    enabled = {plain(a.text()) for a in _all_actions(w)
               if usable(a) and a not in toggles and not a.data()}
    recent = {plain(a.text()) for a in w.recent_menu.actions()}
    assert enabled - recent <= WITHOUT_REPORT
    w.open_report(report_path)
    greyed = [plain(a.text()) for a in _all_actions(w)
              if not usable(a) and plain(a.text()) not in WITHOUT_REPORT]
    assert greyed == []


def test_plain_drops_mnemonics() -> None:
    assert plain("&Open…") == "Open…"
    assert plain("关于阅批(&A)") == "关于阅批"
    assert plain("Save && Quit") == "Save & Quit"


def test_shortcuts_dialog_lists_every_action_shortcut(qtbot, main_window,
                                                      report_path) -> None:
    main_window.open_report(report_path)
    main_window.shortcuts_action.trigger()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Open…"] == "Ctrl+O"
    assert rows["Next Pane"] == "F6" and rows["Previous Pane"] == "Shift+F6"
    assert rows["Keyboard Shortcuts"] == "F1"
    assert rows["Find…"] == "Ctrl+F" and rows["Next Annotation"] == "F8"
    assert rows["Tag As › Problem"] == "1"
    assert rows["Annotations › Delete"] == "Del"  # a pane's own key, named by its dock
    assert all(keys.count("Return") <= 1 for keys in rows.values())
    dialog.filter_edit.setText("f3")
    assert {text for text, _keys in dialog.rows()} == {"Find Next", "Find Previous"}
    main_window.shortcuts_action.trigger()  # reused, not a second dialog
    assert len(main_window.findChildren(ShortcutsDialog)) == 1
    dialog.close()


def test_shortcuts_dialog_in_chinese(qtbot, zh_cn, main_window, report_path) -> None:
    main_window.open_report(report_path)
    main_window.show_shortcuts()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog.windowTitle() == "键盘快捷键"
    rows = dict(dialog.rows())
    assert rows["打开…"] == "Ctrl+O" and rows["上一窗格"] == "Shift+F6"
    dialog.close()


def test_reading_a_report_writes_no_sidecar(qtbot, main_window, report_path: Path,
                                            tmp_path: Path) -> None:
    main_window.open_report(report_path)
    main_window.close_report()
    assert not sidecar_path(report_path).exists()
    other = tmp_path / "另一份.txt"
    other.write_text(report_path.read_text("utf-8"), encoding="utf-8")
    main_window.open_report(report_path)
    main_window.open_report(other)  # replacing an untouched report writes nothing either
    assert not sidecar_path(report_path).exists()
    main_window.text_view.setFocus()
    assert main_window.tagging.tag_selection("problem") is not None
    main_window.close_report()
    assert sidecar_path(other).exists()  # a change is saved as before


def test_a_status_message_hides_the_section_path(qtbot, qsettings, report_path) -> None:
    """Opening before the window is shown (the command line) used to paint the anchoring
    message over the section path."""
    from gui.common.settings import UiSettings
    from gui.shell.main_window import MainWindow

    window = MainWindow(UiSettings(qsettings))
    qtbot.addWidget(window)
    window.open_report(report_path)
    window.statusBar().showMessage("Annotations: 2 kept", 5000)
    window.show()
    qtbot.waitExposed(window)
    assert not window.section_label.isVisible()
    window.statusBar().clearMessage()
    assert window.section_label.isVisible()


def test_first_run_leaves_the_text_most_of_the_height(qtbot, make_window,
                                                      report_path) -> None:
    window = make_window((1200, 800))
    window.open_report(report_path)
    qtbot.wait(50)
    from gui.annotations.feature import FIRST_PANEL_HEIGHT

    assert window.tagging.panel_dock.height() <= FIRST_PANEL_HEIGHT + 10
    assert window.text_view.height() >= 480
    assert window.outline_pane.width() >= 200


def _mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def _duplicate_mnemonics(window) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QMenu

    found = []
    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        letters: dict[str, str] = {}
        for action in menu.actions():
            key = _mnemonic(action.text()) if action.isVisible() else None
            if key is not None and key in letters:
                found.append((letters[key], action.text()))
            elif key is not None:
                letters[key] = action.text()
    return found


def test_menu_mnemonics_are_unique(main_window, report_path) -> None:
    main_window.open_report(report_path)
    assert _duplicate_mnemonics(main_window) == []


def test_menu_mnemonics_are_unique_in_chinese(zh_cn, main_window, report_path) -> None:
    main_window.open_report(report_path)
    assert _duplicate_mnemonics(main_window) == []


def _tag(window, needle: str, tag: str) -> str:
    start = window.report.text.index(needle)
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(start,
                                                                        start + len(needle)))
    return window.tagging.tag_selection(tag)


def test_f8_in_the_text_goes_to_the_next_annotation_after_the_cursor(qtbot, main_window,
                                                                     report_path) -> None:
    w = main_window
    w.open_report(report_path)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    first = _tag(w, "一、主要工作及成效", "problem")
    second = _tag(w, "二、存在困难和下步打算", "measure")  # the list's current row: the last
    w.focus_text()
    w.text_view.setTextCursor(w.text_view.cursor_for_offsets(0, 0))
    qtbot.keyClick(w.text_view, Qt.Key.Key_F8)
    assert w.tagging.panel.current_id() == first
    assert w.text_view.selection_offsets()[0] == w.report.text.index("一、主要工作及成效")
    qtbot.keyClick(w.text_view, Qt.Key.Key_F8)
    assert w.tagging.panel.current_id() == second
    qtbot.keyClick(w.text_view, Qt.Key.Key_F8)  # wraps round
    assert w.tagging.panel.current_id() == first
    qtbot.keyClick(w.text_view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.tagging.panel.current_id() == second
    assert w.text_view.hasFocus()


def test_f8_follows_the_list_filter(qtbot, main_window, report_path) -> None:
    w = main_window
    w.open_report(report_path)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    _tag(w, "一、主要工作及成效", "problem")
    second = _tag(w, "二、存在困难和下步打算", "measure")
    panel = w.tagging.panel
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("measure"))
    w.focus_text()
    w.text_view.setTextCursor(w.text_view.cursor_for_offsets(0, 0))
    w.tagging.actions.next_action.trigger()
    assert panel.current_id() == second


def test_escape_in_the_note_returns_to_the_text(qtbot, main_window, report_path) -> None:
    w = main_window
    w.open_report(report_path)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    ident = _tag(w, "一、主要工作及成效", "problem")
    w.focus_text()
    qtbot.keyClick(w.text_view, Qt.Key.Key_F2)
    editor = w.tagging.notes.editor
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "check")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert w.text_view.hasFocus()
    assert w.controller.annotation_set.get(ident).note == "check"


def test_recent_files_with_the_same_name_show_their_folder(main_window, tmp_path) -> None:
    paths = []
    for folder in ("甲", "乙"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "工作总结.txt"
        path.write_text("一、总体情况\n今年经济运行稳中有进。\n", encoding="utf-8")
        assert main_window.open_report(path)
        paths.append(path)
    menu = main_window.recent_menu
    texts = [a.text() for a in menu.actions() if a.data()]
    assert len(texts) == 2 and texts[0] != texts[1]
    assert all("工作总结.txt" in t for t in texts)
    assert str(paths[1].parent) in texts[0] and str(paths[0].parent) in texts[1]
    assert menu.toolTipsVisible()


def test_about_names_the_version_and_the_shortcuts_list(zh_cn) -> None:
    from gui.common.messages import about_text
    from model.sidecar.format import APP

    text = about_text()
    assert APP.split()[-1] in text and "F1" in text and "阅批" in text


def test_keyboard_context_menu_acts_at_the_text_cursor(qtbot, make_window,
                                                       report_path) -> None:
    """Menu key / Shift+F10: the menu acts on, and opens at, the text cursor (Qt's global
    position for it was off by the centring margin)."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QDockWidget

    window = make_window((1400, 700))
    window.open_report(report_path)
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    view = window.text_view
    for _ in range(4):
        view.zoom_out()
    qtbot.waitUntil(lambda: view.viewport().pos().x() > 40)  # the text column is centred
    offset = window.report.text.index("一、主要工作及成效") + 2
    view.setTextCursor(view.cursor_for_offsets(offset, offset))
    pos = view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).toRect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, view.mapToGlobal(pos))
    assert abs(view.offset_at_point(view.menu_point(event)) - offset) <= 1
    mouse = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.mapToGlobal(pos))
    assert view.menu_point(mouse) == pos  # the pointer, in viewport coordinates
