"""`python main.py followup REPORT ID …` in a subprocess: set, clear, show, refuse."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from model.sidecar.store import load_sidecar, save_sidecar, sidecar_path
from tests.model.sidecar.helpers import annotate, copy_report, set_of

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          timeout=60)


def test_set_then_list_then_clear(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    a = annotate(report.text, "研发投入强度低于全省平均水平")
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of(a))
    result = run_cli("followup", str(report.path), a.id[:6], "--status", "整改中",
                     "--unit", "市科技局", "--deadline", "2020-03-31", "--note", "已约谈")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["status"] == "in_progress" and shown["status_name"] == "整改中"
    assert shown["overdue"] is True and shown["id"] == a.id
    data = load_sidecar(path)
    assert data is not None and data.schema == 3
    saved = data.annotation_set.get(a.id)
    assert (saved.followup_status, saved.followup_unit, saved.followup_deadline,
            saved.followup_note) == ("in_progress", "市科技局", "2020-03-31", "已约谈")
    listed = run_cli("annotations", str(report.path), "--lang", "zh")
    item = json.loads(listed.stdout)["annotations"][0]
    assert item["followup"]["unit"] == "市科技局" and item["followup"]["overdue"] is True
    text = run_cli("annotations", str(report.path), "--format", "text", "--lang", "zh").stdout
    assert "整改: 整改中 · 市科技局 · 2020-03-31（已逾期） · 已约谈" in text  # all in --lang
    english = run_cli("annotations", str(report.path), "--format", "text").stdout
    assert "Follow-up: In progress · 市科技局 · 2020-03-31 (overdue) · 已约谈" in english
    cleared = run_cli("followup", str(report.path), a.id, "--status", "", "--unit", "",
                      "--deadline", "", "--note", "")
    assert cleared.returncode == 0, cleared.stderr
    data = load_sidecar(path)
    assert data is not None and data.schema == 1
    assert not data.annotation_set.get(a.id).has_followup


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    a = annotate(report.text, "研发投入强度低于全省平均水平")
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of(a))
    before = path.read_bytes()
    for args in (["--status", "完成了"], ["--deadline", "2027-02-30"]):
        result = run_cli("followup", str(report.path), a.id, *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run_cli("followup", str(report.path), "zzzzzz", "--status", "done")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no annotation" in result.stderr
    assert path.read_bytes() == before
