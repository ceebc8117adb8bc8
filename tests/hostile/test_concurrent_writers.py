"""Two processes save one sidecar 300 times each: every confirmed annotation survives.

Before the write lock (model/sidecar/lock.py) the check before `os.replace` raced: both
writers checked, both replaced, and a save reported as done was lost (with a three-way
merging client, the lost annotation even looked like a deletion to the next merge).
The writers: tests/hostile/concurrent_writers_support.py.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from model.sidecar.format import from_json_dict
from tests.conftest import ROOT
from tests.hostile.concurrent_writers_support import text_for_writers

SAVES = 300
#: Generous: the 600 saves take a few seconds; a lock that never comes back would hang.
LIMIT_S = 240


def run_writers(tmp_path: Path, count: int = SAVES, *extra: str) -> tuple[list[str], set[str]]:
    """Start two writers, let them go at the same moment; (confirmed ids, ids in file)."""
    report = tmp_path / "工作报告.txt"
    report.write_text(text_for_writers(), encoding="utf-8")
    procs = [subprocess.Popen(
        [sys.executable, "-m", "tests.hostile.concurrent_writers_support", str(report),
         str(who), str(count), *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for who in (1, 2)]
    time.sleep(0.5)  # both import and wait for the go file
    report.with_name(report.name + ".go").touch()
    confirmed: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=LIMIT_S)
        assert proc.returncode == 0, err
        confirmed += json.loads(out)
    data = json.loads(report.with_name(report.name + ".annotations.json").read_text("utf-8"))
    on_disk = {a.id for a in from_json_dict(data).annotation_set}
    return confirmed, on_disk


def test_two_processes_lose_no_confirmed_save(tmp_path: Path) -> None:
    confirmed, on_disk = run_writers(tmp_path)
    assert len(confirmed) == 2 * SAVES
    lost = [i for i in confirmed if i not in on_disk]
    assert not lost, f"{len(lost)} of {len(confirmed)} confirmed annotations lost"
    assert len(on_disk) == 2 * SAVES
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".wlock", ".stale"))]
    assert not leftovers
