"""AnnotationHighlighter: tag colours in the document's block layouts, astral-safe."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from gui.annotations.annotation_tooltip import tooltip_html
from gui.annotations.controller import Controller
from gui.annotations.highlight_formats import blend
from gui.annotations.highlighter import AnnotationHighlighter
from model.annotations import DEFAULT_TAGS
from tests.gui.tagging_support import TEXT, open_controller, span_of

COLOR = {t.id: t.color for t in DEFAULT_TAGS}
ASTRAL_TEXT = "𠀀𠀁先生提出：财政收支矛盾突出。\n第二行没有标注。\n"


def setup(qtbot, tmp_path: Path, text: str = TEXT):  # noqa: ANN001, ANN201
    controller = open_controller(tmp_path, text)
    view = QPlainTextEdit()
    qtbot.addWidget(view)
    view.setPlainText(controller.text)
    highlighter = AnnotationHighlighter(view.document(), controller)
    return controller, view, highlighter


def painted(view: QPlainTextEdit, text: str) -> list[tuple[str, QTextCharFormat]]:
    """(painted text, format) for every format range in the document, code points."""
    out = []
    block = view.document().begin()
    while block.isValid():
        utf16 = block.text().encode("utf-16-le")
        for r in block.layout().formats():
            piece = utf16[2 * r.start: 2 * (r.start + r.length)].decode("utf-16-le")
            out.append((piece, QTextCharFormat(r.format)))
        block = block.next()
    return out


@pytest.fixture
def env(qtbot, tmp_path: Path):  # noqa: ANN201
    return setup(qtbot, tmp_path)


def test_added_annotation_is_painted(env) -> None:  # noqa: ANN001
    controller, view, _ = env
    controller.add_annotation(*span_of(TEXT, "财政收支矛盾突出"), "problem")
    [(piece, fmt)] = painted(view, TEXT)
    assert piece == "财政收支矛盾突出"
    assert fmt.background().color() == blend([QColor(COLOR["problem"])])  # a light tint
    assert fmt.background().color().lightness() > 200
    assert fmt.underlineColor() == QColor(COLOR["problem"])
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline


def test_undo_removes_paint(env) -> None:  # noqa: ANN001
    controller, view, _ = env
    controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    controller.undo_stack.undo()
    assert painted(view, TEXT) == []
    controller.undo_stack.redo()
    assert [p for p, _ in painted(view, TEXT)] == ["财政收支"]


def test_overlap_blends_colours_and_waves(env) -> None:  # noqa: ANN001
    controller, view, _ = env
    start, end = span_of(TEXT, "财政收支矛盾突出")
    controller.add_annotation(start, end, "problem")
    controller.add_annotation(start + 2, start + 6, "figure")  # 收支矛盾
    pieces = painted(view, TEXT)
    assert [p for p, _ in pieces] == ["财政", "收支矛盾", "突出"]
    mixed = pieces[1][1]
    expected = blend([QColor(COLOR["problem"]), QColor(COLOR["figure"])])
    assert mixed.background().color() == expected
    assert mixed.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert mixed.underlineColor() == QColor(COLOR["figure"])  # innermost tag


def test_annotation_over_two_blocks(env) -> None:  # noqa: ANN001
    controller, view, _ = env
    start = TEXT.index("就业形势")
    end = TEXT.index("存在问题") + 2
    controller.add_annotation(start, end, "question")
    assert [p for p, _ in painted(view, TEXT)] == ["就业形势总体稳定！", "（一）存在"]


def test_orphans_are_not_painted(env) -> None:  # noqa: ANN001
    controller, view, _ = env
    ident = controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    controller.annotation_set.update(ident, status="orphaned")
    controller.retag([ident], "figure")  # any change re-reads the set
    assert painted(view, TEXT) == []


def test_recolour_repaints(env) -> None:  # noqa: ANN001
    controller, view, _ = env
    controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    controller.update_tag("problem", color="#00ff00")
    [(_, fmt)] = painted(view, TEXT)
    assert fmt.underlineColor() == QColor("#00ff00")


def test_astral_characters_before_annotation(qtbot, tmp_path: Path) -> None:
    controller, view, highlighter = setup(qtbot, tmp_path, ASTRAL_TEXT)
    start, end = span_of(ASTRAL_TEXT, "财政收支")
    controller.add_annotation(start, end, "problem")
    assert [p for p, _ in painted(view, ASTRAL_TEXT)] == ["财政收支"]
    qt_pos = ASTRAL_TEXT[:start].encode("utf-16-le").__len__() // 2
    assert [a.quote for a in highlighter.annotations_at_position(qt_pos)] == ["财政收支"]
    assert highlighter.annotations_at(start - 1) == []


def test_reset_on_open_paints_loaded(qtbot, tmp_path: Path) -> None:
    controller, view, _ = setup(qtbot, tmp_path)
    controller.add_annotation(*span_of(TEXT, "创新能力"), "problem")
    assert controller.save_now()
    controller.open(controller.report, controller.outline)
    assert [p for p, _ in painted(view, TEXT)] == ["创新能力"]


def test_tooltip_html_escapes_and_lists(env) -> None:  # noqa: ANN001
    controller, _, highlighter = env
    ident = controller.add_annotation(*span_of(TEXT, "财政收支"), "problem")
    controller.set_note(ident, "<b>核实</b>\n第二行")
    html_text = tooltip_html(highlighter.annotations_at(TEXT.index("收")), DEFAULT_TAGS, "zh")
    assert "问题" in html_text and "&lt;b&gt;核实&lt;/b&gt;<br>第二行" in html_text
    assert "王审" in html_text


def test_covering_uses_longest_span(env) -> None:  # noqa: ANN001
    controller, _, highlighter = env
    controller.add_annotation(0, len(TEXT) - 1, "question")
    controller.add_annotation(*span_of(TEXT, "坚持"), "measure")
    hits = highlighter.covering(TEXT.index("坚持"), TEXT.index("坚持") + 1)
    assert sorted(t for _, _, t in hits) == ["measure", "question"]


def test_controller_type(env) -> None:  # noqa: ANN001
    assert isinstance(env[0], Controller)


def test_multi_block_change_repaints_each_old_and_new_span(env) -> None:  # noqa: ANN001
    controller, view, _ = env
    a = controller.add_annotation(*span_of(TEXT, "经济运行"), "problem")
    b = controller.add_annotation(*span_of(TEXT, "坚持稳中求进"), "measure")
    controller.remove([a, b])
    assert painted(view, TEXT) == []
    controller.undo_stack.undo()
    controller.annotation_set.update(a, status="orphaned")
    controller.reattach(a, *span_of(TEXT, "创新能力"))
    assert [p for p, _ in painted(view, TEXT)] == ["创新能力", "坚持稳中求进"]


def test_a_large_reset_is_painted_in_the_next_turn(qtbot, tmp_path: Path, monkeypatch) -> None:
    """A big set's reset (a sidecar just loaded) is indexed after the other views'
    resets; an edit meanwhile is covered by it."""
    import gui.annotations.highlighter as module

    controller, view, highlighter = setup(qtbot, tmp_path)
    controller.add_annotation(*span_of(TEXT, "创新能力"), "problem")
    assert controller.save_now()
    monkeypatch.setattr(module, "DEFER_RESET", 0)
    controller.open(controller.report, controller.outline)
    controller.add_annotation(*span_of(TEXT, "坚持稳中求进"), "measure")  # before the turn
    qtbot.waitUntil(lambda: len(painted(view, TEXT)) == 2, timeout=2000)
    assert sorted(p for p, _ in painted(view, TEXT)) == ["创新能力", "坚持稳中求进"]


def two_far_annotations(qtbot, tmp_path: Path, monkeypatch):  # noqa: ANN001, ANN201
    """200 paragraphs, one annotation in the first and one in the last, painted 10 blocks
    at a time with only the first block on screen: (text, controller, view, highlighter)."""
    import gui.annotations.progressive_paint as module

    monkeypatch.setattr(module, "PROGRESSIVE_BLOCKS", 10)
    text = "".join(f"第{i}段，财政收支矛盾突出。\n" for i in range(200))
    controller = open_controller(tmp_path, text)
    first, last = text.index("财政"), text.rindex("财政")
    assert controller.add_annotation(first, first + 4, "problem")
    assert controller.add_annotation(last, last + 4, "problem")
    view = QPlainTextEdit()
    qtbot.addWidget(view)
    view.setPlainText(controller.text)
    highlighter = AnnotationHighlighter(view.document(), controller, visible=lambda: (0, 1))
    return text, controller, view, highlighter


def test_visible_blocks_first_then_the_rest_in_slices(qtbot, tmp_path: Path,
                                                       monkeypatch) -> None:  # noqa: ANN001
    """A large document: the blocks on screen are painted at once, the rest between
    events; no pass of Qt's over every block (nothing is painted before it is asked)."""
    text, controller, view, highlighter = two_far_annotations(qtbot, tmp_path, monkeypatch)
    first, last = text.index("财政"), text.rindex("财政")
    blocks = view.document()
    assert highlighter.painting
    assert len(blocks.findBlock(first).layout().formats()) == 1  # on screen: at once
    assert blocks.findBlock(last).layout().formats() == []  # later, in its slice
    qtbot.waitUntil(lambda: not highlighter.painting, timeout=3000)
    assert len(blocks.findBlock(last).layout().formats()) == 1


