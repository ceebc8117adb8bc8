"""Empty states (issue 17, item 7): with nothing to act on, buttons are greyed out and the
orphans pane is not offered; the re-anchor notice mentions that pane only when it holds
something."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from gui.common import messages
from gui.common.settings import UiSettings
from model.annotations import DEFAULT_TAGS
from model.reading.suggestions import Suggestion
from tests.gui.tagging_support import opened

#: Push buttons that work with no report open (none so far).
BUTTONS_WITHOUT_REPORT: set[str] = set()


def _usable_buttons(window) -> set[str]:
    return {b.text() for b in window.findChildren(QPushButton)
            if b.isVisibleTo(window) and b.isEnabled()}


def test_every_button_that_needs_a_report_is_greyed_out_without_one(main_window,
                                                                    report_path) -> None:
    """As test_every_action_that_needs_a_report_is_greyed_out_without_one, for the panes'
    buttons (采纳 / 驳回 / 采纳此标签的全部建议 looked usable)."""
    w = main_window
    assert _usable_buttons(w) <= BUTTONS_WITHOUT_REPORT
    w.open_report(report_path)
    w.close_report()
    assert _usable_buttons(w) <= BUTTONS_WITHOUT_REPORT


def test_suggestion_buttons_follow_the_chosen_row(qtbot, main_window) -> None:
    panel = main_window.reading.suggestions_panel
    buttons = (panel.accept_button, panel.reject_button, panel.accept_kind_button)
    assert not any(b.isEnabled() for b in buttons)
    items = [Suggestion("problem", i * 10, i * 10 + 5, f"句子{i}", 0.5, f"k{i}",
                        "section_default", {"section": "二、"}) for i in range(3)]
    panel.set_suggestions(items, list(DEFAULT_TAGS), "en")
    assert not any(b.isEnabled() for b in buttons)  # nothing chosen yet: nothing to act on
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(1))  # under its section
    assert all(b.isEnabled() for b in buttons)
    panel.set_suggestions([], list(DEFAULT_TAGS), "en")
    assert not any(b.isEnabled() for b in buttons)


def test_the_orphans_pane_is_offered_only_with_something_in_it(qtbot, qsettings, make_window,
                                                               report_path) -> None:
    window = make_window()
    window.tagging.orphan_dock.show()  # left open last time
    window.close()
    again = make_window()
    dock = again.tagging.orphan_dock
    assert UiSettings(qsettings).window_state() is not None
    assert not dock.isVisible()
    opened(qtbot, again, report_path)
    assert not dock.isVisible()


def test_the_orphans_pane_appears_with_an_orphan(qtbot, monkeypatch, make_window,
                                                 report_path) -> None:
    window = make_window()
    opened(qtbot, window, report_path)
    text = window.report.text
    window.controller.add_annotation(0, text.index("\n"), "question")
    window.close()
    report_path.write_text(text.replace(text[:text.index("\n")], "关于全县工业运行情况"), "utf-8")
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, body: infos.append(body))
    again = make_window()
    t = opened(qtbot, again, report_path)
    assert t.orphan_dock.isVisible()
    assert "own pane" in infos[0]
    again.close_report()
    assert not t.orphan_dock.isVisible()


def test_the_reanchor_notice_names_no_pane_without_orphans(qtbot, monkeypatch, make_window,
                                                           report_path) -> None:
    window = make_window()
    opened(qtbot, window, report_path)
    text = window.report.text
    start = text.index("企业效益持续改善")
    window.controller.add_annotation(start, start + 8, "achievement")
    window.close()
    report_path.write_text("前言一句。\n" + text, "utf-8")
    infos: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, body: infos.append(body))
    again = make_window()
    t = opened(qtbot, again, report_path)
    assert len(infos) == 1 and "1 moved" in infos[0]
    assert "pane" not in infos[0] and not t.orphan_dock.isVisible()
