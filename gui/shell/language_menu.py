"""View › Interface Language: the saved language setting (ui/language), which app.run
reads at start. The interface language is decided once per run (gui/shell/app.py), so a
new choice applies when Yuepi starts again: the reviewer is asked whether to restart now
(on the same reports: gui/shell/restart.py) or later; `--lang` still overrides the
setting for one run."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from gui.common import i18n
from gui.common.languages import normalize
from gui.common.settings import UiSettings

#: (setting, name): "" follows the system; the languages named in their own language.
CHOICES = (("zh_CN", "简体中文"), ("en", "English"))


def build_language_menu(parent: QMenu, settings: UiSettings,
                        announce: Callable[[str], None], current: str = "", *,
                        restart: Callable[[], None] | None = None) -> QMenu:
    """The submenu under `parent`: one checked choice, saved at once; `announce` shows
    when it takes effect (`current`: the language shown now, "zh"/"en", as tag labels
    name it). With `restart`, a choice that changes the language asks whether to restart
    now (then `restart()` is called) or later."""
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "Interface &Language"), parent)
    menu.setObjectName("language_menu")
    parent.addMenu(menu)
    group = QActionGroup(menu)
    saved = normalize(settings.language() or "") or ""
    for value, name in (("", QCoreApplication.translate("LanguageMenu", "Follow the &System")),
                        *CHOICES):
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(value == saved)
        action.setData(value)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(
        lambda action: _choose(settings, str(action.data()), announce, current,
                               restart, parent.parentWidget()))
    return menu


def _choose(settings: UiSettings, value: str, announce: Callable[[str], None],
            current: str, restart: Callable[[], None] | None,
            window: QWidget | None) -> None:
    settings.set_language(value or None)
    after = i18n.choose_language(value or None, i18n.system_locale_name())
    if current and i18n.tag_language(after) == current:  # it said "changes" for no change
        announce(QCoreApplication.translate(
            "LanguageMenu", "Yuepi already shows this language."))
        return
    if restart is not None and ask_restart(window):
        restart()
        return
    announce(QCoreApplication.translate(
        "LanguageMenu", "The interface language changes the next time Yuepi starts."))


def ask_restart(parent: QWidget | None) -> bool:
    """Whether to restart Yuepi now for the new language (Restart Now) or not (Later, the
    default: the reviewer may be in the middle of something)."""
    from gui.common.messages import ask_question

    translate = QCoreApplication.translate
    return ask_question(
        parent, translate("LanguageMenu", "Interface Language"),
        translate("LanguageMenu", "The new interface language is shown once Yuepi restarts."),
        translate("LanguageMenu", "Restart Now saves your annotations, closes the windows "
                  "and opens the same reports again. Later keeps working in this language "
                  "until the next start."),
        [("now", translate("LanguageMenu", "&Restart Now"), QMessageBox.ButtonRole.AcceptRole),
         ("later", translate("LanguageMenu", "&Later"), QMessageBox.ButtonRole.RejectRole)],
        default="later") == "now"
