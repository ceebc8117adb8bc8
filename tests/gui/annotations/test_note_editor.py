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
