"""Where bundled files live: the only module that knows the resources/ folder."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo


def base_dir() -> Path:
    """resources/ next to the package, or inside a frozen bundle (PyInstaller's _MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return root / "resources"


def translation_dir() -> Path:
    return base_dir() / "i18n"


def app_translation(lang: str) -> Path:
    """Our compiled translation for a language, e.g. resources/i18n/yuepi_zh_CN.qm."""
    return translation_dir() / f"yuepi_{lang}.qm"


def qt_translation_dir() -> Path:
    """Qt's own translations (qtbase_zh_CN.qm …) shipped inside PySide6."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def style_sheet() -> str:
    """The application style sheet, or "" when the file is missing."""
    path = base_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def samples_dir() -> Path:
    return base_dir() / "samples"
