"""Sidecar speed: 10,000 annotations on a ~1 MB report.

Run: .venv/bin/python -m bench.annotations_speed [--annotations N] [--megabytes M]
     [--no-big]

Prints, with the baseline measured in the same run (json.loads of the sidecar bytes):
load + re-anchor of unchanged text (target < 1 s), re-anchor after a small edit near the
start (target < 2 s), and adding one annotation including the save (target < 50 ms; with
the RenderCache, without it, and with a cache that saw only equal copies, as after a
reload or a merge). Then re-anchoring 10,000 and 50,000 annotations on a 5 MB report
after deleting 10 % of its paragraphs (targets < 1 s and < 5 s; median of runs).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.results import figure, spread
from bench.timing import best_of
from model.annotations import DEFAULT_TAGS, AnnotationSet, make_annotation
from model.errors import ModelError
from model.report.loading import Report, load_report
from model.sidecar.anchoring import anchor_annotations
from model.sidecar.format import SourceInfo, to_json_dict
from model.sidecar.store import (
    RenderCache,
    load_sidecar,
    open_annotations,
    save_sidecar,
    sidecar_path,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def build_report(folder: Path, megabytes: float) -> Report:
    """Every .txt fixture under tests/data, repeated until the file is `megabytes` big."""
    parts = []
    for p in sorted(DATA.rglob("*.txt")):
        try:
            parts.append(load_report(p).text)
        except ModelError:
            continue
    chunk = "\n".join(parts) + "\n"
    repeats = int(megabytes * 1_000_000 / len(chunk.encode("utf-8"))) + 1
    rng = random.Random(0)
    path = folder / "基准报告.txt"
    path.write_text("".join(_vary(chunk, rng) for _ in range(repeats)), encoding="utf-8")
    return load_report(path)


def _vary(chunk: str, rng: random.Random) -> str:
    """The chunk with 1 character in 10 replaced by a random CJK one, so that copies
    differ (otherwise every quote would have exact twins to jump to)."""
    chars = list(chunk)
    for i in range(0, len(chars), 10):
        if chars[i] != "\n":
            chars[i] = chr(rng.randint(0x4E00, 0x9FA5))
    return "".join(chars)


def random_annotations(text: str, n: int, seed: int = 1) -> AnnotationSet:
    rng = random.Random(seed)
    s = AnnotationSet()
    for i in range(n):
        start = rng.randrange(len(text) - 80)
        end = start + rng.randint(2, 60)
        s.add(make_annotation(text, start, end, rng.choice(DEFAULT_TAGS).id,
                              note=f"批注 {i}" if rng.random() < 0.3 else ""))
    return s



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--no-big", action="store_true",
                        help="skip re-anchoring on 5 MB after deleting 10 %% of paragraphs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp), args.annotations, args.megabytes)
    if not args.no_big:
        with tempfile.TemporaryDirectory() as tmp:
            bench_deleted_paragraphs(Path(tmp))


def bench_deleted_paragraphs(folder: Path, megabytes: float = 5.0) -> None:
    """Re-anchor after 10 % of the paragraphs (lines) were deleted, spread over the text:
    every annotation after a deletion moves by its own local shift."""
    text = build_report(folder, megabytes).text
    rng = random.Random(5)
    lines = text.split("\n")
    edited = "\n".join(line for line in lines if rng.random() >= 0.10)
    print(f"re-anchor on {len(text.encode('utf-8')) / 1e6:.1f} MB after deleting 10 % of "
          f"its {len(lines):,} paragraphs ({len(text) - len(edited):,} characters):")
    for n, runs, target in ((10_000, 5, 1.0), (50_000, 3, 5.0)):
        annotations = random_annotations(text, n)
        wall, cpu = [], []
        for _ in range(runs):  # CPU time too: one thread, so it is the wall time unshared
            t0, c0 = time.perf_counter(), time.process_time()
            _, summary = anchor_annotations(edited, annotations, old_length=len(text))
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        mid = statistics.median(cpu)
        row(f"{n:,} annotations, CPU (median of {runs}, spread ±{spread(cpu) * 50:.0f} %)",
            mid, target, target=target)
        print(f"    wall clock median {statistics.median(wall):.2f} s; {summary.to_json()}")
        figure(f"re-anchor {megabytes:.0f} MB, {n:,} annotations, 10 % of paragraphs deleted",
               f"{mid:.2f} s CPU", f"target < {target:.0f} s (before: "
               f"{'3.1–3.4' if n == 10_000 else '12.3'} s)", mid < target)


def run(folder: Path, n: int, megabytes: float) -> None:
    report = build_report(folder, megabytes)
    path = sidecar_path(report.path)
    annotations = random_annotations(report.text, n)
    first_save = best_of(lambda: save_sidecar(path, report, annotations), 1)
    raw = path.read_bytes()
    print(f"report: {report.path.stat().st_size / 1e6:.2f} MB, {len(report.text):,} chars; "
          f"sidecar: {len(raw) / 1e6:.2f} MB, {n:,} annotations (first save "
          f"{first_save * 1000:.0f} ms)")

    baseline = best_of(lambda: json.loads(path.read_bytes()), 5)
    loaded = best_of(lambda: load_sidecar(path), 3)
    opened_t = best_of(lambda: open_annotations(report), 3)
    row("json.loads of the sidecar (baseline)", baseline, baseline)
    row("load_sidecar (parse + validate)", loaded, baseline)
    row("open_annotations, unchanged text", opened_t, baseline, target=1.0)

    edited = report.text[:500] + "（此处新增一句补充说明。）" + report.text[500:]
    edited = edited[:3000] + edited[3040:]  # and a deletion a little further on
    report.path.write_text(edited, encoding="utf-8")
    new_report = load_report(report.path)
    reanchor_t = best_of(lambda: open_annotations(new_report), 3)
    opened = open_annotations(new_report)
    row("open_annotations after a small edit", reanchor_t, baseline, target=2.0)
    print(f"    summary after the edit: {opened.summary.to_json()}")

    revision = "".join(c if i % 2000 != 999 or c == "\n" else "改"
                       for i, c in enumerate(edited))
    report.path.write_text(revision, encoding="utf-8")
    revised = load_report(report.path)
    revised_t = best_of(lambda: open_annotations(revised), 1)
    row("… after 1 char changed every 2,000 (a revision)", revised_t, baseline, target=2.0)
    print(f"    summary after the revision: {open_annotations(revised).summary.to_json()}")

    report.path.write_text(edited[:10_000] + edited[30_000:], encoding="utf-8")
    cut = load_report(report.path)
    cut_t = best_of(lambda: open_annotations(cut), 1)
    row("… after deleting 20,000 chars near the start", cut_t, baseline)
    print(f"    summary after the deletion: {open_annotations(cut).summary.to_json()}")

    bench_add_one(path, new_report, opened.annotation_set, opened.fingerprint)


def bench_add_one(path: Path, report: Report, annotations: AnnotationSet,
                  fingerprint: object) -> None:
    """Add one annotation and save, as the GUI's autosave does (it keeps the source
    info and the fingerprint of its last save)."""
    source = SourceInfo.of(report)
    cache = RenderCache()
    fp = save_sidecar(path, source, annotations, cache=cache)
    rng = random.Random(2)
    times, uncached, naive = [], [], []
    for kind, bucket in (("cached", times), ("uncached", uncached)):
        for _ in range(10):
            start = rng.randrange(len(report.text) - 80)
            t0 = time.perf_counter()
            annotations.add(make_annotation(report.text, start, start + 12, "problem"))
            fp = save_sidecar(path, source, annotations, expected=fp,
                              cache=cache if kind == "cached" else None)
            bucket.append(time.perf_counter() - t0)
    for _ in range(5):  # after ours: its unsynced 9 MB would slow the fsyncs above
        t0 = time.perf_counter()
        text = json.dumps(to_json_dict(source, annotations), ensure_ascii=False)
        (path.parent / "naive.json").write_text(text + "\n", encoding="utf-8")
        naive.append(time.perf_counter() - t0)
    def rehash() -> object:  # a fresh Report: SourceInfo.of cannot reuse a cached hash
        nonlocal fp
        fresh = load_report(report.path)
        t0 = time.perf_counter()
        fp = save_sidecar(path, fresh, annotations, expected=fp)
        return time.perf_counter() - t0

    with_report = statistics.median(float(rehash()) for _ in range(3))
    reread = []
    for _ in range(5):  # a cache that saw only equal copies (after a reload or a merge)
        seen = RenderCache()
        seen.prepare(source, annotations)
        copies = AnnotationSet(tags=annotations.tags)
        copies.add_many(replace(a) for a in annotations)
        start = rng.randrange(len(report.text) - 80)
        t0 = time.perf_counter()
        copies.add(make_annotation(report.text, start, start + 12, "problem"))
        fp = save_sidecar(path, source, copies, expected=fp, cache=seen)
        reread.append(time.perf_counter() - t0)
    annotations.replace_all(list(copies))
    base = statistics.median(naive)
    row(f"compact json.dumps + write (baseline), {len(annotations):,}", base, base)
    row("add one + atomic save, RenderCache (median)", statistics.median(times), base,
        target=0.05)
    row("add one + atomic save, no cache (median)", statistics.median(uncached), base,
        target=0.05)
    row("add one + atomic save, cache of equal copies (median)", statistics.median(reread),
        base, target=0.05)
    row("save_sidecar given a fresh Report (re-hashes text)", with_report, base)
    figure("add one + save, cache of equal copies (reload, merge)",
           f"{statistics.median(reread) * 1000:.0f} ms", "target < 50 ms",
           statistics.median(reread) < 0.05)
    figure("add one + save, no cache, 10k on 1 MB", f"{statistics.median(uncached) * 1000:.0f} ms",
           f"target < 50 ms; compact json.dumps {base * 1000:.0f} ms",
           statistics.median(uncached) < 0.05)


def row(label: str, seconds: float, baseline: float, target: float | None = None) -> None:
    verdict = ""
    if target is not None:
        verdict = f"  target < {target * 1000:.0f} ms: {'ok' if seconds < target else 'MISSED'}"
    print(f"  {label:<52} {seconds * 1000:8.1f} ms  ×{seconds / baseline:5.2f}{verdict}")


if __name__ == "__main__":
    main()
