"""A long text's document built in a worker thread: its head shown at once, the whole
swapped in when ready, with what waited for it (headings, a reveal, the annotations'
paint) done then; a newer text drops an older build."""
from __future__ import annotations

from PySide6.QtGui import QFont

from gui.annotations.controller import Controller
from gui.annotations.highlighter import AnnotationHighlighter
from gui.viewer import text_view as text_view_module
from gui.viewer.document_builds import pieces
from gui.viewer.text_view import TextView
from model.report.loading import report_from_text
from tests.gui.tagging_support import TEXT as TAG_TEXT
from tests.gui.tagging_support import open_controller, span_of

LINE = "第一部分正文内容，坚持稳中求进工作总基调。\n"
LONG = "一、总体要求\n" + LINE * 400 + "二、重点任务\n" + LINE * 400


def test_pieces_end_after_line_breaks_and_cover_the_text() -> None:
    text = "甲乙\r\n丙丁\n" * 50 + "末行没有换行"
    spans = pieces(text, size=7)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])  # "\r\n" never split
    assert pieces("") == []


def shown_view(qtbot, monkeypatch) -> TextView:  # noqa: ANN001
    monkeypatch.setattr(text_view_module, "HEAD_CHARS", 40)
    view = TextView()
    qtbot.addWidget(view)
    view.async_text_chars = 1_000
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_head_at_once_the_whole_when_built(qtbot, monkeypatch) -> None:
    view = shown_view(qtbot, monkeypatch)
    replaced: list[bool] = []
    view.text_replaced.connect(lambda: replaced.append(view.complete))
    view.set_report(report_from_text(LONG))
    assert not view.complete
    assert LONG.startswith(view.toPlainText()) and 40 <= len(view.toPlainText()) < 100
    qtbot.waitUntil(lambda: view.complete, timeout=5000)
    assert view.toPlainText() == LONG
    assert replaced == [True]
    assert view.isReadOnly() and view.document().documentMargin() == 18
    assert view.document().defaultFont().pointSizeF() == view.font().pointSizeF()


def test_headings_and_a_reveal_wait_for_the_whole_text(qtbot, monkeypatch) -> None:
    view = shown_view(qtbot, monkeypatch)
    view.set_report(report_from_text(LONG))
    second = LONG.index("二、重点任务")
    view.set_heading_spans([(0, 6), (second, second + 6)])
    view.reveal(second, second + 6)
    qtbot.waitUntil(lambda: view.complete, timeout=5000)
    view.finish_headings()
    block = view.document().findBlock(second)
    assert block.charFormat().fontWeight() == QFont.Weight.Bold or \
        block.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold
    assert view.selection_offsets() == (second, second + 6)
    assert view.reading_offset() <= second


def test_a_newer_text_drops_the_older_build(qtbot, monkeypatch) -> None:
    view = shown_view(qtbot, monkeypatch)
    view.set_report(report_from_text(LONG))
    other = LONG.replace("总体要求", "主要目标")
    view.set_report(report_from_text(other))
    qtbot.waitUntil(lambda: view.complete, timeout=5000)
    qtbot.wait(50)  # an older build's result, had it come, would have been applied by now
    assert view.toPlainText() == other
    view.set_report(report_from_text("短文。\n"))  # a short one: at once
    assert view.complete and view.toPlainText() == "短文。\n"


def test_the_annotations_are_painted_on_the_built_document(qtbot, monkeypatch,
                                                           tmp_path) -> None:  # noqa: ANN001
    controller: Controller = open_controller(tmp_path, TAG_TEXT * 20)
    controller.add_annotation(*span_of(TAG_TEXT, "创新能力"), "problem")
    view = shown_view(qtbot, monkeypatch)
    highlighter = AnnotationHighlighter(view.document, controller)
    view.text_replaced.connect(highlighter.text_replaced)
    view.set_report(controller.report)
    assert not view.complete
    qtbot.waitUntil(lambda: view.complete, timeout=5000)
    highlighter.finish_painting()
    block = view.document().findBlock(TAG_TEXT.index("创新能力"))
    assert [r.length for r in block.layout().formats()] == [4]


def test_the_build_starts_in_the_next_turn_and_a_newer_text_cancels_it(qtbot) -> None:
    """The worker starts from the next turn of the event loop (not while the window's
    thread still shows the report); replaced before then, it never starts."""
    from gui.viewer.document_builds import DocumentBuilds

    builds = DocumentBuilds()
    started: list[int] = []
    builds._run_in_worker = lambda func: started.append(1)  # type: ignore[method-assign]
    first = builds.start(LONG)
    assert started == []
    second = builds.start(LONG)
    qtbot.waitUntil(lambda: started == [1], timeout=2000)
    qtbot.wait(20)
    assert started == [1] and builds.is_current(second) and not builds.is_current(first)
