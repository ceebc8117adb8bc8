"""The Suggestions pane lists fewer, ranked suggestions: grouped by top-level section, the
best first in each, above a remembered threshold and at most DEFAULT_PER_SECTION per
section unless "Show all" is ticked — the `suggest` verb's rule (model.reading.ranking)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from gui.reading.suggestions import LAYER
from gui.reading.suggestions_panel import SuggestionsPanel
from model.annotations import DEFAULT_TAGS
from model.reading.ranking import DEFAULT_MIN_SCORE, DEFAULT_PER_SECTION
from model.reading.suggestions import Suggestion
from tests.gui.reading_support import REPORT, open_and_wait, write_report

#: Fourteen clear results in one section (more than the cap), then a problem.
CROWDED = "\n".join(
    ["县工信局2024年工作总结", "一、主要工作及成效"]
    + [f"全年第{i + 1}项工程完成投资{i + 3}.5亿元，同比增长{i + 2}.{i}%，建成投运{i + 1}个项目。"
       for i in range(14)]
    + ["二、存在的问题", "产业链条仍需延伸，企业创新能力不足，人才短缺问题依然突出。"]) + "\n"


def _underlined(window) -> int:
    return len(window.text_view.extra_selection_layers.layer(LAYER))


def test_the_slider_hides_lower_scores_and_is_remembered(qtbot, make_window, tmp_path) -> None:
    path = write_report(tmp_path, text=REPORT)
    window = make_window((1000, 700))
    assert window.reading.suggestions_panel.min_score() == DEFAULT_MIN_SCORE  # the default
    window.reading.suggestions_panel.set_min_score(0.0)
    open_and_wait(qtbot, window, path)
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    low = min(s.score for s in feature.shown)
    assert low < 0.8 < max(s.score for s in feature.shown)
    window.activateWindow()
    panel.score_slider.setFocus()
    qtbot.waitUntil(panel.score_slider.hasFocus)
    for _ in range(8):  # by keyboard: Page Up moves a tenth
        qtbot.keyClick(panel.score_slider, Qt.Key.Key_PageUp)
    assert panel.min_score() == 0.8 and panel.score_value.text() == "0.80"
    assert feature.shown and all(s.score >= 0.8 for s in feature.shown)
    assert any(s.score < 0.8 for s in feature.pending)  # hidden, not gone
    assert [s.key for s in panel.suggestions()] == [s.key for s in feature.shown]
    assert _underlined(window) == len(feature.shown)  # the underlines follow

    second = make_window((1000, 700))  # a new window starts where the reader left it
    assert second.reading.suggestions_panel.min_score() == 0.8
    open_and_wait(qtbot, second, write_report(tmp_path, "另一份.txt", REPORT))
    shown = second.reading.suggestions.shown
    assert shown and min(s.score for s in shown) >= 0.8

    panel.set_min_score(0.0)
    assert min(s.score for s in feature.shown) == low
    assert make_window(None).reading.suggestions_panel.min_score() == 0.0


def test_grouped_by_section_the_best_first(qtbot, make_window, tmp_path) -> None:
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path, text=REPORT))
    tree = window.reading.suggestions_panel.tree
    groups = [tree.topLevelItem(g) for g in range(tree.topLevelItemCount())]
    assert [g.text(0).rsplit(" (", 1)[0] for g in groups] == \
        ["一、主要工作及成效", "二、存在的问题", "三、下步打算"]
    listed = []
    for group in groups:
        scores = [group.child(c).data(0, Qt.ItemDataRole.UserRole).score
                  for c in range(group.childCount())]
        assert scores == sorted(scores, reverse=True)
        assert group.text(0).endswith(f" ({group.childCount()})")
        listed += [group.child(c).data(0, Qt.ItemDataRole.UserRole)
                   for c in range(group.childCount())]
    assert sorted(s.key for s in listed) == sorted(s.key for s in window.reading.suggestions.shown)


def test_ranking_within_a_section_and_section_rows_are_not_choices(qtbot) -> None:
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    items = [Suggestion("measure", i * 10, i * 10 + 5, f"句子{i}", score, f"k{i}")
             for i, score in enumerate([0.3, 0.9, 0.5, 0.9])]
    panel.set_suggestions(items, list(DEFAULT_TAGS), "en")
    assert [s.key for s in panel.listed()] == ["k1", "k3", "k2", "k0"]  # ties: text order
    assert panel.tree.topLevelItem(0).text(0) == "Whole text (4)"  # no outline
    assert panel.suggestions() == items  # document order, as given
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))  # the section row
    assert panel.current() is None and panel.selected() == []
    assert not panel.accept_button.isEnabled()
    panel.set_suggestions(items[:1] + items[2:], list(DEFAULT_TAGS), "en")  # k1 accepted
    assert [s.key for s in panel.listed()] == ["k3", "k2", "k0"]


def test_the_cap_per_section_and_show_all(qtbot, make_window, tmp_path) -> None:
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path, text=CROWDED))
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    results = [s for s in feature.pending if "工程" in s.quote]
    assert len(results) == 14
    capped = [s for s in feature.shown if "工程" in s.quote]
    assert len(capped) == DEFAULT_PER_SECTION
    assert any("仍需" in s.quote for s in feature.shown)  # another section keeps its own
    assert _underlined(window) == len(feature.shown)
    panel.show_all_box.click()
    assert len([s for s in feature.shown if "工程" in s.quote]) == 14
    assert _underlined(window) == len(feature.shown) == len(panel.listed())
    panel.show_all_box.click()
    assert [s for s in feature.shown if "工程" in s.quote] == capped
    # accepting one lets the next best of its section in: the cap counts what is pending
    feature.accept([capped[0]])
    assert len([s for s in feature.shown if "工程" in s.quote]) == DEFAULT_PER_SECTION
