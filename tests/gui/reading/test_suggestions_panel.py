"""SuggestionsPanel: the list follows changes row by row and keeps the reader's place."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from gui.reading.suggestions_panel import SuggestionsPanel
from model.annotations import DEFAULT_TAGS
from model.reading.suggestions import Suggestion
from tests.gui.reading_support import REPORT, open_and_wait, write_report


def _items(n: int) -> list[Suggestion]:
    return [Suggestion("problem" if i % 2 else "commitment", i * 10, i * 10 + 5, f"句子{i}",
                       0.5, f"k{i}", "section_default", {"section": "二、存在的问题"})
            for i in range(n)]


def _rows(panel: SuggestionsPanel) -> list[tuple[str, ...]]:
    """Every row as shown: section rows and, under each, its suggestions."""
    tree, rows = panel.tree, []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        rows.append((group.text(0),))
        rows += [tuple(group.child(r).text(c) for c in range(4))
                 for r in range(group.childCount())]
    return rows


def _row(panel: SuggestionsPanel, index: int):
    """The `index`th suggestion row as shown."""
    return panel.sections.rows()[index]


@pytest.fixture
def panel(qtbot) -> SuggestionsPanel:
    widget = SuggestionsPanel()
    qtbot.addWidget(widget)
    return widget


def test_incremental_update_equals_a_fresh_list(qtbot, panel: SuggestionsPanel) -> None:
    items = _items(30)
    tags = list(DEFAULT_TAGS)
    panel.set_suggestions(items, tags, "zh")
    row_of_second = _row(panel, 1)
    subset = [s for i, s in enumerate(items) if i % 3]  # some leave
    panel.set_suggestions(subset, tags, "zh")
    again = [s for i, s in enumerate(items) if i % 3 or i == 6]  # one comes back
    panel.set_suggestions(again, tags, "zh")
    fresh = SuggestionsPanel()
    qtbot.addWidget(fresh)
    fresh.set_suggestions(again, tags, "zh")
    assert _rows(panel) == _rows(fresh)
    assert panel.suggestions() == again
    assert _row(panel, 0) is row_of_second  # kept rows are not rebuilt


def test_current_row_stays_and_no_jump_is_requested(qtbot, panel: SuggestionsPanel) -> None:
    items = _items(10)
    panel.set_suggestions(items, list(DEFAULT_TAGS), "en")
    panel.tree.setCurrentItem(_row(panel, 4))
    with qtbot.assertNotEmitted(panel.show_requested):
        panel.set_suggestions(items[:4] + items[5:], list(DEFAULT_TAGS), "en")
    assert panel.current() is items[5]  # the one that took the accepted one's place


def test_language_change_rebuilds_labels(panel: SuggestionsPanel) -> None:
    items = _items(4)
    panel.set_suggestions(items, list(DEFAULT_TAGS), "en")
    assert _rows(panel)[1][0] == "Commitment"
    panel.set_suggestions(items, list(DEFAULT_TAGS), "zh")
    assert _rows(panel)[1][0] == "承诺"


def test_tag_column_fits_the_longest_tag_name_in_each_language(panel: SuggestionsPanel) -> None:
    tags = list(DEFAULT_TAGS)
    panel.set_suggestions(_items(4), tags, "en")
    metrics = panel.tree.fontMetrics()
    longest = max(metrics.horizontalAdvance(t.label("en")) for t in tags)
    assert panel.tree.columnWidth(0) > longest
    english = panel.tree.columnWidth(0)
    panel.set_suggestions(_items(4), tags, "zh")
    assert max(metrics.horizontalAdvance(t.label("zh")) for t in tags) \
        < panel.tree.columnWidth(0) < english


def test_the_current_reason_is_shown_whole_under_a_narrow_list(qtbot,
                                                                 panel: SuggestionsPanel) -> None:
    """In a dock 260 px wide the reason column shows a few characters ("c…元"); the current
    row's whole reason is written out, wrapped, under the list."""
    items = [Suggestion("achievement", 0, 20, "规模以上工业总产值完成186.3亿元", 0.97, "k0",
                        "cue_under_section",
                        {"cues": "完成", "section": "2024年主要工作及成效",
                         "result": "完成186.3亿元"})]
    panel.resize(260, 400)
    panel.show()
    panel.set_suggestions(items, list(DEFAULT_TAGS), "en")
    assert not panel.reason_label.isVisible()  # nothing chosen yet
    row = _row(panel, 0)
    reason = row.toolTip(2)
    assert "完成186.3亿元" in reason and "2024年主要工作及成效" in reason
    assert panel.tree.isColumnHidden(2)  # it would show a few characters of it
    panel.tree.setCurrentItem(row)
    assert panel.reason_label.isVisible()
    assert panel.reason_label.text() == f"Why: {reason}"
    assert panel.reason_label.wordWrap()
    assert panel.reason_label.width() <= panel.width()
    panel.set_suggestions([], list(DEFAULT_TAGS), "en")  # accepted: no row is current
    assert not panel.reason_label.isVisible()


