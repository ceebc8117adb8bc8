"""A highlighted passage's tags as text, not colour only: the status bar names the tags
under the cursor ("问题 · 数据") and the tooltip names them."""
from __future__ import annotations

import html
import re

from tests.gui.tagging_support import opened


def test_status_bar_names_tags_at_the_cursor(qtbot, zh_cn, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    text = main_window.report.text
    start = text.index("工业投资稳步增长")
    c = main_window.controller
    c.add_annotation(start, start + 8, "problem")
    c.add_annotation(start + 2, start + 4, "figure")  # 投资: inside the first
    view = main_window.text_view
    label = t.cursor_tags
    assert label.accessibleName() == "光标处的标签"
    view.setTextCursor(view.cursor_for_offsets(start + 3, start + 3))
    assert label.text() == "问题 · 数据"  # outermost first
    assert label.isVisible()
    view.setTextCursor(view.cursor_for_offsets(start + 6, start + 6))
    assert label.text() == "问题"
    view.setTextCursor(view.cursor_for_offsets(0, 0))
    assert label.text() == ""
    # a change under a still cursor is shown too (undo of the tag)
    view.setTextCursor(view.cursor_for_offsets(start + 6, start + 6))
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert label.text() == ""
    # a status message does not hide it
    main_window.show_status("消息")
    c.undo_stack.redo()
    assert label.text() == "问题" and label.isVisible()


def test_tooltip_names_the_tags(qtbot, zh_cn, main_window, report_path) -> None:
    t = opened(qtbot, main_window, report_path)
    text = main_window.report.text
    start = text.index("工业投资稳步增长")
    main_window.controller.add_annotation(start, start + 8, "achievement")
    plain = html.unescape(re.sub(r"<[^>]+>", " ", t.tooltip_at(start + 1)))
    assert "成效" in plain
    assert t.tooltip_at(0) == ""
