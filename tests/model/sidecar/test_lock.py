"""Editing lock and write lock beside a sidecar (model.sidecar.lock)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from model.errors import SidecarBusy
from model.sidecar import lock, processes
from model.sidecar.lock import EditingLock, LockHeld


@pytest.fixture
def sidecar(tmp_path: Path) -> Path:
    return tmp_path / "报告.txt.annotations.json"


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def plant(sidecar: Path, *, pid: int, host: str | None = None, age_s: float = 0,
          token: str = "theirs") -> Path:
    """An editing lock written by someone else, `age_s` seconds since its last refresh."""
    path = lock.lock_path(sidecar)
    path.write_text(json.dumps({"app": "yuepi", "user": "李四", "host": host or
                                socket.gethostname(), "pid": pid,
                                "started": "2026-03-01T06:02:00+00:00", "token": token}),
                    encoding="utf-8")
    if age_s:
        then = time.time() - age_s
        os.utime(path, (then, then))
    return path


def test_lock_names_sit_beside_the_sidecar(sidecar: Path) -> None:
    assert lock.lock_path(sidecar).name == "报告.txt.annotations.json.lock"
    assert lock.write_lock_path(sidecar).name == ".报告.txt.annotations.json.wlock"
    assert lock.lock_path(sidecar).parent == sidecar.parent


def test_acquire_records_the_holder_and_a_second_is_refused(sidecar: Path) -> None:
    held = EditingLock.acquire(sidecar, app="yuepi 0.1.0")
    data = json.loads(lock.lock_path(sidecar).read_text("utf-8"))
    assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
    assert data["app"] == "yuepi 0.1.0" and data["started"] and data["token"]
    with pytest.raises(LockHeld) as caught:  # another window of this very process
        EditingLock.acquire(sidecar)
    holder = caught.value.holder
    assert (holder.pid, holder.token) == (os.getpid(), held.info.token)
    assert holder.started_local() is not None and lock.holder_of(sidecar) == holder
    held.release()
    assert not lock.lock_path(sidecar).exists() and lock.holder_of(sidecar) is None
    EditingLock.acquire(sidecar).release()


def test_dead_process_on_this_host_is_stale(sidecar: Path) -> None:
    plant(sidecar, pid=dead_pid())
    held = EditingLock.acquire(sidecar)
    assert held.holds() and held.info.pid == os.getpid()
    assert not list(sidecar.parent.glob("*.stale"))


def test_other_host_is_trusted_until_not_refreshed(sidecar: Path) -> None:
    plant(sidecar, pid=os.getpid() + 1, host="other-host", age_s=lock.STALE_AFTER_S - 60)
    with pytest.raises(LockHeld) as caught:
        EditingLock.acquire(sidecar)
    assert caught.value.holder.host == "other-host" and caught.value.holder.user == "李四"
    plant(sidecar, pid=os.getpid() + 1, host="other-host", age_s=lock.STALE_AFTER_S + 60)
    assert EditingLock.acquire(sidecar).holds()


def test_live_pid_not_refreshed_is_stale(sidecar: Path) -> None:
    """A pid reused by an unrelated process after a crash: the lock stopped refreshing."""
    plant(sidecar, pid=os.getppid(), age_s=lock.STALE_AFTER_S + 1)
    assert EditingLock.acquire(sidecar).holds()


@pytest.mark.parametrize("content", [b"", b"[" * 4000, b'{"pid": 1e999, "token": 1}',
                                     b"\xff\xfe", b'["pid", "host"]'])
@pytest.mark.parametrize(("age_s", "held"), [(0, True), (lock.GARBLED_GRACE_S + 5, False)])
def test_garbled_lock_is_stale_after_a_grace(sidecar: Path, age_s: float, held: bool,
                                             content: bytes) -> None:
    path = lock.lock_path(sidecar)
    path.write_bytes(content)  # a crash between creating and writing it, or worse
    if age_s:
        os.utime(path, (time.time() - age_s,) * 2)
    if held:
        with pytest.raises(LockHeld):
            EditingLock.acquire(sidecar)
    else:
        assert EditingLock.acquire(sidecar).holds()


def test_force_takes_a_live_lock_and_the_loser_notices(sidecar: Path) -> None:
    first = EditingLock.acquire(sidecar)
    second = EditingLock.acquire(sidecar, force=True)
    assert second.holds() and not first.holds()
    assert not first.refresh()
    first.release()  # not ours any more: left alone
    assert lock.holder_of(sidecar).token == second.info.token


def test_refresh_touches_and_recreates(sidecar: Path) -> None:
    held = EditingLock.acquire(sidecar)
    path = lock.lock_path(sidecar)
    os.utime(path, (time.time() - 300,) * 2)
    assert held.refresh() and time.time() - path.stat().st_mtime < 60
    path.unlink()
    assert held.refresh() and held.holds()


def test_a_fresh_lock_moved_aside_by_a_late_taker_is_put_back(sidecar: Path) -> None:
    """Two takers judged the same stale lock; the first replaced it with its own: the
    second, moving that fresh lock aside, sees another token and puts it back."""
    stale = lock.read_lock(plant(sidecar, pid=dead_pid()))
    fresh = EditingLock.acquire(sidecar)  # the first taker
    lock._move_aside(lock.lock_path(sidecar), stale)
    assert fresh.holds()
    assert not list(sidecar.parent.glob("*.stale"))


def test_lock_is_released_when_the_object_goes(sidecar: Path) -> None:
    held = EditingLock.acquire(sidecar)
    del held
    assert not lock.lock_path(sidecar).exists()


def test_pid_alive() -> None:
    assert processes.pid_alive(os.getpid())
    assert not processes.pid_alive(dead_pid())
    assert not processes.pid_alive(0) and not processes.pid_alive(-1)
    assert not processes.pid_alive(10**20)  # a hostile lock file: no OverflowError


def test_write_lock_excludes_and_is_removed(sidecar: Path) -> None:
    inside: list[str] = []
    entered = threading.Event()
    leave = threading.Event()

    def hold() -> None:
        with lock.write_lock(sidecar):
            inside.append("first")
            entered.set()
            leave.wait(5)
            inside.append("first done")

    thread = threading.Thread(target=hold)
    thread.start()
    entered.wait(5)
    with pytest.raises(SidecarBusy):
        with lock.write_lock(sidecar, wait_s=0.05):
            inside.append("never")
    threading.Timer(0.05, leave.set).start()
    with lock.write_lock(sidecar, wait_s=5):
        inside.append("second")
    thread.join()
    assert inside == ["first", "first done", "second"]
    assert not lock.write_lock_path(sidecar).exists()


def test_no_lock_possible_goes_on_unlocked(sidecar: Path, monkeypatch) -> None:
    """A read-only folder or a file system without locks: saving is not refused for it
    (the write itself reports an unwritable folder)."""
    monkeypatch.setattr(lock, "_try_lock", lambda fd: None)
    with lock.write_lock(sidecar):
        pass
    assert not lock.write_lock_path(sidecar).exists()
    monkeypatch.setattr(lock.os, "open", lambda *a, **k: (_ for _ in ()).throw(
        PermissionError(13, "read-only folder")))
    with lock.write_lock(sidecar):
        pass
    with pytest.raises(OSError):
        EditingLock.acquire(sidecar)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_something_else_at_the_lock_path_never_hangs(sidecar: Path, kind: str) -> None:
    """A folder or a named pipe where a lock file belongs: no lock (the window edits as
    before), no hang, nothing moved."""
    for path in (lock.lock_path(sidecar), lock.write_lock_path(sidecar)):
        path.mkdir() if kind == "folder" else os.mkfifo(path)
    with pytest.raises(OSError):
        EditingLock.acquire(sidecar, force=True)
    with lock.write_lock(sidecar, wait_s=1):
        pass
    assert lock.lock_path(sidecar).exists()


@pytest.mark.parametrize("started", ["9999-12-31T23:59:59-23:59",
                                     "0001-01-01T00:00:00+23:59", "soon", ""])
def test_start_time_out_of_range_is_unknown(started: str) -> None:
    assert lock.LockInfo(1, "h", "u", "a", started, "t").started_local() is None
