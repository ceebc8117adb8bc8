"""`python main.py compare A B` in a subprocess: the JSON shape, the text form, bad input."""
from __future__ import annotations

import json
import os
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
        scores = [k["score"] for k in c["candidates"]]
        assert scores == sorted(scores, reverse=True)
        for k in c["candidates"]:
            assert set(k) == {"start", "end", "quote", "section", "score", "in_review",
                              "figure", "verdict", "matched"}
            assert b_text[k["start"]:k["end"]] == k["quote"]
            assert k["verdict"] in {"", "met", "missed"}
            for m in k["matched"]:
                assert b_text[m["start"]:m["end"]] == m["word"]
    jobs = [c for c in data["commitments"] if "城镇新增就业人数110万人以上" in c["quote"]]
    assert jobs[0]["candidates"][0]["verdict"] == "met"
    assert jobs[0]["candidates"][0]["section"] == ["2024年工作回顾"]


def test_text_form(tmp_path: Path) -> None:
    result = run(tmp_path, str(A), str(B), "--format", "text", "--limit", "1")
    assert result.returncode == 0, result.stderr
    assert "missed (4.2%)" in result.stdout  # 规模以上工业增加值增长5% → 4.2%
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
