"""Segmenter start-up and throughput.

`.venv/bin/python -m bench.segment_speed` measures, in one run (median of 3):
- rjieba (the default engine, jieba for the runs it cuts differently) against jieba alone
  (engine="jieba"): start-up and tokenize of ~1 MB, paired alternating runs;
- Segmenter.initialize() cold (builds the prefix table, writes the cache) and from the
  cache (marshal.loads of the whole file), against jieba's own Tokenizer cold and with its
  cache (marshal.load object by object) as the baseline;
- tokenize / boundaries / suggest on a ~1 MB text (the fixture reports repeated), against
  raw jieba Tokenizer.tokenize on the same text.
"""
from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

import jieba

from bench.results import figure, paired_medians
from bench.timing import median_of
from model.outline.detector import detect_outline
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest
from model.report.loading import Report

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "suggest"
TARGET_BYTES = 1_000_000



def sample_text() -> str:
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt")))
    copies = TARGET_BYTES // len(base.encode("utf-8")) + 1
    return "\n".join([base] * copies)


def init_times(cache_root: Path) -> dict[str, float]:
    counter = iter(range(1000))

    def ours_cold() -> None:
        Segmenter(cache_root / f"cold{next(counter)}", engine="jieba").initialize()

    def jieba_cold() -> None:
        tok = jieba.Tokenizer()
        tok.tmp_dir = str(cache_root / f"jcold{next(counter)}")
        Path(tok.tmp_dir).mkdir()
        tok.initialize()

    warm = cache_root / "warm"
    Segmenter(warm, engine="jieba").initialize()
    jwarm = cache_root / "jwarm"
    jwarm.mkdir()
    first = jieba.Tokenizer()
    first.tmp_dir = str(jwarm)
    first.initialize()

    def jieba_warm() -> None:
        tok = jieba.Tokenizer()
        tok.tmp_dir = str(jwarm)
        tok.initialize()

    return {
        "Segmenter cold (build + write cache)": median_of(ours_cold),
        "Segmenter from cache (marshal.loads)": median_of(
            lambda: Segmenter(warm, engine="jieba").initialize()),
        "jieba.Tokenizer cold (baseline)": median_of(jieba_cold),
        "jieba.Tokenizer from cache (baseline)": median_of(jieba_warm),
    }


PHRASES = ("下一步，我们将深化放管服改革，持续优化营商环境。", "坚定四个自信，做到两个维护。",
           "补短板、强弱项，推动高质量发展取得成效。", "严格落实中央八项规定精神，整治四风。",
           "在肯定成绩的同时，我们也清醒看到存在的问题。", "十五五开局良好，抗灾能力仍需提升。")


def userdict_effect(seg: Segmenter, raw: jieba.Tokenizer) -> None:
    """Typical phrases segmented by stock jieba and by the Segmenter (Yuepi user words)."""
    print("\nuser dictionary effect (stock jieba → Segmenter):")
    for phrase in PHRASES:
        ours = "/".join(t.word for t in seg.tokenize(phrase))
        print(f"  {'/'.join(raw.lcut(phrase))}\n  → {ours}")


def engines(cache: Path, text: str) -> None:
    """rjieba against jieba alone: start-up (from jieba's cache) and tokenize, paired."""
    Segmenter(cache, engine="jieba").initialize()  # jieba's cache exists for both
    start_fast, start_slow, _ = paired_medians(
        lambda: Segmenter(cache).initialize(),
        lambda: Segmenter(cache, engine="jieba").initialize(), runs=5)
    fast, slow = Segmenter(cache), Segmenter(cache, engine="jieba")
    fast.initialize()
    slow.initialize()
    fast.tokenize("PM2.5")  # jieba for the hard runs loaded once, as in a real run
    assert fast.backend == "rjieba", "rjieba is not installed"
    cut_fast, cut_slow, ratio = paired_medians(lambda: fast.tokenize(text),
                                               lambda: slow.tokenize(text), runs=5)
    size = len(text.encode("utf-8")) / 1e6
    print(f"\nrjieba vs jieba alone (paired, median of 5), {size:.2f} MB, "
          f"{len(text):,} characters:")
    print(f"  start-up       rjieba {start_fast:.3f} s   jieba {start_slow:.3f} s")
    print(f"  tokenize       rjieba {cut_fast:.3f} s   jieba {cut_slow:.3f} s   "
          f"(×{1 / ratio:.1f} faster)")
    figure("tokenize 1 MB, rjieba (jieba for the runs it cuts differently)",
           f"{cut_fast:.2f} s", f"jieba alone {cut_slow:.2f} s", cut_fast < cut_slow)


def main() -> int:
    jieba.setLogLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        engines(Path(tmp) / "engines", sample_text())
        times = init_times(Path(tmp))
        seg = Segmenter(Path(tmp) / "warm", engine="jieba")
        seg.initialize()
        raw = jieba.Tokenizer()
        raw.tmp_dir = str(Path(tmp) / "jwarm")
        raw.initialize()
        userdict_effect(seg, raw)
        text = sample_text()
        size = len(text.encode("utf-8"))
        report = Report(Path("bench.txt"), text, "txt")
        outline = detect_outline(report)
        work = {
            "jieba Tokenizer.tokenize (baseline)": median_of(lambda: list(raw.tokenize(text))),
            "Segmenter.tokenize": median_of(lambda: seg.tokenize(text)),
            "Segmenter.boundaries (fine)": median_of(lambda: seg.boundaries(text)),
            "suggest() incl. segmentation": median_of(
                lambda: suggest(text, outline, seg), runs=1),
        }
    print("\nstart-up (median of 3):")
    for name, seconds in times.items():
        print(f"  {name:<40} {seconds:7.3f} s")
    base = times["jieba.Tokenizer from cache (baseline)"]
    ratio = base / times["Segmenter from cache (marshal.loads)"]
    print(f"  cache load speed-up vs jieba's own cache: {ratio:.1f}x")
    print(f"\nthroughput on {size / 1e6:.2f} MB ({len(text):,} characters):")
    for name, seconds in work.items():
        print(f"  {name:<40} {seconds:7.3f} s  {size / 1e6 / seconds:6.2f} MB/s")
    ratio = work["Segmenter.tokenize"] / work["jieba Tokenizer.tokenize (baseline)"]
    print(f"  Segmenter.tokenize / raw jieba: {ratio:.2f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
