"""`python main.py merge …` in a subprocess: summary line, sidecar written, bad input."""
from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from model.annotations import DEFAULT_TAGS, AnnotationSet
from model.report.loading import load_report, report_from_text
from model.sidecar.dump import dumps
from model.sidecar.store import load_sidecar, save_sidecar, sidecar_path
from tests.model.export.review_fixtures import REPORT_PATH, annotate, sample_set

ROOT = Path(__file__).resolve().parent.parent
TEXT = load_report(REPORT_PATH).text
OLD_TEXT = TEXT.replace("一、主要做法和成效\n", "一、主要做法和成效\n新增一段。\n")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    shutil.copy(REPORT_PATH, path)
    save_sidecar(sidecar_path(path), load_report(path), sample_set(TEXT))
    return path


def other_file(tmp_path: Path, recolour: bool = False) -> Path:
    """Another reviewer's sidecar, written for an older version of the text."""
    s = AnnotationSet()
    if recolour:
        s.set_tags([replace(t, color="#000000") if t.id == "problem" else t for t in s.tags])
    s.add(annotate(OLD_TEXT, "简化审批流程", "measure", author="王五", note="好"))
    path = tmp_path / "other" / "r.txt.annotations.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(dumps(report_from_text(OLD_TEXT, "r.txt"), s), encoding="utf-8")
    return path


def test_merge_adds_and_reanchors(report: Path, tmp_path: Path) -> None:
    result = run_cli("merge", str(report), str(other_file(tmp_path)))
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.count("\n") == 1
    assert "added 1, updated 0, kept 0, conflicts 0" in result.stdout
    assert "re-anchored: moved 1, orphaned 0" in result.stdout
    data = load_sidecar(sidecar_path(report))
    assert data is not None and len(data.annotation_set) == 5
    added = next(a for a in data.annotation_set if a.author == "王五")
    assert TEXT[added.start:added.end] == "简化审批流程"


def test_conflict_without_prefer_keeps_mine(report: Path, tmp_path: Path) -> None:
    result = run_cli("merge", str(report), str(other_file(tmp_path, recolour=True)))
    assert "conflicts 1 (kept mine: problem)" in result.stdout
    data = load_sidecar(sidecar_path(report))
    assert data is not None and data.annotation_set.tag("problem").color == DEFAULT_TAGS[0].color


def test_prefer_theirs(report: Path, tmp_path: Path) -> None:
    result = run_cli("merge", str(report), str(other_file(tmp_path, recolour=True)),
                     "--prefer", "theirs")
    assert "took theirs: problem" in result.stdout
    data = load_sidecar(sidecar_path(report))
    assert data is not None and data.annotation_set.tag("problem").color == "#000000"


@pytest.mark.parametrize("content", [None, b"{broken", b'{"schema": 1}'])
def test_bad_other_leaves_sidecar_untouched(report: Path, tmp_path: Path,
                                            content: bytes | None) -> None:
    other = tmp_path / "x.annotations.json"
    if content is not None:
        other.write_bytes(content)
    good = other_file(tmp_path)
    before = sidecar_path(report).read_bytes()
    result = run_cli("merge", str(report), str(good), str(other))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert sidecar_path(report).read_bytes() == before
    if content is not None:
        assert other.read_bytes() == content


def test_damaged_own_sidecar_is_refused_not_moved(report: Path, tmp_path: Path) -> None:
    sidecar_path(report).write_bytes(b"[]")
    result = run_cli("merge", str(report), str(other_file(tmp_path)))
    assert result.returncode == 2 and "damaged" in result.stderr
    assert sidecar_path(report).read_bytes() == b"[]"
    assert not list(report.parent.glob("*.corrupt-*"))


def test_nothing_new_writes_nothing(report: Path) -> None:
    own = sidecar_path(report)
    copy = report.parent / "copy.annotations.json"
    shutil.copy(own, copy)
    stat = own.stat()
    result = run_cli("merge", str(report), str(copy))
    assert result.returncode == 0 and "kept 4" in result.stdout
    assert "nothing to change" in result.stdout
    assert own.stat().st_mtime_ns == stat.st_mtime_ns


def test_merge_waits_for_a_writer_and_ignores_the_editing_lock(report: Path,
                                                              tmp_path: Path) -> None:
    """A window holds the report open for editing and is in the middle of a save: the verb
    waits for the write lock, then merges (the window sees a changed file and merges)."""
    import threading

    from model.sidecar.lock import EditingLock, write_lock

    own = sidecar_path(report)
    editing = EditingLock.acquire(own)
    release = threading.Event()
    held = threading.Event()

    def hold() -> None:
        with write_lock(own):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(5)
    proc = subprocess.Popen([sys.executable, "main.py", "merge", str(report),
                             str(other_file(tmp_path))], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(1.5)  # started (≈1 s) and waiting for the lock
        assert len(load_sidecar(own).annotation_set) == 4
    finally:
        release.set()
        thread.join()
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and err == "" and "added 1" in out
    assert len(load_sidecar(own).annotation_set) == 5 and editing.holds()
    editing.release()
