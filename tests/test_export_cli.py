"""`python main.py export …` in a subprocess: output, -o files, exit codes."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from model.report.loading import load_report
from model.sidecar.store import save_sidecar, sidecar_path
from tests.model.export.review_fixtures import REPORT_PATH, sample_set

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the CLI must not rely on it
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          env=env, timeout=60)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """The fixture report with a sidecar holding sample_set()."""
    path = tmp_path / "报告.txt"
    shutil.copy(REPORT_PATH, path)
    loaded = load_report(path)
    save_sidecar(sidecar_path(path), loaded, sample_set(loaded.text))
    return path


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], text: str) -> None:
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert err.count("\n") == 1 and text in err and "Traceback" not in err
    assert result.stdout == b""


def test_markdown_to_stdout(report: Path) -> None:
    result = run_cli("export", str(report), "--format", "md")
    assert result.returncode == 0 and result.stderr == b""
    out = result.stdout.decode("utf-8")
    assert "## 问题清单（2）" in out and "> 项目储备不足" in out
    assert "二、存在困难和下步打算 › （一）存在困难" in out


def test_csv_to_stdout_keeps_bom_and_crlf(report: Path) -> None:
    result = run_cli("export", str(report), "--format", "csv", "--lang", "en")
    assert result.stdout.startswith(b"\xef\xbb\xbf") and b"\r\n" in result.stdout
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8-sig"), newline="")))
    assert rows[0][0] == "Tag" and len(rows) == 5


def test_jsonld_and_html_to_stdout(report: Path) -> None:
    data = json.loads(run_cli("export", str(report), "--format", "jsonld").stdout)
    assert data["type"] == "AnnotationCollection" and data["total"] == 4
    html = run_cli("export", str(report), "--format", "html").stdout.decode("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_docx_to_file_with_filters(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.docx"
    result = run_cli("export", str(report), "-o", str(out), "--tags", "problem",
                     "--authors", "张三", "--no-notes")
    assert result.returncode == 0
    assert "exported 1 annotation to" in result.stdout.decode("utf-8")
    doc = docx.Document(str(out))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "“项目储备不足”" in cells and "“青年干部少”" not in cells and "批注" not in cells


def test_docx_without_output_is_refused(report: Path) -> None:
    assert_one_line_error(run_cli("export", str(report), "--format", "docx"),
                          "docx needs -o")


def test_unknown_tag(report: Path) -> None:
    assert_one_line_error(
        run_cli("export", str(report), "--format", "md", "--tags", "problem,nosuch"),
        "unknown tag id: nosuch")


def test_format_needed_without_output(report: Path) -> None:
    assert_one_line_error(run_cli("export", str(report)), "--format")


def test_never_overwrites_the_report(report: Path) -> None:
    before = report.read_bytes()
    assert_one_line_error(run_cli("export", str(report), "-o", str(report), "--format", "md"),
                          "would overwrite")
    assert report.read_bytes() == before


def test_no_sidecar_exports_empty_review(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    shutil.copy(REPORT_PATH, path)
    result = run_cli("export", str(path), "--format", "md")
    assert result.returncode == 0 and "合计 0" in result.stdout.decode("utf-8")


def test_damaged_sidecar_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    shutil.copy(REPORT_PATH, path)
    sidecar_path(path).write_bytes(b"{oops")
    assert_one_line_error(run_cli("export", str(path), "--format", "md"), "damaged")
    assert sidecar_path(path).read_bytes() == b"{oops"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt", "r.txt.annotations.json"]


def test_format_from_output_suffix(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    assert run_cli("export", str(report), "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_english_citations_and_output_to_missing_folder(report: Path, tmp_path: Path) -> None:
    out = run_cli("export", str(report), "--format", "md", "--lang", "en").stdout
    assert "## Problems (2)" in out.decode("utf-8") and "para. 1" in out.decode("utf-8")
    result = run_cli("export", str(report), "-o", str(tmp_path / "no" / "x.md"))
    assert_one_line_error(result, "cannot write the export file")


@pytest.mark.parametrize(("spelling", "heading"), [
    ("zh_CN", "## 问题清单（2）"), ("zh-CN", "## 问题清单（2）"), ("en_US", "## Problems (2)"),
    ("en", "## Problems (2)")])
def test_lang_accepts_the_window_spelling_too(report: Path, spelling: str,
                                              heading: str) -> None:
    result = run_cli("export", str(report), "--format", "md", "--lang", spelling)
    assert result.returncode == 0, result.stderr
    assert heading in result.stdout.decode("utf-8")


def test_unknown_lang_is_refused_in_one_sentence(report: Path) -> None:
    result = run_cli("export", str(report), "--format", "md", "--lang", "fr")
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "Traceback" not in err
    assert "unknown language 'fr' (supported: zh, en" in err


def test_xlsx_export_and_its_need_for_output(report: Path, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "台账.xlsx"
    result = run_cli("export", str(report), "-o", str(out))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "整改台账" and book["整改台账"].freeze_panes == "A2"
    refused = run_cli("export", str(report), "--format", "xlsx")
    assert refused.returncode == 2 and b"Traceback" not in refused.stderr
