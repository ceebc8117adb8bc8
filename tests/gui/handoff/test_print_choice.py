"""Print… / Export Annotated PDF…: the dialog asking which tags, reviewers and notes go
into the printout, and what then ends up in the laid-out document."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from gui.handoff import print_report
from gui.handoff.annotation_choice import AnnotationChoice
from gui.handoff.print_choice_dialog import PrintChoiceDialog
from model.annotations import AnnotationSet, Tag, make_annotation
from tests.gui.handoff.test_print_report import NO_PDFTOTEXT, PDFTOTEXT, pdf_text, print_to_pdf
from tests.gui.handoff_support import NASTY_NOTE, annotate, open_handoff_window


@pytest.fixture
def window(make_window, tmp_path: Path) -> object:
    w = open_handoff_window(make_window, tmp_path)
    annotate(w, "项目储备不足", "problem", NASTY_NOTE, author="张三")
    annotate(w, "储备不足，后续支撑乏力", "measure", "重叠的批注", author="李四")
    annotate(w, "营商环境不断优化", "commitment", "承诺要兑现", after="（二）下步打算",
             author="张三")
    return w


def choose(monkeypatch: pytest.MonkeyPatch, choice: AnnotationChoice | None) -> list:
    """The dialog answers `choice`; returns the (remembered, pdf) it was shown with."""
    seen: list = []

    def get_choice(cls, parent, controller, remembered=None, pdf=False, mode="print"):
        seen.append((remembered, pdf))
        return choice

    monkeypatch.setattr(PrintChoiceDialog, "get_choice", classmethod(get_choice))
    return seen


def laid_out(window: object, choice: AnnotationChoice) -> QTextDocument:
    """The document Print… would paint for `choice`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    print_report.setup_page(printer)
    return print_report.build_document(window.handoff.annotated_html(choice), printer)


def highlighted(doc: QTextDocument) -> str:
    """The text of every fragment with a background (highlight or tag legend)."""
    out: list[str] = []
    block = doc.begin()
    while block.isValid():
        for it in block:
            fragment = it.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                out.append(fragment.text())
        block = block.next()
    return "|".join(out)


def test_only_the_chosen_tags_and_reviewers_are_highlighted(window) -> None:
    everything = laid_out(window, AnnotationChoice(("problem", "measure", "commitment"),
                                                   None, True))
    marks = highlighted(everything)
    assert "项目" in marks and "后续支撑乏力" in marks and "营商环境不断优化" in marks
    only_problem = laid_out(window, AnnotationChoice(("problem",), None, True))
    marks = highlighted(only_problem)
    assert "项目储备不足" in marks and "后续支撑乏力" not in marks
    assert "营商环境不断优化" not in marks
    text = only_problem.toPlainText()
    assert "后续支撑乏力" in text and "营商环境不断优化" in text  # the text stays whole
    assert "[1]" in text and "[2]" not in text and "重叠的批注" not in text
    by_lisi = laid_out(window, AnnotationChoice(("problem", "measure", "commitment"),
                                                ("李四",), True))
    marks = highlighted(by_lisi)
    assert "后续支撑乏力" in marks and "营商环境不断优化" not in marks
    assert "重叠的批注" in by_lisi.toPlainText() and "承诺要兑现" not in by_lisi.toPlainText()


def test_notes_left_out(window) -> None:
    doc = laid_out(window, AnnotationChoice(("problem", "measure", "commitment"), None, False))
    text = doc.toPlainText()
    assert "营商环境不断优化" in highlighted(doc)
    assert "[1]" not in text and "本节批注" not in text
    assert "重叠的批注" not in text and "alert" not in text


