"""Cost of the tagging views on a ~1 MB report with 2,000 annotations.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.tagging
Baseline (same run): a plain QSyntaxHighlighter that paints the same annotations with one
setFormat each (no blending, no overlaps) — not the empty document, on which our highlighter
detaches itself and costs nothing (the old baseline of 0.0 ms).
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from bench.results import figure, paired_medians  # noqa: E402
from bench.timing import median_of  # noqa: E402
from gui.annotations.controller import Controller  # noqa: E402
from gui.annotations.highlighter import AnnotationHighlighter  # noqa: E402
from gui.annotations.table_model import AnnotationTableModel  # noqa: E402
from gui.annotations.tag_counts import TagCounts  # noqa: E402
from model.annotations import make_annotation  # noqa: E402
from model.outline.detector import detect_outline  # noqa: E402
from model.report.loading import Report  # noqa: E402

PARAGRAPH = ("（一）着力稳定经济增长。全年地区生产总值增长5.2%，财政收支矛盾仍然突出；"
             "𠀀村道路改造完成120公里，民生投入占比达到78%。\n")
TARGET_CHARS = 336_000
N_ANNOTATIONS = 2_000
RUNS = 5


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median wall time in ms."""
    return median_of(fn, repeat) * 1000

class _Bare(QSyntaxHighlighter):
    """One background per annotation, found by a plain scan of the block's spans."""

    def __init__(self, document: object, spans: list[tuple[int, int]]) -> None:
        super().__init__(document)
        self._spans = sorted(spans)
        self._fmt = QTextCharFormat()
        self._fmt.setBackground(QColor("#ffe08a"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        import bisect
        base = self.currentBlock().position()
        end = base + len(text)
        i = bisect.bisect_left(self._spans, (base - 60, 0))
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e = self._spans[i]
            if e > base:
                self.setFormat(max(s, base) - base, min(e, end) - max(s, base), self._fmt)
            i += 1


def main() -> None:
    app = QApplication.instance() or QApplication([])
    text = "一、总体情况\n" + PARAGRAPH * (TARGET_CHARS // len(PARAGRAPH))
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.txt"
    path.write_text(text, encoding="utf-8")
    report = Report(path, text, "txt")
    controller = Controller("bench", autosave_ms=3_600_000)
    controller.open(report, detect_outline(report))
    view = QPlainTextEdit()
    view.setPlainText(text)
    highlighter = AnnotationHighlighter(view.document(), controller)

    step = len(text) // N_ANNOTATIONS
    items = [make_annotation(text, i * step + 2, i * step + 30, "problem" if i % 2 else "figure")
             for i in range(N_ANNOTATIONS)]
    model = AnnotationTableModel(controller)
    counts = TagCounts(controller)
    t_accept = timed(lambda: (controller.accept_suggestions(items), controller.undo_stack.undo()),
                     1)
    controller.accept_suggestions(items)
    highlighter.finish_painting()  # else the pass below skips blocks the sweep has not reached
    bare_view = QPlainTextEdit()
    bare_view.setPlainText(text)
    bare = _Bare(bare_view.document(), [(a.start, a.end) for a in items])
    full_s, base_s, ratio = paired_medians(
        lambda: (highlighter.repaint_all(), highlighter.finish_painting()), bare.rehighlight,
        RUNS)
    full, base = full_s * 1000, base_s * 1000
    one = timed(lambda: (controller.add_annotation(len(text) // 2, len(text) // 2 + 9, "measure"),
                         controller.undo_stack.undo()))
    recount = timed(counts.refresh)
    print(f"text: {len(text):,} chars, {view.document().blockCount():,} blocks, "
          f"{N_ANNOTATIONS:,} annotations, {model.rowCount():,} table rows")
    print(f"baseline: bare QSyntaxHighlighter, 1 setFormat per annotation: {base:8.1f} ms")
    print(f"full rehighlight, {N_ANNOTATIONS} annotations:   {full:8.1f} ms "
          f"({ratio:.1f}× baseline, median of {RUNS} paired alternating runs)")
    print(f"one tag + undo (all views updated):       {one:8.1f} ms "
          f"({one / full:.3f}× a full rehighlight)")
    print(f"accept {N_ANNOTATIONS} suggestions + undo:          {t_accept:8.1f} ms")
    print(f"tag counts recount:                        {recount:8.1f} ms")
    figure("full rehighlight, 2,000 annotations on 1 MB", f"{full:.0f} ms",
           f"bare highlighter {base:.0f} ms (×{ratio:.1f})")
    figure("one tag + undo, all views (1 MB, 2,000)", f"{one:.1f} ms", "target < 50 ms", one < 50)
    view.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
