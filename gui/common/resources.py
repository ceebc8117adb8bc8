"""The window's bundled files (translations, style sheet, samples) inside the resources
folder that model.paths finds, in a checkout or a frozen bundle."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QLibraryInfo

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

from model.paths import resources_dir


def translation_dir() -> Path:
    return resources_dir() / "i18n"


def app_translation(lang: str) -> Path:
    """Our compiled translation for a language, e.g. resources/i18n/yuepi_zh_CN.qm."""
    return translation_dir() / f"yuepi_{lang}.qm"


def qt_translation_dir() -> Path:
    """Qt's own translations (qtbase_zh_CN.qm …: file dialogs, standard buttons) shipped
    inside PySide6: where QLibraryInfo says, else PySide6/Qt/translations (a bundle whose
    qt.conf points elsewhere)."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(reported.glob("qtbase_*.qm")):
        return reported
    packaged = Path(PySide6.__file__).parent / "Qt" / "translations"
    return packaged if packaged.is_dir() else reported


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon() -> QIcon:
    """The window and task-bar icon: the PNG sizes drawn for small sizes (crisp at 16 px),
    the SVG for everything else (high DPI). Made after the first window's first paint:
    QIcon's Python type alone (its 151 theme icon names) costs ~2 ms of start-up."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(icons_dir().glob("yuepi-*.png")):
        icon.addFile(str(png))
    svg = icons_dir() / "yuepi.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def style_sheet() -> str:
    """The application style sheet, or "" when the file is missing."""
    path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def samples_dir() -> Path:
    return resources_dir() / "samples"
