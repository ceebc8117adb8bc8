"""gui.shell.app.run end to end: `python main.py REPORT` starts, shows text and outline, quits
(through the benchmark hook), in a subprocess with its own settings folder."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import report_text

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_window_starts_with_report_and_outline(tmp_path: Path, lang: str) -> None:
    report = tmp_path / "report.txt"
    report.write_text(report_text(), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YUEPI_BENCH_EXIT="1",
               XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "main.py", str(report), "--lang", lang],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert "startup_ms=" in out.stdout
    assert "Traceback" not in out.stderr


def test_window_starts_empty_without_report(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YUEPI_BENCH_EXIT="1",
               XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert "startup_ms=" in out.stdout


def test_window_starts_with_a_big_report_through_the_outline_worker(tmp_path: Path) -> None:
    """Asked for (YUEPI_OUTLINE_WORKER=1), the outline comes from a second process."""
    from model.outline.worker import MIN_BYTES

    report = tmp_path / "big.txt"
    unit = report_text()
    report.write_text(unit * (MIN_BYTES // len(unit.encode("utf-8")) + 1), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YUEPI_BENCH_EXIT="1",
               XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path), YUEPI_OUTLINE_WORKER="1")
    out = subprocess.run([sys.executable, "main.py", str(report)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert "startup_ms=" in out.stdout
    assert out.stderr.count("Traceback") == 0


def test_window_starts_with_several_reports(tmp_path: Path) -> None:
    """`yuepi A B` (a restart for a new language passes every open report): the first
    opens in the first window, the others each in their own after its first paint."""
    reports = []
    for name in ("甲.txt", "乙.txt"):
        reports.append(tmp_path / name)
        reports[-1].write_text(report_text(), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", YUEPI_BENCH_EXIT="1",
               XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path), YUEPI_SINGLE_INSTANCE="0")
    out = subprocess.run([sys.executable, "main.py", *map(str, reports)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert "startup_ms=" in out.stdout and "Traceback" not in out.stderr
