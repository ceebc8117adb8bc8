"""A fingerprint of every suggestion Yuepi makes, to prove a speed-up changed none of them:
`suggest` (tag, span, score, raw score, key, reason code and arguments) and the CLI's
JSON and text output (reasons in English and Chinese) on every report in tests/data and on
the generated 5 MB benchmark report (bench.tagging_window). Run it before and after a change
and compare the digests; `--each` prints one digest per document.

Run: .venv/bin/python -m bench.suggest_identity [--each] [--no-big]
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from model.reading.segmenter import Segmenter

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def documents() -> list[Path]:
    """Every report under tests/data, in a fixed order."""
    return sorted(p for p in DATA.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def fingerprint(path: Path, segmenter: Segmenter) -> str:
    """The digest of one report's suggestions and of the CLI's output for it."""
    from model.cli import suggest_verb
    from model.outline.corrections import corrected_outline
    from model.reading.suggestions import suggest
    from model.report.loading import load_report

    digest = hashlib.sha256()
    report = load_report(path)
    found = suggest(report.text, corrected_outline(report, []), segmenter)
    for s in found:
        digest.update(repr((s.tag, s.start, s.end, s.quote, s.score, s.raw_score, s.key,
                            s.reason_code, sorted(s.reason_args.items()))).encode("utf-8"))
    for fmt in ("json", "text"):
        for lang in ("en", "zh_CN"):
            out = io.StringIO()
            args = argparse.Namespace(report=str(path), format=fmt, no_sidecar=True,
                                      min_score=0.0, limit=0, per_section=0, lang=lang,
                                      no_learning=True)
            suggest_verb.run(args, out)
            digest.update(out.getvalue().encode("utf-8"))
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fingerprint of all suggestions")
    parser.add_argument("--each", action="store_true", help="one digest per document")
    parser.add_argument("--no-big", action="store_true", help="leave out the 5 MB report")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="yuepi-identity-"))
    os.environ.setdefault("YUEPI_CACHE_DIR", str(folder / "cache"))
    os.environ["YUEPI_DATA_DIR"] = str(folder / "data")  # no learned model
    paths = documents()
    if not args.no_big:
        from bench import tagging_window

        tagging_window.TARGET_BYTES = 5_000_000
        big = folder / "report_5mb.txt"
        big.write_text(tagging_window.build_text(), encoding="utf-8")
        paths.append(big)
    from model.cli import suggest_verb
    from model.reading.segmenter import default_segmenter

    segmenter = default_segmenter()  # loaded once: the dictionaries take a second
    suggest_verb.default_segmenter = lambda: segmenter  # the verb's too
    total = hashlib.sha256()
    for path in paths:
        one = fingerprint(path, segmenter)
        total.update(one.encode("ascii"))
        if args.each:
            name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
            print(one, name)
    print(f"{len(paths)} documents: {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
