"""A PDF report in the window (issue 15, item 2): it opens like a .txt (text, outline, title,
tagging, the page in a copied citation); a scan or a password-protected PDF is a
translated message and the open report stays."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gui.common import labels, messages
from tests import pdf_bytes
from tests import pdf_support as pdfs
from tests.model.report.test_pdf import sample_paragraphs, sample_pdf


@pytest.fixture
def pdf_path(tmp_path: Path, qapp: object) -> Path:
    if pdfs.cjk_family() is None:
        pytest.skip("no CJK font installed (tools/system_deps.sh installs Noto CJK)")
    return sample_pdf(tmp_path / "工作总结.pdf")


def test_a_pdf_opens_with_text_outline_and_title(qtbot, main_window, pdf_path: Path) -> None:
    with qtbot.waitSignal(main_window.session.opened, timeout=10000) as blocker:
        assert main_window.open_report(pdf_path)
    report, outline = blocker.args
    assert report.format == "pdf"
    assert main_window.text_view.toPlainText().split("\n") == sample_paragraphs()
    assert any(n.marker == "一、" for n in outline.nodes())
    assert pdf_path.name in main_window.windowTitle()
    assert f"{report.length:,}" in main_window.count_label.text()
    main_window.text_view.reveal(report.page_starts[2] + 1, report.page_starts[2] + 2)
    main_window._on_position_changed(report.page_starts[2] + 1)
    assert main_window.section_label.text().endswith(
        f"page 3 of {len(report.page_starts)}")


def test_a_copied_citation_names_the_page(qtbot, main_window, pdf_path: Path) -> None:
    main_window.open_report(pdf_path)
    report = main_window.report
    quote = "新增规上工业企业18家"
    start = report.text.index(quote)
    main_window.text_view.reveal(start, start + len(quote))
    text = main_window.handoff.copy_citation()
    assert text is not None and text.splitlines()[0].endswith(f" › p. {report.page_at(start)}")
    assert QApplication.clipboard().text() == text


@pytest.mark.parametrize(("make", "code"), [
    (lambda folder: pdfs.scan_pdf(folder / "扫描件.pdf"), "report_pdf_no_text"),
    (lambda folder: _write(folder / "加密.pdf", pdf_bytes.encrypted_pdf_bytes()),
     "report_pdf_encrypted"),
    (lambda folder: _write(folder / "坏.pdf", b"%PDF-1.7\n" + bytes(300)), "report_corrupt"),
])
def test_bad_pdfs_are_a_translated_message(main_window, monkeypatch, tmp_path: Path,
                                           pdf_path: Path, make, code: str) -> None:
    main_window.open_report(pdf_path)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    assert not main_window.open_report(make(tmp_path))
    assert len(shown) == 1 and labels.error_text(code) in shown[0]
    assert main_window.report.path == pdf_path  # the open report stays


def test_the_scan_message_in_chinese(zh_cn) -> None:
    assert "OCR" in labels.error_text("report_pdf_no_text")
    assert "扫描件" in labels.error_text("report_pdf_no_text")
    assert "密码" in labels.error_text("report_pdf_encrypted")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
