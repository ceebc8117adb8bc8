"""What the threads were doing during each long UI gap: opening a 5 MB report with 10,000
annotations in the real window, then its first background analysis; or, with
--reanchor, reloading it after 10 % of its lines were deleted on disk (as bench.ui_gaps
--only reanchor does: right after opening, the dictionaries still loading).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.gap_trace [--mb 5] [--over 60]
     [--until open] [--reanchor]

A sampler thread records every thread's innermost frames of our code every 2 ms
(sys._current_frames); the window's 5 ms tick records its own thread's CPU time. For each
gap over `--over` ms it prints the gap, the window thread's CPU during it (little CPU in a
long gap: it was waiting for the GIL), and the samples taken inside it, so a stall can be
pinned on a line of ours or on a C call holding the GIL (the sampler then stalls too).
A diagnostic, not a figure: bench.ui_gaps and bench.analysis_gaps give the figures.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = str(Path(__file__).resolve().parent.parent)


def _where(frame: object, depth: int = 3) -> str:
    """The innermost `depth` frames in our code (or the innermost at all)."""
    out: list[str] = []
    f = frame
    while f is not None and len(out) < depth:
        code = f.f_code  # type: ignore[attr-defined]
        name = code.co_filename
        if name.startswith(ROOT) or not out:
            short = name[len(ROOT) + 1:] if name.startswith(ROOT) else Path(name).name
            out.append(f"{short}:{f.f_lineno} {code.co_name}")  # type: ignore[attr-defined]
        f = f.f_back  # type: ignore[attr-defined]
    return " < ".join(out)


class Sampler(threading.Thread):
    def __init__(self, every_s: float = 0.002) -> None:
        super().__init__(daemon=True)
        self.every = every_s
        self.samples: list[tuple[float, dict[int, str]]] = []
        self.running = True

    def run(self) -> None:
        me = threading.get_ident()
        while self.running:
            now = time.perf_counter()
            frames = {tid: _where(f) for tid, f in sys._current_frames().items() if tid != me}
            self.samples.append((now, frames))
            time.sleep(self.every)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="explain long UI gaps")
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--over", type=float, default=60.0)
    parser.add_argument("--reanchor", action="store_true",
                        help="trace the reload after 10 %% of the lines were deleted "
                        "(as bench.ui_gaps --only reanchor) instead of open + analysis")
    parser.add_argument("--until", choices=("analysis", "open"), default="analysis",
                        help="open: stop as bench.ui_gaps's open does (report and outline "
                             "shown, 500 ms quiet)")
    args = parser.parse_args(argv)
    from PySide6.QtCore import QTimer

    from bench.tagging_window import window_on_big_report
    from bench.ui_probe import GapProbe

    app, window, folder, path = window_on_big_report(args.mb, args.annotations,
                                                     "yuepi-trace-")
    ui = threading.get_ident()
    cpu: list[tuple[float, float]] = []
    tick = QTimer()
    tick.setInterval(5)
    tick.timeout.connect(lambda: cpu.append((time.perf_counter(), time.thread_time())))
    collections: list[tuple[float, float, int, int]] = []  # start, end, generation, thread
    began: list[float] = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            collections.append((began[0], time.perf_counter(), info["generation"],
                                threading.get_ident()))

    gc.callbacks.append(on_gc)
    sampler = Sampler()
    sampler.start()
    tick.start()
    reading = window.reading
    c = window.controller
    if args.reanchor:  # opened as bench.ui_gaps opens it; the analysis may still run
        from bench.ui_probe import probe as run_probe
        from gui.common import messages

        run_probe(lambda: window.open_report(path),
                  lambda: c.report is not None
                  and window.outline_pane.model.outline() is not None, quiet_ms=500)
        c.autosave._timer.setInterval(3_600_000)
        messages.show_info = lambda *_args: None  # the re-anchoring summary's modal box
        lines = path.read_text(encoding="utf-8").split("\n")
        path.write_text("\n".join(line for i, line in enumerate(lines) if i % 10 != 5),
                        encoding="utf-8")

        def done() -> bool:
            return c.report is not None and not c.loading \
                and window.outline_pane.model.outline() is not None
    elif args.until == "open":
        def done() -> bool:
            return c.report is not None and window.outline_pane.model.outline() is not None
    else:
        def done() -> bool:
            return reading.analysis is not None \
                and reading.analysis.report is window.session.report
    t0 = time.perf_counter()
    with GapProbe() as probe:
        probe.settle(quiet_ms=50)
        cpu.append((time.perf_counter(), time.thread_time()))
        window.open_report(path)
        probe.settle(done, quiet_ms=500 if args.reanchor or args.until == "open" else 300,
                     timeout_s=300)
    sampler.running = False
    tick.stop()
    marks = probe._marks
    what = ("reloaded" if args.reanchor
            else "opened" if args.until == "open" else "opened + analysed")
    print(f"{what} in {time.perf_counter() - t0:.1f} s; largest gap "
          f"{probe.largest_ms:.0f} ms")
    for a, b in zip(marks, marks[1:]):
        gap = (b - a) * 1000
        if gap < args.over:
            continue
        before = [c for t, c in cpu if t <= a + 0.001]
        after = [c for t, c in cpu if t >= b - 0.001]
        used = (after[0] - before[-1]) * 1000 if before and after else float("nan")
        print(f"\n== gap {gap:.0f} ms at +{(a - t0) * 1000:.0f} ms; window thread CPU "
              f"{used:.0f} ms")
        for start, end, generation, tid in collections:
            if end > a and start < b and end - start > 0.005:
                print(f"  gc generation {generation} for {(end - start) * 1000:.0f} ms at "
                      f"+{(start - a) * 1000:.0f} in {'ui' if tid == ui else tid % 10000}")
        inside = [(t, f) for t, f in sampler.samples if a - 0.002 <= t <= b + 0.002]
        last = a
        for t, frames in inside:
            hole = (t - last) * 1000
            last = t
            lines = [f"ui: {frames.get(ui, '-')}"] + [
                f"{tid % 10000}: {w}" for tid, w in frames.items()
                if tid != ui and "yuepi" not in w and "wait" not in w.split(" < ")[0]
                and ("threading.py" not in w.split(" < ")[0])]
            print(f"  +{(t - a) * 1000:6.1f} (sampler hole {hole:5.1f}) " + " | ".join(lines))
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
