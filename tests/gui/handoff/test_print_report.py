"""File › Export annotated PDF… and File › Print…: a real PDF, read back with pdftotext."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from gui.handoff.annotation_choice import AnnotationChoice
from gui.handoff.print_choice_dialog import PrintChoiceDialog
from tests.gui.handoff_support import NASTY_NOTE, annotate, open_handoff_window

PDFTOTEXT = shutil.which("pdftotext")
NO_PDFTOTEXT = "pdftotext (Debian poppler-utils) is not installed: `make system-deps`"


def pdf_text(path: Path) -> str:
    """The PDF's text; NFKC folds the Kangxi radicals some CJK fonts map glyphs to."""
    out = subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True,
                         check=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)


@pytest.fixture
def window(make_window, tmp_path: Path, monkeypatch) -> object:
    """Everything chosen in the Print / PDF dialog (tests/gui/handoff/test_print_choice.py
    covers the choices)."""
    monkeypatch.setattr(PrintChoiceDialog, "get_choice", classmethod(
        lambda cls, parent, controller, remembered=None, pdf=False, mode="print":
        AnnotationChoice(tuple(t.id for t in controller.annotation_set.tags), None, True)))
    w = open_handoff_window(make_window, tmp_path)
    annotate(w, "项目储备不足", "problem", NASTY_NOTE, author="张三")
    annotate(w, "储备不足，后续支撑乏力", "measure", "重叠的批注")  # overlaps the first
    annotate(w, "营商环境不断优化", "commitment", after="（二）下步打算")
    return w


def test_export_annotated_pdf(window, monkeypatch, tmp_path: Path) -> None:
    seen: list[str] = []

    def ask(parent: object, default: str) -> str:
        seen.append(default)
        return str(tmp_path / "annotated")

    monkeypatch.setattr("gui.handoff.dialogs.ask_pdf_path", ask)
    window.handoff.pdf_action.trigger()
    target = tmp_path / "annotated.pdf"
    assert Path(seen[0]).name == "工作总结-批注.pdf"
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5000
    assert str(target) in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".annotated.pdf.*"))  # no temp file left
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    text = pdf_text(target)
    flat = "".join(text.split())
    assert "目录" in text and "二、存在困难和下步打算" in text
    assert "项目储备不足" in flat and "营商环境不断优化" in flat
    # the note as text (pdftotext loses the odd ASCII digit of the CJK font: no "1" check)
    assert "核实<script>alert(" in flat and "</script>数据&口径" in flat
    assert "[1]" in flat and "[2]" in flat and "重叠的批注" in flat
    assert "—1—" in flat


def print_to_pdf(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The print dialog answers with a PDF printer writing `target`."""
    def ask(parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr("gui.handoff.dialogs.ask_printer", ask)


def test_print_uses_the_chosen_printer(window, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    print_to_pdf(monkeypatch, target)
    window.handoff.print_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    assert "项目储备不足" in "".join(pdf_text(target).split())


def test_print_cancelled(window, monkeypatch) -> None:
    monkeypatch.setattr("gui.handoff.dialogs.ask_printer", lambda parent, printer: False)
    assert window.handoff.print_report() == 0


def test_long_report_shows_progress_and_can_cancel(window, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr("gui.handoff.printing.PROGRESS_CHARS", 10)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    monkeypatch.setattr("gui.handoff.dialogs.ask_pdf_path",
                        lambda parent, default: str(tmp_path / "x.pdf"))
    assert window.handoff.export_pdf() is None
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob(".x.pdf.*"))


def test_long_document_is_not_cut_short(qapp, tmp_path: Path) -> None:
    """Laid out at LAYOUT_DPI, not the printer's 1,200 dpi (whose fixed-point layout
    stopped after ~740 pages and dropped the rest of a 1 MB report)."""
    from gui.handoff import print_report

    paragraphs = "".join(f"<p>第{i}段。{'内容' * 200}</p>" for i in range(400)) + "<p>全文完。</p>"
    target = tmp_path / "long.pdf"
    printer = print_report.make_pdf_printer(target)
    doc = print_report.build_document(paragraphs, printer)
    assert doc.pageSize().height() < 1200  # A4 body at 96 dpi (~903 px)
    pages = print_report.write_pdf(paragraphs, target)
    assert pages == doc.pageCount() > 100
    if PDFTOTEXT is None:
        pytest.skip(NO_PDFTOTEXT)
    last = subprocess.run([PDFTOTEXT, "-f", str(pages), "-l", str(pages), str(target), "-"],
                          capture_output=True, check=True, text=True).stdout
    assert "全文完" in unicodedata.normalize("NFKC", last) and f"— {pages} —" in last


def test_pdf_follows_the_permission_policy_and_cancel_keeps_the_old_file(
        qapp, tmp_path: Path, umask: int) -> None:
    """model.atomic's policy: a new PDF follows the umask, a rewritten one keeps its mode;
    a cancelled one leaves the old file and no temp file."""
    from gui.handoff import print_report

    target = tmp_path / "r.pdf"
    assert print_report.write_pdf("<p>一</p>", target) == 1
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o600)
    assert print_report.write_pdf("<p>二</p>", target) == 1
    assert target.stat().st_mode & 0o777 == 0o600
    before = target.read_bytes()
    assert print_report.write_pdf("<p>三</p>", target, lambda done, total: False) == 0
    assert target.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_unwritable_pdf_folder_is_an_error(window, monkeypatch, tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr("gui.common.messages.show_error", lambda p, title, text: shown.append(text))
    monkeypatch.setattr("gui.handoff.dialogs.ask_pdf_path",
                        lambda parent, default: str(tmp_path / "nowhere" / "x.pdf"))
    assert window.handoff.export_pdf() is None
    assert shown and "cannot be written" in shown[0]
