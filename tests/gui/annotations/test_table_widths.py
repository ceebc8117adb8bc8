"""The annotation and suggestion tables use their width (issue 17, item 5): text columns
stretch, long text is elided in the middle with all of it in the tooltip, the section
column names the section (not only "一、"), and the first-run list shows six rows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from gui.annotations.table_model import NOTE, QUOTE, SECTION, TAG
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
    row = panel.tree.topLevelItem(0)
    assert row.text(1) == LONG and row.toolTip(1) == LONG
