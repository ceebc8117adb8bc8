"""File › Export review…: the options dialog, the save dialog, every format parsed back."""
from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui.handoff.export_dialog import ExportDialog, ExportOptions
from model.annotations import AnnotationSet, Tag, make_annotation
from tests.gui.handoff_support import NASTY_NOTE, annotate, open_handoff_window, patch_export

ALL_TAGS = ("problem", "commitment", "achievement", "measure", "figure", "question")


def _options(fmt: str, **kw: object) -> ExportOptions:
    base = dict(fmt=fmt, tags=ALL_TAGS, authors=None, include_notes=True, lang="zh")
    base.update(kw)
    return ExportOptions(**base)  # type: ignore[arg-type]


@pytest.fixture
def window(make_window, tmp_path: Path) -> object:
    w = open_handoff_window(make_window, tmp_path)
    annotate(w, "项目储备不足", "problem", NASTY_NOTE, author="张三")
    annotate(w, "要素保障偏紧", "problem", author="李四")
    annotate(w, "营商环境不断优化", "commitment", "明年继续", after="（二）下步打算", author="李四")
    return w


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.data: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def _export(window: object, monkeypatch: pytest.MonkeyPatch, options: ExportOptions,
            target: Path) -> dict:
    seen = patch_export(monkeypatch, options, target)
    window.handoff.export_action.trigger()
    written = window.handoff.last_path
    assert written is not None and written.exists() and written.parent == target.parent
    assert str(written) in window.statusBar().currentMessage()
    return seen


def test_export_docx_with_default_name(window, monkeypatch, tmp_path: Path) -> None:
    seen = _export(window, monkeypatch, _options("docx"), tmp_path / "out.docx")
    assert Path(seen["default"]).name == "工作总结-审阅意见.docx"
    document = docx.Document(str(tmp_path / "out.docx"))
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "项目储备不足" in cells and NASTY_NOTE in cells and "张三" in cells
    # the full path where the row is tall anyway (broken between its parts), else 二、（一）›二是
    assert "二、存在困难和下步打算 › （一）存在困难 › 一是" in cells.replace(" ›\n", " › ")
    assert "二、（一）›二是" in cells


def test_export_html_keeps_script_as_text(window, monkeypatch, tmp_path: Path) -> None:
    _export(window, monkeypatch, _options("html"), tmp_path / "out.html")
    parser = _Text()
    parser.feed((tmp_path / "out.html").read_text(encoding="utf-8"))
    assert "script" not in parser.tags
    assert any(NASTY_NOTE in d for d in parser.data)
    assert any("营商环境不断优化" in d for d in parser.data)


