"""The per-tag conflict chooser shown when an import defines a tag differently."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from gui.handoff import dialogs as handoff_dialogs
from gui.handoff.dialogs import TagConflictDialog
from model.annotations import Tag
from model.sidecar.merge import TagConflict

MINE = Tag("problem", "问题", "Problem", "#e5484d", 1)
THEIRS = Tag("problem", "问题", "Problem", "#123456", 3)
CONFLICT = TagConflict("problem", MINE, THEIRS, None)


def test_dialog_defaults_to_mine_and_reports_theirs(qtbot) -> None:
    dialog = TagConflictDialog(CONFLICT, "zh", "张三")
    qtbot.addWidget(dialog)
    assert dialog.choice() == "mine"
    assert "#123456" in dialog.theirs_button.text() and "张三" in dialog.theirs_button.text()
    dialog.theirs_button.click()
    assert dialog.choice() == "theirs"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ask_tag_conflicts_asks_once_per_tag(monkeypatch) -> None:
    other = TagConflict("measure", Tag("measure", "举措", "Measure", "#f76b15"),
                        Tag("measure", "措施", "Measure", "#f76b15"), None)
    answers = iter([("theirs", True), ("mine", True)])

    def fake_exec(self: TagConflictDialog) -> int:
        choice, ok = next(answers)
        (self.theirs_button if choice == "theirs" else self.mine_button).setChecked(True)
        return QDialog.DialogCode.Accepted if ok else QDialog.DialogCode.Rejected

    monkeypatch.setattr(TagConflictDialog, "exec", fake_exec)
    assert handoff_dialogs.ask_tag_conflicts(None, [CONFLICT, other], "zh") == {
        "problem": "theirs", "measure": "mine"}
    monkeypatch.setattr(TagConflictDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert handoff_dialogs.ask_tag_conflicts(None, [CONFLICT], "zh") is None
