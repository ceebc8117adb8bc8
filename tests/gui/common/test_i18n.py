"""Interface language: Chinese menus, a complete .ts, Qt's own buttons, error labels."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui.common import i18n, labels, resources
from model.errors import MESSAGES

TS = resources.translation_dir() / "yuepi_zh_CN.ts"


@pytest.mark.parametrize(("requested", "system", "expected"), [
    (None, "zh_CN", "zh_CN"), (None, "zh_TW", "zh_CN"), (None, "en_US", "en"),
    (None, "de_DE", "en"), ("en", "zh_CN", "en"), ("zh_CN", "en_US", "zh_CN"),
    ("zh-CN", "C", "zh_CN"), ("fr", "zh_CN", "zh_CN"),
])
def test_choose_language(requested, system, expected) -> None:
    assert i18n.choose_language(requested, system) == expected


def test_menus_are_chinese(zh_cn, main_window) -> None:
    titles = [a.text() for a in main_window.menuBar().actions() if a.isVisible()]
    assert titles[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert main_window.empty_label.text() == "打开报告（Ctrl+O），或将文件拖放到这里"
    assert main_window.outline_pane.filter_edit.placeholderText() == "筛选标题"


def test_every_message_in_the_ts_is_translated() -> None:
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert messages
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert resources.app_translation("zh_CN").is_file()


def test_qt_standard_buttons_are_translated(zh_cn, qtbot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    message = QMessageBox(QMessageBox.Icon.Warning, "t", "x",
                          QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Cancel).text() == "取消"


def test_every_model_error_code_has_a_label() -> None:
    assert set(MESSAGES) <= set(labels.ERROR_TEXTS)


def test_error_labels_translate(zh_cn) -> None:
    for code in MESSAGES:
        text = labels.error_text(code)
        assert text and text != labels.ERROR_TEXTS[code], code
    assert labels.section_path([]) == "正文开头"
    assert labels.status_text("char_count", count="1,024") == "1,024 字"


def test_qt_file_dialogs_are_translated(zh_cn) -> None:
    from PySide6.QtCore import QCoreApplication

    for source, chinese in (("Look in:", "查找范围："), ("Files of type:", "文件类型：")):
        assert QCoreApplication.translate("QFileDialog", source) == chinese


def test_qt_translations_are_found(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Where QLibraryInfo points at a folder without qtbase (a relocated bundle), the copy
    inside the PySide6 package is used."""
    from PySide6.QtCore import QLibraryInfo

    assert (resources.qt_translation_dir() / "qtbase_zh_CN.qm").is_file()
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: str(tmp_path)))
    assert (resources.qt_translation_dir() / "qtbase_zh_CN.qm").is_file()
