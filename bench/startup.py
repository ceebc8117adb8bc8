"""Startup time: process start → window shows the text (and the outline), vs bare PySide6.

    .venv/bin/python -m bench.startup [--mb sample,5] [--runs 5]

On the bundled sample and a ~5 MB report (resources/samples/*.txt repeated), times the
medians of N paired, alternating runs (the ratio is the median of the per-run ratios):
  * yuepi: `main.py REPORT` with YUEPI_BENCH_EXIT=1 — gui/shell/app.py prints the elapsed ms after
    the text view's first paint (outline already filled) and quits;
  * bare:  a PySide6 process that shows the same text in a QPlainTextEdit of the same size,
    with the window's fonts (application font and reading font, same point size), same
    measure.
Both also print the CPU time the process used until then (under load, the fairer ratio).
Yuepi builds its docks, features and menus right after that first paint (and a long
report's whole outline follows its head's): "window complete" times that too, a figure only.
Both clocks start just before the subprocess is spawned (YUEPI_BENCH_T0). Target: ≤ ×1.5.
Also timed: the outline detected in line and always in a worker (the cross-over).
The start-up outline worker (model.outline.worker.startup_worker) is off unless
YUEPI_OUTLINE_WORKER=1: the "always in a worker" column shows what it would cost or win.
Both run from compiled bytecode, as an installed app does: PYTHONDONTWRITEBYTECODE is dropped
for the children, their caches go to a temporary PYTHONPYCACHEPREFIX, and one untimed run
of each fills it.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results import figure, spread
from gui.common.fonts import READING_FAMILIES, UI_FAMILIES
from gui.viewer.page_look import BASE_POINT_SIZE

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SAMPLE = SAMPLES / "县工信局2024年工作总结.txt"

BARE = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPlainTextEdit
t0 = float(os.environ["YUEPI_BENCH_T0"])
look = json.loads(sys.argv[2])  # the same fonts as the window (gui/common/fonts.py)
app = QApplication(sys.argv[:1])
ui = QFont()
ui.setFamilies(look["ui"])
app.setFont(ui)
text = open(sys.argv[1], encoding="utf-8").read()
edit = QPlainTextEdit()
edit.setReadOnly(True)
reading = QFont()
reading.setFamilies(look["reading"])
reading.setPointSizeF(look["size"])
edit.setFont(reading)
edit.setPlainText(text)
edit.resize(1200, 800)

def done():
    print(f"startup_ms={(time.time() - t0) * 1000:.1f} "
          f"cpu_ms={time.process_time() * 1000:.1f}", flush=True)
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
#: The window's fonts, for the bare window (same families, same reading size).
LOOK = json.dumps({"ui": UI_FAMILIES, "reading": READING_FAMILIES, "size": BASE_POINT_SIZE})


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


def time_once(command: list[str], env: dict[str, str]
              ) -> tuple[float, float, float, float]:
    """(ms to the text's first paint, ms to the first paint with the outline, ms of CPU
    the process used until then — what the load of other processes cannot inflate — and
    ms until the window is complete, 0 for the bare window)."""
    env = dict(env, YUEPI_BENCH_T0=repr(time.time()))
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=False)
    match = re.search(r"startup_ms=([\d.]+)", out.stdout)
    if match is None:
        raise SystemExit(f"no timing from {command[:3]}…:\n{out.stdout}\n{out.stderr}")
    text = re.search(r"text_ms=([\d.]+)", out.stdout)
    cpu = re.search(r"cpu_ms=([\d.]+)", out.stdout)
    total = float(match.group(1))
    complete = re.search(r"complete_ms=([\d.]+)", out.stdout)
    return ((float(text.group(1)) if text else total), total,
            float(cpu.group(1)) if cpu else 0.0, float(complete.group(1)) if complete else 0.0)


def measure(report: Path, runs: int, env: dict[str, str]) -> dict[str, float]:
    """Medians of `runs` paired, alternating runs: ours (worker as the app decides), ours
    with the outline detected in line, bare PySide6; ratios are medians of per-run ratios."""
    ours = [sys.executable, "main.py", str(report), "--lang", "zh_CN"]
    bare = [sys.executable, "-c", BARE, str(report), LOOK]
    inline_env = dict(env, YUEPI_OUTLINE_WORKER="0")
    worker_env = dict(env, YUEPI_OUTLINE_WORKER="1")  # a worker whatever the size
    time_once(ours, env)  # untimed: fills the bytecode cache
    time_once(bare, env)
    mine: list[tuple[float, float, float, float]] = []
    inline: list[tuple[float, float, float, float]] = []
    worker: list[tuple[float, float, float, float]] = []
    bares: list[tuple[float, float, float, float]] = []
    for i in range(runs):  # paired and alternating: load falls on all alike
        order = [(ours, env, mine), (ours, inline_env, inline), (ours, worker_env, worker),
                 (bare, env, bares)]
        for cmd, e, bucket in (order if i % 2 == 0 else order[::-1]):
            bucket.append(time_once(cmd, e))
    med = statistics.median
    return {
        "text_ms": med(r[0] for r in mine), "yuepi_ms": med(r[1] for r in mine),
        "complete_ms": med(r[3] for r in mine),
        "inline_ms": med(r[1] for r in inline), "worker_ms": med(r[1] for r in worker),
        "bare_ms": med(r[1] for r in bares),
        "ratio": med(r[1] / b[1] for r, b in zip(mine, bares)),
        "text_ratio": med(r[0] / b[1] for r, b in zip(mine, bares)),
        "outline_ratio": med(r[1] / r[0] for r in mine),
        "worker_vs_inline": med(w[1] / n[1] for w, n in zip(worker, inline)),
        "spread": spread([r[1] / b[1] for r, b in zip(mine, bares)]),
        "cpu_ms": med(r[2] for r in mine), "bare_cpu_ms": med(b[2] for b in bares),
        "cpu_ratio": med(r[2] / b[2] if b[2] else 0.0 for r, b in zip(mine, bares)),
        "cpu_spread": spread([r[2] / b[2] for r, b in zip(mine, bares) if b[2]]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="startup time vs bare PySide6")
    parser.add_argument("--mb", default="sample,5",
                        help="comma-separated sizes in MB; 'sample' = the bundled sample")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, YUEPI_BENCH_EXIT="1", XDG_CONFIG_HOME=tmp,
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        # Both sides start from compiled bytecode, as an installed app does (pip compiled
        # PySide6's modules; ours are compiled by the untimed warm-up run)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("YUEPI_OUTLINE_WORKER", None)
        for size in args.mb.split(","):
            if size == "sample":
                report, name = SAMPLE, "bundled sample"
            else:
                folder = Path(tmp) / f"r{size}"
                folder.mkdir()
                report = build_report(folder, float(size))
                name = f"{report.stat().st_size / 1_000_000:.0f} MB"
            r = measure(report, args.runs, env)
            report_case(name, args.runs, r)
    return 0


def report_case(name: str, runs: int, r: dict[str, float]) -> None:
    bare_ms, text_ms, yuepi_ms = r["bare_ms"], r["text_ms"], r["yuepi_ms"]
    print(f"report: {name}, medians of {runs} paired alternating runs, "
          f"{os.cpu_count()} cores")
    print(f"  bare PySide6 QPlainTextEdit: {bare_ms:8.1f} ms")
    print(f"  yuepi window, text shown:    {text_ms:8.1f} ms   (x{r['text_ratio']:.2f})")
    print(f"  yuepi window, with outline:  {yuepi_ms:8.1f} ms   (x{r['ratio']:.2f}; "
          f"spread of the ratios {r['spread']:.0%})")
    print(f"  window complete (docks, features, whole outline): {r['complete_ms']:8.1f} ms")
    print(f"  CPU until then: yuepi {r['cpu_ms']:.1f} ms, bare {r['bare_cpu_ms']:.1f} ms "
          f"(x{r['cpu_ratio']:.2f}; spread {r['cpu_spread']:.0%})")
    print(f"  outline in line: {r['inline_ms']:8.1f} ms; always in a worker process: "
          f"{r['worker_ms']:8.1f} ms (worker/in line x{r['worker_vs_inline']:.2f})")
    figure(f"start-up to text + outline, {name}", f"×{r['ratio']:.2f} of bare PySide6",
           "target ≤ ×1.5", r["ratio"] <= 1.5)
    figure(f"outline ready vs text's first paint, {name}", f"×{r['outline_ratio']:.2f}",
           "target ≤ ×1.5", r["outline_ratio"] <= 1.5)


if __name__ == "__main__":
    sys.exit(main())
