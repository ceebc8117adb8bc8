"""Choosing and installing the interface language (our .qm plus Qt's own qtbase)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from gui.common import resources
from gui.common.languages import SUPPORTED, normalize

__all__ = ["SUPPORTED", "choose_language", "install_translators", "remove_translators",
           "system_locale_name", "tag_language"]


def choose_language(requested: str | None, system_locale: str) -> str:
    """--lang (checked by the launcher) or the saved setting wins when it names a
    supported language; otherwise Chinese systems get Simplified Chinese and everything
    else English."""
    chosen = normalize(requested) if requested else None
    if chosen:
        return chosen
    return "zh_CN" if system_locale.lower().startswith("zh") else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install translators for `lang`; returns them so the caller keeps them alive.

    English is the source language: it needs only its plural forms (yuepi_en: "1 page",
    "2 pages" for the source's "%n page(s)"; tools/english_plurals.py).
    """
    installed: list[QTranslator] = []
    ours = (f"yuepi_{lang}", str(resources.translation_dir()))
    candidates = (ours,) if lang == "en" else (
        (f"qtbase_{lang}", str(resources.qt_translation_dir())), ours)
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def tag_language(lang: str) -> str:
    """The language of tag labels ("zh"/"en") for an interface language (zh_CN, en)."""
    return "zh" if lang.lower().startswith("zh") else "en"


def system_locale_name() -> str:
    return QLocale.system().name()