def test_pdf_asks_first_and_prints_the_choice(window, monkeypatch, tmp_path: Path) -> None:
    choice = AnnotationChoice(("measure", "commitment"), None, True,
                              left_out_tags=frozenset({"problem"}))
    seen = choose(monkeypatch, choice)
    monkeypatch.setattr("gui.handoff.dialogs.ask_pdf_path",
                        lambda parent, default: str(tmp_path / "a.pdf"))
    assert window.handoff.export_pdf() == tmp_path / "a.pdf"
    assert seen == [(None, True)]
    window.handoff.export_pdf()  # the second time the dialog starts from the last choice
    assert seen[1] == (choice, True)
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    flat = "".join(pdf_text(tmp_path / "a.pdf").split())
    assert "重叠的批注" in flat and "承诺要兑现" in flat and "alert" not in flat


def test_print_asks_first(window, monkeypatch, tmp_path: Path) -> None:
    choice = AnnotationChoice(("problem",), ("张三",), False, frozenset({"measure"}),
                              frozenset({"李四"}))
    seen = choose(monkeypatch, choice)
    target = tmp_path / "printed.pdf"
    print_to_pdf(monkeypatch, target)
    assert window.handoff.print_report() > 0
    assert seen == [(None, False)] and window.handoff.print_choice == choice
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    flat = "".join(pdf_text(target).split())
    assert "项目储备不足" in flat and "本节批注" not in flat and "alert" not in flat


def test_cancelling_the_choice_asks_nothing_more(window, monkeypatch) -> None:
    choose(monkeypatch, None)
    asked: list[str] = []
    monkeypatch.setattr("gui.handoff.dialogs.ask_pdf_path",
                        lambda parent, default: asked.append("pdf"))
    monkeypatch.setattr("gui.handoff.dialogs.ask_printer",
                        lambda parent, printer: asked.append("printer"))
    assert window.handoff.export_pdf() is None and window.handoff.print_report() == 0
    assert asked == [] and window.handoff.print_choice is None


def _two_tag_set() -> AnnotationSet:
    aset = AnnotationSet(tags=[Tag("problem", "问题", "Problem", "#e5484d", 1),
                               Tag("measure", "举措", "Measure", "#f76b15", 2),
                               Tag("data", "数据", "Data", "#0090ff", 3)])
    text = "一二三四五六七八九十"
    aset.add(make_annotation(text, 0, 2, "problem", author="张三"))
    aset.add(make_annotation(text, 3, 5, "measure", author="李四"))
    return aset


def test_dialog_fields_remember_what_was_left_out(qtbot) -> None:
    dialog = PrintChoiceDialog(_two_tag_set(), "en", pdf=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.windowTitle() == "Export Annotated PDF" and ok.text() == "Save PDF…"
    fields = dialog.fields
    assert fields.tag_list.count() == 3 and fields.tag_list.item(0).text() == "Problem (1)"
    fields.tag_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    fields.author_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # 张三
    fields.notes_box.setChecked(False)
    choice = dialog.choice()
    assert choice == AnnotationChoice(("problem", "data"), ("李四",), False,
                                      frozenset({"measure"}), frozenset({"张三"}))
    for i in range(3):
        fields.tag_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()
    fields.tag_list.item(2).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled()

    aset = _two_tag_set()
    aset.add(make_annotation("一二三四五六七八九十", 6, 8, "data", author="王五"))
    again = PrintChoiceDialog(aset, "en", choice)  # a reviewer who came later: ticked
    qtbot.addWidget(again)
    assert again.windowTitle() == "Print Annotated Report"
    states = {again.fields.author_list.item(i).data(Qt.ItemDataRole.UserRole):
              again.fields.author_list.item(i).checkState()
              for i in range(again.fields.author_list.count())}
    assert states == {"张三": Qt.CheckState.Unchecked, "李四": Qt.CheckState.Checked,
                      "王五": Qt.CheckState.Checked}
    assert again.choice().tags == ("problem", "data") and not again.fields.notes_box.isChecked()
    assert again.choice().authors == ("李四", "王五")


def test_chinese_dialog(zh_cn, qtbot) -> None:
    dialog = PrintChoiceDialog(_two_tag_set(), "zh")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "打印批注版报告"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "打印…"
    assert dialog.fields.notes_box.text() == "包含备注(&N)"
