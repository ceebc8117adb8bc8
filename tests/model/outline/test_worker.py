"""model.outline.worker: an outline handed over from a worker process is the outline itself."""
from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.outline.tree import Outline
from model.outline.worker import FORMAT, OutlineWorker, pack, read, unpack, workers_available
from model.report.loading import load_report

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
REPORTS = sorted((DATA / "outline").glob("*.txt")) + [
    DATA / "loading" / "report.md", ROOT / "resources" / "samples" / "县工信局2024年工作总结.txt"]


def _shape(outline: Outline) -> list[tuple[object, ...]]:
    """Every field of every node, with its parent's place and its children's places."""
    nodes = outline.nodes()
    place = {id(n): i for i, n in enumerate(nodes)}
    return [(n.line, n.depth, n.kind, n.marker, n.title, n.start, n.end, n.title_start,
             n.title_end, place[id(n.parent)] if n.parent else None,
             [place[id(c)] for c in n.children]) for n in nodes]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_unpacked_outline_equals_the_detected_one(path: Path) -> None:
    report = load_report(path)
    outline = detect_outline(report)
    assert len(outline) > 0
    again = unpack(marshal.loads(marshal.dumps(pack(outline, report.sha256))), report.sha256)
    assert again is not None
    assert again.title == outline.title
    assert _shape(again) == _shape(outline)
    assert [n.title for n in again.roots] == [n.title for n in outline.roots]
    middle = outline.nodes()[len(outline) // 2].start
    assert [n.title for n in again.path_at(middle)] == [n.title for n in outline.path_at(middle)]


def test_a_pack_of_another_text_or_format_is_refused() -> None:
    report = load_report(REPORTS[0])
    packed = pack(detect_outline(report), report.sha256)
    assert unpack(packed, "0" * 64) is None  # the file changed between the two loads
    assert unpack((FORMAT + 1, *packed[1:]), report.sha256) is None  # an older worker
    for junk in (None, 42, (), ("x",), [packed]):
        assert unpack(junk, report.sha256) is None


def test_the_worker_module_writes_the_pack_and_refuses_bad_input(tmp_path: Path) -> None:
    report = load_report(REPORTS[0])
    done = subprocess.run([sys.executable, "-m", "model.outline.worker", str(REPORTS[0])],
                          cwd=ROOT, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert _shape(unpack(marshal.loads(done.stdout), report.sha256)) \
        == _shape(detect_outline(report))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for bad in (str(empty), str(tmp_path / "missing.txt")):
        failed = subprocess.run([sys.executable, "-m", "model.outline.worker", bad], cwd=ROOT,
                                capture_output=True, timeout=60, check=False)
        assert (failed.returncode, failed.stdout, failed.stderr) == (2, b"", b"")


def test_read_refuses_what_is_not_a_marshalled_pack() -> None:
    report = load_report(REPORTS[0])
    data = marshal.dumps(pack(detect_outline(report), report.sha256))
    assert _shape(read(data, report.sha256)) == _shape(detect_outline(report))
    for junk in (b"", b"\x00garbage", data[:len(data) // 2], marshal.dumps([1, 2])):
        assert read(junk, report.sha256) is None


#: Another report, with other headings: its outline must never be taken for report_path.
OTHER = "另一份总结\n一、其他工作\n正文一。\n二、别的安排\n正文二。\n"


def titles(outline: Outline) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in outline.nodes()]


def test_small_or_missing_files_get_no_worker(report_path: Path) -> None:
    assert OutlineWorker.start(None) is None
    assert OutlineWorker.start(str(report_path)) is None  # far below MIN_BYTES
    assert OutlineWorker.start(str(report_path.parent / "missing.txt"), min_bytes=0) is None

def test_the_worker_delivers_the_outline_of_exactly_the_loaded_text(
        report_path: Path, tmp_path: Path) -> None:
    report = load_report(report_path)
    worker = OutlineWorker.start(str(report_path), min_bytes=0)
    assert worker is not None
    outline = worker.take(report)
    assert outline is not None and titles(outline) == titles(detect_outline(report))
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    stale = OutlineWorker.start(str(other), min_bytes=0)
    assert stale is not None and stale.take(report) is None  # not this text

def test_a_slow_worker_is_stopped_and_a_failed_one_ignored(report_path: Path,
                                                           tmp_path: Path) -> None:
    report = load_report(report_path)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                               stdout=subprocess.PIPE)
    slow = OutlineWorker(sleeper)
    assert slow.take(report, timeout=0.2) is None
    assert sleeper.poll() is not None  # killed, not left behind
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    failed = OutlineWorker.start(str(binary), min_bytes=0)
    assert failed is not None and failed.take(report) is None

def test_the_worker_can_be_switched_off(report_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("YUEPI_OUTLINE_WORKER", "0")
    assert OutlineWorker.start(str(report_path), min_bytes=0) is None


def test_the_startup_worker_only_when_asked(report_path: Path, monkeypatch) -> None:
    """It lost at every size on two cores (bench.startup): off unless YUEPI_OUTLINE_WORKER=1."""
    from model.outline.worker import SWITCH_ENV, startup_worker

    monkeypatch.delenv(SWITCH_ENV, raising=False)
    assert startup_worker(str(report_path)) is None
    monkeypatch.setenv(SWITCH_ENV, "1")
    worker = startup_worker(str(report_path))
    if workers_available():
        assert worker is not None
        assert worker.take(load_report(report_path)) is not None
    else:
        assert worker is None


def test_the_worker_runs_below_the_window_priority() -> None:
    """On a busy machine the window's thread gets the core before the worker (Unix)."""
    import os

    from model.outline.worker import NICENESS, ROOT

    if not hasattr(os, "nice"):
        pytest.skip("no process priorities here")
    code = ("import os; from model.outline.worker import yield_to_the_window; "
            "before = os.nice(0); yield_to_the_window(); print(os.nice(0) - before)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert int(done.stdout) == min(NICENESS, 19 - os.nice(0))
