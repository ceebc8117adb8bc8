"""`main.py suggest` CPU per MB: the verb run as a fresh process on a 1 MB and a 5 MB report
(the fixture reports repeated), its CPU time (user + system) measured from the parent; the
slope between the two sizes is the cost per MB, the rest the fixed start. rjieba (Yuepi's
default) against jieba alone (YUEPI_SEGMENTER=jieba) as the baseline, alternating.

Run: .venv/bin/python -m bench.suggest_speed [--runs 3]
Target (issue 12): ≤ 0.3 s per MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S_PER_MB = 0.3
SIZES_MB = (1, 5)


def cpu_of(report: Path, engine: str, folder: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one `main.py suggest` run."""
    env = dict(os.environ, YUEPI_CACHE_DIR=str(folder / "cache"),
               YUEPI_DATA_DIR=str(folder / "data"))
    env.pop("YUEPI_SEGMENTER", None)
    if engine == "jieba":
        env["YUEPI_SEGMENTER"] = "jieba"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "main.py", "suggest", str(report), "--no-sidecar"],
                   cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="main.py suggest CPU per MB")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from bench import tagging_window
    from bench.results import figure

    folder = Path(tempfile.mkdtemp(prefix="yuepi-suggest-"))
    reports = {}
    for mb in SIZES_MB:
        tagging_window.TARGET_BYTES = mb * 1_000_000
        reports[mb] = folder / f"report_{mb}mb.txt"
        reports[mb].write_text(tagging_window.build_text(), encoding="utf-8")
    sizes = {mb: reports[mb].stat().st_size / 1e6 for mb in SIZES_MB}
    cpu_of(reports[1], "auto", folder)  # warm: jieba's cache is written once
    cpu_of(reports[1], "jieba", folder)
    cpu: dict[tuple[str, int], list[float]] = {}
    for i in range(args.runs):
        engines = ("auto", "jieba") if i % 2 == 0 else ("jieba", "auto")
        for engine in engines:
            for mb in SIZES_MB:
                cpu.setdefault((engine, mb), []).append(cpu_of(reports[mb], engine, folder)[0])
    small, big = SIZES_MB
    print(f"`main.py suggest` CPU (user + system), median of {args.runs} alternating runs, "
          f"{os.cpu_count()} cores:")
    slope = {}
    for engine in ("auto", "jieba"):
        a = statistics.median(cpu[engine, small])
        b = statistics.median(cpu[engine, big])
        slope[engine] = (b - a) / (sizes[big] - sizes[small])
        fixed = a - slope[engine] * sizes[small]
        name = "rjieba" if engine == "auto" else "jieba alone"
        print(f"  {name:<12} {sizes[small]:.1f} MB {a:.2f} s, {sizes[big]:.1f} MB {b:.2f} s "
              f"→ {fixed:.2f} s + {slope[engine]:.2f} s per MB")
    figure("`main.py suggest` CPU per MB", f"{slope['auto']:.2f} s",
           f"jieba alone {slope['jieba']:.2f} s; target ≤ {TARGET_S_PER_MB} s",
           slope["auto"] <= TARGET_S_PER_MB)
    return 0


if __name__ == "__main__":
    sys.exit(main())
