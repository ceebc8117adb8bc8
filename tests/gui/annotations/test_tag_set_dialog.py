"""TagSetDialog: edits go through the controller as one undo step; removal asks first."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from gui.annotations import tag_set_dialog
from gui.annotations.controller import Controller
from gui.annotations.tag_set_dialog import TagSetDialog
from tests.gui.tagging_support import TEXT, open_controller, span_of


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Controller:
    return open_controller(tmp_path)


@pytest.fixture
def dialog(qtbot, controller: Controller) -> TagSetDialog:
    widget = TagSetDialog(controller)
    qtbot.addWidget(widget)
    return widget


def ids(controller: Controller) -> list[str]:
    return [t.id for t in controller.annotation_set.tags]


def test_add_rename_and_apply_is_one_step(dialog: TagSetDialog, controller: Controller) -> None:
    dialog.add_tag()
    dialog.label_zh.clear()
    dialog.label_zh.insert("亮点")  # insert() emits textEdited like typing does
    dialog.label_en.clear()
    dialog.label_en.insert("Highlight")
    steps = controller.undo_stack.count()
    assert dialog.apply()
    tag = controller.annotation_set.tags[-1]
    assert (tag.label_zh, tag.label_en, tag.key) == ("亮点", "Highlight", 7)
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    assert len(controller.annotation_set.tags) == 6


def test_recolour_uses_patched_picker(monkeypatch, dialog: TagSetDialog,
                                      controller: Controller) -> None:
    monkeypatch.setattr(tag_set_dialog, "pick_color", lambda parent, initial: QColor("#010203"))
    dialog.list.setCurrentRow(1)
    dialog.recolour()
    dialog.apply()
    assert controller.annotation_set.tags[1].color == "#010203"


def test_cancelled_picker_changes_nothing(monkeypatch, dialog: TagSetDialog,
                                          controller: Controller) -> None:
    monkeypatch.setattr(tag_set_dialog, "pick_color", lambda parent, initial: None)
    dialog.recolour()
    assert not dialog.apply()


def test_reorder_renumbers_keys(dialog: TagSetDialog, controller: Controller) -> None:
    dialog.list.setCurrentRow(0)
    dialog.move(1)
    dialog.apply()
    assert ids(controller)[:2] == ["commitment", "problem"]
    assert controller.tag("problem").key == 2
    assert dialog.current_row() == 1


def test_remove_unused_tag_does_not_ask(monkeypatch, dialog: TagSetDialog,
                                        controller: Controller) -> None:
    monkeypatch.setattr(tag_set_dialog, "choose_removal",
                        lambda *a: pytest.fail("asked about an unused tag"))
    dialog.list.setCurrentRow(5)
    dialog.remove_current()
    dialog.apply()
    assert "question" not in ids(controller)


def test_remove_tag_in_use_reassigns(monkeypatch, dialog: TagSetDialog,
                                     controller: Controller) -> None:
    ident = controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    asked = []

    def choose(parent, tag, count, others, lang):  # noqa: ANN001, ANN202
        asked.append((tag.id, count, [t.id for t in others]))
        return ("reassign", "question")

    monkeypatch.setattr(tag_set_dialog, "choose_removal", choose)
    dialog.list.setCurrentRow(0)
    dialog.remove_current()
    steps = controller.undo_stack.count()
    assert dialog.apply()
    assert asked == [("problem", 1, ["commitment", "achievement", "measure", "figure",
                                     "question"])]
    assert controller.annotation_set.get(ident).tag == "question"
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    assert controller.annotation_set.get(ident).tag == "problem" and "problem" in ids(controller)


def test_remove_tag_in_use_deletes_annotations(monkeypatch, dialog: TagSetDialog,
                                               controller: Controller) -> None:
    ident = controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    monkeypatch.setattr(tag_set_dialog, "choose_removal", lambda *a: ("delete", None))
    dialog.list.setCurrentRow(0)
    dialog.remove_current()
    dialog.apply()
    assert ident not in controller.annotation_set


def test_cancelled_removal_keeps_tag(monkeypatch, dialog: TagSetDialog,
                                     controller: Controller) -> None:
    controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    monkeypatch.setattr(tag_set_dialog, "choose_removal", lambda *a: None)
    dialog.list.setCurrentRow(0)
    dialog.remove_current()
    assert [t.id for t in dialog.tags][0] == "problem"
    assert not dialog.apply()


def test_chained_removal_follows_reassignment(monkeypatch, dialog: TagSetDialog,
                                              controller: Controller) -> None:
    ident = controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    answers = iter([("reassign", "question"), ("reassign", "figure")])
    monkeypatch.setattr(tag_set_dialog, "choose_removal", lambda *a: next(answers))
    dialog.list.setCurrentRow(0)
    dialog.remove_current()  # problem → question
    dialog.list.setCurrentRow(len(dialog.tags) - 1)
    dialog.remove_current()  # question → figure (it now holds problem's annotation)
    dialog.apply()
    assert controller.annotation_set.get(ident).tag == "figure"


def test_use_as_default(qtbot, dialog: TagSetDialog, controller: Controller) -> None:
    dialog.add_tag()
    with qtbot.waitSignal(controller.default_tags_chosen) as blocker:
        dialog.buttons["default"].click()
    assert len(blocker.args[0]) == 7


def test_edit_classmethod(monkeypatch, qtbot, controller: Controller) -> None:
    def fake_exec(self: TagSetDialog) -> int:
        self.move(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TagSetDialog, "exec", fake_exec)
    assert TagSetDialog.edit(None, controller)
    assert ids(controller)[:2] == ["commitment", "problem"]
    monkeypatch.setattr(TagSetDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not TagSetDialog.edit(None, controller)


def test_new_tag_english_name_is_english_in_a_chinese_window(
        zh_cn: None, dialog: TagSetDialog, controller: Controller) -> None:
    dialog.add_tag()
    assert dialog.apply()
    tag = controller.annotation_set.tags[-1]
    assert (tag.label_zh, tag.label_en) == ("新标签", "New tag")


def _mnemonic(text: str) -> str | None:
    """The letter after a single & (None without one)."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_field_and_button_has_an_alt_key(request, lang, qtbot,
                                               controller: Controller) -> None:
    """The dialog is worked from the keyboard like the export dialog: each name field's
    label and each button carries a letter of its own (添加/颜色…/上移… had none)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    if lang == "zh":
        request.getfixturevalue("zh_cn")
    dialog = TagSetDialog(controller)
    qtbot.addWidget(dialog)
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
              if label.buddy() is not None}
    texts = [labels.get(dialog.label_zh, ""), labels.get(dialog.label_en, ""),
             *(button.text() for button in dialog.buttons.values())]
    keys = [_mnemonic(text) for text in texts]
    assert None not in keys and len(set(keys)) == len(keys), texts
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, _mnemonic(labels[dialog.label_en]),
                   Qt.KeyboardModifier.AltModifier)
    assert dialog.label_en.hasFocus()
