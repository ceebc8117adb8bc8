"""Time the annotated report (HTML build, layout, PDF) and every review export on the
sample and on a 1 MB report with 2,000 annotations.

Baseline, measured in the same run: the same text as a plain QTextDocument
(setPlainText, no highlights, notes or contents) printed to PDF the same way.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.annotated_pdf
"""
from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.handoff import print_report  # noqa: E402
from model.annotations import AnnotationSet, make_annotation  # noqa: E402
from model.export import FORMATS, write_export  # noqa: E402
from model.export.annotated_html import build_annotated_html  # noqa: E402
from model.export.review import build_review  # noqa: E402
from model.outline.detector import detect_outline  # noqa: E402
from model.report.loading import Report, load_report, report_from_text  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "县工信局2024年工作总结.txt"


def _annotated(report: Report, n: int) -> AnnotationSet:
    rng = random.Random(1)
    tags = [t.id for t in AnnotationSet().tags]
    aset = AnnotationSet()
    text = report.text
    for i in range(n):
        start = rng.randrange(len(text) - 60)
        aset.add(make_annotation(text, start, start + rng.randint(4, 60), rng.choice(tags),
                                 note="需核实口径" if i % 3 == 0 else "",
                                 author=rng.choice(["张三", "李四"])))
    return aset


def _timed(fn: object) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()  # type: ignore[operator]
    return time.perf_counter() - t0, result


def _plain_html(text: str) -> str:
    import html

    return "".join(f"<p style=\"white-space: pre-wrap\">{html.escape(line)}</p>"
                   for line in text.split("\n"))


def measure(name: str, report: Report, n: int, folder: Path) -> None:
    outline = detect_outline(report)
    aset = _annotated(report, n)
    t_html, html_text = _timed(lambda: build_annotated_html(report, outline, aset))
    t_pdf, pages = _timed(lambda: print_report.write_pdf(html_text, folder / f"{name}.pdf"))
    t_base, base_pages = _timed(
        lambda: print_report.write_pdf(_plain_html(report.text), folder / f"{name}-plain.pdf"))
    size = (folder / f"{name}.pdf").stat().st_size
    print(f"{name}: {len(report.text):,} code points, {n} annotations")
    print(f"  build HTML        {t_html:8.3f} s  ({len(html_text):,} characters)")
    print(f"  layout + PDF      {t_pdf:8.3f} s  ({pages} pages, {size / 1e6:.1f} MB)")
    print(f"  baseline plain PDF{t_base:8.3f} s  ({base_pages} pages)")
    print(f"  ratio annotated / plain: {(t_html + t_pdf) / t_base:.2f}")
    for fmt in FORMATS:  # what File › Export Review does: build_review + write_export
        t_fmt, _ = _timed(lambda f=fmt: write_export(build_review(report, outline, aset), f,
                                                     folder / f"{name}{FORMATS[f].suffix}"))
        print(f"  export review {fmt:6s}{t_fmt:8.3f} s")


def main() -> None:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        measure("sample", load_report(SAMPLE), 20, folder)
        text = SAMPLE.read_text(encoding="utf-8")
        big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
        measure("1 MB", report_from_text(big, "big.txt"), 2000, folder)


if __name__ == "__main__":
    main()
