"""Reading features in the window: jieba start-up in the background, analysis (segment +
keywords + formulations + suggestions) of the sample and of a ~1 MB report, and how
responsive the UI thread stays meanwhile (a 5 ms QTimer, bench.ui_probe.TICK_MS; the
largest gap between ticks), run as the app runs: its 1 ms thread switch interval, a cold
jieba cache in a folder of its own.

Baseline, measured in the same run: plain `Segmenter.tokenize` of the same text on the
main thread without Qt. Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.reading_speed`
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "县工信局2024年工作总结.txt"


def _big_report(folder: Path, chars: int = 340_000) -> Path:
    """A ~1 MB (UTF-8) report: the sample's body repeated under renumbered sections."""
    text = SAMPLE.read_text(encoding="utf-8")
    title, body = text.split("\n", 1)
    parts = [title]
    number = 0
    while sum(len(p) for p in parts) < chars:
        number += 1
        parts.append(body.replace("一、", f"第{number}部分 一、"))
    path = folder / "big.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _open_and_time(app, window, path: Path) -> tuple[float, int, float]:
    """Seconds until the analysis is shown, timer ticks meanwhile, largest tick gap."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    from bench.ui_probe import TICK_MS

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    window.session.analysis_changed.connect(loop.quit)
    timer.start()
    start = time.perf_counter()
    window.open_report(path)
    loop.exec()
    elapsed = time.perf_counter() - start
    timer.stop()
    window.session.analysis_changed.disconnect(loop.quit)
    marks = [start, *ticks]
    gap = max(b - a for a, b in zip(marks, marks[1:]))
    return elapsed, len(ticks), gap


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    os.environ["YUEPI_CACHE_DIR"] = str(folder / "cache")
    os.environ["YUEPI_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.ui_probe import TICK_MS
    from gui.common.settings import UiSettings
    from gui.shell.app import UI_SWITCH_INTERVAL_S
    from gui.shell.main_window import MainWindow
    from model.reading.segmenter import Segmenter

    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)  # as the app runs
    app = QApplication([])
    big = _big_report(folder)
    for label in ("cold cache", "warm cache"):
        settings = UiSettings(QSettings(str(folder / f"{label}.ini"), QSettings.Format.IniFormat))
        start = time.perf_counter()
        window = MainWindow(settings)
        built = time.perf_counter() - start
        window.resize(1200, 800)
        window.show()
        ticks: list[float] = [time.perf_counter()]
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda marks=ticks: marks.append(time.perf_counter()))
        timer.start()
        if not window.reading.jobs.is_ready:
            loop = QEventLoop()
            window.reading.jobs.ready.connect(loop.quit)
            loop.exec()
        timer.stop()
        gap = max((b - a for a, b in zip(ticks, ticks[1:])), default=0.0)
        print(f"jieba + keyword tables ready in background ({label}): "
              f"{time.perf_counter() - start:.2f} s after start (window built in {built:.2f} s); "
              f"UI timer ticks meanwhile {len(ticks) - 1}, largest gap {gap * 1000:.0f} ms")
    for path in (SAMPLE, big):
        size = path.stat().st_size
        elapsed, ticks, gap = _open_and_time(app, window, path)
        text = path.read_text(encoding="utf-8")
        segmenter = Segmenter(folder / "cache")
        segmenter.load_fallback()  # rjieba and jieba (for its runs), as the window's worker
        start = time.perf_counter()
        segmenter.tokenize(text)
        baseline = time.perf_counter() - start
        analysis = window.reading.analysis
        print(f"{path.name} ({size / 1e6:.2f} MB, {len(text):,} chars): open→analysis shown "
              f"{elapsed:.2f} s ({len(analysis.suggestions)} suggestions); baseline tokenize "
              f"{baseline:.2f} s, ratio {elapsed / baseline:.1f}x; UI timer ticks {ticks}, "
              f"largest gap {gap * 1000:.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
