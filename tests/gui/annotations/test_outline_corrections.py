"""Correcting the outline in the real window: the tree's and the text's context menus,
the shortcuts, undo/redo, reset, the sidecar, reopening, lost lines, and every view that
shows the outline (tree, status-bar path, tag counts, section column, exports)."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from gui.common import messages
from model.sidecar.store import sidecar_path

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def labels(window) -> list[tuple[int, str]]:
    """(depth, label) of the outline the window shows."""
    return [(n.depth, n.label) for n in window.outline.nodes()]


def tree_labels(window) -> list[str]:
    """Labels as the tree view has them (top level and below, in order)."""
    model = window.outline_pane.proxy
    out: list[str] = []

    def walk(parent, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append("  " * depth + index.data())
            walk(index, depth + 1)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex(), 0)
    return out


def node(window, label: str):
    return next(n for n in window.outline.nodes() if n.label == label)


def open_active(qtbot, window, path: Path) -> None:
    window.open_report(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def menu_action(menu: QMenu, text: str):
    for action in menu.actions():
        if action.menu() is not None:
            found = menu_action(action.menu(), text)
            if found is not None:
                return found
        elif action.text().replace("&", "") == text:
            return action
    return None


def tree_menu(window, label: str) -> QMenu:
    """The tree's context menu for a node, as a right click on it builds it."""
    view = window.outline_pane.view
    index = window.outline_pane.proxy_index(node(window, label))
    view.scrollTo(index)
    return view.build_context_menu(view.visualRect(index).center())


def put_cursor(window, needle: str) -> None:
    start = window.report.text.index(needle)
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(start, start))


def saved(qtbot, window) -> dict:
    window.controller.save_now()
    return json.loads(sidecar_path(window.report.path).read_text("utf-8"))


