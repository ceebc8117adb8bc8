"""`python main.py annotations REPORT` in a subprocess: output, exit codes, no writes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from model.annotations import Tag
from model.outline.detector import detect_outline
from model.report.loading import load_report
from model.sidecar.store import save_sidecar, sidecar_path
from tests.model.sidecar.helpers import annotate, copy_report, set_of

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "annotations", *args],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          timeout=60)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_json_output_after_the_report_changed(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    a = annotate(report.text, "研发投入强度低于全省平均水平", note="补数据", author="李四")
    gone = annotate(report.text, "形式主义、官僚主义问题仍有发生")
    save_sidecar(sidecar_path(report.path), report, set_of(gone, a))
    new_text = "前言一句。\n" + report.text.replace("形式主义、官僚主义问题仍有发生", "")
    report.path.write_text(new_text, encoding="utf-8")
    before = _snapshot(tmp_path)
    result = run_cli(str(report.path))
    assert result.returncode == 0, result.stderr
    assert _snapshot(tmp_path) == before  # the CLI never writes
    out = json.loads(result.stdout)
    current = load_report(report.path)
    assert out["source"] == {"name": "报告.txt", "sha256": current.sha256,
                             "length": len(current.text)}
    assert out["summary"] == {"anchored": 0, "moved": 1, "fuzzy": 0, "orphaned": 1}
    first, second = out["annotations"]
    assert (first["id"], first["status"], first["note"], first["author"]) == (
        a.id, "moved", "补数据", "李四")
    assert new_text[first["start"] : first["end"]] == first["quote"] == a.quote
    expected = [n.label for n in detect_outline(current).path_at(first["start"])]
    assert first["section"] == expected
    assert expected[:2] == ["二、存在的问题", "（一）发展不平衡不充分"]
    assert (second["id"], second["status"], second["section"]) == (gone.id, "orphaned", [])


def test_text_output_one_line_per_annotation(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    save_sidecar(sidecar_path(report.path), report, set_of(
        annotate(report.text, "新增城镇就业3.2万人", "achievement", note="好"),
        annotate(report.text, "一是产业结构仍需优化")))
    result = run_cli(str(report.path), "--format", "text")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert "\tAchievement\t" in lines[0] and "「新增城镇就业3.2万人」" in lines[0]
    section = detect_outline(report).path_at(report.text.index("新增城镇就业"))
    assert "\t§ " + " › ".join(n.label for n in section) + "\t" in lines[0]
    assert section[0].label == "一、主要工作成效" and lines[0].endswith("\t— 好")
    assert lines[2] == "2 annotations: 2 anchored, 0 moved, 0 fuzzy, 0 orphaned"


def test_missing_sidecar_is_an_empty_list(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    result = run_cli(str(report.path))
    assert result.returncode == 0
    out = json.loads(result.stdout)
    assert out["annotations"] == [] and out["summary"]["anchored"] == 0


def test_damaged_sidecar_is_an_error_and_left_alone(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    sidecar_path(report.path).write_text('{"schema": 1, "annotations": [', encoding="utf-8")
    before = _snapshot(tmp_path)
    result = run_cli(str(report.path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "annotation file is damaged" in result.stderr
    assert _snapshot(tmp_path) == before


def test_missing_report_is_an_error(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_newer_schema_is_shown_read_only(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of(annotate(report.text, "一是")))
    doc = json.loads(path.read_text("utf-8"))
    doc["schema"] = 5
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = run_cli(str(report.path))
    assert result.returncode == 0
    assert len(json.loads(result.stdout)["annotations"]) == 1
    assert "schema 5" in result.stderr


def test_text_output_names_custom_tags(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    custom = Tag("tag-5189ce22", "亮点", "Highlight", "#123456", 7)
    annotation_set = set_of(annotate(report.text, "新增城镇就业3.2万人", custom.id),
                            annotate(report.text, "一是产业结构仍需优化"))
    annotation_set.tags.append(custom)
    save_sidecar(sidecar_path(report.path), report, annotation_set)
    lines = run_cli(str(report.path), "--format", "text").stdout.splitlines()
    assert lines[0].split("\t")[1] == "Highlight" and "tag-5189ce22" not in lines[0]
    assert lines[1].split("\t")[1] == "Problem"
    zh = run_cli(str(report.path), "--format", "text", "--lang", "zh").stdout.splitlines()
    assert zh[0].split("\t")[1] == "亮点" and zh[1].split("\t")[1] == "问题"
    out = json.loads(run_cli(str(report.path)).stdout)["annotations"]
    assert [(a["tag"], a["tag_name"]) for a in out] == [
        ("tag-5189ce22", "Highlight"), ("problem", "Problem")]


def test_one_annotation_is_counted_in_the_singular(tmp_path: Path) -> None:
    """Counted nouns take the number's form ("1 annotation", never "(s)")."""
    from model.cli.wording import counted

    report = copy_report(tmp_path)
    save_sidecar(sidecar_path(report.path), report, set_of(
        annotate(report.text, "新增城镇就业3.2万人", "achievement")))
    result = run_cli(str(report.path), "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "1 annotation: 1 anchored, 0 moved, 0 fuzzy, " \
        "0 orphaned"
    assert (counted(0, "row"), counted(1, "row"), counted(2, "match", "matches")) == (
        "0 rows", "1 row", "2 matches")