def test_export_csv_md_jsonld(window, monkeypatch, tmp_path: Path) -> None:
    _export(window, monkeypatch, _options("csv"), tmp_path / "out.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))
    quotes = {cell for row in rows[1:] for cell in row}
    assert {"项目储备不足", "要素保障偏紧", "营商环境不断优化", NASTY_NOTE} <= quotes
    _export(window, monkeypatch, _options("md"), tmp_path / "out.md")
    assert "要素保障偏紧" in (tmp_path / "out.md").read_text(encoding="utf-8")
    _export(window, monkeypatch, _options("jsonld"), tmp_path / "out")  # suffix added
    data = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    assert {"@context", "type", "first"} <= set(data)
    items = data["first"]["items"]
    assert len(items) == 3 and all({"id", "body", "target", "creator"} <= set(i) for i in items)


def test_options_filter_tags_authors_and_notes(window, monkeypatch, tmp_path: Path) -> None:
    options = _options("csv", tags=("problem",), authors=("张三",), include_notes=False,
                       lang="en")
    seen = _export(window, monkeypatch, options, tmp_path / "f.csv")
    assert Path(seen["default"]).name == "工作总结-review.csv"
    text = (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    assert "项目储备不足" in text
    assert "要素保障偏紧" not in text and "营商环境不断优化" not in text  # author / tag
    assert "核实" not in text  # notes left out


def test_export_error_goes_to_a_message(window, monkeypatch, tmp_path: Path) -> None:
    errors: list[str] = []
    monkeypatch.setattr("gui.common.messages.show_error", lambda p, title, text: errors.append(text))
    patch_export(monkeypatch, _options("md"), tmp_path / "missing-dir" / "x.md")
    window.handoff.export_action.trigger()
    assert errors and "cannot be written" in errors[0]


def test_cancel_writes_nothing(window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(ExportDialog, "get_options",
                        classmethod(lambda cls, parent, controller, fmt="docx": None))
    window.handoff.export_action.trigger()
    assert window.handoff.last_path is None


def test_dialog_widget_toggles_and_ok(qtbot) -> None:
    aset = AnnotationSet(tags=[Tag("problem", "问题", "Problem", "#e5484d", 1),
                               Tag("measure", "举措", "Measure", "#f76b15", 2)])
    text = "一二三四五六七八九十"
    aset.add(make_annotation(text, 0, 2, "problem", author="张三"))
    aset.add(make_annotation(text, 3, 5, "measure", author="李四"))
    dialog = ExportDialog(aset, "en", "csv")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.format_box.currentData() == "csv" and dialog.lang_box.currentData() == "en"
    assert dialog.author_list.count() == 2 and dialog.tag_list.item(0).text() == "Problem (1)"
    dialog.tag_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.author_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # 李四 (code-point order)
    dialog.notes_box.setChecked(False)
    assert dialog.options() == ExportOptions("csv", ("problem",), ("张三",), False, "en")
    dialog.tag_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()
    dialog.tag_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled()
    ok.click()
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_chinese_menus_and_dialog(zh_cn, make_window, qtbot) -> None:
    window = make_window()
    assert window.handoff.export_action.text() == "导出审阅结果(&E)…"
    assert window.handoff.copy_citation_action.text() == "复制引文(&T)"
    dialog = ExportDialog(AnnotationSet(), "zh")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "导出审阅结果" and dialog.notes_box.text() == "包含备注(&N)"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "导出…"
    opinion = dialog.format_box.findData("opinion")
    assert dialog.format_box.itemText(opinion) == "Word 审阅意见 (.docx)"


def test_the_notes_box_names_notes_as_the_annotation_list_does(zh_cn, make_window,
                                                              qtbot) -> None:
    """"Include notes" said 包含批注内容 (the annotations' content: unticked, it read as
    exporting no annotations at all); notes are 备注 in the list, the editor and here."""
    window = make_window()
    column = window.tagging.model.headerData(2, Qt.Orientation.Horizontal)
    dialog = ExportDialog(AnnotationSet(), "zh")
    qtbot.addWidget(dialog)
    assert column == "备注"
    assert column in dialog.notes_box.text() and "批注" not in dialog.notes_box.text()


def test_the_opinion_format_is_named_in_english_too(qtbot) -> None:
    """The English list offered "Word 审阅意见 (.docx)": a name an English reader cannot
    tell from the other Word format."""
    dialog = ExportDialog(AnnotationSet(), "en")
    qtbot.addWidget(dialog)
    label = dialog.format_box.itemText(dialog.format_box.findData("opinion"))
    assert label.startswith("Word review opinion") and "审阅意见" in label


def test_actions_need_an_open_report(make_window, tmp_path: Path) -> None:
    window = make_window()
    actions = (window.handoff.export_action, window.handoff.pdf_action,
               window.handoff.print_action, window.handoff.import_action,
               window.handoff.copy_citation_action)
    _enabled_only_with_a_report(window, actions, tmp_path)


def test_the_import_and_export_submenus_are_greyed_without_a_report(make_window,
                                                                   tmp_path: Path) -> None:
    """File › Import ▸ and Export ▸ opened onto lists of greyed items; now the entries
    themselves are greyed, as Annotations › Tag As ▸ is."""
    window = make_window()
    submenus = (window.handoff.import_menu.menuAction(),
                window.handoff.export_menu.menuAction())
    assert all(a in window.file_menu.actions() for a in submenus)
    _enabled_only_with_a_report(window, submenus, tmp_path)


def _enabled_only_with_a_report(window, actions, tmp_path: Path) -> None:
    """Greyed with no report, enabled once one is open, greyed again when it closes."""
    assert not any(a.isEnabled() for a in actions)
    path = tmp_path / "r.txt"
    path.write_text("一、总体情况\n今年经济运行稳中有进。\n", encoding="utf-8")
    window.open_report(path)
    assert all(a.isEnabled() for a in actions)
    window.close_report()
    assert not any(a.isEnabled() for a in actions)


def test_export_xlsx_and_the_opinion_closing(window, monkeypatch, tmp_path: Path) -> None:
    import openpyxl

    c = window.controller
    first = next(iter(c.annotation_set)).id
    c.set_followup([first], followup_status="in_progress", followup_unit="市发改委",
                   followup_deadline="2020-01-31")
    window.settings._s.setValue("annotations/author", "王审")
    window.settings.set_author_unit("市审计局")
    _export(window, monkeypatch, _options("xlsx"), tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames[0] == "整改台账"
    rows = list(book["整改台账"].iter_rows(min_row=2, values_only=True))
    assert any("市发改委" in r for r in rows)
    _export(window, monkeypatch, _options("docx", addressee="市人民政府办公厅"),
            tmp_path / "out.docx")
    texts = [p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs]
    assert "市人民政府办公厅：" in texts
    assert "市审计局" in texts and "审阅人：王审" in texts
    assert any("整改台账" in t for t in texts)


def test_dialog_offers_xlsx_and_an_addressee_for_word(qtbot) -> None:
    dialog = ExportDialog(AnnotationSet(), "zh", "docx")
    qtbot.addWidget(dialog)
    assert dialog.format_box.findData("xlsx") >= 0
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("opinion"))
    assert dialog.addressee.isEnabled()
    dialog.addressee.setText(" 市人民政府办公厅 ")
    assert dialog.options().addressee == "市人民政府办公厅"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    assert not dialog.addressee.isEnabled() and dialog.options().addressee == ""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_field_of_the_export_dialog_has_an_alt_key(request, lang, qtbot) -> None:
    """The dialog is worked from the keyboard as the author dialog is (姓名(&N)：): each
    field's label carries a letter of its own, Alt+letter goes to the field (the labels
    were plain 格式：/标签：…, reachable only by tabbing through the lists)."""
    from PySide6.QtWidgets import QCheckBox, QLabel

    if lang == "zh":
        request.getfixturevalue("zh_cn")
    dialog = ExportDialog(AnnotationSet(), lang)
    qtbot.addWidget(dialog)
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
              if label.buddy() is not None}
    fields = [dialog.format_box, dialog.tag_list, dialog.author_list, dialog.lang_box,
              dialog.addressee]
    keys = [_mnemonic(labels.get(field, "")) for field in fields]
    keys.append(_mnemonic(dialog.findChild(QCheckBox).text()))
    assert None not in keys and len(set(keys)) == len(keys), (keys, labels)
    if lang == "zh":
        assert labels[dialog.format_box] == "格式(&F)："


def _mnemonic(text: str) -> str | None:
    """The letter after a single & (None without one)."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None
