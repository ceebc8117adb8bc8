"""The annotation and suggestion tables use their width (issue 17, item 5): text columns
stretch, long text is elided in the middle with all of it in the tooltip, the section
column names the section (not only "一、"), the first-run list shows six rows, and
quotes take two lines when the list is tall enough for six such rows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem

from gui.annotations.table_model import NOTE, QUOTE, SECTION, TAG
from gui.common.two_line import MIN_ROWS, row_heights
from gui.reading.suggestions_panel import SuggestionsPanel
from model.annotations import DEFAULT_TAGS
from model.reading.suggestions import Suggestion
from tests.gui.tagging_support import opened

LONG = "全年规模以上工业增加值同比增长百分之六点五，工业投资稳步增长，企业效益持续改善"


def _tag_long_quote(qtbot, window, report_path) -> str:
    opened(qtbot, window, report_path)
    text = window.report.text
    start = text.rindex(LONG)  # in the last section
    return window.controller.add_annotation(start, start + len(LONG), "achievement")


def test_quote_and_note_stretch_and_elide_in_the_middle(qtbot, make_window,
                                                        report_path) -> None:
    window = make_window((1200, 800))
    _tag_long_quote(qtbot, window, report_path)
    view = window.tagging.panel.view
    header = view.horizontalHeader()
    assert header.sectionResizeMode(QUOTE) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(NOTE) == QHeaderView.ResizeMode.Stretch
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    model = view.model()
    quote = model.index(0, QUOTE)
    assert model.data(quote) == LONG  # whole: the view elides what does not fit
    assert model.data(quote, Qt.ItemDataRole.ToolTipRole) == LONG
    before = header.sectionSize(QUOTE)
    window.resize(1800, 800)
    qtbot.waitUntil(lambda: header.sectionSize(QUOTE) > before + 100)
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used >= view.viewport().width() - 2  # no empty space on the right
    name = window.controller.tag("achievement").label("en")
    assert header.sectionSize(TAG) > view.fontMetrics().horizontalAdvance(name)


def test_section_column_names_the_section_with_the_path_as_tooltip(qtbot, main_window,
                                                                   report_path) -> None:
    _tag_long_quote(qtbot, main_window, report_path)
    model = main_window.tagging.panel.view.model()
    cell = model.index(0, SECTION)
    a = next(iter(main_window.controller.annotation_set))
    path = main_window.outline.path_at(a.start)
    assert model.data(cell) == path[-1].label and len(model.data(cell)) > 3
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == " › ".join(n.label for n in path)


def test_the_first_run_list_shows_six_rows(qtbot, make_window, report_path) -> None:
    window = make_window((1200, 800))
    _tag_long_quote(qtbot, window, report_path)
    qtbot.wait(50)
    view = window.tagging.panel.view
    assert view.viewport().height() >= 6 * view.rowHeight(0)


def test_suggestion_quote_and_reason_stretch(qtbot) -> None:
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 400)
    panel.show()
    item = Suggestion("achievement", 0, len(LONG), LONG, 0.5, "k", "section_default",
                      {"section": "一、2024年主要工作及成效"})
    panel.set_suggestions([item], list(DEFAULT_TAGS), "zh")
    header = panel.tree.header()
    for column in (1, 2):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        assert header.sectionSize(column) > 350
    assert panel.tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    row = panel.tree.topLevelItem(0).child(0)
    assert row.text(1) == LONG and row.toolTip(1) == LONG


def test_quotes_take_two_lines_when_the_list_is_tall(qtbot, make_window,
                                                      report_path) -> None:
    window = make_window((1200, 800))
    _tag_long_quote(qtbot, window, report_path)
    panel = window.tagging.panel
    view = panel.view
    one, two = row_heights(view.fontMetrics())
    qtbot.wait(50)
    assert view.viewport().height() < MIN_ROWS * two  # the first-run list: one line
    assert not panel.quote_rows.wrap and view.rowHeight(0) == one
    dock = window.tagging.panel_dock
    dock.setFloating(True)
    dock.resize(1100, 700)
    qtbot.waitUntil(lambda: panel.quote_rows.wrap)
    two = row_heights(view.fontMetrics())[1]  # a floating dock may have another font
    assert view.rowHeight(0) == view.rowHeight(view.model().rowCount() - 1) == two
    delegate = view.itemDelegateForColumn(QUOTE)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(view.model().index(0, QUOTE))
    option.rect.setWidth(view.fontMetrics().horizontalAdvance(LONG) * 2 // 3)
    lines = delegate.lines(option, view.model().index(0, QUOTE))
    assert len(lines) == 2 and LONG.startswith(lines[0])
    assert view.model().index(0, QUOTE).data(Qt.ItemDataRole.ToolTipRole) == LONG
    dock.setFloating(False)


def test_suggestion_quotes_take_two_lines_only_in_a_tall_pane(qtbot) -> None:
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 200)
    panel.show()
    item = Suggestion("achievement", 0, len(LONG), LONG, 0.5, "k", "section_default",
                      {"section": "一、2024年主要工作及成效"})
    panel.set_suggestions([item], list(DEFAULT_TAGS), "zh")
    tree = panel.tree
    one_line = tree.visualItemRect(tree.topLevelItem(0).child(0)).height()
    assert not panel.quote_rows.wrap
    panel.resize(500, 700)
    qtbot.waitUntil(lambda: panel.quote_rows.wrap)
    two = row_heights(tree.fontMetrics())[1]
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0).child(0)).height() >= two)
    assert tree.visualItemRect(tree.topLevelItem(0).child(0)).height() > one_line
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    index = tree.indexFromItem(tree.topLevelItem(0).child(0), 1)
    option.rect = tree.visualRect(index)
    option.rect.setWidth(tree.fontMetrics().horizontalAdvance(LONG) // 2)
    lines = tree.itemDelegateForColumn(1).lines(option, index)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert tree.topLevelItem(0).child(0).toolTip(1) == LONG
    panel.resize(500, 200)
    qtbot.waitUntil(lambda: not panel.quote_rows.wrap)
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0).child(0)).height() == one_line)


def test_text_before_the_first_heading_has_one_name_everywhere(qtbot, main_window,
                                                               tmp_path) -> None:
    """The annotation list and the suggestions pane name it as the status bar does."""
    from gui.common import labels

    path = tmp_path / "r.txt"
    path.write_text("县工信局2024年工作总结\n今年以来，全县工业经济运行平稳。\n一、主要成效\n"
                    "全年规上工业增加值增长8.5%。\n", encoding="utf-8")
    opened(qtbot, main_window, path)
    text = main_window.report.text
    start = text.index("全县工业经济运行平稳")
    main_window.controller.add_annotation(start, start + 10, "achievement")
    model = main_window.tagging.panel.view.model()
    assert model.data(model.index(0, SECTION)) == labels.status_text("no_section")
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    item = Suggestion("achievement", start, start + 10, text[start:start + 10], 0.9, "k",
                      "section_default", {"section": "—"})
    panel.set_suggestions([item], list(DEFAULT_TAGS), "zh", main_window.outline)
    assert panel.tree.topLevelItem(0).text(0).startswith(labels.status_text("no_section"))


def test_a_long_section_heading_keeps_its_number_and_first_words(qtbot, main_window,
                                                                 report_path) -> None:
    """The narrow section column elides the heading at its end ("（一）工业经…"), not in
    the middle like quotes ("（一…有进" lost the number's bracket and the subject)."""
    _tag_long_quote(qtbot, main_window, report_path)
    view = main_window.tagging.panel.view
    cell = view.model().index(0, SECTION)
    label = view.model().data(cell)
    width = view.horizontalHeader().sectionSize(SECTION) - 8
    assert view.fontMetrics().horizontalAdvance(label) > width  # it must be elided
    option = QStyleOptionViewItem()
    option.textElideMode = view.textElideMode()
    view.itemDelegateForIndex(cell).initStyleOption(option, cell)
    shown = option.fontMetrics.elidedText(option.text, option.textElideMode, width)
    assert shown.endswith("…") and label.startswith(shown[:-1])
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle  # quotes keep both ends
