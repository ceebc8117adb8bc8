"""Tagging in the real window: 10,000 annotations on a ~1 MB report.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.tagging_window
(a) open report + sidecar: load, re-anchor, first paint — vs json.loads of the sidecar;
(b) add one annotation and save it (controller.add_annotation + save_now), target < 50 ms,
    once the background analysis is done and its ~6,000 suggestions are listed (the
    usual state), and also right after opening, while jieba still runs in the worker;
    then accepting one suggestion (the list and the underlines change) + save;
(c) repaint after scrolling — vs a bare QPlainTextEdit with the same text.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from bench.timing import median_of  # noqa: E402
from model.annotations import DEFAULT_TAGS, AnnotationSet, make_annotation  # noqa: E402
from model.report.loading import load_report  # noqa: E402
from model.sidecar.store import save_sidecar, sidecar_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "resources/samples/县工信局2024年工作总结.txt",
           *sorted((ROOT / "tests/data/outline").glob("*.txt")),
           *sorted((ROOT / "tests/data/suggest").glob("*.txt"))]
TARGET_BYTES = 1_000_000
N_ANNOTATIONS = 10_000
SCROLL_POSITIONS = 8


def build_text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in SOURCES if p.exists()]
    chunk = "\n".join(parts)
    copies = TARGET_BYTES // len(chunk.encode("utf-8")) + 1
    return "\n".join([chunk] * copies)


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in ms."""
    return median_of(fn, repeat) * 1000


def window_on_big_report(mb: float, annotations: int, prefix: str
                         ) -> tuple[QApplication, object, Path, Path]:
    """The app as it runs (its 1 ms thread switch interval, a cold jieba cache and data
    folder of its own), an empty shown MainWindow, and a report of `mb` MB with
    `annotations` annotations written for it: (app, window, folder, report path)."""
    import sys

    from gui.common.settings import UiSettings
    from gui.shell.app import UI_SWITCH_INTERVAL_S
    from gui.shell.main_window import MainWindow
    from model.memory import tune_for_window

    global TARGET_BYTES, N_ANNOTATIONS
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["YUEPI_CACHE_DIR"] = str(folder / "cache")
    os.environ["YUEPI_DATA_DIR"] = str(folder / "data")
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    tune_for_window()  # as gui.launch does
    app = QApplication.instance() or QApplication([])
    TARGET_BYTES, N_ANNOTATIONS = int(mb * 1_000_000), annotations
    path = write_fixture(folder)
    window = MainWindow(UiSettings(QSettings(str(folder / "b.ini"), QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return app, window, folder, path


def write_fixture(folder: Path) -> Path:
    text = build_text()
    path = folder / "big_report.txt"
    path.write_text(text, encoding="utf-8")
    report = load_report(path)
    rng = random.Random(3)
    aset = AnnotationSet(DEFAULT_TAGS)
    tags = [t.id for t in DEFAULT_TAGS]
    items = []
    for _ in range(N_ANNOTATIONS):
        start = rng.randrange(0, report.length - 80)
        items.append(make_annotation(report.text, start, start + rng.randint(4, 60),
                                     rng.choice(tags), author="bench"))
    aset.add_many(items)
    save_sidecar(sidecar_path(path), report, aset)
    return path


def open_in_window(app: QApplication, path: Path, ini: Path) -> tuple[object, float]:
    from gui.common.settings import UiSettings
    from gui.shell.main_window import MainWindow

    window = MainWindow(UiSettings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    t0 = time.perf_counter()
    window.open_report(path)
    while window.controller.report is None:  # large reports: outline from a worker
        app.processEvents()
    window.text_view.viewport().repaint()
    return window, (time.perf_counter() - t0) * 1000


def paint_times(view: QPlainTextEdit, app: QApplication) -> float:
    """Median ms of viewport().repaint() at several scroll positions."""
    bar = view.verticalScrollBar()
    runs = []
    for i in range(1, SCROLL_POSITIONS + 1):
        bar.setValue(bar.maximum() * i // (SCROLL_POSITIONS + 1))
        app.processEvents()
        runs.append(timed(view.viewport().repaint, 3))
    return statistics.median(runs)


def wait_for_analysis(window: object, app: QApplication) -> None:
    reading = window.reading  # type: ignore[attr-defined]
    reading.jobs.wait()
    while reading.analysis is None:
        app.processEvents()


def accept_one(window: object) -> None:
    """Accept the first listed suggestion (as Enter in the Suggestions panel) and save."""
    feature = window.reading.suggestions  # type: ignore[attr-defined]
    feature.accept(feature.shown[:1])
    window.controller.save_now()  # type: ignore[attr-defined]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    path = write_fixture(folder)
    raw = sidecar_path(path).read_bytes()
    base_json = timed(lambda: json.loads(raw))
    window, open_ms = open_in_window(app, path, folder / "bench.ini")
    c = window.controller
    c.autosave._timer.setInterval(3_600_000)
    text = c.text
    rng = random.Random(5)

    def add_and_save() -> None:
        start = rng.randrange(0, len(text) - 40)
        c.add_annotation(start, start + 12, "measure")
        c.save_now()

    def add_only() -> None:
        start = rng.randrange(0, len(text) - 40)
        c.add_annotation(start, start + 12, "figure")

    app.processEvents()  # what is queued runs before the reviewer's first click would
    busy_ms = timed(add_and_save, 5)  # the worker is still segmenting
    wait_for_analysis(window, app)
    add_ms = timed(add_and_save, 15)
    views_ms = timed(add_only, 15)  # the views' share: highlighter, table, counts, others
    c.save_now()
    write_ms = timed(lambda: c.autosave.force_save(), 9)  # serialise + durable write only
    accept_ms = timed(lambda: accept_one(window), 5)
    suggestions = len(window.reading.suggestions.shown)
    bare = QPlainTextEdit()
    bare.setFont(window.text_view.font())
    bare.setPlainText(text)
    bare.resize(window.text_view.size())
    bare.show()
    app.processEvents()
    bare_paint = paint_times(bare, app)
    paint = paint_times(window.text_view, app)
    print(f"report: {len(text):,} chars ({len(text.encode('utf-8')):,} bytes), "
          f"{len(c.annotation_set):,} annotations, sidecar {len(raw):,} bytes")
    print(f"(a) open report+sidecar, re-anchor, first paint: {open_ms:8.1f} ms  "
          f"(json.loads of the sidecar {base_json:.1f} ms, ×{open_ms / base_json:.1f})")
    print(f"(b) add one annotation + save:               {add_ms:8.1f} ms  (target < 50 ms; "
          f"add + views {views_ms:.1f} ms, save alone {write_ms:.1f} ms; "
          f"{suggestions:,} suggestions listed)")
    print(f"    … while the analysis still runs:         {busy_ms:8.1f} ms")
    print(f"    accept one suggestion + save:            {accept_ms:8.1f} ms")
    print(f"(c) repaint after scrolling:                 {paint:8.2f} ms  "
          f"(bare QPlainTextEdit {bare_paint:.2f} ms, ×{paint / bare_paint:.2f})")
    window.close()
    bare.close()
    app.processEvents()


if __name__ == "__main__":
    main()
