"""File › Export Annotated Copy (.docx)…, File › Import Comments from .docx… and
File › Print Preview…, driven through their menu actions."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from gui.handoff.annotation_choice import AnnotationChoice
from gui.handoff.print_choice_dialog import PrintChoiceDialog
from model.annotations import AnnotationSet, make_annotation
from model.export.docx_comments import build_annotated_copy
from tests.gui.handoff_support import annotate, open_handoff_window
from tests.model.sidecar.test_comment_import import replace_part


def choose_all(monkeypatch: pytest.MonkeyPatch, seen: list | None = None) -> None:
    def get_choice(cls, parent, controller, remembered=None, pdf=False, mode="print"):
        if seen is not None:
            seen.append(mode)
        return AnnotationChoice(tuple(t.id for t in controller.annotation_set.tags), None, True)

    monkeypatch.setattr(PrintChoiceDialog, "get_choice", classmethod(get_choice))


@pytest.fixture
def window(make_window, tmp_path: Path) -> object:
    w = open_handoff_window(make_window, tmp_path)
    annotate(w, "项目储备不足", "problem", "清单未附", author="张三")
    annotate(w, "储备不足，后续支撑乏力", "measure", "重叠的批注")  # overlaps the first
    return w


def test_export_annotated_copy_from_the_menu(window, monkeypatch, tmp_path: Path) -> None:
    seen: list = []
    choose_all(monkeypatch, seen)
    asked: list[str] = []
    target = tmp_path / "out" / "批注本"
    target.parent.mkdir()
    monkeypatch.setattr("gui.handoff.dialogs.ask_docx_save_path",
                        lambda parent, default: asked.append(default) or str(target))
    window.handoff.annotated_copy_action.trigger()
    assert seen == ["docx"] and asked[0].endswith("工作总结-批注本.docx")
    written = target.with_name("批注本.docx")
    assert window.handoff.last_path == written
    comments = sorted((c.text, c.author) for c in docx.Document(str(written)).comments)
    assert comments == [("举措：重叠的批注", "张三"), ("问题：清单未附", "张三")]
    assert "2" in window.statusBar().currentMessage()


def test_export_onto_the_report_itself_is_refused(window, monkeypatch) -> None:
    choose_all(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr("gui.common.messages.show_error", lambda p, t, text: shown.append(text))
    monkeypatch.setattr("gui.handoff.dialogs.ask_docx_save_path",
                        lambda parent, default: str(window.controller.report.path) + ".docx")
    path = window.controller.report.path
    copy = path.with_name(path.name + ".docx")
    copy.symlink_to(path)
    assert window.handoff.export_annotated_copy() is None
    assert shown and copy.is_symlink()


def commented_copy(window: object, tmp_path: Path, gone: str = "") -> Path:
    """A colleague's commented copy of the open report (one comment on `gone`, text the
    open report does not have, when given)."""
    c = window.controller
    text = c.text if not gone else c.text.replace("营商环境", gone + "营商环境", 1)
    from model.report.loading import report_from_text

    other = report_from_text(text, "copy.txt")
    s = AnnotationSet()
    for quote, tag, note in (("要素保障偏紧", "problem", "何时缓解"), ("用地指标紧张", "figure", ""),
                             *(((gone, "question", "此句已删"),) if gone else ())):
        start = text.index(quote)
        s.add(make_annotation(text, start, start + len(quote), tag, note=note, author="李处"))
    path = tmp_path / "copy.docx"
    path.write_bytes(build_annotated_copy(other, s).data)
    return path


def test_import_comments_is_one_undo_step(window, monkeypatch, tmp_path: Path) -> None:
    c = window.controller
    before = len(c.annotation_set)
    path = commented_copy(window, tmp_path)
    monkeypatch.setattr("gui.handoff.dialogs.ask_commented_docx", lambda parent, folder: str(path))
    window.handoff.import_comments_action.trigger()
    added = [a for a in c.annotation_set if a.author == "李处"]
    assert sorted((a.tag, a.quote, a.note) for a in added) == [
        ("figure", "用地指标紧张", ""), ("problem", "要素保障偏紧", "何时缓解")]
    assert all(c.text[a.start:a.end] == a.quote for a in added)
    c.undo_stack.undo()
    assert len(c.annotation_set) == before
    c.undo_stack.redo()
    assert len(c.annotation_set) == before + 2


def test_unfound_comments_are_kept_and_listed(window, monkeypatch, tmp_path: Path) -> None:
    c = window.controller
    path = commented_copy(window, tmp_path, gone="此句在新版中已删除。")
    shown: list[str] = []
    monkeypatch.setattr("gui.common.messages.show_info", lambda p, t, text: shown.append(text))
    result = window.handoff.import_word_comments(str(path))
    assert len(result.placed) == 2 and len(result.unplaced) == 1
    orphans = [a for a in c.annotation_set if a.orphaned]
    assert [(a.quote, a.note) for a in orphans] == [("此句在新版中已删除。", "此句已删")]
    assert len(shown) == 1 and "此句在新版中已删除。" in shown[0] and "李处" in shown[0]


def test_a_malformed_comments_part_gets_a_message(window, monkeypatch, tmp_path: Path) -> None:
    path = replace_part(commented_copy(window, tmp_path), "word/comments.xml", b"<w:comments")
    shown: list[str] = []
    monkeypatch.setattr("gui.common.messages.show_error", lambda p, t, text: shown.append(text))
    before = len(window.controller.annotation_set)
    assert window.handoff.import_word_comments(str(path)) is None
    assert len(shown) == 1 and "comments" in shown[0].lower()
    assert len(window.controller.annotation_set) == before


def test_print_preview_paints_the_printout(window, monkeypatch) -> None:
    seen: list = []
    choose_all(monkeypatch, seen)
    painted: list[int] = []

    def fake_preview(parent, printer: QPrinter, paint) -> None:
        assert printer.pageLayout().pageSize().id().name == "A4"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(window.controller.report.path.with_suffix(".pdf")))
        paint(printer)
        painted.append(1)

    monkeypatch.setattr("gui.handoff.dialogs.show_print_preview", fake_preview)
    window.handoff.preview_action.trigger()
    assert seen == ["preview"] and painted == [1]


def test_print_preview_opens_qt_preview(window, monkeypatch, qtbot) -> None:
    choose_all(monkeypatch)
    found: list[QPrintPreviewDialog] = []

    def close_preview() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QPrintPreviewDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, close_preview)
            return
        found.extend(dialogs)
        dialogs[0].reject()

    QTimer.singleShot(50, close_preview)
    pages = window.handoff.print_preview()
    assert found and pages >= 1
