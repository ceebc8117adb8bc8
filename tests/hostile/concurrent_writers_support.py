"""A writer process for tests/hostile/test_concurrent_writers.py.

`python -m tests.hostile.concurrent_writers_support REPORT WHO COUNT [--no-write-lock]`
waits for `REPORT.go`, then COUNT times adds one annotation and saves the report's sidecar
with the model API the window uses (gui/annotations/controller.py): save with the
fingerprint last seen; when another writer changed the file (SidecarChangedOnDisk),
under the write lock re-read it, merge three-way with the last common version and save.
It prints the ids whose save succeeded ("confirmed") as one JSON list.

`--no-write-lock` replaces the write lock by nothing: the store as it was before the lock,
to measure the loss the lock prevents.
"""
from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from model.annotations import make_annotation
from model.errors import SidecarBusy, SidecarChangedOnDisk
from model.report.loading import Report, load_report
from model.sidecar import lock, store
from model.sidecar.merge3 import merge_with_disk, snapshot


def text_for_writers() -> str:
    """A report long enough for every writer's annotations to have their own span."""
    return "今年经济运行稳中有进，就业形势总体稳定，财政收支矛盾突出。\n" * 120


class Writer:
    """One writer's state: its set, the fingerprint it last saw, the last common base."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.path = store.sidecar_path(report.path)
        opened = store.open_annotations(report)
        self.mine, self.fingerprint = opened.annotation_set, opened.fingerprint
        self.base = snapshot(self.mine)

    def save(self) -> None:
        """Save as the window does; after a clash, merge under the write lock and save."""
        try:
            self.fingerprint = store.save_sidecar(
                self.path, self.report, self.mine,
                expected=self.fingerprint or store.Fingerprint.absent())
        except SidecarChangedOnDisk:
            with lock.write_lock(self.path):
                merged = merge_with_disk(self.report, self.base, self.mine)
                self.mine = merged.result.merged
                self.fingerprint = store.save_sidecar(
                    self.path, self.report, self.mine, expected=merged.fingerprint,
                    locked=True)
        self.base = snapshot(self.mine)


def run(report_path: Path, who: int, count: int) -> list[str]:
    go = report_path.with_name(report_path.name + ".go")
    while not go.exists():
        time.sleep(0.001)
    writer = Writer(load_report(report_path))
    text = writer.report.text
    confirmed: list[str] = []
    for k in range(count):
        start = (k * 11 + who * 5) % (len(text) - 4)
        item = make_annotation(text, start, start + 4, "problem", note=f"{who}-{k}")
        writer.mine.add(item)
        while True:
            try:
                writer.save()
                break
            except (SidecarBusy, SidecarChangedOnDisk):  # the latter: only unlocked
                continue
        confirmed.append(item.id)
    return confirmed


@contextlib.contextmanager
def _no_lock(_path: Path, _wait_s: float = 0.0) -> Iterator[None]:
    yield


def main(argv: list[str]) -> int:
    if "--no-write-lock" in argv:
        argv = [a for a in argv if a != "--no-write-lock"]
        store.write_lock = lock.write_lock = _no_lock  # type: ignore[assignment]
    report, who, count = Path(argv[0]), int(argv[1]), int(argv[2])
    print(json.dumps(run(report, who, count)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
