""".docx bombs (issue 11, item 6): refused quickly with a clear error, or opened with the
absurd value clamped; never gigabytes, never minutes.

Figures before the fix (main.py outline, under a 2.5 GB address-space limit): w:start
104,000,000 in letter format on 1,000 paragraphs: MemoryError after 5.6 s; a 1.6 MB zip
expanding to 450 MB: 5.1 s and the whole limit; 20,000 styles: over 120 s; 3,000
vertically merged rows: 20 s; one cell spanning 50,000,000 columns: over 120 s. The bombs
are loaded in a child process under an address-space limit, so a regression fails here
instead of exhausting the machine.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from model import errors
from model.report import docx_numbering, docx_package, readers
from model.report.docx_numbering import format_number
from model.report.loading import load_report
from tests.hostile import docx_bombs_support as bombs
from tests.hostile.limits_support import cli, python_child

#: Generous: each of these bombs now loads (or is refused) in well under a second.
LIMIT_S = 30
#: Peak memory allowed to a child loading one bomb (Python + lxml + python-docx ≈ 60 MB).
PEAK_MB = 400


def _load_in_child(path: Path, memory_mb: int = 1000) -> dict[str, object]:
    """load_report in a child under limits: its outcome (lines or error code) and peak."""
    outcome = python_child(
        "from model.errors import ModelError\n"
        "from model.report.loading import load_report\n"
        "try:\n"
        f"    r = load_report({str(path)!r})\n"
        "    report(lines=r.text.count('\\n') + 1, chars=len(r.text),"
        " head=r.text.split('\\n')[0])\n"
        "except ModelError as exc:\n"
        "    report(code=exc.code, message=str(exc))\n",
        timeout=LIMIT_S, memory_mb=memory_mb)
    assert outcome.returncode == 0, outcome.stderr[-2000:]
    result = outcome.result()
    assert isinstance(result["peak_mb"], float) and result["peak_mb"] < PEAK_MB, result
    return result


@pytest.fixture(scope="module")
def big_bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two bombs that take a second to write, written once."""
    folder = tmp_path_factory.mktemp("bombs")
    return {"expand": bombs.expanding_bomb(folder / "expand.docx"),
            "lying": bombs.lying_size_bomb(folder / "lying.docx")}


# --- the cases ------------------------------------------------------------------
@pytest.mark.parametrize("paragraphs", [1, 20, 1000])
def test_huge_letter_start_is_clamped_and_the_document_opens(tmp_path: Path,
                                                            paragraphs: int) -> None:
    path = bombs.numbering_bomb(tmp_path / "start.docx", paragraphs)
    assert path.stat().st_size < 40_000
    result = _load_in_child(path)
    assert result["lines"] == paragraphs and result["head"] == "第0段正文。"
    assert result["chars"] < 20 * paragraphs + 10


def test_long_level_text_gives_no_number(tmp_path: Path) -> None:
    result = _load_in_child(bombs.lvl_text_bomb(tmp_path / "lvl.docx", placeholders=200_000))
    assert result["lines"] == 20 and result["head"] == "第0段正文。"


def test_zip_expanding_to_450_mb_is_refused_at_once(big_bombs: dict[str, Path]) -> None:
    path = big_bombs["expand"]
    assert path.stat().st_size < 2_000_000
    result = _load_in_child(path, memory_mb=600)
    assert result["code"] == "report_expands_too_much"
    assert float(str(result["seconds"])) < 5


def test_part_larger_than_its_headers_say_is_refused_in_bounded_memory(
        big_bombs: dict[str, Path]) -> None:
    """zipfile decompresses a lying part whole before cutting it to the announced size
    (428 MB for this one before the fix); it is now read in bounded steps."""
    result = _load_in_child(big_bombs["lying"], memory_mb=600)
    assert result["code"] == "report_corrupt"
    assert float(str(result["peak_mb"])) < 150


def test_high_compression_ratio_is_refused(tmp_path: Path) -> None:
    path = bombs.expanding_bomb(tmp_path / "ratio.docx", unpacked=60 * 1024 * 1024)
    with pytest.raises(errors.ReportExpandsTooMuch):
        load_report(path)


