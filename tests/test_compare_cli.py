"""`python main.py compare A B` in a subprocess: the JSON shape, the text form, bad input."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "compare_real"
A, B = REAL / "gd2024_2025.A.txt", REAL / "gd2024_2025.B.txt"


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "YUEPI_CACHE_DIR": str(tmp_path / "cache"),
           "YUEPI_DATA_DIR": str(tmp_path / "data")}
    env.pop("YUEPI_SEGMENTER", None)
    return subprocess.run([sys.executable, "main.py", "compare", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def test_json_shape(tmp_path: Path) -> None:
    result = run(tmp_path, str(A), str(B), "--limit", "2")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    a_text, b_text = A.read_text(encoding="utf-8"), B.read_text(encoding="utf-8")
    assert set(data) == {"earlier", "later", "commitments"}
    assert data["earlier"]["path"] == str(A) and len(data["later"]["sha256"]) == 64
    assert data["commitments"]
    for c in data["commitments"]:
        assert set(c) == {"start", "end", "quote", "section", "source", "score", "candidates"}
        assert a_text[c["start"]:c["end"]] == c["quote"]
        assert c["source"] in {"annotation", "suggestion", "target", "plan"}
        assert len(c["candidates"]) <= 2
        # the list's order is the fused rank's: its strength descends (the matcher's
        # score, kept as it was, need not)
        assert [k["rank"] for k in c["candidates"]] == list(range(1, len(c["candidates"]) + 1))
        strengths = [k["strength"] for k in c["candidates"]]
        assert strengths == sorted(strengths, reverse=True)
        assert all(0 < s <= 1 for s in strengths)
        for k in c["candidates"]:
            assert set(k) == {"start", "end", "quote", "section", "score", "rank", "strength",
                              "in_review", "figure", "verdict", "default_verdict", "matched"}
            assert b_text[k["start"]:k["end"]] == k["quote"]
            assert k["verdict"] in {"", "met", "missed"}
            assert k["default_verdict"] in ({""} if not k["verdict"] else
                                            {"kept"} if k["verdict"] == "met" else
                                            {"partly", "not_kept"})
            for m in k["matched"]:
                assert b_text[m["start"]:m["end"]] == m["word"]
    jobs = [c for c in data["commitments"] if "城镇新增就业人数110万人以上" in c["quote"]]
    assert jobs[0]["candidates"][0]["verdict"] == "met"
    assert jobs[0]["candidates"][0]["section"] == ["2024年工作回顾"]


def test_a_pair_the_wrong_way_round_is_warned_of_on_stderr(tmp_path: Path) -> None:
    swapped = run(tmp_path, str(B), str(A), "--limit", "1")
    assert swapped.returncode == 0, swapped.stderr
    assert "warning" in swapped.stderr and "order" in swapped.stderr
    json.loads(swapped.stdout)  # the proposals are still printed, stdout stays JSON
    assert "warning" not in run(tmp_path, str(A), str(B), "--limit", "1").stderr


def test_a_later_report_saved_from_a_web_page_is_still_named_by_its_title(
        tmp_path: Path) -> None:
    """B saved from a web page opens with the page's controls (下载, 打印, 字号 …) above its
    title: the wrong-order warning still reads B's year from its title, and the 对照表
    names B by it (it said 对照《下载》)."""
    page = "下载\n打印\n收藏\n【字号：\n加大\n减小\n】\n"
    b = tmp_path / "later.txt"
    b.write_text(page + B.read_text(encoding="utf-8"), encoding="gb18030")
    swapped = run(tmp_path, str(b), str(A), "--limit", "1")
    assert swapped.returncode == 0, swapped.stderr
    assert "warning" in swapped.stderr and "order" in swapped.stderr
    table = run(tmp_path, str(A), str(b), "--links", "--format", "md")
    assert table.returncode == 0, table.stderr
    assert "下载" not in table.stdout
    out = tmp_path / "t.docx"
    made = run(tmp_path, str(A), str(b), "--links", "-o", str(out))
    assert made.returncode == 0, made.stderr
    import docx

    heads = [p.text for p in docx.Document(str(out)).paragraphs[:3]]
    assert not any("《下载》" in h for h in heads), heads


def test_text_form(tmp_path: Path) -> None:
    result = run(tmp_path, str(A), str(B), "--format", "text", "--limit", "1")
    assert result.returncode == 0, result.stderr
    assert "missed (4.2%)" in result.stdout  # 规模以上工业增加值增长5% → 4.2%
    # each candidate: its rank, the strength of its place, then the matcher's score
    assert re.search(r"^    #1 [01]\.\d\d \(matcher \d+\.\d\d\)", result.stdout, re.M)
    assert "[2024年工作总体要求和主要目标]" in result.stdout


@pytest.mark.parametrize("case", ["same", "same_copy", "empty", "missing", "binary"])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, case: str) -> None:
    other = tmp_path / "other.txt"
    if case == "same":
        other = A
    elif case == "same_copy":  # the same text under another name (and encoding)
        other.write_bytes(A.read_text(encoding="utf-8").encode("gb18030"))
    elif case == "empty":
        other.write_text("  \n", encoding="utf-8")
    elif case == "binary":
        other.write_bytes(b"\x00\x01\x02\xff" * 64)
    result = run(tmp_path, str(A), str(other))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    if case.startswith("same"):
        assert "same text" in result.stderr


# --- stored decisions: --link, --links, --unlink (B.compare.json) --------------------------
def _pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "A.txt", tmp_path / "B.txt"
    a.write_bytes(A.read_bytes())
    b.write_bytes(B.read_bytes())
    return a, b


def test_link_links_unlink(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    made = run(tmp_path, str(a), str(b), "--link", "10:30", "40:60", "--verdict", "partly",
               "--note", "未完成", "--author", "审")
    assert made.returncode == 0, made.stderr
    link_id = made.stdout.strip()
    silent = run(tmp_path, str(a), str(b), "--link", "50:70", "-", "--verdict",
                 "not_mentioned")
    assert silent.returncode == 0, silent.stderr
    assert (tmp_path / "B.txt.compare.json").is_file()
    # B edited: the evidence moves with its text
    b.write_text("新增的一段开头。\n" + B.read_text(encoding="utf-8"), encoding="utf-8")
    listed = run(tmp_path, str(a), str(b), "--links")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    first, second = data["links"]
    b_text = b.read_text(encoding="utf-8")
    assert first["id"] == link_id and first["verdict"] == "partly"
    assert first["verdict_label"] == "部分兑现" and first["note"] == "未完成"
    ev = first["evidence"]
    assert b_text[ev["start"]:ev["end"]] == ev["quote"] and ev["status"] == "moved"
    assert ev["start"] == 40 + len("新增的一段开头。\n")
    assert second["evidence"] is None and second["verdict"] == "not_mentioned"
    text = run(tmp_path, str(a), str(b), "--links", "--format", "text")
    assert "部分兑现" in text.stdout and "未提及" in text.stdout
    gone = run(tmp_path, str(a), str(b), "--unlink", link_id)
    assert gone.returncode == 0, gone.stderr
    left = json.loads(run(tmp_path, str(a), str(b), "--links").stdout)["links"]
    assert [k["verdict"] for k in left] == ["not_mentioned"]


@pytest.mark.parametrize("args", [
    ["--link", "10:30", "40:60"],                                 # no verdict
    ["--link", "10:30", "40:60", "--verdict", "maybe"],
    ["--link", "10:30", "40:60", "--verdict", "not_mentioned"],   # 未提及 has none
    ["--link", "10:9999999", "40:60", "--verdict", "kept"],
    ["--link", "x", "40:60", "--verdict", "kept"],
    ["--unlink", "nope"],
])
def test_bad_link_input_exits_2(tmp_path: Path, args: list[str]) -> None:
    a, b = _pair(tmp_path)
    result = run(tmp_path, str(a), str(b), *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "B.txt.compare.json").exists()


def test_a_verdict_without_evidence_is_stored_alone(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    made = run(tmp_path, str(a), str(b), "--link", "10:30", "-", "--verdict", "not_kept")
    assert made.returncode == 0, made.stderr
    [link] = json.loads(run(tmp_path, str(a), str(b), "--links").stdout)["links"]
    assert link["verdict"] == "not_kept" and link["evidence"] is None
    table = run(tmp_path, str(a), str(b), "--links", "--format", "csv")
    assert table.returncode == 0 and "未兑现" in table.stdout


def test_damaged_file_moved_aside_and_said(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    (tmp_path / "B.txt.compare.json").write_text("{damaged", encoding="utf-8")
    result = run(tmp_path, str(a), str(b), "--links")
    assert result.returncode == 0
    assert "damaged" in result.stderr and json.loads(result.stdout)["links"] == []
    aside = list(tmp_path.glob("B.txt.compare.corrupt-*.json"))
    assert [p.read_text(encoding="utf-8") for p in aside] == ["{damaged"]


def test_links_as_table(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    assert run(tmp_path, str(a), str(b), "--link", "10:30", "40:60", "--verdict",
               "kept").returncode == 0
    md = run(tmp_path, str(a), str(b), "--links", "--format", "md")
    assert md.returncode == 0 and "| 已兑现 | 1 |" in md.stdout
    csv_out = run(tmp_path, str(a), str(b), "--links", "--format", "csv")
    assert csv_out.returncode == 0 and csv_out.stdout.startswith("\ufeff")
    no_links = run(tmp_path, str(a), str(b), "--format", "csv")
    assert no_links.returncode == 2 and len(no_links.stderr.strip().splitlines()) == 1


# --- the 承诺兑现对照表: counts in every format, docx/xlsx to -o ---------------------------
def _decided(tmp_path: Path) -> tuple[Path, Path]:
    from tests.model.compare.table_fixtures import make_pair

    a, b = make_pair(tmp_path)
    return a.path, b.path


def test_links_json_adds_citations_sections_and_counts(tmp_path: Path) -> None:
    from tests.model.compare import table_fixtures as fx

    a, b = _decided(tmp_path)
    result = run(tmp_path, str(a), str(b), "--links")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"file", "earlier", "later", "links"} <= set(data)  # kept for scripts
    first = data["links"][0]
    assert {"id", "commitment", "evidence", "verdict", "verdict_label", "note", "author",
            "created", "modified"} <= set(first)
    assert first["commitment_citation"] == f"{fx.SECTION_3} › 确保粮食能源安全 › 第2段"
    assert first["evidence_citation"].startswith(f"{fx.REVIEW_B} › ")  # B: its review part
    assert first["section"] == fx.SECTION_3
    silent = [k for k in data["links"] if k["verdict"] == "not_mentioned"]
    assert silent[0]["evidence"] is None and silent[0]["evidence_citation"] is None
    assert [u["quote"] for u in data["unchecked"]] == ["粮食产量保持在1.3万亿斤以上",
                                                      "保持物价水平基本稳定"]
    assert data["counts"] == {"commitments": 6, "rows": 7, "kept": 2, "partly": 1,
                              "not_kept": 1, "not_mentioned": 1, "unchecked": 2}
    assert data["sections"][1] == {"section": fx.SECTION_3, "total": 2, "counts": {
        "kept": 1, "partly": 0, "not_kept": 0, "not_mentioned": 0, "unchecked": 1}}
    assert data["section_paths"][1]["section"] == f"{fx.SECTION_3} › 确保粮食能源安全"


def test_links_text_and_tables_show_the_counts(tmp_path: Path) -> None:
    from tests.model.compare import table_fixtures as fx

    a, b = _decided(tmp_path)
    text = run(tmp_path, str(a), str(b), "--links", "--format", "text")
    assert text.returncode == 0, text.stderr
    assert "- 未核对" in text.stdout and "按一级标题统计" in text.stdout
    assert f"  {fx.SECTION_3}: 已兑现 1  部分兑现 0" in text.stdout
    md = run(tmp_path, str(a), str(b), "--links", "--format", "md", "--lang", "en")
    assert md.returncode == 0 and "## By top-level section" in md.stdout
    out = tmp_path / "table.csv"
    csv_file = run(tmp_path, str(a), str(b), "--links", "--format", "csv", "-o", str(out))
    assert csv_file.returncode == 0, csv_file.stderr
    assert out.read_text(encoding="utf-8-sig").count("未核对") >= 3  # 2 rows + the count


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_docx_and_xlsx_to_a_file(tmp_path: Path, fmt: str) -> None:
    import docx
    import openpyxl

    a, b = _decided(tmp_path)
    out = tmp_path / f"对照表.{fmt}"
    result = run(tmp_path, str(a), str(b), "--links", "--format", fmt, "-o", str(out),
                 "--to", "市政府办公室", "--reviewer", "王五", "--unit", "市审计局")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote 7 rows (5 links) to ")
    if fmt == "docx":
        document = docx.Document(str(out))
        texts = [p.text for p in document.paragraphs]
        assert "市政府办公室：" in texts and "审阅人：王五" in texts and "市审计局" in texts
        assert len(document.tables[0].rows) == 8
    else:
        assert openpyxl.load_workbook(out)["对照表"].max_row == 8
    guessed = tmp_path / f"again.{fmt}"  # the format from the file name
    assert run(tmp_path, str(a), str(b), "--links", "-o", str(guessed)).returncode == 0
    assert guessed.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("args", [
    ["--links", "--format", "docx"],                    # binary needs -o
    ["--links", "--format", "xlsx"],
    ["--links", "--format", "docx", "-o", "{tmp}/no/such/dir/x.docx"],
    ["--links", "--format", "docx", "-o", "{tmp}"],     # a folder
    ["--links", "--format", "docx", "-o", "{tmp}/B.txt"],  # never over a report
    ["--links", "--format", "xlsx", "-o", "{tmp}/B.txt.compare.json"],
    ["--links", "-o", "{tmp}/x.pdf"],                   # no format from the name
    ["--links", "--format", "json", "-o", "{tmp}/x.json"],
    ["--format", "docx", "-o", "{tmp}/x.docx"],         # the table needs --links
])
def test_bad_table_output_is_one_line_exit_2(tmp_path: Path, args: list[str]) -> None:
    a, b = _decided(tmp_path)
    before = b.read_bytes(), (tmp_path / "B.txt.compare.json").read_bytes()
    result = run(tmp_path, str(a), str(b), *[x.replace("{tmp}", str(tmp_path)) for x in args])
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert (b.read_bytes(), (tmp_path / "B.txt.compare.json").read_bytes()) == before


def test_a_damaged_sidecar_of_a_is_said_and_the_table_still_made(tmp_path: Path) -> None:
    a, b = _decided(tmp_path)
    sidecar = tmp_path / "A.txt.annotations.json"
    assert sidecar.is_file()
    sidecar.write_bytes(b"\xff{not json")
    result = run(tmp_path, str(a), str(b), "--links")
    assert result.returncode == 0, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "warning" in result.stderr
    assert json.loads(result.stdout)["unchecked"] == []
    assert sidecar.read_bytes() == b"\xff{not json"  # only read, never moved aside
