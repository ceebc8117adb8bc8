"""Edit › Copy citation (Ctrl+Shift+C) and the text view's context menu entry."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from tests.gui.handoff_support import annotate, open_handoff_window, span


def _clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_selection_in_nested_section(make_window, tmp_path: Path) -> None:
    window = open_handoff_window(make_window, tmp_path)
    text = window.controller.text
    start, end = span(text, "营商环境不断优化", after="（二）下步打算")
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(start, end))
    window.handoff.copy_citation_action.trigger()
    assert _clipboard() == ("二、存在困难和下步打算 › （二）下步打算 › 第1段\n“营商环境不断优化”")
    assert "二、存在困难和下步打算" in window.statusBar().currentMessage()


def test_annotation_under_cursor_on_inline_item_with_note(make_window, tmp_path: Path) -> None:
    window = open_handoff_window(make_window, tmp_path)
    annotate(window, "要素保障偏紧", "problem", "需核实用地指标")
    start, _end = span(window.controller.text, "保障")
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(start, start))
    window.handoff.copy_citation_action.trigger()
    assert _clipboard() == ("二、存在困难和下步打算 › （一）存在困难 › 二是\n“要素保障偏紧”\n"
                            "批注：需核实用地指标")


def test_exact_selection_of_an_annotation_uses_its_note(make_window, tmp_path: Path) -> None:
    window = open_handoff_window(make_window, tmp_path)
    annotate(window, "项目储备不足", "problem", "缺项目")
    window.text_view.setTextCursor(
        window.text_view.cursor_for_offsets(*span(window.controller.text, "项目储备不足")))
    assert window.handoff.copy_citation() == (
        "二、存在困难和下步打算 › （一）存在困难 › 一是\n“项目储备不足”\n批注：缺项目")


def test_panel_selection_when_panel_has_focus(make_window, tmp_path: Path, qtbot) -> None:
    window = open_handoff_window(make_window, tmp_path)
    ident = annotate(window, "后续支撑乏力", "measure")
    panel = window.tagging.panel
    assert panel.select_annotation(ident)
    panel.view.setFocus()
    qtbot.waitUntil(lambda: panel.view.hasFocus())
    assert window.handoff.copy_citation().endswith("“后续支撑乏力”")


def test_nothing_to_cite(make_window, tmp_path: Path) -> None:
    window = open_handoff_window(make_window, tmp_path)
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(3, 3))
    QGuiApplication.clipboard().setText("before")
    assert window.handoff.copy_citation() is None
    assert _clipboard() == "before"


def test_context_menu_entry_cites_the_clicked_annotation(make_window, tmp_path: Path) -> None:
    window = open_handoff_window(make_window, tmp_path)
    annotate(window, "项目储备不足", "problem")
    view = window.text_view
    offset = span(window.controller.text, "储备")[0]
    view.scroll_to_offset(offset)
    rect = view.cursorRect(view.cursor_for_offsets(offset, offset))
    menu = view.build_context_menu(rect.center())
    entries = [a for a in menu.actions() if a.text() == "Copy Citation"]
    assert len(entries) == 1
    assert view.offset_at_point(rect.center()) in (offset, offset + 1)
    entries[0].trigger()
    assert _clipboard().endswith("一是\n“项目储备不足”")
    menu.deleteLater()
