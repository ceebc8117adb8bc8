"""TextView: code-point offsets, reveal, layers of extra selections, zoom, position."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTextEdit

from gui.viewer.text_view import TextView
from model.report.loading import report_from_text

TEXT = "甲𠀀乙\n一、标题\n" + "正文内容。" * 400 + "\n二、第二部分\n" + "后文。" * 400 + "\n"


@pytest.fixture
def view(qtbot) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_report(report_from_text(TEXT))
    view.show()
    qtbot.waitExposed(view)
    return view


def test_shows_text_read_only(view) -> None:
    assert view.toPlainText() == TEXT
    assert view.isReadOnly()


def test_offsets_are_code_points_around_astral_chars(view) -> None:
    start = TEXT.index("一、标题")
    view.reveal(start, start + 4)
    assert view.selection_offsets() == (start, start + 4)
    assert view.textCursor().selectedText() == "一、标题"
    assert view.cursor_offset() == start + 4
    view.reveal(2, 3)
    assert view.textCursor().selectedText() == "乙"


def test_reveal_without_selection_places_cursor(view) -> None:
    start = TEXT.index("二、")
    view.reveal(start, start + 2, select=False)
    assert view.selection_offsets() is None
    assert view.cursor_offset() == start
    assert view.reading_offset() == start
    assert view.extra_selection_layers.names() == ["reveal"]


def test_scroll_emits_reading_position(qtbot, view) -> None:
    start = TEXT.index("二、")
    block = view.document().findBlock(view.offset_map.to_qt(start))
    with qtbot.waitSignal(view.position_changed, timeout=2000) as blocker:
        view.verticalScrollBar().setValue(block.firstLineNumber())
    assert blocker.args == [start]


def test_layers_do_not_clobber_each_other(view) -> None:
    def selection(start: int, end: int) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = view.cursor_for_offsets(start, end)
        sel.format.setBackground(QColor("yellow"))
        return sel

    layers = view.extra_selection_layers
    layers.set_layer("search", [selection(0, 1), selection(2, 3)])
    layers.set_layer("annotation", [selection(4, 6)])
    assert len(view.extraSelections()) == 3
    layers.set_layer("search", [selection(0, 1)])
    assert len(view.extraSelections()) == 2
    layers.clear_layer("annotation")
    assert layers.names() == ["search"] and len(view.extraSelections()) == 1
    view.set_report(report_from_text("新文本"))
    assert view.extraSelections() == []


def test_heading_spans_are_bold(view) -> None:
    start = TEXT.index("一、标题")
    view.set_heading_spans([(start, start + 4)])
    block = view.document().findBlock(view.offset_map.to_qt(start))
    weights = [r.format.fontWeight() for r in block.textFormats()]
    assert QFont.Weight.Bold in weights
    assert view.toPlainText() == TEXT
    assert not view.document().isModified()


def test_zoom_steps_clamp_and_signal(qtbot, view) -> None:
    size = view.font().pointSizeF()
    with qtbot.waitSignal(view.zoom_changed) as blocker:
        view.zoom_in()
    assert blocker.args == [1] and view.font().pointSizeF() == size + 1
    view.set_zoom(100)
    assert view.zoom() == 16
    view.zoom_reset()
    assert view.font().pointSizeF() == size


def test_zoom_keeps_reading_position(view) -> None:
    start = TEXT.index("二、")
    view.scroll_to_offset(start)
    view.zoom_in()
    view.zoom_in()
    assert view.reading_offset() == start
