"""Issue 11, item 13: on Windows os.replace fails now and then while an antivirus scanner
or a sync client holds the file (ERROR_ACCESS_DENIED 5, ERROR_SHARING_VIOLATION 32,
ERROR_LOCK_VIOLATION 33). Every rename of a save (and the move of a damaged file aside) is
retried for about a second before the error is reported.

Simulated on any system: an OSError carrying such a `winerror` is transient everywhere.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from model import atomic
from model.atomic import Retry, atomic_write, is_transient
from model.errors import SidecarUnwritable
from model.sidecar.store import (
    backup_path,
    load_sidecar,
    open_annotations,
    save_sidecar,
    sidecar_path,
)
from tests.hostile.sidecar_support import copy_report, spread_set


def _sharing_violation() -> PermissionError:
    exc = PermissionError(13, "The process cannot access the file because it is being "
                              "used by another process")
    exc.winerror = 32  # type: ignore[attr-defined]  # as Windows sets it
    return exc


class Flaky:
    """Stands in for os.replace / os.rename: fails `times` times, then does the real one."""

    def __init__(self, real, times: int, error=_sharing_violation) -> None:
        self.real, self.left, self.error, self.calls = real, times, error, 0

    def __call__(self, src, dst, *args, **kwargs):
        self.calls += 1
        if self.left > 0:
            self.left -= 1
            raise self.error()
        return self.real(src, dst, *args, **kwargs)


def test_transient_errors() -> None:
    for code in (5, 32, 33):
        exc = OSError(13, "busy")
        exc.winerror = code  # type: ignore[attr-defined]
        assert is_transient(exc)
    assert not is_transient(OSError(28, "No space left on device"))
    if os.name != "nt":  # a real permission problem on POSIX is reported at once
        assert not is_transient(PermissionError(13, "Permission denied"))


def test_save_survives_a_busy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, spread_set(report.text, 2))
    flaky = Flaky(os.replace, times=2)
    monkeypatch.setattr(atomic.os, "replace", flaky)
    save_sidecar(path, report, spread_set(report.text, 3))
    monkeypatch.undo()
    assert flaky.calls == 4  # the backup's replace: 2 failures + 1, then the sidecar's
    assert len(load_sidecar(path).annotation_set) == 3  # type: ignore[union-attr]
    assert len(load_sidecar(backup_path(path)).annotation_set) == 2  # type: ignore[union-attr]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_sidecar_replace_is_retried_too(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)  # no file yet: no backup, one replace
    flaky = Flaky(os.replace, times=2)
    monkeypatch.setattr(atomic.os, "replace", flaky)
    save_sidecar(path, report, spread_set(report.text, 3))
    assert flaky.calls == 3 and path.exists()


def test_a_real_failure_is_reported_at_once(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, spread_set(report.text, 2))
    before = path.read_bytes()
    flaky = Flaky(os.replace, times=99, error=lambda: OSError(28, "No space left on device"))
    monkeypatch.setattr(atomic.os, "replace", flaky)
    started = time.monotonic()
    with pytest.raises(SidecarUnwritable, match="No space"):
        save_sidecar(path, report, spread_set(report.text, 3))
    assert time.monotonic() - started < 0.5 and flaky.calls == 1
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_a_file_held_for_good_gives_up_after_the_timeout(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    retry = Retry(timeout=1.0, sleep=sleep, clock=lambda: now[0])
    target = tmp_path / "f.txt"
    target.write_bytes(b"old")
    flaky = Flaky(os.replace, times=10**6)
    monkeypatch.setattr(atomic.os, "replace", flaky)
    with pytest.raises(PermissionError):
        atomic_write(target, b"new", retry=retry)
    monkeypatch.undo()
    assert 0.8 <= sum(slept) <= 1.0 and max(slept) <= 0.2 and flaky.calls == len(slept) + 1
    assert target.read_bytes() == b"old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_moving_a_damaged_file_aside_is_retried(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    path.write_bytes(b"{ damaged")
    flaky = Flaky(os.rename, times=2)
    monkeypatch.setattr(os, "rename", flaky)
    opened = open_annotations(report)
    assert flaky.calls == 3
    assert opened.quarantined is not None and opened.quarantined.read_bytes() == b"{ damaged"
