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


@pytest.fixture
def english(qapp) -> object:
    """The English interface as the application installs it (its plural forms)."""
    translators = i18n.install_translators(qapp, "en")
    assert len(translators) == 1, "yuepi_en.qm did not load"
    yield
    i18n.remove_translators(qapp, translators)


def test_english_counts_take_the_singular_and_the_plural(english) -> None:
    """"%n page(s)" showed as "1 page(s)": the English plural forms come from yuepi_en
    (tools/english_plurals.py), for tr() and QCoreApplication.translate alike."""
    from PySide6.QtCore import QCoreApplication

    def printed(n: int) -> str:
        return QCoreApplication.translate("HandoffFeature", "Printed %n page(s).", "", n)

    assert (printed(1), printed(3)) == ("Printed 1 page.", "Printed 3 pages.")
    loaded = QCoreApplication.translate("TaggingFeature", "%n annotation(s) loaded.", "", 1)
    assert loaded == "1 annotation loaded."
    hidden = QCoreApplication.translate(
        "SuggestionsPanel", "%n suggestion(s) score below %1: lower the minimum score to see "
        "them.", "", 1)
    assert hidden == "1 suggestion scores below %1: lower the minimum score to see it."


def test_the_find_bar_counts_one_match(english, main_window, report_path) -> None:
    """"1 matches" before any hit was chosen (the count the bar shows then)."""
    main_window.open_report(report_path)
    search = main_window.reading.search
    search.bar.edit.setText("一、主要工作及成效")
    search.hits, search.current = [(0, 1)], -1
    search._update_count()
    assert search.bar.count_label.text() == "1 match"


def test_every_counted_text_has_english_forms() -> None:
    """Every message counting with %n and a bracketed plural ending has both English forms,
    none of them bracketed."""
    from tools.english_plurals import plural_messages

    counted = set(plural_messages(ET.parse(TS).getroot()))
    assert ("HandoffFeature", "Printed %n page(s).") in counted
    english = ET.parse(resources.translation_dir() / "yuepi_en.ts").getroot()
    found = {}
    for context in english.iter("context"):
        for message in context.iter("message"):
            forms = [f.text for f in message.iter("numerusform")]
            found[(context.findtext("name"), message.findtext("source"))] = forms
    assert set(found) == counted
    for forms in found.values():
        assert len(forms) == 2 and not any("(s)" in f or "(es)" in f for f in forms)
    assert resources.app_translation("en").is_file()


def test_every_literal_text_reaches_the_translation() -> None:
    """pyside6-lupdate skipped a translate() whose count was a call (len(…)) or an
    attribute, and a tr() inside an f-string: those texts stayed English in Chinese."""
    import ast
    from pathlib import Path

    import gui

    root = ET.parse(TS).getroot()
    known = {(c.findtext("name"), m.findtext("source"))
             for c in root.iter("context") for m in c.iter("message")}
    sources = {source for _name, source in known}
    missed = []
    for path in sorted(Path(gui.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            texts = [a.value for a in node.args[:2]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name == "translate" and len(texts) == 2:
                ok = tuple(texts) in known
            elif name == "tr" and texts and isinstance(node.args[0], ast.Constant):
                ok = texts[0] in sources
            else:
                continue
            if not ok:
                missed.append(f"{path.name}:{node.lineno}")
    assert missed == []


@pytest.mark.parametrize("mode", ["AcceptSave", "AcceptOpen"])
def test_the_file_dialogs_labels_are_chinese(zh_cn, qtbot, mode) -> None:
    """Qt's own file dialog (no desktop file dialog, as under X11 without a desktop):
    every label Chinese, not just the ones qtbase_zh_CN.qm still knows."""
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "", "", "Word (*.docx)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(getattr(QFileDialog.AcceptMode, mode))
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)
             if label.text()}
    assert {"lookInLabel", "fileNameLabel", "fileTypeLabel"} <= set(texts)
    assert [t for t in texts.values() if re.search("[A-Za-z]{2,}", t)] == []