def test_text_longer_than_the_limit_is_refused_early(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    document = docx.Document()
    for k in range(200):
        document.add_paragraph(f"第{k}段：" + "正文" * 50)  # ~105 characters a line
    document.save(str(tmp_path / "long.docx"))
    read: list[object] = []
    level = readers.StyleLevels.heading_level

    def counting(self: readers.StyleLevels, p: object) -> int | None:
        read.append(p)
        return level(self, p)

    monkeypatch.setattr(readers.StyleLevels, "heading_level", counting)
    with pytest.raises(errors.ReportExpandsTooMuch) as caught:
        readers.read_docx(tmp_path / "long.docx", max_chars=1000)
    assert caught.value.code == "report_expands_too_much"
    assert str(tmp_path / "long.docx") in caught.value.detail
    assert len(read) == 10  # stopped at the paragraph that passed the limit
    assert readers.read_docx(tmp_path / "long.docx")[0].count("\n") == 199


def test_thousands_of_styles_are_read_once(tmp_path: Path) -> None:
    result = _load_in_child(bombs.style_bomb(tmp_path / "styles.docx", styles=10_000))
    assert result["lines"] == 10_000 and float(str(result["seconds"])) < 10


def test_long_vertical_merge_is_read_in_one_pass(tmp_path: Path) -> None:
    path = bombs.table_bomb(tmp_path / "merge.docx", rows=3000)
    text = load_report(path).text
    assert text.split("\n") == ["正文。", *["合并"] * 3000]


def test_huge_grid_span_is_capped(tmp_path: Path) -> None:
    path = bombs.table_bomb(tmp_path / "span.docx", span=50_000_000)
    lines = load_report(path).text.split("\n")
    assert lines[1] == "\t".join(["x"] * readers.MAX_SPAN)


# --- numbering bounds, directly ------------------------------------------------------------
def test_letter_labels_stop_at_the_label_limit() -> None:
    limit = docx_numbering.MAX_LABEL_CHARS
    assert format_number(26 * limit, "lowerLetter") == "z" * limit
    assert format_number(26 * limit + 1, "upperLetter") is None
    assert format_number(104_000_000, "lowerLetter") is None
    assert format_number(27, "upperLetter") == "AA"


def test_start_values_are_clamped(tmp_path: Path) -> None:
    path = bombs.numbering_bomb(tmp_path / "dec.docx", 2, start=10**30, fmt="decimal")
    assert load_report(path).text.split("\n") == [
        f"{docx_numbering.MAX_NUMBER}.第0段正文。", f"{docx_numbering.MAX_NUMBER + 1}.第1段正文。"]


def test_override_start_is_clamped_too(tmp_path: Path) -> None:
    numbering = bombs.numbering_xml(bombs.level_xml(1, "decimal", "%1、")).replace(
        '<w:abstractNumId w:val="1"/></w:num>',
        '<w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="99999999999"/></w:lvlOverride></w:num>')
    body = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            "<w:r><w:t>正文</w:t></w:r></w:p>")
    path = bombs.write_docx(tmp_path / "o.docx", bombs._HEAD + body + bombs._TAIL, numbering)
    assert load_report(path).text == f"{docx_numbering.MAX_NUMBER}、正文"


def test_a_label_just_under_the_limit_is_kept(tmp_path: Path) -> None:
    text = "第%1" + "条" * (docx_numbering.MAX_LABEL_CHARS - 3)
    path = bombs.numbering_bomb(tmp_path / "ok.docx", 1, start=1, fmt="decimal", text=text)
    assert load_report(path).text.startswith("第1" + "条" * 10)


# --- the package checks ---------------------------------------------------------------------
def test_bzip2_parts_are_refused(tmp_path: Path) -> None:
    """zipfile bounds one deflate read, not one bzip2 read: Word never writes bzip2."""
    source = bombs.numbering_bomb(tmp_path / "plain.docx", 1, start=1)
    with zipfile.ZipFile(source) as package:
        members = {name: package.read(name) for name in package.namelist()}
    with zipfile.ZipFile(tmp_path / "bz.docx", "w", zipfile.ZIP_BZIP2) as package:
        for name, data in members.items():
            package.writestr(name, data)
    with pytest.raises(errors.ReportCorrupt):
        load_report(tmp_path / "bz.docx")


def test_the_unpacked_total_counts_every_part(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = bombs.numbering_bomb(tmp_path / "n.docx", 1, start=1, fmt="decimal")
    total = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    monkeypatch.setattr(docx_package, "MAX_DOCX_UNPACKED_BYTES", total)
    assert load_report(path).text == "1.第0段正文。"
    monkeypatch.setattr(docx_package, "MAX_DOCX_UNPACKED_BYTES", total - 1)
    with pytest.raises(errors.ReportExpandsTooMuch):
        load_report(path)


# --- the verbs ----------------------------------------------------------------------------
@pytest.fixture
def verb_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.getbasetemp()
    return {"YUEPI_CACHE_DIR": str(base / "yuepi-cache"),
            "YUEPI_DATA_DIR": str(tmp_path_factory.mktemp("yuepi-data"))}


@pytest.mark.parametrize("verb", ["outline", "annotations", "suggest"])
def test_verbs_end_on_bombs_with_one_line_or_clamped(tmp_path: Path, verb: str,
                                                     verb_env: dict[str, str],
                                                     big_bombs: dict[str, Path]) -> None:
    refused = big_bombs
    clamped = bombs.numbering_bomb(tmp_path / "start.docx", 1000)
    for name, path in refused.items():
        outcome = cli(verb, path, timeout=LIMIT_S, env=verb_env)
        lines = outcome.stderr.strip().splitlines()
        assert outcome.returncode == 2 and len(lines) == 1, (name, outcome.stderr[-2000:])
        assert "Traceback" not in outcome.stderr and str(path) in lines[0]
    outcome = cli(verb, clamped, timeout=LIMIT_S, env=verb_env)
    assert outcome.returncode == 0 and not outcome.stderr.strip(), outcome.stderr[-2000:]
    assert outcome.seconds < LIMIT_S
