"""MainWindow: opening reports, tree ↔ text navigation, remembered state, errors."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QTextEdit

from gui.common import messages
from tests.conftest import report_text
from tests.gui.drop_support import drag_enter


def node_by_label(window, label: str):
    return next(n for n in window.outline.nodes() if n.label == label)


def click_node(qtbot, window, node) -> None:
    view = window.outline_pane.view
    index = window.outline_pane.proxy_index(node)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), "node is not visible in the tree"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def top_text(window) -> str:
    """The text of the visual line at the top of the text view."""
    view = window.text_view
    return view.toPlainText()[view.reading_offset():][:8]


def test_starts_with_calm_empty_state(main_window) -> None:
    assert main_window.stack.currentWidget() is main_window.empty_label
    assert "Ctrl+O" in main_window.empty_label.text()
    assert main_window.windowTitle() == "Yuepi"


def test_open_fills_text_tree_and_status(qtbot, main_window, report_path: Path) -> None:
    with qtbot.waitSignal(main_window.session.opened) as blocker:
        assert main_window.open_report(report_path)
    report, outline = blocker.args
    assert main_window.text_view.toPlainText() == report.text == report_text()
    assert main_window.outline_pane.proxy.rowCount() == len(outline.roots) == 3
    assert main_window.stack.currentWidget() is main_window.splitter
    assert f"{report.length:,}" in main_window.count_label.text()
    assert report_path.name in main_window.windowTitle()


@pytest.mark.parametrize("how", ["click", "enter"])
def test_choosing_a_node_scrolls_text_and_selects_heading(qtbot, main_window, report_path,
                                                          how: str) -> None:
    main_window.open_report(report_path)
    main_window.outline_pane.expand_all()
    node = node_by_label(main_window, "（一）存在困难")
    if how == "click":
        click_node(qtbot, main_window, node)
    else:
        view = main_window.outline_pane.view
        view.setCurrentIndex(main_window.outline_pane.proxy_index(node))
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert main_window.text_view.selection_offsets() == (node.title_start, node.title_end)
    assert main_window.text_view.textCursor().selectedText() == "（一）存在困难"
    assert top_text(main_window).startswith("（一）存在困难")


def test_scrolling_text_selects_current_section(qtbot, main_window, report_path) -> None:
    main_window.open_report(report_path)
    main_window.outline_pane.expand_all()
    node = node_by_label(main_window, "（二）下步打算")
    view = main_window.text_view
    block = view.document().findBlock(node.start + len("（二）"))
    with qtbot.waitSignal(view.position_changed, timeout=2000):
        view.verticalScrollBar().setValue(block.firstLineNumber() + 1)
    tree = main_window.outline_pane
    qtbot.waitUntil(lambda: tree.current_node() is node)
    assert main_window.section_label.text() == "二、存在困难和下步打算 › （二）下步打算"


def test_tree_follows_only_as_deep_as_it_is_expanded(qtbot, main_window, report_path) -> None:
    main_window.open_report(report_path)
    main_window.outline_pane.expand_to_level(1)
    node = node_by_label(main_window, "（二）下步打算")
    with qtbot.waitSignal(main_window.text_view.position_changed, timeout=2000):
        main_window.text_view.reveal(node.start + 8, node.start + 8, select=False)
    assert main_window.outline_pane.current_node() is node.parent
    assert not main_window.outline_pane.view.isExpanded(
        main_window.outline_pane.proxy_index(node.parent))


def test_filter_keeps_matches_and_ancestors(main_window, report_path) -> None:
    main_window.open_report(report_path)
    pane = main_window.outline_pane
    pane.filter_edit.setText("困难")
    proxy = pane.proxy
    assert proxy.rowCount() == 1
    top = proxy.index(0, 0)
    assert top.data() == "二、存在困难和下步打算"
    assert [proxy.index(r, 0, top).data() for r in range(proxy.rowCount(top))] == ["（一）存在困难"]
    assert pane.view.isExpanded(top)
    pane.filter_edit.clear()
    assert proxy.rowCount() == 3


def test_filter_box_keys(qtbot, main_window, report_path) -> None:
    main_window.open_report(report_path)
    main_window.activateWindow()
    main_window.filter_action.trigger()
    pane = main_window.outline_pane
    assert pane.filter_edit.hasFocus()
    pane.filter_edit.insert("保障")  # QTest.keyClicks only types ASCII
    assert pane.proxy.rowCount() == 1
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Escape)
    assert pane.filter_edit.text() == "" and pane.proxy.rowCount() == 3
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Down)
    assert pane.view.hasFocus()


def test_expand_to_level_and_collapse(main_window, report_path) -> None:
    main_window.open_report(report_path)
    pane, view = main_window.outline_pane, main_window.outline_pane.view
    first = pane.proxy.index(0, 0)
    main_window.level_actions[1].trigger()
    assert view.isExpanded(first)
    main_window.collapse_all_action.trigger()
    assert not view.isExpanded(first)
    main_window.expand_all_action.trigger()
    assert view.isExpanded(first)


def test_state_is_remembered_across_sessions(qtbot, make_window, report_path) -> None:
    first = make_window()
    first.resize(700, 500)
    first.splitter.setSizes([200, 500])
    first.open_report(report_path)
    first.text_view.set_zoom(3)
    node = node_by_label(first, "三、保障措施")
    first.text_view.reveal(node.title_start, node.title_end)
    splitter_sizes = first.splitter.sizes()
    first.close()

    second = make_window(None)
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.text_view.zoom() == 3
    second.open_report(report_path)
    assert second.splitter.sizes() == splitter_sizes
    assert top_text(second).startswith("三、保障措施")


def test_recent_files_most_recent_first(main_window, tmp_path, report_path) -> None:
    other = tmp_path / "b.txt"
    other.write_text(report_text(), encoding="utf-8")
    main_window.open_report(report_path)
    main_window.open_report(other)
    main_window.open_report(report_path)
    assert main_window.recent_menu.paths() == [str(report_path.resolve()), str(other.resolve())]
    entries = [a for a in main_window.recent_menu.actions() if a.data()]
    assert entries[0].text().endswith(report_path.name)


def test_missing_recent_file_is_removed_with_a_message(main_window, monkeypatch, tmp_path,
                                                       report_path) -> None:
    gone = tmp_path / "gone.txt"
    gone.write_text(report_text(), encoding="utf-8")
    main_window.open_report(gone)
    main_window.open_report(report_path)
    gone.unlink()
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    entry = next(a for a in main_window.recent_menu.actions() if a.data() == str(gone.resolve()))
    entry.trigger()
    assert len(shown) == 1 and "removed from the recent files list" in shown[0]
    assert main_window.recent_menu.paths() == [str(report_path.resolve())]
    assert main_window.report.path == report_path


def test_dropping_a_file_opens_it(qtbot, main_window, report_path) -> None:
    enter, drop, _data = drag_enter(main_window, [report_path])
    assert enter.isAccepted()
    with qtbot.waitSignal(main_window.session.opened):
        QApplication.sendEvent(main_window, drop)
    assert main_window.report.path == report_path


def test_dropping_an_annotation_file_opens_its_report(qtbot, main_window,
                                                     report_path) -> None:
    """The reviewer drops (or opens) 报告.txt.annotations.json, the file they see
    changing: its report opens, not "This file type is not supported"."""
    from model.sidecar.names import sidecar_path

    _enter, drop, _data = drag_enter(main_window, [sidecar_path(report_path)])
    with qtbot.waitSignal(main_window.session.opened):
        QApplication.sendEvent(main_window, drop)
    assert main_window.report.path == report_path
    assert main_window.recent_menu.paths()[0] == str(report_path)


def test_bad_file_shows_translated_message_and_keeps_report(main_window, monkeypatch,
                                                             tmp_path, report_path,
                                                             zh_cn) -> None:
    main_window.open_report(report_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error",
                        lambda parent, title, text: shown.append((title, text)))
    assert not main_window.open_report(empty)
    assert shown == [("无法打开报告", f"报告内容为空。\n\n{empty}")]
    assert main_window.report.path == report_path
    assert main_window.text_view.toPlainText() == report_text()


def test_open_dialog_opens_the_chosen_file(main_window, monkeypatch, report_path) -> None:
    monkeypatch.setattr(messages, "ask_report_path", lambda parent, start: str(report_path))
    main_window.open_action.trigger()
    assert main_window.report.path == report_path


def test_astral_characters_before_a_heading(qtbot, main_window, tmp_path) -> None:
    path = tmp_path / "astral.txt"
    path.write_text(report_text(prefix="𠀀𠀁𪚥"), encoding="utf-8")
    main_window.open_report(path)
    main_window.outline_pane.expand_all()
    node = node_by_label(main_window, "（二）项目建设提速增效")
    click_node(qtbot, main_window, node)
    assert main_window.text_view.selection_offsets() == (node.title_start, node.title_end)
    assert main_window.text_view.textCursor().selectedText() == "（二）项目建设提速增效"


def test_focus_shortcuts(qtbot, main_window, report_path) -> None:
    main_window.open_report(report_path)
    main_window.activateWindow()
    main_window.focus_text_action.trigger()
    assert main_window.text_view.hasFocus()
    for _ in range(6):  # F6 cycles text → docks (annotation panes) → outline → text
        main_window.next_pane_action.trigger()
        if main_window.outline_pane.view.hasFocus():
            break
    assert main_window.outline_pane.view.hasFocus()
    main_window.next_pane_action.trigger()
    assert main_window.text_view.hasFocus()
    main_window.focus_outline_action.trigger()
    assert main_window.outline_pane.view.hasFocus()
    shortcuts = {s.toString() for s in main_window.focus_text_action.shortcuts()}
    assert "Alt+2" in shortcuts and not any(s.startswith("Ctrl+2") for s in shortcuts)


def test_focus_keys_reach_the_panes(qtbot, main_window, report_path) -> None:
    main_window.open_report(report_path)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.outline_pane.view.setFocus()
    qtbot.keyClick(main_window.outline_pane.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert main_window.text_view.hasFocus()
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_F6)
    assert not main_window.text_view.hasFocus()  # the next pane (a dock, or the outline)
    assert main_window.focusWidget() is not None


def test_extension_points(qtbot, main_window, report_path) -> None:
    # Tools shows once a feature adds an action (Add Word to Dictionary…)
    assert main_window.tools_menu.actions()
    assert main_window.tools_menu.menuAction().isVisible()
    dock = main_window.add_dock(QLabel("notes"), Qt.DockWidgetArea.RightDockWidgetArea, "Notes")
    assert dock.toggleViewAction() in main_window.view_menu.actions()
    sel = QTextEdit.ExtraSelection()
    main_window.open_report(report_path)
    sel.cursor = main_window.text_view.cursor_for_offsets(0, 3)
    main_window.text_view.extra_selection_layers.set_layer("search", [sel])
    with qtbot.waitSignal(main_window.session.closing):
        main_window.close_report()
    assert main_window.stack.currentWidget() is main_window.empty_label
    assert main_window.text_view.extra_selection_layers.names() == []


def test_large_report_gets_outline_from_worker(qtbot, main_window, report_path) -> None:
    main_window.session.async_outline_chars = 0
    with qtbot.waitSignal(main_window.session.opened, timeout=5000) as blocker:
        assert main_window.open_report(report_path)
        assert main_window.text_view.toPlainText() == report_text()  # text first
    assert blocker.args[1] is main_window.outline
    assert main_window.outline_pane.proxy.rowCount() == 3


def test_stale_outline_result_is_dropped(qtbot, main_window, tmp_path, report_path) -> None:
    main_window.session.async_outline_chars = 0
    small = tmp_path / "small.txt"
    small.write_text("一、唯一\n正文。\n", encoding="utf-8")
    with qtbot.waitSignal(main_window.session.opened, timeout=5000) as blocker:
        main_window.open_report(report_path)
        main_window.open_report(small)
    main_window.session.outline_jobs.wait()
    qtbot.wait(50)
    assert blocker.args[0].path == small
    assert [n.label for n in main_window.outline.nodes()] == ["一、唯一"]


def test_outline_failure_keeps_text(qtbot, main_window, monkeypatch, report_path) -> None:
    import model.outline.detector

    def broken(report):
        raise RuntimeError("detector bug")

    monkeypatch.setattr(model.outline.detector, "detect_outline", broken)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    main_window.session.async_outline_chars = 0
    main_window.session.outline_jobs.use_process = False  # the monkeypatch lives in this process
    with qtbot.waitSignal(main_window.session.opened, timeout=5000):
        main_window.open_report(report_path)
    assert "detector bug" in shown[0]
    assert main_window.text_view.toPlainText() == report_text()
    assert main_window.outline_pane.proxy.rowCount() == 0


def test_messages_about_the_annotations_come_over_the_shown_outline(
        main_window, monkeypatch, tmp_path) -> None:
    """The outline is shown before the annotations load: "the report has changed" (and the
    other sidecar messages) appear over a window that already shows where things are."""
    seen: list[int] = []
    monkeypatch.setattr(messages, "show_info",
                        lambda parent, _title, _text: seen.append(
                            parent.outline_pane.model.rowCount()))
    path = tmp_path / "报告.txt"
    path.write_text(report_text(), encoding="utf-8")
    w = main_window
    w.open_report(path)
    start = w.report.text.index("重点项目")
    w.text_view.setTextCursor(w.text_view.cursor_for_offsets(start, start + 4))
    assert w.tagging.tag_selection(w.controller.annotation_set.tags[0].id)
    w.close_report()
    path.write_text(report_text(prefix="新增一句。"), encoding="utf-8")  # annotations move
    w.open_report(path)
    assert seen and seen[0] == 3


def test_the_first_window_fits_the_screen_and_keeps_its_panes_readable(
        qtbot, make_window, report_path) -> None:
    """The first-run 1200 × 800 was taller than a 1366 × 768 laptop's free area (the
    offscreen screen, 800 × 800, is smaller still): the window fits inside it, as the
    compare window does (gui/common/screen_fit.first_size), and its outline and text
    keep a readable width beside the 300-pixel docks."""
    from PySide6.QtGui import QGuiApplication

    window = make_window(None)
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert area.width() < 1200 or area.height() < 800  # the case under test
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.height() >= min(800, area.height() * 0.9)
    window.open_report(report_path)
    outline, text = window.splitter.sizes()
    assert outline >= 150 and text >= 300, (outline, text)

    def right_widths() -> list[int]:
        return [d.width() for d in window.findChildren(QDockWidget) if d.isVisible()
                and window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]

    qtbot.waitUntil(lambda: len(right_widths()) == 2 and len(set(right_widths())) == 1)
    assert max(right_widths()) <= 0.32 * window.width()  # 300 of 736 before


def test_the_first_docks_take_a_share_of_a_small_window_only() -> None:
    from gui.reading.feature import first_dock_width

    assert first_dock_width(1200) == 300 and first_dock_width(2000) == 300
    assert first_dock_width(736) == 220 and first_dock_width(400) == 160
