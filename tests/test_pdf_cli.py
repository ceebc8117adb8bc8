"""The headless verbs on PDF reports (issue 15, item 2): outline, annotations, suggest and
export read a generated PDF like a .txt; a scan, a password-protected or a damaged PDF is
one stderr line and exit 2."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.report.loading import load_report
from model.sidecar.store import save_sidecar, sidecar_path
from tests import pdf_bytes
from tests import pdf_support as pdfs
from tests.model.report.test_pdf import sample_pdf
from tests.model.sidecar.helpers import annotate, set_of

ROOT = Path(__file__).resolve().parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, str(ROOT.parent / "main.py"), *args],
                          cwd=ROOT.parent, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120)


@pytest.fixture(scope="module")
def pdf_report(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    if pdfs.cjk_family() is None:
        pytest.skip("no CJK font installed (tools/system_deps.sh installs Noto CJK)")
    path = sample_pdf(tmp_path_factory.mktemp("pdf") / "工作总结.pdf")
    report = load_report(path)
    save_sidecar(sidecar_path(path), report,
                 set_of(annotate(report.text, "新增规上工业企业18家", note="核实")))
    return path


def test_outline_of_a_pdf(pdf_report: Path) -> None:
    result = run_cli("outline", str(pdf_report), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "XX县工业和信息化局2024年工作总结"
    assert ("一、", "2024年主要工作及成效") in [(n["marker"], n["title"]) for n in data["nodes"]]


def test_annotations_and_export_cite_the_page(pdf_report: Path) -> None:
    report = load_report(pdf_report)
    page = report.page_at(report.text.index("新增规上工业企业18家"))
    listed = run_cli("annotations", str(pdf_report), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert "新增规上工业企业18家" in listed.stdout
    exported = run_cli("export", str(pdf_report), "--format", "md")
    assert exported.returncode == 0, exported.stderr
    assert f"第{page}页" in exported.stdout and "> 新增规上工业企业18家" in exported.stdout
    suggested = run_cli("suggest", str(pdf_report))
    assert suggested.returncode == 0, suggested.stderr


@pytest.mark.parametrize(("verb", "name", "data", "words"), [
    ("outline", "加密.pdf", pdf_bytes.encrypted_pdf_bytes(), "password"),
    ("export", "坏.pdf", pdf_bytes.plain_pdf_bytes()[:150], "damaged"),
    ("annotations", "多.pdf", b"%PDF-1.4\n" + b"\x00" * 500, "damaged"),
])
def test_bad_pdfs_are_one_line_and_exit_2(tmp_path: Path, verb: str, name: str, data: bytes,
                                          words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli(verb, str(path), *(("--format", "md") if verb == "export" else ()))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.stderr


def test_a_scan_says_it_needs_ocr(tmp_path: Path, qapp: object) -> None:
    path = pdfs.scan_pdf(tmp_path / "扫描件.pdf")
    result = run_cli("outline", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "OCR" in result.stderr
