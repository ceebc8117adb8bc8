"""The find bar: word-aware search, width folding, counts, moving, regex errors, notes,
the results list."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.common import labels
from tests.gui.reading_support import REPORT, open_and_wait, wait_search, write_report


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    win = make_window((1000, 700))
    open_and_wait(qtbot, win, write_report(tmp_path))
    return win


def search(qtbot, window, query: str, mode: str = "plain") -> list[tuple[int, int]]:
    bar = window.reading.find_bar
    window.reading.open_find()
    bar.set_mode(mode)
    bar.edit.setText(query)
    wait_search(qtbot, window)
    return window.reading.search.hits


def test_whole_word_search_follows_jieba_words(qtbot, window):
    fengxian = REPORT.index("工作风险") + 2
    plain = search(qtbot, window, "作风", "plain")
    assert (fengxian - 1, fengxian + 1) in plain  # 工[作风]险 is a plain hit …
    words = search(qtbot, window, "作风", "word")
    assert (fengxian - 1, fengxian + 1) not in words  # … but not a word
    assert words and all(REPORT[s:s + 4] == "作风建设" for s, _ in words)
    assert window.reading.find_bar.count_label.text() == f"1 / {len(words)}"


def test_full_width_query_finds_half_width(qtbot, window):
    hits = search(qtbot, window, "（一）")
    assert (REPORT.index("(一)"), REPORT.index("(一)") + 3) in hits
    assert len(hits) == REPORT.count("（一）") + 1


def test_typing_goes_to_first_hit_and_f3_moves(qtbot, window):
    hits = search(qtbot, window, "两个维护")
    assert len(hits) == 3
    view, reading = window.text_view, window.reading
    assert view.selection_offsets() == hits[0]
    assert "F3" in [s.toString() for s in reading.find_next_action.shortcuts()]
    assert "Shift+F3" in [s.toString() for s in reading.find_previous_action.shortcuts()]
    reading.find_next_action.trigger()
    assert view.selection_offsets() == hits[1]
    assert reading.find_bar.count_label.text() == "2 / 3"
    qtbot.keyClick(reading.find_bar.edit, Qt.Key.Key_Return)
    assert view.selection_offsets() == hits[2]
    qtbot.keyClick(reading.find_bar.edit, Qt.Key.Key_Return)  # wraps around
    assert view.selection_offsets() == hits[0]
    qtbot.keyClick(reading.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_offsets() == hits[2]
    reading.find_previous_action.trigger()
    assert view.selection_offsets() == hits[1]


def test_hits_are_painted_and_escape_closes(qtbot, window):
    hits = search(qtbot, window, "企业")
    layer = window.text_view.extra_selection_layers.layer("search")
    assert len(layer) == len(hits) == REPORT.count("企业")
    qtbot.keyClick(window.reading.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.reading.find_bar.isVisible()
    assert window.text_view.extra_selection_layers.layer("search") == []


def test_bad_regex_is_shown_in_the_bar(qtbot, window):
    """Shown inside the query field: the count stays where it was, in sight (issue 17.9)."""
    bar = window.reading.find_bar
    widgets = (bar.edit, bar.count_label, bar.prev_button, bar.list_button, bar.close_button)
    assert search(qtbot, window, "增长zz", "regex") == []  # no match, no error
    qtbot.wait(20)
    places = [w.geometry() for w in widgets]
    assert search(qtbot, window, "增长(", "regex") == []
    qtbot.wait(20)
    assert [w.geometry() for w in widgets] == places  # nothing moved
    assert not bar.error_label.isHidden() and bar.edit.isAncestorOf(bar.error_label)
    assert bar.error() == labels.error_text("search_bad_regex")
    assert bar.edit.toolTip() == bar.error()
    assert bar.count_label.text() == "No matches" and bar.count_label.isVisible()
    hits = search(qtbot, window, r"增长\d+(\.\d+)?%", "regex")
    assert [REPORT[s:e] for s, e in hits] == ["增长8.6%", "增长7%"]
    assert bar.error_label.isHidden()


def test_no_stale_highlight_after_typing_a_word_with_no_matches(qtbot, window):
    """"工" selects its first hit as it is typed; "工x" has none: nothing stays selected."""
    view, bar = window.text_view, window.reading.find_bar
    window.reading.open_find()
    bar.set_mode("plain")
    bar.edit.insert("工")  # typed (QTest types ASCII only)
    wait_search(qtbot, window)
    assert view.selection_offsets() is not None
    qtbot.keyClicks(bar.edit, "xyz")
    wait_search(qtbot, window)
    assert window.reading.search.hits == []
    assert view.selection_offsets() is None
    assert view.extra_selection_layers.layer("search") == []
    assert bar.count_label.text() == "No matches"


def test_results_list_shows_sections_and_jumps(qtbot, window):
    hits = search(qtbot, window, "两个维护")
    window.reading.find_bar.list_button.click()
    assert window.reading.results_dock.isVisible()
    results = window.reading.results
    assert results.topLevelItemCount() == 3
    last = results.row(2)
    assert last.section.startswith("三、下步打算")
    assert "两个维护" in last.context
    results.itemClicked.emit(results.topLevelItem(2), 0)
    assert window.text_view.selection_offsets() == hits[2]
    assert window.reading.find_bar.count_label.text() == "3 / 3"


def test_notes_are_searched_too(qtbot, window):
    controller = window.controller
    start = REPORT.index("产业链条")
    ident = controller.add_annotation(start, start + 4, "problem")
    controller.set_note(ident, "请核实链条延伸的进度")
    bar = window.reading.find_bar
    search(qtbot, window, "进度")
    assert window.reading.search.hits == []
    bar.notes_box.setChecked(True)
    wait_search(qtbot, window)
    bar.list_button.click()  # the list is filled when it is in sight
    results = window.reading.results
    rows = [results.row(i) for i in range(results.topLevelItemCount())]
    assert [r.annotation_id for r in rows] == [ident]
    assert "in notes" in bar.count_label.text() or "备注" in bar.count_label.text()
    window.reading.search.go_to_row(rows[0])
    assert window.text_view.selection_offsets() == (start, start + 4)


def test_opening_the_bar_keeps_the_outline_width_in_a_narrow_window(qtbot, window):
    """In a window whose text column is narrower than the bar on one line, the bar puts
    its options on a second line instead of pushing the outline pane aside."""
    window.resize(900, 700)
    qtbot.wait(20)
    before = window.splitter.sizes()
    bar = window.reading.find_bar
    window.reading.open_find()
    qtbot.wait(20)
    assert window.splitter.sizes() == before
    assert bar.width() <= window.text_column.width()
    for widget in (bar.edit, bar.count_label, bar.prev_button, bar.next_button,
                   bar.mode_combo, bar.case_box, bar.notes_box, bar.list_button,
                   bar.close_button):
        assert widget.isVisible()
        assert bar.rect().contains(widget.geometry()), widget
    assert bar.edit.width() >= 120


def test_the_bar_is_one_line_when_the_text_column_is_wide(qtbot, window):
    window.resize(1600, 700)
    window.splitter.setSizes([200, 1400])
    window.reading.open_find()
    qtbot.wait(20)
    bar = window.reading.find_bar
    assert bar.mode_combo.geometry().top() < bar.edit.geometry().bottom()
