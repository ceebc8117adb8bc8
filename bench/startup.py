"""Startup time: process start → window shows the text (and the outline), vs bare PySide6.

    .venv/bin/python -m bench.startup [--mb 5] [--runs 3]

Builds a ~5 MB report by repeating resources/samples/*.txt, then times, best of N:
  * yuepi: `main.py REPORT` with YUEPI_BENCH_EXIT=1 — gui/shell/app.py prints the elapsed ms after
    the text view's first paint (outline already filled) and quits;
  * bare:  a PySide6 process that shows the same text in a QPlainTextEdit, same measure.
Both clocks start just before the subprocess is spawned (YUEPI_BENCH_T0). Target: ≤ 2×.
A report this big (over model.outline.worker.MIN_BYTES) gets its outline from a worker
process started before Qt is imported, so on this machine's second core detection overlaps
the window's construction (`os.cpu_count()` is printed; with one core it is done in line).
Both run from compiled bytecode, as an installed app does: PYTHONDONTWRITEBYTECODE is dropped
for the children, their caches go to a temporary PYTHONPYCACHEPREFIX, and one untimed run
of each fills it.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results import figure

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
t0 = float(os.environ["YUEPI_BENCH_T0"])
app = QApplication(sys.argv[:1])
text = open(sys.argv[1], encoding="utf-8").read()
edit = QPlainTextEdit()
edit.setReadOnly(True)
edit.setPlainText(text)
edit.resize(1200, 800)

def done():
    print(f"startup_ms={(time.time() - t0) * 1000:.1f}", flush=True)
    app.quit()

class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            edit.viewport().removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

first = First()
edit.viewport().installEventFilter(first)
edit.show()
sys.exit(app.exec())
"""


def build_report(folder: Path, megabytes: float) -> Path:
    """Concatenate the samples until the file reaches `megabytes` (UTF-8)."""
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if not samples:
        raise SystemExit("no resources/samples/*.txt to build the benchmark report from")
    unit = "\n".join(samples) + "\n"
    copies = max(1, int(megabytes * 1_000_000 / len(unit.encode("utf-8"))) + 1)
    path = folder / "bench_report.txt"
    path.write_text(unit * copies, encoding="utf-8")
    return path


def time_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms to the text's first paint, ms to the first paint with the outline)."""
    env = dict(env, YUEPI_BENCH_T0=repr(time.time()))
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=False)
    match = re.search(r"startup_ms=([\d.]+)", out.stdout)
    if match is None:
        raise SystemExit(f"no timing from {command[:3]}…:\n{out.stdout}\n{out.stderr}")
    text = re.search(r"text_ms=([\d.]+)", out.stdout)
    total = float(match.group(1))
    return (float(text.group(1)) if text else total), total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="startup time vs bare PySide6")
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report = build_report(Path(tmp), args.mb)
        env = dict(os.environ, YUEPI_BENCH_EXIT="1", XDG_CONFIG_HOME=tmp,
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        # Both sides start from compiled bytecode, as an installed app does (pip compiled
        # PySide6's modules; ours are compiled by the untimed warm-up run below)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours = [sys.executable, "main.py", str(report), "--lang", "zh_CN"]
        bare = [sys.executable, "-c", BARE, str(report)]
        time_once(ours, env)
        time_once(bare, env)
        inline_env = dict(env, YUEPI_OUTLINE_WORKER="0")
        runs, inline, bares = [], [], []
        for i in range(args.runs):  # paired and alternating: load falls on all alike
            order = [(ours, env, runs), (ours, inline_env, inline), (bare, env, bares)]
            for cmd, e, bucket in (order if i % 2 == 0 else order[::-1]):
                bucket.append(time_once(cmd, e))
        med = statistics.median
        text_ms, yuepi_ms = med(r[0] for r in runs), med(r[1] for r in runs)
        inline_ms = med(r[1] for r in inline)
        bare_ms = med(r[1] for r in bares)
        ratio = med(r[1] / b[1] for r, b in zip(runs, bares))
        text_ratio = med(r[0] / b[1] for r, b in zip(runs, bares))
        size = report.stat().st_size / 1_000_000
    print(f"report: {size:.1f} MB, medians of {args.runs} paired runs, {os.cpu_count()} cores")
    print(f"bare PySide6 QPlainTextEdit: {bare_ms:8.1f} ms")
    print(f"yuepi window, text shown:    {text_ms:8.1f} ms   ({text_ms / bare_ms:.2f}x)")
    print(f"yuepi window, with outline:  {yuepi_ms:8.1f} ms   ({yuepi_ms / bare_ms:.2f}x)")
    print(f"  same, outline detected in line (YUEPI_OUTLINE_WORKER=0): {inline_ms:8.1f} ms"
          f"   ({inline_ms / bare_ms:.2f}x)")
    print(f"ratio yuepi/bare (median of paired ratios): {ratio:.2f}x (target <= 1.5x)")
    figure(f"start-up to text + outline, {size:.0f} MB", f"×{ratio:.2f} of bare PySide6",
           "target ≤ ×1.5", ratio <= 1.5)
    figure(f"start-up to text, {size:.0f} MB", f"×{text_ratio:.2f}", "target ≤ ×1.5",
           text_ratio <= 1.5)
    figure(f"outline ready vs text's first paint, {size:.0f} MB",
           f"×{yuepi_ms / text_ms:.2f}", "target ≤ ×1.5", yuepi_ms / text_ms <= 1.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
