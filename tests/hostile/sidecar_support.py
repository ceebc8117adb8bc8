"""Shared builders for the hostile sidecar tests (issue 11): reports, sidecars, the verbs.

Inputs are generated here, never stored: a report copied from tests/data/sidecar, a
sidecar document built in memory and damaged by the test that uses it.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from model.annotations import AnnotationSet, make_annotation
from model.report.loading import Report, load_report
from model.sidecar.format import to_json_dict

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "sidecar"
REPORT = DATA / "report.txt"
#: The file name limit most file systems have (bytes; Chinese characters take 3 in UTF-8).
NAME_MAX = 255


def copy_report(folder: Path, name: str = "报告.txt") -> Report:
    """The fixture report (418 characters) copied into `folder` under `name`."""
    target = folder / name
    shutil.copyfile(REPORT, target)
    return load_report(target)


def spread_set(text: str, n: int = 40, width: int = 5) -> AnnotationSet:
    """`n` annotations of `width` characters, one every len(text) // n characters, with
    notes, so that each can be told apart."""
    step = len(text) // n
    s = AnnotationSet()
    s.add_many(make_annotation(text, i * step, i * step + width, "problem", note=f"批注{i}",
                               author="王审") for i in range(n))
    return s


def sidecar_doc(report: Report, n: int = 40) -> dict[str, Any]:
    """A valid sidecar document with `n` annotations over `report`."""
    return to_json_dict(report, spread_set(report.text, n))


def write_doc(path: Path, doc: dict[str, Any]) -> bytes:
    """Write `doc` as our writer would (indent 2, Chinese as is); return the bytes. A lone
    surrogate becomes a JSON escape (`\\ud800`), as another program would write it."""
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    text = "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    data = text.encode("utf-8")
    path.write_bytes(data)
    return data


def set_aside(folder: Path) -> list[Path]:
    """The damaged sidecars moved aside in `folder`."""
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name)


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python main.py ARGS…` in a subprocess (stdout and stderr as UTF-8 text)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", env=env,
                          timeout=timeout)


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) <= 1, result.stderr
