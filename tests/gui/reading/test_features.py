"""Reading features: jieba double-click, growing selections, keywords, formulations,
suggested tags, the user dictionary and the background worker."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer

from gui.common import messages
from gui.viewer.outline_model import OutlineModel
from model.sidecar.store import sidecar_path
from tests.gui.reading_support import REPORT, big_text, open_and_wait, wait_search, write_report


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    win = make_window((1000, 700))
    open_and_wait(qtbot, win, write_report(tmp_path))
    return win


def point_of(view, offset: int) -> QPoint:
    """The middle of the character at `offset`, in viewport coordinates."""
    cursor = view.cursor_for_offsets(offset, offset)
    rect = view.cursorRect(cursor)
    width = view.fontMetrics().horizontalAdvance("中")
    return QPoint(rect.x() + width // 2 + 1, rect.center().y())


def test_double_click_selects_the_jieba_word(qtbot, window):
    view = window.text_view
    offset = REPORT.index("创新能力") + 1  # 新
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, offset))
    start, end = view.selection_offsets()
    assert REPORT[start:end] == "创新能力"  # not the whole run 企业创新能力不足
    assert (start, end) == window.reading.word_span(offset)


def test_grow_and_shrink_selection(window):
    view, reading = window.text_view, window.reading
    offset = REPORT.index("产业链条") + 1
    view.setTextCursor(view.cursor_for_offsets(offset, offset))
    steps = []
    for _ in range(4):
        reading.grow_action.trigger()
        start, end = view.selection_offsets()
        steps.append(REPORT[start:end])
    word = reading.word_span(offset)
    assert steps[0] == REPORT[word[0]:word[1]] == "产业链"
    assert steps[1] == "一些企业工作风险较大，产业链条仍需延伸，企业创新能力不足，人才短缺问题依然突出。"
    section = REPORT[REPORT.index("（一）存在困难"):REPORT.index("三、下步打算")].strip()
    assert steps[2].strip() == section
    assert steps[3].startswith("二、存在的问题")
    reading.shrink_action.trigger()
    reading.shrink_action.trigger()
    start, end = view.selection_offsets()
    assert REPORT[start:end] == steps[1]
    assert [s.toString() for s in reading.grow_action.shortcuts()] == ["Alt+Shift+Right"]


def test_keywords_panel_and_click_searches(qtbot, window):
    panel = window.reading.keywords
    words = [panel.document_list.item(i).text() for i in range(panel.document_list.count())]
    # the stop list and the official documents' common words drop boilerplate
    assert "两个维护" in words and "工作" not in words and "发展" not in words
    item = panel.document_list.findItems("两个维护", Qt.MatchFlag.MatchExactly)[0]
    panel.document_list.itemClicked.emit(item)
    bar = window.reading.find_bar
    assert bar.isVisible() and bar.query() == "两个维护"
    wait_search(qtbot, window)  # counted in the background
    assert len(window.reading.search.hits) == REPORT.count("两个维护")
    start, end = window.text_view.selection_offsets()
    assert REPORT[start:end] == "两个维护"


def test_a_keywords_tooltip_says_what_a_click_does_in_the_interface_language(
        zh_cn, qtbot, make_window, tmp_path):
    """It said "TF-IDF 0.126": jargon, and English in the Chinese interface."""
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    panel = window.reading.keywords
    item = panel.document_list.findItems("两个维护", Qt.MatchFlag.MatchExactly)[0]
    assert item.toolTip().startswith("点击在报告中查找“两个维护”")
    assert "TF-IDF" not in item.toolTip()


def test_section_keywords_follow_the_reading_position(window):
    offset = REPORT.index("人才短缺")
    window.text_view.position_changed.emit(offset)
    panel = window.reading.keywords
    assert "存在困难" in panel.section_title.text()
    section_words = [panel.section_list.item(i).text() for i in range(panel.section_list.count())]
    assert "人才" in section_words or "短缺" in section_words


def test_the_section_list_is_named_before_and_after_a_report(make_window, window):
    """With no report (at start, after Close Report) the section's keyword list stood
    under the whole report's without a caption."""
    assert make_window().reading.keywords.section_title.text() == "This section"
    window.close_report()
    assert window.reading.keywords.section_title.text() == "This section"
    assert window.reading.keywords.section_list.count() == 0


def test_outline_tooltip_lists_section_keywords(window):
    model: OutlineModel = window.outline_pane.model
    index = model.index(1, 0)  # 二、存在的问题
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("二、存在的问题")
    assert len(tip.splitlines()) == 2


def test_formulations_index_cycles_through_places(window):
    tree = window.reading.keywords.formulation_tree
    first = tree.topLevelItem(0)
    assert first.text(0) == "“两个维护”" and first.text(1) == "×3"
    places = []
    for _ in range(4):
        tree.itemClicked.emit(first, 0)
        places.append(window.text_view.selection_offsets())
    starts = [REPORT.index("两个维护")]
    while len(starts) < 3:
        starts.append(REPORT.index("两个维护", starts[-1] + 1))
    assert [p[0] for p in places] == [*starts, starts[0]]


