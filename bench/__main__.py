"""`python -m bench [NAME …]`: run every benchmark (or the named ones), one after another.

Each benchmark is also runnable alone as `python -m bench.NAME`; they print their figures
and the ratio to a baseline measured in the same run.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.results import MARK

HERE = Path(__file__).resolve().parent
NOT_BENCHMARKS = {"__init__", "__main__", "timing", "results", "ui_probe", "fixtures"}


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in HERE.glob("*.py") if p.stem not in NOT_BENCHMARKS)
    failed, rows = [], []
    for name in names:
        print(f"\n=== bench.{name} ===", flush=True)
        proc = subprocess.Popen([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(MARK):
                rows.append(json.loads(line[len(MARK):]))
            else:
                print(line, end="", flush=True)
        if proc.wait():
            failed.append(name)
    print_table(rows)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def print_table(rows: list[dict[str, object]]) -> None:
    """The one table: figure | value | baseline or target | met?"""
    print("\n| figure | value | baseline or target | met? |\n|---|---|---|---|")
    for r in rows:
        met = {True: "yes", False: "NO", None: "–"}[r["met"]]  # type: ignore[index]
        print(f"| {r['figure']} | {r['value']} | {r['reference']} | {met} |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
