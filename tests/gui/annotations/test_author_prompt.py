"""The reviewer prompt: at the first tag, when no name was ever given, a small dialog
asks name and unit (remembered in the settings: annotations/author, annotations/unit);
an account name such as "root" is never stamped on an annotation."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.common import messages
from gui.common.author_dialog import AuthorDialog
from gui.common.settings import UiSettings
from tests.gui.tagging_support import opened


def tag_first_sentence(window) -> str | None:
    text = window.report.text
    start = text.index("工业投资稳步增长")
    window.text_view.setTextCursor(window.text_view.cursor_for_offsets(start, start + 8))
    return window.tagging.tag_selection("problem")


def test_first_tag_asks_name_and_unit_once(qtbot, monkeypatch, main_window, report_path,
                                           qsettings: QSettings) -> None:
    asked: list[tuple[str, str]] = []

    def ask(parent, name: str, unit: str) -> tuple[str, str]:
        asked.append((name, unit))
        return "李明", "县审计局"

    monkeypatch.setattr(messages, "ask_author_identity", ask)
    monkeypatch.setattr("getpass.getuser", lambda: "root")
    opened(qtbot, main_window, report_path)
    ident = tag_first_sentence(main_window)
    assert asked == [("", "")]  # "root" is not offered as a name
    assert main_window.controller.annotation_set.get(ident).author == "李明"
    settings = UiSettings(qsettings)
    assert (settings.author_name(), settings.author_unit()) == ("李明", "县审计局")
    assert settings.author_is_set()
    main_window.tagging.tag_selection("commitment")
    assert len(asked) == 1


def test_declined_prompt_is_not_repeated_and_a_set_name_never_asks(
        qtbot, monkeypatch, make_window, report_path, qsettings: QSettings) -> None:
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_author_identity",
                        lambda parent, name, unit: asked.append(name))
    window = make_window()
    opened(qtbot, window, report_path)
    tag_first_sentence(window)
    window.tagging.tag_selection("commitment")
    assert len(asked) == 1 and not UiSettings(qsettings).author_is_set()
    window.close()
    UiSettings(qsettings).set_author_name("王审")
    again = make_window()
    opened(qtbot, again, report_path)
    tag_first_sentence(again)
    assert len(asked) == 1 and again.controller.author == "王审"


def test_generic_account_names_are_no_author(monkeypatch, qsettings: QSettings) -> None:
    settings = UiSettings(qsettings)
    for account, expected in (("root", ""), ("Administrator", ""), ("zhangsan", "zhangsan")):
        monkeypatch.setattr("getpass.getuser", lambda a=account: a)
        assert settings.author_name() == expected


def test_author_dialog_needs_a_name(qtbot) -> None:
    dialog = AuthorDialog("", "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.identity() is None
    dialog.name_edit.setText(" 张明 ")  # (QTest cannot type CJK text)
    dialog.unit_edit.setText("县政府办公室 ")
    assert ok.isEnabled() and dialog.identity() == ("张明", "县政府办公室")


def test_ask_author_identity_returns_what_was_typed(qtbot, monkeypatch) -> None:
    monkeypatch.undo()  # the real dialog (the conftest declines it otherwise)

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, AuthorDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        dialog.name_edit.setText("赵敏")
        dialog.unit_edit.setText("市发改委")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    QTimer.singleShot(20, answer)
    assert messages.ask_author_identity(None, "", "") == ("赵敏", "市发改委")


def test_accepting_a_suggestion_asks_too(qtbot, monkeypatch, main_window, report_path) -> None:
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_author_identity",
                        lambda parent, name, unit: asked.append(name) or ("周审", ""))
    opened(qtbot, main_window, report_path)
    from model.reading.suggestions import Suggestion

    text = main_window.report.text
    start = text.index("工业投资稳步增长")
    item = Suggestion("achievement", start, start + 8, text[start:start + 8], 0.9, "k")
    [ident] = main_window.reading.suggestions.accept([item])
    assert asked == [""] and main_window.controller.annotation_set.get(ident).author == "周审"
