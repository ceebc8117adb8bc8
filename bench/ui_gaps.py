"""UI-thread stalls in the real window on a 5 MB report with 10,000 annotations.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.ui_gaps [--mb 5] [--annotations N]

Around each interaction a 5 ms QTimer (bench.ui_probe.GapProbe) records the longest gap
between its ticks, i.e. the longest time the window could not answer: opening the report
with its sidecar (until the outline is shown and what opening queued has run), Expand All in
the outline, one key typed in the find bar, adding one annotation (with its save). Run as the
app runs: the app's 1 ms thread switch interval, and a cold jieba cache in a folder of its own
(so the background analysis competes for the thread as it does on a first start).
Target: no gap over 100 ms.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="UI stalls in the window")
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--only", default="",
                        help="comma-separated: open,analysis,find,add,reanchor,expand")
    args = parser.parse_args(argv)
    from bench.results import figure
    from bench.tagging_window import window_on_big_report
    from bench.ui_probe import probe

    # a cold jieba cache in a folder of its own: the analysis competes as on a first start
    app, window, folder, path = window_on_big_report(args.mb, args.annotations,
                                                     "yuepi-gaps-")
    case = f"{path.stat().st_size / 1e6:.1f} MB + {args.annotations:,} annotations"
    wanted = set(filter(None, args.only.split(","))) or {
        "open", "analysis", "expand", "find", "add", "reanchor"}
    results: dict[str, tuple[float, list[float]]] = {}

    def record(name: str, p: object) -> None:
        results[name] = (p.largest_ms, p.stalls(50))  # type: ignore[attr-defined]

    t0 = time.perf_counter()
    p = probe(lambda: window.open_report(path),
              lambda: window.controller.report is not None
              and window.outline_pane.model.outline() is not None, quiet_ms=500)
    opened_s = time.perf_counter() - t0
    record("open", p)
    c = window.controller
    c.autosave._timer.setInterval(3_600_000)
    if "analysis" in wanted:  # the rest of the background reading analysis (jieba)
        t1 = time.perf_counter()
        record("analysis", probe(lambda: None, lambda: window.session.analysis is not None,
                                 quiet_ms=300, timeout_s=300))
        analysis_s = opened_s + time.perf_counter() - t1
    if "find" in wanted:
        bar, finder = window.reading.find_bar, window.reading.search
        bar.open_with("")
        idle = lambda: not finder.busy  # noqa: E731  (the count arrives in the background)
        probe(lambda: bar.edit.insert("发"), idle, quiet_ms=300)  # the first key: warm-up
        record("find", probe(lambda: bar.edit.insert("展"), idle, quiet_ms=500))
        bar.close_bar()
    if "add" in wanted:
        rng = random.Random(7)

        def add() -> None:
            start = rng.randrange(0, len(c.text) - 40)
            c.add_annotation(start, start + 12, "measure")
            c.save_now()

        probe(add)
        record("add", probe(add))
    if "reanchor" in wanted:  # every tenth paragraph deleted on disk, then reloaded
        from gui.common import messages

        messages.show_info = lambda *_args: None  # the re-anchoring summary's modal box
        lines = path.read_text(encoding="utf-8").split("\n")
        path.write_text("\n".join(line for i, line in enumerate(lines) if i % 10 != 5),
                        encoding="utf-8")
        record("reanchor", probe(lambda: window.open_report(path),
                                 lambda: c.report is not None and not c.loading
                                 and window.outline_pane.model.outline() is not None,
                                 quiet_ms=500))
    if "expand" in wanted:  # a report of the sample repeated: about 10,000 outline nodes
        from bench.outline_speed import long_paragraph_text

        text = long_paragraph_text()
        cut = text.index("\n", len(text) * 37 // 100)
        tree = folder / "outline_report.txt"
        tree.write_text(text[:cut + 1], encoding="utf-8")
        probe(lambda: window.open_report(tree),
              lambda: window.outline_pane.model.outline() is not None
              and window.controller.report is not None, quiet_ms=500)
        pane = window.outline_pane  # a big tree expands in slices: measured until the last
        record("expand", probe(pane.expand_all, lambda: not pane.view.expanding()))
    outline = window.outline_pane.model.outline()
    nodes = sum(1 for _ in _walk(outline.roots)) if outline is not None else 0
    print(f"{case}; Expand All on {nodes:,} outline nodes; open took {opened_s:.2f} s in all; "
          f"{os.cpu_count()} cores; analysis running in the background meanwhile")
    labels = {"open": "open report + sidecar", "expand": f"Expand All ({nodes:,} nodes)",
              "find": "one key in the find bar", "add": "add one annotation + save",
              "analysis": "background analysis (jieba)",
              "reanchor": "reload after 10 % of lines deleted"}
    if "analysis" in wanted:
        print(f"analysis ready {analysis_s:.1f} s after the open began")
    for name, (largest, stalls) in results.items():
        print(f"  {labels[name]:<34} largest gap {largest:7.1f} ms; gaps > 50 ms: "
              f"{', '.join(f'{g:.0f}' for g in stalls) or 'none'}")
        figure(f"UI gap: {labels[name]} ({case})", f"{largest:.0f} ms",
               f"target ≤ {TARGET_MS:.0f} ms", largest <= TARGET_MS)
    window.close()
    app.processEvents()
    return 0


def _walk(nodes):  # type: ignore[no-untyped-def]
    for n in nodes:
        yield n
        yield from _walk(n.children)


if __name__ == "__main__":
    sys.exit(main())
