"""Quotes on two lines where rows allow (issue 17, item 5): the layout function, and a
table that switches all its rows between one and two lines with its height."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from gui.common.two_line import MIN_ROWS, TwoLineRows, row_heights, two_lines

LONG = ("全年规模以上工业增加值同比增长百分之六点五，工业投资稳步增长，企业效益持续改善，"
        "新增规模以上工业企业十二家，专精特新中小企业达到二十八家")


def test_a_long_text_takes_two_lines_the_second_elided_at_its_end(qapp) -> None:
    font = QFont()
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(LONG) // 3
    lines = two_lines(LONG, font, width)
    assert len(lines) == 2
    assert LONG.startswith(lines[0]) and len(lines[0]) > 3
    assert lines[1].endswith("…")
    assert LONG[len(lines[0]):].startswith(lines[1][:-1])
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)


def test_short_text_stays_on_one_line_and_text_just_over_fills_two(qapp) -> None:
    font = QFont()
    metrics = QFontMetrics(font)
    assert two_lines("增长8.6%", font, 400) == ["增长8.6%"]
    assert two_lines("", font, 400) == []
    width = metrics.horizontalAdvance(LONG) * 2 // 3
    lines = two_lines(LONG, font, width)
    assert "".join(lines) == LONG  # fits in two lines: nothing elided


def _table(qtbot, rows: int = 10_000) -> tuple[QTableView, TwoLineRows]:
    model = QStandardItemModel(rows, 2)
    for row in range(0, rows, 97):
        model.setItem(row, 0, QStandardItem(LONG))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    return view, TwoLineRows(view, 0)


def test_a_tall_table_gives_every_row_two_lines(qtbot) -> None:
    view, rows = _table(qtbot)
    one, two = row_heights(view.fontMetrics())
    view.resize(600, MIN_ROWS * two + 120)
    view.show()
    qtbot.waitUntil(lambda: rows.wrap)
    assert view.rowHeight(0) == view.rowHeight(9_999) == two
    view.resize(600, MIN_ROWS * two // 2)
    qtbot.waitUntil(lambda: not rows.wrap)
    assert view.rowHeight(0) == view.rowHeight(9_999) == one
