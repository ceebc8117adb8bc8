"""What a new user's keyboard trial found: tag digits in the outline and the suggestions
list (not only in the text), and File › Compare With… with a key of its own."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui.shell.shortcuts_dialog import collect
from tests.gui.reading_support import open_and_wait, write_report
from tests.gui.shell.test_shortcut_collisions import collisions
from tests.gui.tagging_support import opened


def _focus(qtbot, widget) -> None:  # noqa: ANN001
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_digit_in_the_outline_says_how_to_tag(qtbot, main_window, report_path) -> None:
    """1–9 in the outline did nothing: now they say to select a passage in the text and
    press the digit there (the outline tags nothing: choosing a heading selects it)."""
    opened(qtbot, main_window, report_path)
    view = main_window.outline_pane.view
    view.setCurrentIndex(view.model().index(0, 0))
    _focus(qtbot, view)
    bar = main_window.statusBar()
    bar.clearMessage()
    qtbot.keyClick(view, Qt.Key.Key_1)
    problem = main_window.controller.tag("problem")
    assert problem is not None and problem.key == 1
    assert bar.currentMessage() == ("To tag as " + problem.label("en")
                                    + ": select a passage in the text, then press 1.")
    assert len(main_window.controller.annotation_set) == 0
    qtbot.keyClick(view, Qt.Key.Key_8)  # no tag has 8: the text's message
    assert "No tag has the key 8" in bar.currentMessage()
    assert len(main_window.controller.annotation_set) == 0
    edit = main_window.outline_pane.filter_edit  # the filter box above still takes digits
    _focus(qtbot, edit)
    qtbot.keyClicks(edit, "12")
    assert edit.text() == "12"


def test_the_outline_message_is_chinese_in_the_chinese_ui(zh_cn, qtbot, make_window,
                                                         report_path) -> None:
    window = make_window()
    opened(qtbot, window, report_path)
    view = window.outline_pane.view
    _focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert "在正文中选中" in window.statusBar().currentMessage()


def test_a_digit_in_the_suggestions_accepts_with_that_tag(qtbot, make_window,
                                                          tmp_path) -> None:
    """A tag's digit on a suggestion tags its passage with that tag; suggested with
    another tag, the suggestion is rejected too (it leaves the list, as an accepted one
    does). One undo step takes both back and the suggestion is listed again."""
    window = make_window((1000, 700))
    open_and_wait(qtbot, window, write_report(tmp_path))
    feature, panel = window.reading.suggestions, window.reading.suggestions_panel
    controller = window.controller
    first = panel.listed()[0]
    other = next(t for t in controller.annotation_set.tags if t.id != first.tag)
    panel.select_key(first.key)
    _focus(qtbot, panel.tree)
    qtbot.keyClick(panel.tree, Qt.Key.Key_0 + other.key)
    made = list(controller.annotation_set)
    assert [(a.start, a.end, a.tag) for a in made] == [(first.start, first.end, other.id)]
    assert first.key not in [s.key for s in feature.shown]
    assert first.key in controller.annotation_set.rejected_suggestions
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert len(controller.annotation_set) == 0
    assert not controller.annotation_set.rejected_suggestions
    assert first.key in [s.key for s in feature.shown]
    controller.undo_stack.redo()
    assert [a.tag for a in controller.annotation_set] == [other.id]
    controller.undo_stack.undo()
    # its own tag's digit is a plain accept
    same = controller.tag(first.tag)
    panel.select_key(first.key)
    _focus(qtbot, panel.tree)
    qtbot.keyClick(panel.tree, Qt.Key.Key_0 + same.key)
    assert [(a.start, a.end, a.tag) for a in controller.annotation_set] == \
        [(first.start, first.end, first.tag)]
    assert first.key not in controller.annotation_set.rejected_suggestions
    assert controller.undo_stack.count() == 1  # the undone step replaced
    window.statusBar().clearMessage()
    _focus(qtbot, panel.tree)
    qtbot.keyClick(panel.tree, Qt.Key.Key_9)  # no tag has 9: said, nothing accepted
    assert "No tag has the key 9" in window.statusBar().currentMessage()
    assert len(controller.annotation_set) == 1


def test_compare_with_has_a_key_of_its_own_listed_in_the_shortcuts(main_window) -> None:
    action = main_window.compare_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+M")
    assert collisions(main_window) == []
    groups = dict(collect(main_window, "Other"))
    assert ("Compare With…", action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)) in groups["File"]


def test_compare_with_key_opens_the_choice(qtbot, main_window, monkeypatch) -> None:
    from gui.shell import compare_entry

    asked = []
    monkeypatch.setattr(compare_entry, "compare_with", lambda window, *_a, **_k:
                        asked.append(window))
    _focus(qtbot, main_window.text_view)
    qtbot.keyClick(main_window.text_view, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [main_window]
