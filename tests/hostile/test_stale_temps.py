"""Issue 11, item 10: temp files left by interrupted saves are removed by the next
successful save — only ours (the exact `.NAME.<8 hex>.tmp` and `BACKUP.<pid>.tmp`
patterns), only when older than 10 minutes (another writer may be mid-save), nothing else.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model.atomic import STALE_AFTER, backup_temp_name, temp_name
from model.errors import SidecarChangedOnDisk
from model.sidecar.store import backup_path, save_sidecar, sidecar_path
from tests.hostile.sidecar_support import ROOT, copy_report, spread_set

OLD = time.time() - STALE_AFTER - 60


def _aged(path: Path, data: bytes = b"partial save", when: float = OLD) -> Path:
    path.write_bytes(data)
    os.utime(path, (when, when))
    return path


def test_only_our_stale_temps_go(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, spread_set(report.text, 2))
    stale = [_aged(tmp_path / temp_name(path.name, os.urandom(4).hex())) for _ in range(28)]
    stale.append(_aged(tmp_path / backup_temp_name(backup_path(path).name, 4242)))
    fresh = _aged(tmp_path / temp_name(path.name, "0123abcd"), when=time.time() - 60)
    other = copy_report(tmp_path, "另一个报告.txt")
    unrelated = [
        _aged(tmp_path / "notes.txt"),
        _aged(tmp_path / temp_name(sidecar_path(other.path).name, "89abcdef")),  # not ours
        _aged(tmp_path / f".{path.name}.0123ABCD.tmp"),  # upper-case hex: not our pattern
        _aged(tmp_path / f".{path.name}.0123abc.tmp"),  # 7 digits
        _aged(tmp_path / f".{path.name}.0123abcde.tmp"),  # 9 digits
        _aged(tmp_path / f"{path.name}.0123abcd.tmp"),  # no leading dot
        _aged(tmp_path / f".{path.name}.0123abcd.tmp.keep"),
        _aged(tmp_path / f"{backup_path(path).name}.0042.tmp"),  # not a pid we would write
        _aged(tmp_path / f"{path.name}.4242.tmp"),  # a pid temp of the sidecar, not the .bak
    ]
    folder = tmp_path / temp_name(path.name, "fedcba98")
    folder.mkdir()
    link = tmp_path / temp_name(path.name, "76543210")
    link.symlink_to(unrelated[0])
    before = {p.name for p in tmp_path.iterdir()}
    save_sidecar(path, report, spread_set(report.text, 3))
    after = {p.name for p in tmp_path.iterdir()}
    assert before - after == {p.name for p in stale}  # exactly the 29 stale ones went
    assert len(stale) == 29
    for kept in [fresh, *unrelated, folder, link]:
        assert os.path.lexists(kept), kept.name


def test_a_failed_save_removes_nothing(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    fp = save_sidecar(path, report, spread_set(report.text, 2))
    stale = _aged(tmp_path / temp_name(path.name, "0badf00d"))
    path.write_bytes(path.read_bytes() + b" ")  # changed by someone else
    with pytest.raises(SidecarChangedOnDisk):
        save_sidecar(path, report, spread_set(report.text, 3), expected=fp)
    assert stale.exists()


_KILLED_SAVE = """
import os, signal, sys
from pathlib import Path
from model import atomic
from model.report.loading import load_report
from model.sidecar.store import save_sidecar, sidecar_path
from tests.hostile.sidecar_support import spread_set

report = load_report(sys.argv[1])
def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)
atomic.os.replace = die  # killed after the temp file is written, before the rename
save_sidecar(sidecar_path(report.path), report, spread_set(report.text, 5))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_leftovers_of_killed_saves_are_cleaned_up(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, spread_set(report.text, 2))
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", _KILLED_SAVE, str(report.path)],
                                cwd=ROOT, capture_output=True, timeout=60)
        assert result.returncode == -signal.SIGKILL
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) >= 3  # the temp files (and the backup's link)
    save_sidecar(path, report, spread_set(report.text, 4))
    assert all(p.exists() for p in leftovers)  # too young: maybe someone is saving
    for p in leftovers:
        os.utime(p, (OLD, OLD))
    save_sidecar(path, report, spread_set(report.text, 4))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert path.exists() and backup_path(path).exists()
