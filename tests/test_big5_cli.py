"""`python main.py outline` on Big5 and Big5-HKSCS reports (run in a subprocess)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.model.report.test_big5 import BIG5_OUTLINE

ROOT = Path(__file__).resolve().parent.parent
LOADING = ROOT / "tests" / "data" / "loading"


def outline(path: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the CLI must not rely on it
    result = subprocess.run([sys.executable, "main.py", "outline", str(path)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_big5_outline() -> None:
    doc = outline(LOADING / "big5_report.txt")
    assert doc["title"] == "政府工作報告"
    got = [(n["line"], n["depth"], n["marker"], n["title"]) for n in doc["nodes"]]
    assert got == BIG5_OUTLINE


def test_big5_outline_is_the_utf8_copys(tmp_path: Path) -> None:
    """Same offsets and spans as the same text in UTF-8 (the last section runs to the
    attachment line 附件, as in simplified text)."""
    text = (LOADING / "big5_report.txt").read_bytes().decode("big5")
    copy = tmp_path / "big5_report.txt"
    copy.write_bytes(text.replace("\r\n", "\n").encode("utf-8"))
    big5 = outline(LOADING / "big5_report.txt")
    assert big5 == outline(copy)
    last = big5["nodes"][-1]
    assert text.replace("\r\n", "\n")[last["end"]:].startswith("附件：")


def test_big5hkscs_outline() -> None:
    doc = outline(LOADING / "big5hkscs_report.txt")
    got = [(n["depth"], n["marker"], n["title"]) for n in doc["nodes"]]
    assert got == [
        (1, "一、", "發展經濟"),
        (2, "（一）", "推動創新科技"),
        (2, "（二）", "改善民生"),
        (1, "二、", "社會服務"),
    ]
