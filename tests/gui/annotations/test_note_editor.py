"""NoteEditor: shows the current annotation, commits notes on idle and focus-out."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from gui.annotations.controller import Controller
from gui.annotations.note_editor import NoteEditor
from tests.gui.tagging_support import TEXT, open_controller, span_of


@pytest.fixture
def env(qtbot, tmp_path: Path):  # noqa: ANN201
    controller = open_controller(tmp_path)
    editor = NoteEditor(controller, idle_ms=30)
    qtbot.addWidget(editor)
    editor.show()
    ident = controller.add_annotation(*span_of(TEXT, "财政收支矛盾突出"), "problem")
    return controller, editor, ident


def test_disabled_without_annotation(env) -> None:  # noqa: ANN001
    _, editor, _ = env
    assert not editor.isEnabled()


def test_shows_tag_quote_section(env) -> None:  # noqa: ANN001
    _, editor, ident = env
    editor.set_annotation(ident)
    assert editor.isEnabled()
    assert editor.header.text() == "问题 · 一、总体情况 › （一）存在问题"
    assert "财政收支矛盾突出" in editor.quote.text()


def test_typing_commits_after_idle_as_one_undo_step(qtbot, env) -> None:  # noqa: ANN001
    controller, editor, ident = env
    editor.set_annotation(ident)
    steps = controller.undo_stack.count()
    editor.editor.setFocus()
    editor.editor.insertPlainText("需要")  # keyClicks only takes ASCII
    qtbot.waitUntil(lambda: controller.annotation_set.get(ident).note == "需要")
    editor.editor.insertPlainText("核实")
    qtbot.waitUntil(lambda: controller.annotation_set.get(ident).note == "需要核实")
    assert controller.undo_stack.count() == steps + 1


def test_focus_out_commits(qtbot, env) -> None:  # noqa: ANN001
    controller, editor, ident = env
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    editor.set_annotation(ident)
    editor.activateWindow()
    editor.editor.setFocus()
    editor.editor.setPlainText("第一行\n第二行")
    editor.editor.clearFocus()  # sends FocusOut
    assert controller.annotation_set.get(ident).note == "第一行\n第二行"


def test_switching_annotation_commits_pending_note(env) -> None:  # noqa: ANN001
    controller, editor, ident = env
    other = controller.add_annotation(*span_of(TEXT, "创新能力"), "problem")
    editor.set_annotation(ident)
    editor.editor.setPlainText("待查")
    editor.set_annotation(other)
    assert controller.annotation_set.get(ident).note == "待查"
    assert editor.editor.toPlainText() == ""


def test_follows_undo_and_deletion(env) -> None:  # noqa: ANN001
    controller, editor, ident = env
    controller.set_note(ident, "旧")
    editor.set_annotation(ident)
    assert editor.editor.toPlainText() == "旧"
    controller.undo_stack.undo()
    assert editor.editor.toPlainText() == ""
    controller.remove([ident])
    assert not editor.isEnabled() and editor.annotation_id == ""


def test_focus_note_request(qtbot, env) -> None:  # noqa: ANN001
    _, editor, ident = env
    editor.set_annotation(ident)
    editor.activateWindow()
    editor.focus_note()
    qtbot.waitUntil(editor.editor.hasFocus)


def test_controller_type(env) -> None:  # noqa: ANN001
    assert isinstance(env[0], Controller)


def test_a_long_quote_takes_two_lines_and_leaves_room_for_the_note(qtbot, tmp_path) -> None:
    """A quote of a whole paragraph is shown on two lines of the pane's width (the second
    elided), its full text in the tooltip; wrapped in full it overflowed the narrow pane
    and squeezed the note under it."""
    paragraph = "全面落实各项工作部署，" * 30 + "取得明显成效。"
    controller = open_controller(tmp_path, "一、总体情况\n" + paragraph + "\n")
    editor = NoteEditor(controller, idle_ms=30)
    qtbot.addWidget(editor)
    editor.resize(260, 320)
    editor.show()
    ident = controller.add_annotation(*span_of("一、总体情况\n" + paragraph, paragraph),
                                      "problem")
    editor.set_annotation(ident)
    qtbot.wait(10)
    quote = editor.quote
    lines = quote.text().splitlines()
    assert 1 <= len(lines) <= 2
    assert lines[0].startswith("“全面落实") and lines[-1].endswith("…")
    width = quote.contentsRect().width()
    assert all(quote.fontMetrics().horizontalAdvance(line) <= width for line in lines)
    assert quote.height() >= len(lines) * quote.fontMetrics().lineSpacing()
    assert paragraph in quote.toolTip()
    assert editor.editor.height() >= editor.editor.minimumSizeHint().height()


def test_the_quote_is_fitted_again_when_the_pane_grows(qtbot, tmp_path) -> None:
    paragraph = "推进重点项目建设，" * 30
    controller = open_controller(tmp_path, "一、总体情况\n" + paragraph + "\n")
    editor = NoteEditor(controller, idle_ms=30)
    qtbot.addWidget(editor)
    editor.resize(200, 320)
    editor.show()
    editor.set_annotation(controller.add_annotation(7, 7 + len(paragraph), "problem"))
    qtbot.wait(10)
    narrow = len(editor.quote.text())
    editor.resize(600, 320)
    qtbot.wait(10)
    assert len(editor.quote.text()) > narrow


def test_tab_leaves_the_note_instead_of_typing_a_tab(qtbot, env) -> None:  # noqa: ANN001
    """Tab and Shift+Tab move on from the note like from every other field (a tab
    character in a note is never wanted, and the key trapped keyboard users there)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    _, editor, ident = env
    editor.set_annotation(ident)
    editor.activateWindow()
    editor.editor.setFocus()
    qtbot.waitUntil(editor.editor.hasFocus)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Tab)
    assert "\t" not in editor.editor.toPlainText()
    assert QApplication.focusWidget() is not editor.editor
    assert editor.isAncestorOf(QApplication.focusWidget())  # the follow-up fields under it
