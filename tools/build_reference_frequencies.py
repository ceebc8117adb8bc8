"""Build the reference frequency list of official documents that keywords are weighed
against (model/reading/keywords.py): in how many of the real documents of tests/data each
word occurs.

    .venv/bin/python -m tools.build_reference_frequencies

The corpus is every real document stored for the tests — tests/data/outline_real (regulations,
notices, plans, speeches, summaries, work reports), tests/data/suggest_real and
tests/data/outline_traditional (read through its Simplified form) — never the made-up
fixtures of tests/data/suggest, which the keyword tests use. Writes
resources/dict/official_df.txt: a `# documents N` line, then `word<TAB>documents` for
each word in at least two of them, most common first.
"""
from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from model.reading.keywords import REFERENCE_PATH
from model.reading.segmenter import Segmenter
from model.reading.traditional import simplified
from model.report.loading import load_report

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPUS = ("outline_real", "suggest_real", "outline_traditional")
SUFFIXES = {".txt", ".md"}


def corpus() -> list[Path]:
    """The real documents, in a stable order."""
    return sorted(p for folder in CORPUS for p in (DATA / folder).iterdir()
                  if p.suffix in SUFFIXES and p.name != "README.md")


def main() -> int:
    files = corpus()
    df: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        segmenter = Segmenter(tmp)
        segmenter.initialize()
        for path in files:
            text = simplified(load_report(path).text)
            df.update({t.word for t in segmenter.tokenize(text) if len(t.word) >= 2})
    rows = sorted(((w, n) for w, n in df.items() if n >= 2), key=lambda r: (-r[1], r[0]))
    lines = [f"# documents {len(files)}",
             "# built by tools/build_reference_frequencies.py from the real documents of "
             "tests/data (" + ", ".join(CORPUS) + ")",
             *(f"{w}\t{n}" for w, n in rows)]
    REFERENCE_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(files)} documents, {len(rows)} words -> {REFERENCE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