def test_progressive_paint_matches_a_full_one_without_laying_blocks_out(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A large document is painted in slices handed to Qt as ranges: the same formats as
    one full pass (empty lines, annotations over several blocks, overlaps), the
    document not marked modified, and the blocks off screen not laid out (a laid-out
    block keeps ~2.8 kB for good)."""
    import random

    import gui.annotations.progressive_paint as module

    rng = random.Random(5)
    lines = [("" if i % 7 == 3 else TEXT.splitlines()[i % 6] * rng.randint(1, 3))
             for i in range(600)]
    text = "\n".join(lines) + "\n"
    controller = open_controller(tmp_path, text)
    tags = [t.id for t in DEFAULT_TAGS]
    for _ in range(300):
        start = rng.randrange(0, len(text) - 40)
        controller.add_annotation(start, start + rng.randint(2, 40), rng.choice(tags))
    views = []
    for blocks in (10**9, 50):  # a full pass, then the progressive one
        monkeypatch.setattr(module, "PROGRESSIVE_BLOCKS", blocks)
        view = QPlainTextEdit()
        qtbot.addWidget(view)
        view.resize(400, 300)
        view.setPlainText(controller.text)
        highlighter = AnnotationHighlighter(view.document(), controller)
        qtbot.waitUntil(lambda h=highlighter: not h.painting, timeout=5000)
        qtbot.wait(20)  # Qt's own pass on attach
        views.append(view)
    full, sliced = ([(p, f.background().color().name(), f.underlineStyle())
                     for p, f in painted(v, text)] for v in views)
    assert sliced == full and len(full) > 250
    document = views[1].document()
    assert not document.isModified()
    laid_out = sum(document.findBlockByNumber(n).layout().lineCount() > 0
                   for n in range(document.blockCount()))
    assert laid_out < document.blockCount() // 4


def test_closing_clears_what_shows_and_leaves_the_rest_to_the_next_text(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """When the report's annotations close, its text is replaced next: the blocks on
    screen are cleared at once and no pass over the old document is started."""
    text, controller, view, highlighter = two_far_annotations(qtbot, tmp_path, monkeypatch)
    first = text.index("财政")
    highlighter.finish_painting()
    blocks = view.document()
    controller.close()
    assert controller.report is None
    assert blocks.findBlock(first).layout().formats() == []  # on screen: cleared
    assert not highlighter.painting  # no pass over a text about to go
    assert highlighter.annotations_at(first) == [] and highlighter.covering(0, len(text)) == []
    view.setPlainText("下一份报告。\n")  # what the window does next
    highlighter.text_replaced()
    assert painted(view, "下一份报告。\n") == []
