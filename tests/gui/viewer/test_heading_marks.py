"""Headings of a long report: the ones in view bold at once, the rest in slices; a
corrected outline meanwhile is applied on top of all of them."""
from __future__ import annotations

from PySide6.QtGui import QFont

from gui.viewer.heading_marks import PROGRESSIVE
from gui.viewer.text_view import TextView
from model.report.loading import report_from_text

N = PROGRESSIVE * 3
LINE = "（一）标题{:04d}\n正文一段，内容较长，用于测试。\n"
TEXT = "".join(LINE.format(i) for i in range(N))


def heading_spans() -> list[tuple[int, int]]:
    spans, at = [], 0
    for i in range(N):
        line = LINE.format(i)
        spans.append((at, at + line.index("\n")))
        at += len(line)
    return spans


def bold_at(view: TextView, offset: int) -> bool:
    block = view.document().findBlock(view.offset_map.to_qt(offset))
    return any(r.format.fontWeight() == QFont.Weight.Bold for r in block.textFormats())


def shown(qtbot) -> TextView:
    view = TextView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_report(report_from_text(TEXT))
    view.show()
    qtbot.waitExposed(view)
    return view


def test_visible_headings_at_once_the_rest_in_slices(qtbot) -> None:
    view = shown(qtbot)
    spans = heading_spans()
    view.set_heading_spans(spans)
    assert bold_at(view, spans[0][0])  # in view: at once
    assert not bold_at(view, spans[-1][0])  # far below: in a later slice
    qtbot.waitUntil(lambda: bold_at(view, spans[-1][0]), timeout=5000)
    assert all(bold_at(view, s) for s, _ in spans[:: N // 20])
    assert view.toPlainText() == TEXT and not view.document().isModified()


def test_a_correction_while_slicing_applies_to_every_heading(qtbot) -> None:
    view = shown(qtbot)
    spans = heading_spans()
    view.set_heading_spans(spans)
    view.set_heading_spans(spans[:-1])  # the last one is no heading after all
    assert not bold_at(view, spans[-1][0])
    assert bold_at(view, spans[-2][0])
    qtbot.wait(50)
    assert not bold_at(view, spans[-1][0])


def test_a_new_report_drops_what_was_left(qtbot) -> None:
    view = shown(qtbot)
    view.set_heading_spans(heading_spans())
    view.set_report(report_from_text("新文本"))
    qtbot.wait(50)
    assert view.toPlainText() == "新文本" and not bold_at(view, 0)
