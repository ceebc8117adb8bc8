"""Qt's own texts that its Chinese translation (qtbase_zh_CN.qm) lacks for the Qt we ship.

Marked here so pyside6-lupdate copies them into our .ts under Qt's context; Qt asks every
installed translator, so ours answers where qtbase's has no entry. Qt 6.11 gave the file
dialog's labels access keys ("Look in:" became "&Look in:"), and the shipped
qtbase_zh_CN.qm still has only the old texts: the save and open dialogs showed English
labels in the Chinese interface. tests/gui/common/test_i18n.py opens the dialogs.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