def test_suggestions_accept_and_undo(window):
    feature, controller = window.reading.suggestions, window.controller
    panel = window.reading.suggestions_panel
    assert len(panel.listed()) == len(feature.shown) > 0
    layer = window.text_view.extra_selection_layers.layer("suggestions")
    assert len(layer) == len(feature.shown)
    problem = next(s for s in feature.shown if s.tag == "problem")
    assert "仍需" in problem.reason or "不足" in problem.reason
    panel.select_key(problem.key)
    panel.accept_button.click()
    made = [a for a in controller.annotation_set if a.tag == "problem"]
    assert [(a.start, a.end) for a in made] == [(problem.start, problem.end)]
    assert problem.key not in [s.key for s in feature.shown]
    controller.undo_stack.undo()
    assert len(controller.annotation_set) == 0
    assert problem.key in [s.key for s in feature.shown]


def test_accept_all_of_a_kind(window):
    feature, controller = window.reading.suggestions, window.controller
    tag = feature.shown[0].tag
    expected = sorted((s.start, s.end) for s in feature.shown if s.tag == tag)
    window.reading.suggestions_panel.select_key(feature.shown[0].key)
    window.reading.suggestions_panel.accept_kind_button.click()
    assert sorted((a.start, a.end) for a in controller.annotation_set) == expected
    assert all(s.tag != tag for s in feature.shown)
    assert controller.undo_stack.count() == 1


def test_rejected_suggestion_stays_gone_after_reopening(qtbot, window, tmp_path):
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    victim = feature.shown[0]
    panel.select_key(victim.key)
    panel.tree.setFocus()
    panel.reject_button.click()
    assert victim.key not in [s.key for s in feature.shown]
    assert window.controller.save_now()
    stored = json.loads(sidecar_path(tmp_path / "报告.txt").read_text(encoding="utf-8"))
    assert victim.key in stored["rejected_suggestions"]
    open_and_wait(qtbot, window, write_report(tmp_path, "其他.txt"))
    open_and_wait(qtbot, window, tmp_path / "报告.txt")
    assert feature.shown and victim.key not in [s.key for s in feature.shown]
    window.controller.undo_stack.undo()  # history is per opening: nothing comes back
    assert victim.key not in [s.key for s in feature.shown]


def test_reject_is_undoable_and_underlines_toggle(window):
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    count = len(feature.shown)
    panel.select_key(feature.shown[0].key)
    panel.reject_button.click()
    assert len(feature.shown) == count - 1
    window.controller.undo_stack.undo()
    assert len(feature.shown) == count
    panel.underline_box.setChecked(False)
    assert window.text_view.extra_selection_layers.layer("suggestions") == []
    panel.underline_box.setChecked(True)
    assert len(window.text_view.extra_selection_layers.layer("suggestions")) == count


def test_user_word_is_added_between_runs(qtbot, window, monkeypatch, yuepi_user_dirs):
    offset = REPORT.index("人才短缺")
    assert window.reading.word_span(offset) != (offset, offset + 4)
    view = window.text_view
    view.setTextCursor(view.cursor_for_offsets(offset, offset + 4))
    asked = []
    monkeypatch.setattr(messages, "ask_user_word",
                        lambda parent, word: asked.append(word) or word)
    with qtbot.waitSignal(window.session.analysis_changed, timeout=20000):
        window.reading.add_word_action.trigger()
    assert asked == ["人才短缺"]
    assert window.reading.word_span(offset) == (offset, offset + 4)
    saved = (yuepi_user_dirs / "userdict.txt").read_text(encoding="utf-8")
    assert saved.startswith("人才短缺 ")


def test_worker_keeps_the_ui_responsive(qtbot, make_window, tmp_path):
    window = make_window((900, 600))
    path = write_report(tmp_path, "大报告.txt", big_text(600))  # ≈ 110,000 characters
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    progress: list[str] = []
    window.reading.jobs.progress.connect(
        lambda _job, _pct: progress.append(window.reading.progress_label.text()))
    timer.start()
    open_and_wait(qtbot, window, path)
    timer.stop()
    assert len(ticks) > 5  # the event loop kept running while the worker segmented
    assert any(text.startswith(("Segmenting", "正在分词")) for text in progress)
    assert window.reading.progress_label.isHidden()
    assert len(window.reading.analysis.suggestions) > 600


