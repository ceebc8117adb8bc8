"""model/atomic.py: a save killed at any moment leaves the old or the new sidecar, whole;
one permission policy for every file (an existing file keeps its mode, a new one follows
the umask)."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from model import atomic
from model.atomic import atomic_target, atomic_write
from model.sidecar.store import backup_path, load_sidecar, save_sidecar, sidecar_path
from tests.model.sidecar.helpers import copy_report, set_of

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")

# The child saves sidecars of 1 and of 2000 annotations (~1.7 MB) in turn (or stops in a patched
# step and says so on stdout) until it is killed.
CHILD = textwrap.dedent("""
    import os, sys, time
    from model.annotations import AnnotationSet, make_annotation
    from model.report.loading import load_report
    from model.sidecar.store import RenderCache, save_sidecar, sidecar_path
    report = load_report(sys.argv[1])
    mode = sys.argv[2]
    def build(n):
        s = AnnotationSet()
        s.add_many(make_annotation(report.text, i % 300, i % 300 + 5, "problem",
                                   note=f"note {i}") for i in range(n))
        return s
    small, big = build(1), build(2000)
    if mode != "loop":
        real = getattr(os, mode)
        def stall(*args):
            if mode == "fsync":
                real(*args)
            print("stalled", flush=True)
            time.sleep(60)
        setattr(os, mode, stall)
    big_cache, small_cache = RenderCache(), RenderCache()  # so writing dominates the loop
    print("ready", flush=True)
    while True:
        save_sidecar(sidecar_path(report.path), report, big, cache=big_cache)
        save_sidecar(sidecar_path(report.path), report, small, cache=small_cache)
""")


def _start_child(report_path: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(report_path), mode],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    if child.stdout is not None:
        child.stdout.close()


def test_killed_in_the_middle_of_saves_leaves_a_whole_file(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of())
    rng = random.Random(7)
    for _ in range(8):
        child = _start_child(report.path, "loop")
        time.sleep(rng.uniform(0.05, 0.4))
        _kill(child)
        data = load_sidecar(path)  # raises if the file is broken
        assert data is not None and len(data.annotation_set) in (0, 1, 2000)
        if backup_path(path).exists():
            assert load_sidecar(backup_path(path)) is not None


@pytest.mark.parametrize("step", ["fsync", "link", "replace"])
def test_killed_before_the_rename_keeps_the_old_file(tmp_path: Path, step: str) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of())
    save_sidecar(path, report, set_of())  # so that a backup exists too
    before = path.read_bytes()
    child = _start_child(report.path, step)
    assert child.stdout is not None and child.stdout.readline().strip() == "stalled"
    _kill(child)
    assert path.read_bytes() == before
    assert load_sidecar(path) is not None and load_sidecar(backup_path(path)) is not None


def test_atomic_write_replaces_and_backs_up(tmp_path: Path) -> None:
    target, backup = tmp_path / "f.json", tmp_path / "f.json.bak"
    atomic_write(target, b"one", backup)
    assert target.read_bytes() == b"one" and not backup.exists()
    atomic_write(target, b"two", backup)
    atomic_write(target, b"three", backup)
    assert (target.read_bytes(), backup.read_bytes()) == (b"three", b"two")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.json", "f.json.bak"]


def test_backup_falls_back_to_a_copy_without_hard_links(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*args: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target, backup = tmp_path / "f.json", tmp_path / "f.json.bak"
    atomic_write(target, b"one", backup)
    atomic_write(target, b"two", backup)
    assert (target.read_bytes(), backup.read_bytes()) == (b"two", b"one")


def _write_through_target(path: Path, data: bytes, backup: Path | None = None) -> None:
    """As a library that takes a file name writes: it opens the temp path itself."""
    with atomic_target(path, backup) as temp:
        temp.path.write_bytes(data)


Writer = Callable[[Path, bytes], object]
WRITERS = pytest.mark.parametrize("write", [atomic_write, _write_through_target],
                                  ids=["atomic_write", "atomic_target"])


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@WRITERS
def test_new_file_gets_the_mode_a_plain_open_gives(tmp_path: Path, umask: int,
                                                   write: Writer) -> None:
    plain = tmp_path / "plain"
    plain.write_bytes(b"")
    write(tmp_path / "new", b"data")
    assert _mode(tmp_path / "new") == _mode(plain) == 0o666 & ~umask == 0o640


@WRITERS
@pytest.mark.parametrize("mode", [0o600, 0o664])
def test_existing_file_keeps_its_mode(tmp_path: Path, umask: int, write: Writer,
                                      mode: int) -> None:
    target = tmp_path / "f"
    target.write_bytes(b"old")
    target.chmod(mode)
    write(target, b"new")
    assert (target.read_bytes(), _mode(target)) == (b"new", mode)


@WRITERS
@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                    reason="symbolic links need privileges on Windows")
def test_a_link_stays_a_link_and_its_file_is_replaced(tmp_path: Path, write: Writer) -> None:
    real = tmp_path / "synced" / "userdict.txt"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "userdict.txt"
    link.symlink_to(real)
    write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["synced", "userdict.txt"]


def test_atomic_target_replaces_and_backs_up(tmp_path: Path) -> None:
    target, backup = tmp_path / "f.pdf", tmp_path / "f.pdf.bak"
    _write_through_target(target, b"one", backup)
    _write_through_target(target, b"two", backup)
    assert (target.read_bytes(), backup.read_bytes()) == (b"two", b"one")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.pdf", "f.pdf.bak"]


def test_atomic_target_discarded_or_failed_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "f.pdf"
    target.write_bytes(b"old")
    with atomic_target(target) as temp:
        assert temp.path.parent == tmp_path and temp.path.exists()
        temp.path.write_bytes(b"half")
        temp.discard()
    with pytest.raises(RuntimeError), atomic_target(target) as temp:
        temp.path.write_bytes(b"half")
        raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.pdf"]


@WRITERS
def test_fsync_can_be_left_out_for_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          write: Writer) -> None:
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: synced.append(fd) or real(fd))
    write(tmp_path / "durable", b"x")
    assert len(synced) == 2  # the file, then its folder
    synced.clear()
    if write is atomic_write:
        atomic_write(tmp_path / "cache", b"x", fsync=False)
    else:
        with atomic_target(tmp_path / "cache", fsync=False) as temp:
            temp.path.write_bytes(b"x")
    assert synced == [] and (tmp_path / "cache").read_bytes() == b"x"


def test_temp_names_never_collide_with_a_leftover(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A temp file left by a killed writer with the same random name is not reused."""
    draws = iter([b"\0\0\0\0", b"\0\0\0\0", b"\1\1\1\1"])
    monkeypatch.setattr(atomic.os, "urandom", lambda n: next(draws))
    atomic_write(tmp_path / "f", b"one")
    leftover = tmp_path / ".f.00000000.tmp"
    leftover.write_bytes(b"someone else's")
    atomic_write(tmp_path / "f", b"two")
    assert (tmp_path / "f").read_bytes() == b"two"
    assert leftover.read_bytes() == b"someone else's"
