"""View › Interface Language: the interface language can be chosen in the window (the
setting app.run reads at start was written by nothing), and it says when it applies."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from gui.common import i18n
from gui.common.settings import UiSettings


def _choices(window) -> dict[str, object]:
    return {a.data(): a for a in window.language_menu.actions()}


def test_the_language_is_chosen_in_the_view_menu(main_window, qsettings: QSettings) -> None:
    window = main_window
    window.complete()
    assert window.language_menu.menuAction() in window.view_menu.actions()
    choices = _choices(window)
    assert set(choices) == {"", "zh_CN", "en"}
    assert choices[""].isChecked()  # nothing saved: the system's language
    choices["zh_CN"].trigger()
    assert UiSettings(qsettings).language() == "zh_CN"
    assert i18n.choose_language(UiSettings(qsettings).language(), "en_US") == "zh_CN"
    assert "next time" in window.statusBar().currentMessage()
    assert [v for v, a in choices.items() if a.isChecked()] == ["zh_CN"]
    choices[""].trigger()
    assert UiSettings(qsettings).language() is None


def test_the_saved_language_is_checked_in_a_new_window(make_window,
                                                       qsettings: QSettings) -> None:
    UiSettings(qsettings).set_language("en")
    window = make_window()
    window.complete()
    assert [v for v, a in _choices(window).items() if a.isChecked()] == ["en"]


def test_choosing_the_language_shown_says_so(main_window, qsettings: QSettings) -> None:
    """Choosing English in an English window said it "changes the next time Yuepi
    starts": nothing changes, and the message says that instead."""
    window = main_window
    window.complete()
    _choices(window)["en"].trigger()
    assert UiSettings(qsettings).language() == "en"
    assert window.statusBar().currentMessage() == "Yuepi already shows this language."
    _choices(window)["zh_CN"].trigger()
    assert "next time" in window.statusBar().currentMessage()