def test_superseded_analysis_is_dropped(qtbot, make_window, tmp_path):
    window = make_window((900, 600))
    first = write_report(tmp_path, "甲.txt", big_text(300))
    second = write_report(tmp_path, "乙.txt")
    shown = []
    window.session.analysis_changed.connect(lambda analysis: shown.append(analysis.report.path))
    assert window.open_report(first)
    open_and_wait(qtbot, window, second)
    window.reading.jobs.wait()
    qtbot.wait(50)
    assert [p.name for p in shown] == ["乙.txt"]
    assert window.reading.analysis.report.path.name == "乙.txt"


def test_suggestion_keys_enter_accepts_delete_rejects(qtbot, window):
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    window.activateWindow()
    first, second = panel.listed()[0], panel.listed()[1]  # as listed: by section, best first
    assert {first.key, second.key} <= {s.key for s in feature.shown}
    panel.select_key(first.key)
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert first.key in window.controller.annotation_set.rejected_suggestions
    assert panel.current().key == second.key  # the next one takes its place
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert [(a.start, a.end) for a in window.controller.annotation_set] == \
        [(second.start, second.end)]


def test_suggestion_reasons_are_chinese_in_the_chinese_ui(zh_cn, qtbot, make_window, tmp_path):
    win = make_window((1000, 700))
    open_and_wait(qtbot, win, write_report(tmp_path))
    tree = win.reading.suggestions_panel.tree
    rows = [tree.topLevelItem(g).child(c) for g in range(tree.topLevelItemCount())
            for c in range(tree.topLevelItem(g).childCount())]
    reasons = {row.data(0, Qt.ItemDataRole.UserRole).key: row.text(2) for row in rows}
    shown = {s.key: s for s in win.reading.suggestions.shown}
    problem = next(s for s in shown.values() if "仍需" in s.quote)
    assert reasons[problem.key].startswith("“存在困难”部分中的提示词“仍需")
    plan = next(s for s in shown.values() if "力争" in s.quote)
    assert reasons[plan.key].startswith("“重点工作”部分中的提示词“力争、确保")
    assert not any(word in text for text in reasons.values()
                   for word in ("cue ", "under ", "section ", "target ", "result "))


def test_suggestion_reason_labels_in_english():
    from gui.common.labels import suggestion_reason

    args = {"cues": "仍需、不足", "section": "存在困难", "target": "5%左右"}
    assert suggestion_reason("cue_under_section", args) \
        == "cue 仍需、不足 under 存在困难; target 5%左右"
    assert suggestion_reason("section_default", {"section": "下步打算"}) == "section 下步打算"
    assert suggestion_reason("unknown", {"figure": "14个"}) == "figure 14个"


def test_every_reason_fact_of_the_model_has_a_label():
    """A fact the suggester adds (model/reading/reasons.py) is shown, not dropped."""
    from gui.common.labels import FACT_TEXTS, suggestion_reason
    from model.reading.reasons import FACT_KEYS

    assert set(FACT_KEYS) <= set(FACT_TEXTS)
    assert suggestion_reason("unknown", {"resolution": "一定加以解决"}) \
        == "resolution 一定加以解决"


def test_background_work_waits_for_the_texts_first_paint(qtbot, make_window, tmp_path):
    """jieba's dictionary must not take the GIL from the first layout and paint: with a
    report open in a shown window, nothing starts before the text view has painted."""
    window = make_window((900, 600))
    reading = window.reading
    started = []
    reading.jobs.start_loading = lambda: started.append(True)  # type: ignore[method-assign]
    window.text_view.setUpdatesEnabled(False)  # no paint yet
    assert window.open_report(write_report(tmp_path))
    qtbot.wait(400)  # more than BACKGROUND_DELAY_MS
    assert started == [] and not reading._painted
    window.text_view.setUpdatesEnabled(True)
    qtbot.waitUntil(lambda: started == [True], timeout=3000)
    assert reading._painted


def test_background_work_waits_for_the_annotations_read_in_the_background(
        qtbot, make_window, tmp_path, monkeypatch):
    """A large sidecar is read in a worker thread while the report opens: the dictionaries
    (a second worker wanting the GIL) start only once its annotations are applied."""
    import time

    import gui.annotations.sidecar_loads as loads

    path = write_report(tmp_path)
    first = make_window((900, 600))
    first.open_report(path)
    first.controller.add_annotation(0, 4, "problem")
    assert first.controller.save_now()
    first.close()
    read = loads.read_sidecar

    def slow(*args: object) -> object:
        time.sleep(0.6)  # a large sidecar
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(loads, "read_sidecar", slow)
    window = make_window((900, 600))
    reading, c = window.reading, window.controller
    c.async_sidecar_bytes = 0
    started: list[bool] = []
    reading.jobs.start_loading = lambda: started.append(c.loading)  # type: ignore[method-assign]
    reading._loading_started = False
    assert window.open_report(path)
    assert c.loading
    qtbot.wait(400)  # more than BACKGROUND_DELAY_MS: still reading
    assert started == []
    qtbot.waitUntil(lambda: started == [False], timeout=5000)
    assert len(c.annotation_set) == 1