def test_an_empty_list_says_what_the_threshold_hides(qtbot, panel: SuggestionsPanel) -> None:
    """At a minimum score of 0.99 the list was simply empty, as if there were none."""
    panel.show()
    panel.set_min_score(0.99)
    panel.set_suggestions([], list(DEFAULT_TAGS), "en", held_back=26)
    assert panel.reason_label.isVisible()
    assert panel.reason_label.text() == ("26 suggestion(s) score below 0.99: lower the "
                                         "minimum score to see them.")
    panel.set_suggestions(_items(2), list(DEFAULT_TAGS), "en")  # lowered: rows again
    assert not panel.reason_label.isVisible()
    panel.set_suggestions([], list(DEFAULT_TAGS), "en")  # none at all: nothing to say
    assert not panel.reason_label.isVisible()


def test_the_feature_hands_over_how_many_the_threshold_hides(qtbot, make_window,
                                                           tmp_path) -> None:
    window = make_window((1000, 700))
    window.reading.suggestions_panel.set_min_score(0.0)
    open_and_wait(qtbot, window, write_report(tmp_path, text=REPORT))
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    assert feature.shown and not panel.reason_label.isVisibleTo(panel)
    panel.set_min_score(1.0)  # above every score
    assert panel.listed() == [] and feature.pending
    assert panel.reason_label.isVisibleTo(panel)
    assert panel.reason_label.text().startswith(
        f"{len(feature.pending)} suggestion(s) score below 1.00")


def test_a_narrow_list_gives_the_reason_column_to_the_quote(qtbot,
                                                            panel: SuggestionsPanel) -> None:
    """In the first-run 300-pixel dock the quote had two characters and the reason three
    ("c…列", in English beside "Achievement"): narrow, the reason column goes (the current
    row's reason is under the list), wide it comes back."""
    items = [Suggestion("achievement", 0, 20, "规模以上工业总产值完成186.3亿元", 0.97, "k0",
                        "cue_under_section", {"cues": "完成", "section": "主要工作",
                                              "result": "完成186.3亿元"})]
    panel.resize(300, 400)
    panel.show()
    panel.set_suggestions(items, list(DEFAULT_TAGS), "en")
    quote = panel.tree.columnWidth(1)
    assert panel.tree.isColumnHidden(2)
    assert quote >= panel.tree.fontMetrics().horizontalAdvance("规模以上工业")
    panel.resize(700, 400)
    qtbot.waitUntil(lambda: not panel.tree.isColumnHidden(2))
    assert panel.tree.columnWidth(2) > 100


def _controls(panel: SuggestionsPanel) -> list:
    return [panel.accept_button, panel.reject_button, panel.underline_box,
            panel.accept_kind_button, panel.show_all_box]


def _place(panel: SuggestionsPanel, widget: QWidget) -> QRect:
    """A control's rectangle in the pane's coordinates (the buttons sit in a box)."""
    return QRect(widget.mapTo(panel, QPoint(0, 0)), widget.size())


def _whole_and_apart(panel: SuggestionsPanel) -> None:
    """Every control inside the pane at its full width, none over another, the slider
    under them and the list under the slider."""
    inside = panel.contentsRect()
    shown = [_place(panel, w) for w in _controls(panel)]
    for widget, rect in zip(_controls(panel), shown):
        assert inside.contains(rect), widget.text()
        assert widget.width() >= widget.sizeHint().width(), widget.text()
    for i, one in enumerate(shown):
        assert not any(one.intersects(o) for o in shown[i + 1:])
    slider = _place(panel, panel.score_slider)
    assert slider.top() > max(r.bottom() for r in shown)
    assert _place(panel, panel.tree).top() > slider.bottom()


@pytest.mark.parametrize("width", [170, 230, 300])
def test_every_control_is_whole_in_a_narrow_pane(qtbot, panel: SuggestionsPanel,
                                                 width: int) -> None:
    """The buttons and boxes wrap onto more lines rather than run off the pane's right
    edge ("Underline in text" and "Show all" were cut off in a narrow dock)."""
    from gui.reading.feature import MIN_DOCK_WIDTH

    panel.setMinimumWidth(MIN_DOCK_WIDTH)  # as in its dock: narrower than its hint
    panel.resize(width, 420)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: _whole_and_apart(panel), timeout=3000)  # the layout settled


@pytest.mark.parametrize("width", [160, 180])
def test_a_narrow_and_short_dock_keeps_room_for_the_wrapped_lines(qtbot, width: int) -> None:
    """In a dock both narrow and short (under another dock, in a low window) the wrapped
    lines ran over the slider and the list, the last ones cut off: the lines' height
    for the pane's width is kept as its minimum, so the dock takes that room."""
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QTextEdit

    from gui.reading.feature import MIN_DOCK_WIDTH

    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QTextEdit(window))
    above = QDockWidget("above", window)
    above.setWidget(QTextEdit(above))
    dock = QDockWidget("Suggestions", window)
    panel = SuggestionsPanel(dock)
    panel.setMinimumWidth(MIN_DOCK_WIDTH)
    dock.setWidget(panel)
    for each in (above, dock):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, each)
    window.resize(700, 300)
    window.show()
    qtbot.waitExposed(window)
    window.resizeDocks([above, dock], [width, width], Qt.Orientation.Horizontal)
    window.resizeDocks([above, dock], [400, 40], Qt.Orientation.Vertical)  # as short as may be

    def settled() -> None:
        assert panel.width() <= width + 1
        _whole_and_apart(panel)

    qtbot.waitUntil(settled, timeout=3000)


def test_a_wide_pane_keeps_the_controls_on_few_lines(qtbot, panel: SuggestionsPanel) -> None:
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    assert len({w.geometry().top() for w in _controls(panel)}) == 1
