"""Outline detection throughput vs. one plain regex pass over the same lines.

Run: .venv/bin/python -m bench.outline_speed
Builds a ~5 MB report by repeating the fixture reports in tests/data/outline/ and the
bundled sample, then prints MB/s (UTF-8 bytes) for detect_outline (best of 3) and for the
baseline `re.compile(r"^\\s*[一二三四五六七八九十]+、").match` over the pre-split lines.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from model.numbering import int_to_cn
from model.outline import Outline, OutlineNode
from model.outline_detect import detect_outline
from model.report import report_from_text

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES = 5 * 1024 * 1024


def build_text() -> str:
    """Fixture reports repeated under 第N章/第M节 headings, so every copy is a live section
    (their attachment labels are dropped: an attachment list ends the body)."""
    sources = sorted((ROOT / "tests" / "data" / "outline").glob("*.txt"))
    sources += sorted((ROOT / "resources" / "samples").glob("*.txt"))
    bodies = []
    for path in sources:
        lines = path.read_text(encoding="utf-8").split("\n")
        bodies.append("\n".join(ln for ln in lines
                                if not ln.strip(" \t\u3000").startswith("附件")) + "\n")
    group = sum(len(b.encode("utf-8")) for b in bodies)
    repeat = min(TARGET_BYTES // group + 1, 999)
    parts = [f"第{int_to_cn(k)}章　汇编之{k}\n"
             + "".join(f"第{int_to_cn(j)}节　材料{j}\n{body}" for j, body in enumerate(bodies, 1))
             for k in range(1, repeat + 1)]
    return "2024年工作报告汇编\n" + "".join(parts)


def best_of(runs: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    text = build_text()
    megabytes = len(text.encode("utf-8")) / 1e6
    report = report_from_text(text, "bench.txt")
    lines = text.split("\n")
    match = re.compile(r"^\s*[一二三四五六七八九十]+、").match

    def baseline() -> int:
        return sum(1 for line in lines if match(line))

    t_base = best_of(3, baseline)
    t_detect = best_of(3, lambda: detect_outline(report))
    nodes = len(detect_outline(report))
    t_floor = best_of(3, lambda: build_only(nodes))
    print(f"text: {megabytes:.2f} MB, {len(text):,} chars, {len(lines):,} lines, {nodes:,} nodes")
    print(f"baseline regex pass  : {megabytes / t_base:8.1f} MB/s ({t_base * 1000:.1f} ms)")
    print(f"detect_outline       : {megabytes / t_detect:8.1f} MB/s ({t_detect * 1000:.1f} ms)")
    print(f"ratio detect/baseline: {t_base / t_detect:.3f} (target >= 0.33)")
    print(f"floor: only building {nodes:,} OutlineNodes + Outline takes {t_floor * 1000:.1f} ms"
          f" -> best ratio any detector returning them can reach: {t_base / t_floor:.3f}")


def build_only(count: int) -> Outline:
    """What any detector must at least do: create the nodes and the Outline."""
    roots = [OutlineNode(i, 1, "heading", "一、", "标题", i, i + 1, i, i + 1) for i in range(count)]
    return Outline(None, roots)


if __name__ == "__main__":
    main()
