"""The time of the compare proposals for report-sized texts (bench.compare_quality): the
keyed pairs' texts repeated to ~20,000 characters, or a whole report grown to ~30,000."""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.compare_keys import DATA, LONG, read_split
from model.compare.lexicon import Lexicon
from model.compare.pair import propose
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import load_report

TARGET_SECONDS = 1.0


def speed(segmenter: Segmenter, idf: Idf, lexicon: Lexicon, runs: int = 5,
          long_b: bool = False) -> tuple[float, float]:
    """Median seconds (wall, CPU) of the proposals for two ~20,000-character reports (the
    excerpt pairs' texts repeated), or with `long_b` for a ~20,000-character A and a whole
    report B grown to ~30,000 characters."""
    a_parts, b_parts = [], []
    for pair in sorted(read_split()):
        if pair not in LONG:
            a_parts.append((DATA / f"{pair}.A.txt").read_text(encoding="utf-8"))
            b_parts.append((DATA / f"{pair}.B.txt").read_text(encoding="utf-8"))
    a_text = grown("\n".join(a_parts))
    if long_b:
        b_text = grown("\n".join((DATA / f"{pair}.B.txt").read_text(encoding="utf-8")
                                  for pair in sorted(LONG)), 30_000)
    else:
        b_text = grown("\n".join(b_parts))
    with tempfile.TemporaryDirectory() as folder:
        pa, pb = Path(folder) / "a.txt", Path(folder) / "b.txt"
        pa.write_text(a_text, encoding="utf-8")
        pb.write_text(b_text, encoding="utf-8")
        a, b = load_report(pa), load_report(pb)
        times, cpu = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf,
                    lexicon=lexicon)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    print(f"  sizes {len(a_text)} + {len(b_text)} chars; runs {[round(x, 3) for x in times]} "
          f"(on a shared machine CPU time is the steadier figure)")
    return statistics.median(times), statistics.median(cpu)


def grown(text: str, size: int = 20_000) -> str:
    """The text repeated to at least `size` characters, then cut at the last paragraph
    end within it: ~20,000 characters however many pairs there are."""
    grown = (text + "\n") * (size // (len(text) + 1) + 1)
    cut = grown.rfind("\n", 0, size)
    return grown[:cut] if cut > 0 else grown


