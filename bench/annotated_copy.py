"""Time the annotated copy (a report as .docx with every annotation as a Word comment) and
reading the comments back, for 2,000 annotations on a long report.

Baseline, timed alternately in the same run: the review .docx export of the same
annotations (model/export/docx_export.py). Text report: 124 K code points, 1,100 lines
(bench.export_review's), generated as a 公文 document; .docx report: the same text as a Word file, three runs per
paragraph (one bold), so runs are split and markers put around them.
Run: .venv/bin/python -m bench.annotated_copy
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.export_review import make_text
from bench.fixtures import random_annotations
from bench.results import figure, paired_medians, spread
from model.annotations import AnnotationSet
from model.export import export
from model.export.docx_comments import build_annotated_copy
from model.export.review import build_review
from model.outline.detector import detect_outline
from model.report.docx_comments_read import read_comments
from model.report.loading import load_report
from model.sidecar.comment_import import import_comments

RUNS = 5
#: What a reviewer waits for at most after File › Export Annotated Copy.
TARGET_S = 2.0


def as_docx(text: str, path: Path) -> Path:
    import docx

    doc = docx.Document()
    body = doc.element.body
    end = body[-1]
    for line in text.split("\n"):
        paragraph = doc.add_paragraph()
        third = len(line) // 3
        paragraph.add_run(line[:third])
        paragraph.add_run(line[third:2 * third]).bold = True
        paragraph.add_run(line[2 * third:])
        end.addprevious(paragraph._p)
    doc.save(str(path))
    return path


def main(n_annotations: int = 2000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        text_path = Path(folder) / "bench.txt"
        text_path.write_text(make_text(100), encoding="utf-8")
        for report in (load_report(text_path), load_report(as_docx(make_text(100),
                                                                    Path(folder) / "bench.docx"))):
            outline = detect_outline(report)
            s = random_annotations(report.text, n_annotations, 120)
            review = build_review(report, outline, s)
            ours, base, ratio = paired_medians(
                lambda r=report, o=outline, a=s: build_annotated_copy(r, a, outline=o),
                lambda rv=review: export(rv, "docx"), RUNS)
            times = []
            copy = Path(folder) / "copy.docx"
            copy.write_bytes(build_annotated_copy(report, s, outline=outline).data)
            for _ in range(3):
                t0 = time.perf_counter()
                result = import_comments(report, read_comments(copy), AnnotationSet())
                times.append(time.perf_counter() - t0)
            back = sorted(times)[1]
            print(f"{report.format}: {len(report.text):,} code points, {n_annotations} "
                  f"annotations: annotated copy {ours:.2f} s (review docx {base:.2f} s, "
                  f"ratio {ratio:.1f}); import back {back:.2f} s, {len(result.placed)} placed, "
                  f"spread {spread(times):.0%}")
            figure(f"annotated copy, {report.format} report, {n_annotations} comments",
                   f"{ours:.2f} s", f"< {TARGET_S:.0f} s", ours < TARGET_S)
            figure(f"import comments back, {report.format} report", f"{back:.2f} s",
                   f"< {TARGET_S:.0f} s", back < TARGET_S)


if __name__ == "__main__":
    main()
