"""`python main.py suggest` in a subprocess: JSON and text output, sidecar rejections."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model.annotations import AnnotationSet, make_annotation
from model.reading.suggestions import suggestion_key
from model.report.loading import load_report
from model.sidecar.store import save_sidecar, sidecar_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "suggest" / "director_duty_report.txt"


def run(tmp_path: Path, *args: str, engine: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "YUEPI_CACHE_DIR": str(tmp_path / "cache"),
           "YUEPI_DATA_DIR": str(tmp_path / "data")}  # never the reviewer's real dictionary
    env.pop("YUEPI_SEGMENTER", None)
    if engine:
        env["YUEPI_SEGMENTER"] = engine
    return subprocess.run([sys.executable, "main.py", "suggest", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", check=False)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "述职报告.txt"
    shutil.copy(SAMPLE, path)
    return path


@pytest.mark.parametrize("engine", ["", "jieba"])
def test_json_output_and_cache_location(tmp_path: Path, report: Path, engine: str) -> None:
    """Both engines give the same suggestions; jieba's cache (written when jieba cuts,
    always with YUEPI_SEGMENTER=jieba) goes to YUEPI_CACHE_DIR."""
    result = run(tmp_path, str(report), engine=engine)
    assert result.returncode == 0, result.stderr
    if engine:
        assert result.stdout == run(tmp_path, str(report)).stdout
    found = json.loads(result.stdout)["suggestions"]
    text = report.read_text(encoding="utf-8")
    assert {s["tag"] for s in found} >= {"problem", "commitment", "measure", "achievement"}
    for s in found:
        assert set(s) == {"tag", "start", "end", "quote", "reason", "score"}
        assert text[s["start"]:s["end"]] == s["quote"] and 0 < s["score"] <= 1
    if engine:
        assert any(p.name.endswith(".cache") for p in (tmp_path / "cache").rglob("*"))


def test_text_output(tmp_path: Path, report: Path) -> None:
    result = run(tmp_path, str(report), "--format", "text")
    assert result.returncode == 0, result.stderr
    line = next(ln for ln in result.stdout.splitlines() if "偏慢" in ln)
    assert line.startswith("problem") and "(cue " in line


def test_text_output_in_chinese_names_the_tags_in_chinese(tmp_path: Path,
                                                          report: Path) -> None:
    """--lang zh gave Chinese reasons after English tag ids (problem …（提示词…）): the
    text form is read by people, so the tag is named as the window names it (问题); the
    JSON keeps the ids."""
    result = run(tmp_path, str(report), "--format", "text", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    line = next(ln for ln in result.stdout.splitlines() if "偏慢" in ln)
    assert line.startswith("问题 ") and "提示词" in line
    assert not any(ln.split(" ", 1)[0] in ("problem", "commitment", "achievement", "measure",
                                           "figure") for ln in result.stdout.splitlines())


def test_sidecar_rejections_are_honoured(tmp_path: Path, report: Path) -> None:
    quote = "四是创新意识不强，工作方法比较传统。"
    loaded = load_report(report)
    annotations = AnnotationSet()
    annotations.rejected_suggestions.add(suggestion_key("problem", quote))
    start = loaded.text.index("一是理论学习")
    annotations.add(make_annotation(loaded.text, start, start + 15, "problem"))
    save_sidecar(sidecar_path(report), loaded, annotations)
    quotes = [s["quote"] for s in json.loads(run(tmp_path, str(report)).stdout)["suggestions"]]
    assert quote not in quotes
    assert not any(q.startswith("一是理论学习") for q in quotes)
    ignored = run(tmp_path, str(report), "--no-sidecar")
    assert quote in [s["quote"] for s in json.loads(ignored.stdout)["suggestions"]]


def test_damaged_sidecar_is_one_line_and_exit_2(tmp_path: Path, report: Path) -> None:
    sidecar_path(report).write_text("{not json", encoding="utf-8")
    result = run(tmp_path, str(report))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert sidecar_path(report).read_text(encoding="utf-8") == "{not json"  # left alone


def test_missing_report_exits_2(tmp_path: Path) -> None:
    result = run(tmp_path, str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.startswith("yuepi suggest:") and "Traceback" not in result.stderr


def test_min_score_limit_and_language(tmp_path: Path, report: Path) -> None:
    every = json.loads(run(tmp_path, str(report), "--per-section", "0", "--lang", "en")
                       .stdout)["suggestions"]
    best = json.loads(run(tmp_path, str(report), "--limit", "3", "--lang", "en")
                      .stdout)["suggestions"]
    assert len(best) == 3 < len(every)
    assert sorted(s["score"] for s in best) == sorted(s["score"] for s in every)[-3:]
    high = json.loads(run(tmp_path, str(report), "--min-score", "0.7").stdout)["suggestions"]
    assert high and all(s["score"] >= 0.7 for s in high)
    chinese = json.loads(run(tmp_path, str(report), "--lang", "zh").stdout)["suggestions"]
    assert set(chinese[0]) == {"tag", "start", "end", "quote", "reason", "score"}
    assert any("部分" in s["reason"] or "提示词" in s["reason"] for s in chinese)
    assert not any("under" in s["reason"] or "cue " in s["reason"] for s in chinese)


@pytest.mark.parametrize("args", [("--min-score", "1.5"), ("--limit", "-2"),
                                  ("--lang", "fr")])
def test_bad_ranking_options_exit_2(tmp_path: Path, report: Path, args: tuple[str, str]
                                    ) -> None:
    result = run(tmp_path, str(report), *args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
