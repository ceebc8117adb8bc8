"""Hostile PDFs (issue 15, item 2): refused quickly with a clear error, or read within bounds;
never minutes, never gigabytes, never a traceback. Loaded in a child process under an
address-space limit (pdfium is C: a crash fails one test, not the run).

Figures (this machine, shared): 3,000 pages of one line each are read in 0.7 s; 3,001
pages are refused before any page is read; a page of 200,000 glyphs is refused after
pdfium has laid it out (0.1 s); damaged and mutated files are `report_corrupt` (or read)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from model import errors
from model.report import pdf_reader
from tests import pdf_bytes
from tests.hostile.limits_support import cli, python_child

#: Generous: each of these loads (or is refused) in about a second.
LIMIT_S = 30
PEAK_MB = 500


def _load_in_child(path: Path) -> dict[str, object]:
    outcome = python_child(
        "from model.errors import ModelError\n"
        "from model.report.loading import load_report\n"
        "try:\n"
        f"    r = load_report({str(path)!r})\n"
        "    report(chars=len(r.text), pages=len(r.page_starts))\n"
        "except ModelError as exc:\n"
        "    report(code=exc.code, message=str(exc))\n",
        timeout=LIMIT_S, memory_mb=1500)
    assert outcome.returncode == 0, outcome.stderr[-2000:]
    result = outcome.result()
    assert isinstance(result["peak_mb"], float) and result["peak_mb"] < PEAK_MB, result
    return result


def test_the_page_limit_is_read_and_one_more_page_refused(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_bytes.many_pages_pdf_bytes(pdf_reader.MAX_PAGES))
    assert _load_in_child(path)["pages"] == pdf_reader.MAX_PAGES
    path.write_bytes(pdf_bytes.many_pages_pdf_bytes(pdf_reader.MAX_PAGES + 1))
    result = _load_in_child(path)
    assert result["code"] == errors.ReportPdfTooLarge.code and "pages" in str(result["message"])


def test_a_page_of_too_many_glyphs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dense.pdf"
    path.write_bytes(pdf_bytes.dense_page_pdf_bytes(2 * pdf_reader.MAX_PAGE_CHARS))
    result = _load_in_child(path)
    assert result["code"] == errors.ReportPdfTooLarge.code
    assert "characters" in str(result["message"])


def test_the_verbs_say_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_bytes.many_pages_pdf_bytes(pdf_reader.MAX_PAGES + 1))
    outcome = cli("outline", path, timeout=LIMIT_S)
    assert outcome.returncode == 2 and outcome.stdout == ""
    assert outcome.stderr.count("\n") == 1 and "larger than a report" in outcome.stderr


def _mutations(data: bytes, count: int, seed: int) -> list[bytes]:
    """Byte flips, cut files and spliced halves of a valid PDF."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        raw = bytearray(data)
        if n % 3 == 0:
            for _ in range(rng.randint(1, 20)):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        elif n % 3 == 1:
            raw = raw[:rng.randrange(9, len(raw))]
        else:
            at = rng.randrange(len(raw))
            raw = raw[:at] + raw[rng.randrange(len(raw)):]
        out.append(bytes(raw))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_mutated_pdfs_open_or_fail_cleanly(tmp_path: Path, seed: int) -> None:
    """Every mutation either reads or raises a ModelError, in one child for 20 files."""
    paths = []
    for n, data in enumerate(_mutations(pdf_bytes.encrypted_pdf_bytes() if seed == 2
                                        else pdf_bytes.many_pages_pdf_bytes(3), 20, seed)):
        path = tmp_path / f"m{n}.pdf"
        path.write_bytes(data)
        paths.append(str(path))
    outcome = python_child(
        "from model.errors import ModelError\n"
        "from model.report.loading import load_report\n"
        "codes = []\n"
        f"for p in {paths!r}:\n"
        "    try:\n"
        "        load_report(p)\n"
        "        codes.append('ok')\n"
        "    except ModelError as exc:\n"
        "        codes.append(exc.code)\n"
        "report(codes=codes)\n",
        timeout=LIMIT_S, memory_mb=1500)
    assert outcome.returncode == 0, outcome.stderr[-2000:]
    codes = outcome.result()["codes"]
    assert isinstance(codes, list) and len(codes) == 20
    assert set(codes) <= {"ok", "report_corrupt", "report_pdf_no_text", "report_pdf_encrypted",
                          "report_empty"}