def test_tree_context_menu_removes_a_node_and_undo_brings_it_back(
        qtbot, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    before = labels(w)
    menu = tree_menu(w, "（一）存在困难")
    remove = menu_action(menu, "Remove from Outline")
    assert remove is not None and remove.isEnabled()
    assert menu_action(menu, "Promote").isEnabled()  # a sub-heading can go up
    assert not menu_action(menu, "Demote").isEnabled()  # nothing before it to go under
    remove.trigger()
    assert (2, "（一）存在困难") not in labels(w)
    assert "  （一）存在困难" not in tree_labels(w)
    assert w.controller.is_dirty()
    doc = saved(qtbot, w)
    assert doc["schema"] == 2 and doc["outline_corrections"][0]["kind"] == "remove"
    assert w.tagging.outline_actions.menu.isEnabled()
    w.tagging.actions.undo_action.trigger()
    assert labels(w) == before
    assert saved(qtbot, w)["schema"] == 1  # nothing to keep: a plain file again
    w.tagging.actions.redo_action.trigger()
    assert (2, "（一）存在困难") not in labels(w)


def test_shortcut_makes_the_cursor_line_a_heading(qtbot, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    text = w.report.text
    line = text.split("\n")[1]  # the paragraph under the title
    w.focus_text()
    put_cursor(w, line[:10])
    qtbot.keyClick(w.text_view, Qt.Key.Key_1, CTRL_ALT)
    made = w.outline.nodes()[0]
    assert (made.depth, made.kind, made.start) == (1, "heading", text.index(line))
    w.text_view.position_changed.emit(text.index(line) + 3)
    assert made.label in w.section_label.text()  # the status-bar path
    qtbot.keyClick(w.text_view, Qt.Key.Key_2, CTRL_ALT)  # another level for the same line
    assert w.outline.nodes()[0].depth == 1  # level 2 cannot open the text: no level above
    assert len(w.controller.annotation_set.outline_corrections) == 1
    qtbot.keyClick(w.text_view, Qt.Key.Key_0, CTRL_ALT)  # not a heading after all
    assert w.outline.nodes()[0].label == "一、主要工作及成效"
    assert w.controller.annotation_set.outline_corrections == []


def test_promote_and_demote_from_the_tree_keep_the_node_selected(
        qtbot, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    view = w.outline_pane.view
    w.outline_pane.expand_all()
    view.setFocus()
    view.setCurrentIndex(w.outline_pane.proxy_index(node(w, "（二）下步打算")))
    qtbot.keyClick(view, Qt.Key.Key_BracketLeft, CTRL)  # promote
    assert (1, "（二）下步打算") in labels(w)
    assert w.outline_pane.current_node().label == "（二）下步打算"
    qtbot.keyClick(view, Qt.Key.Key_BracketRight, CTRL)  # demote: back under 二、
    assert (2, "（二）下步打算") in labels(w)
    assert w.controller.annotation_set.outline_corrections == []  # the two cancel out
    assert w.outline_pane.current_node().label == "（二）下步打算"
    view.setCurrentIndex(w.outline_pane.proxy_index(node(w, "（一）存在困难")))
    qtbot.keyClick(view, Qt.Key.Key_BracketRight, CTRL)  # no earlier sibling: refused
    assert (2, "（一）存在困难") in labels(w)
    assert "earlier" in w.statusBar().currentMessage()


def test_reset_drops_every_correction_as_one_undo_step(qtbot, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    before = labels(w)
    menu_action(tree_menu(w, "（一）存在困难"), "Remove from Outline").trigger()
    menu_action(tree_menu(w, "三、保障措施"), "Demote").trigger()
    corrected = labels(w)
    assert corrected != before
    w.focus_text()
    qtbot.keyClick(w.text_view, Qt.Key.Key_R, CTRL_ALT)
    assert labels(w) == before
    assert w.controller.undo_stack.undoText() == "Reset to Detected Outline"
    w.tagging.actions.undo_action.trigger()
    assert labels(w) == corrected


def test_text_context_menu_and_tree_expansion(qtbot, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    w.outline_pane.expand_all()
    view, offset = w.text_view, w.report.text.index("（二）下步打算") + 2
    view.scroll_to_offset(offset)
    rect = view.cursorRect(view.cursor_for_offsets(offset, offset))
    menu = view.build_context_menu(rect.center())
    outline_menu = next(a.menu() for a in menu.actions() if a.text() == "Outline")
    menu_action(outline_menu, "Make Level 1 Heading").trigger()
    assert (1, "（二）下步打算") in labels(w)
    assert all(w.outline_pane.view.isExpanded(w.outline_pane.proxy_index(n))
               for n in w.outline.nodes() if n.children)  # the tree kept its expansion


def test_reopened_report_shows_the_corrections_and_lists_lost_ones(
        qtbot, make_window, report_path) -> None:
    w = make_window()
    open_active(qtbot, w, report_path)
    menu_action(tree_menu(w, "（一）存在困难"), "Remove from Outline").trigger()
    menu_action(tree_menu(w, "三、保障措施"), "Demote").trigger()
    corrected = labels(w)
    w.close_report()
    w.open_report(report_path)
    assert labels(w) == corrected
    assert not w.controller.is_dirty() and w.controller.undo_stack.count() == 0
    w.close_report()
    report_path.write_text(report_path.read_text("utf-8").replace("三、保障措施\n", ""), "utf-8")
    w.open_report(report_path)
    lost = w.tagging.outline_actions.lost
    assert lost.count() == 1 and lost.isVisibleTo(w.tagging.orphans)
    assert lost.table.item(0, 1).text() == "三、保障措施"
    assert w.tagging.orphan_dock.isVisible()
    assert (2, "（一）存在困难") not in labels(w)  # the other one still applies
    lost.table.selectRow(0)
    lost.delete_button.click()
    assert lost.count() == 0 and not lost.isVisibleTo(w.tagging.orphans)
    assert len(saved(qtbot, w)["outline_corrections"]) == 1


def test_every_view_follows_the_corrected_outline(qtbot, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    text = w.report.text
    start = text.index("（一）存在困难") + len("（一）存在困难") + 1
    w.controller.add_annotation(start, start + 5, "problem")
    counts = w.tagging.counts
    assert counts.counts(node(w, "（一）存在困难")) == [("problem", 1)]
    assert w.tagging.model.section_path(next(iter(w.controller.annotation_set))) \
        == "二、 › （一）"
    menu_action(tree_menu(w, "（一）存在困难"), "Remove from Outline").trigger()
    parent = node(w, "二、存在困难和下步打算")
    assert counts.counts(parent) == [("problem", 1)]
    a = next(iter(w.controller.annotation_set))
    assert w.tagging.model.section_path(a) == "二、"
    assert w.controller.outline is w.session.outline  # what exports and citations read
    from model.export.review import build_review

    review = build_review(w.report, w.controller.outline, w.controller.annotation_set)
    sections = [e.section for g in review.groups for e in g.entries]
    assert sections == ["二、存在困难和下步打算"]


def test_shortcuts_are_listed_in_help(qtbot, main_window) -> None:
    from gui.shell.shortcuts_dialog import collect

    rows = dict(row for _, group in collect(main_window, "") for row in group)
    keys = {text.split(" › ")[-1]: k for text, k in rows.items()}
    assert keys["Make Level 1 Heading"] == "Ctrl+Alt+1"
    assert keys["Remove from Outline"] == "Ctrl+Alt+0"
    assert keys["Promote"] == "Ctrl+[" and keys["Demote"] == "Ctrl+]"
    assert keys["Reset to Detected Outline"] == "Ctrl+Alt+R"


def test_a_newer_sidecar_shows_its_corrections_read_only(
        qtbot, monkeypatch, make_window, report_path) -> None:
    w = make_window()
    open_active(qtbot, w, report_path)
    menu_action(tree_menu(w, "（一）存在困难"), "Remove from Outline").trigger()
    corrected = labels(w)
    w.close()
    path = sidecar_path(report_path)
    path.write_text(path.read_text("utf-8").replace('"schema": 2,', '"schema": 99,', 1), "utf-8")
    before = path.read_bytes()
    monkeypatch.setattr(messages, "show_info", lambda *_args: None)  # the read-only notice
    again = make_window()
    open_active(qtbot, again, report_path)
    assert labels(again) == corrected
    menu_action(tree_menu(again, "（二）下步打算"), "Remove from Outline").trigger()
    assert labels(again) == corrected
    assert "read-only" in again.statusBar().currentMessage()
    again.close()
    assert path.read_bytes() == before


def bold(window, offset: int) -> bool:
    from PySide6.QtGui import QFont, QTextCursor

    cursor = QTextCursor(window.text_view.document())
    cursor.setPosition(window.text_view.offset_map.to_qt(offset) + 1)
    return cursor.charFormat().fontWeight() == QFont.Weight.Bold


def test_the_text_marks_the_corrected_headings(qtbot, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    text = w.report.text
    removed, kept = text.index("（一）存在困难"), text.index("（二）下步打算")
    line = text.index(text.split("\n")[1])
    assert bold(w, removed) and bold(w, kept) and not bold(w, line)
    menu_action(tree_menu(w, "（一）存在困难"), "Remove from Outline").trigger()
    assert not bold(w, removed) and bold(w, kept)
    w.controller.outline_edits.make_heading(line, 1)
    assert bold(w, line)
    w.tagging.actions.undo_action.trigger()
    w.tagging.actions.undo_action.trigger()
    assert bold(w, removed) and not bold(w, line)


def test_menus_in_chinese(qtbot, zh_cn, main_window, report_path) -> None:
    w = main_window
    open_active(qtbot, w, report_path)
    menu = tree_menu(w, "（一）存在困难")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["设为一级标题(&1)", "设为二级标题(&2)", "设为三级标题(&3)",
                     "设为四级标题(&4)", "移出提纲(&M)", "升级(&P)", "降级(&D)",
                     "恢复为自动识别的提纲(&R)"]
    assert w.tagging.outline_actions.menu.title() == "校正提纲(&L)"
    menu.actions()[1].trigger()
    assert w.controller.undo_stack.undoText() == "设为二级标题"


def test_salvage_problems_name_the_correction() -> None:
    from gui.annotations.problem_list import item_text

    assert item_text("outline_corrections/1") == "Outline correction 2"
