"""The reviewer's outline corrections: apply() for each kind, subtrees, re-anchoring after
the text changed, lost lines, and the tidying of with_correction()."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.annotations import OutlineCorrection
from model.outline.corrections import (
    apply,
    can_shift,
    line_span,
    lost,
    make_correction,
    node_on_line,
    node_span,
    with_correction,
)
from model.outline.detector import detect_outline
from model.outline.tree import Outline, OutlineNode
from model.report.loading import load_report, report_from_text
from model.sidecar.anchoring import anchor_corrections

TEXT = """某县2024年工作总结

一、主要工作
（一）抓项目
项目建设提速。
（二）抓民生
民生持续改善。
二、抓好落实
（一）抓安全
安全形势稳定。
（二）抓环保
环境持续改善。
三、存在问题
一是资金紧张；二是人才不足。
下步打算
继续努力工作。
"""


def detected(text: str = TEXT) -> Outline:
    return detect_outline(report_from_text(text))


def rows(outline: Outline) -> list[tuple[int, str, str]]:
    """(depth, kind, label) in document order."""
    return [(n.depth, n.kind, n.label) for n in outline.nodes()]


def at(text: str, quote: str) -> int:
    return text.index(quote)


def heading(text: str, quote: str, level: int) -> OutlineCorrection:
    span = line_span(text, at(text, quote))
    assert span is not None
    return make_correction(text, span, "heading", level=level)


def on_node(outline: Outline, text: str, quote: str, kind: str, by: int = 0
            ) -> OutlineCorrection:
    node = node_on_line(outline, text, at(text, quote))
    assert node is not None, quote
    span = node_span(text, node)
    assert span is not None
    return make_correction(text, span, kind, by=by)


def check_spans(outline: Outline) -> None:
    """Sections nest: every child lies inside its parent, siblings do not overlap."""
    for node in outline.nodes():
        assert node.start <= node.title_start <= node.end or node.kind != "heading"
        for child in node.children:
            assert node.start <= child.start and child.end <= node.end, (node, child)
        for a, b in zip(node.children, node.children[1:]):
            assert a.end <= b.start


DETECTED = [
    (1, "heading", "一、主要工作"), (2, "heading", "（一）抓项目"),
    (2, "heading", "（二）抓民生"), (1, "heading", "二、抓好落实"),
    (2, "heading", "（一）抓安全"), (2, "heading", "（二）抓环保"),
    (1, "heading", "三、存在问题"), (2, "item", "一是资金紧张"), (2, "item", "二是人才不足")]


def test_the_detector_and_the_text() -> None:
    """The fixture (the reviewer is told 二、 is not a part of its own; 下步打算 is one)."""
    assert rows(detected()) == DETECTED


def test_no_correction_gives_the_detected_outline_itself() -> None:
    outline = detected()
    assert apply(outline, [], TEXT) is outline


def test_remove_moves_the_children_up_to_the_parent() -> None:
    outline = detected()
    fixed = apply(outline, [on_node(outline, TEXT, "二、抓好落实", "remove")], TEXT)
    assert rows(fixed) == [
        (1, "heading", "一、主要工作"), (2, "heading", "（一）抓项目"),
        (2, "heading", "（二）抓民生"), (1, "heading", "（一）抓安全"),
        (1, "heading", "（二）抓环保"), (1, "heading", "三、存在问题"),
        (2, "item", "一是资金紧张"), (2, "item", "二是人才不足")]
    check_spans(fixed)
    # the removed line is now text of the section before it
    assert [n.label for n in fixed.path_at(at(TEXT, "二、抓好落实"))] == [
        "一、主要工作", "（二）抓民生"]
    assert rows(outline) == DETECTED  # the detected outline is left as it was


def test_demote_goes_under_the_earlier_sibling_with_its_subtree() -> None:
    outline = detected()
    fixed = apply(outline, [on_node(outline, TEXT, "二、抓好落实", "shift", by=1)], TEXT)
    assert rows(fixed)[:7] == [
        (1, "heading", "一、主要工作"), (2, "heading", "（一）抓项目"),
        (2, "heading", "（二）抓民生"), (2, "heading", "二、抓好落实"),
        (3, "heading", "（一）抓安全"), (3, "heading", "（二）抓环保"),
        (1, "heading", "三、存在问题")]
    assert fixed.roots[0].end == fixed.roots[1].start
    check_spans(fixed)


def test_promote_takes_the_subtree_and_the_later_siblings_follow_it() -> None:
    outline = detected()
    fixed = apply(outline, [on_node(outline, TEXT, "（一）抓项目", "shift", by=-1)], TEXT)
    # document order decides: （二） after the promoted （一） now belongs to it
    assert rows(fixed)[:4] == [
        (1, "heading", "一、主要工作"), (1, "heading", "（一）抓项目"),
        (2, "heading", "（二）抓民生"), (1, "heading", "二、抓好落实")]
    check_spans(fixed)


def test_a_line_made_a_heading_opens_a_section_to_the_next_at_its_level() -> None:
    outline = detected()
    fixed = apply(outline, [heading(TEXT, "下步打算", 1)], TEXT)
    assert rows(fixed)[-1] == (1, "heading", "下步打算")
    node = fixed.nodes()[-1]
    assert node.line == TEXT.count("\n", 0, at(TEXT, "下步打算")) + 1
    assert [n.label for n in fixed.path_at(at(TEXT, "继续努力"))] == ["下步打算"]
    assert fixed.roots[-2].end == node.start  # 二、 ends where it begins
    check_spans(fixed)


def test_a_numbered_line_made_a_heading_keeps_its_marker() -> None:
    text = "前言\n\n三、下步打算\n继续努力。\n"
    fixed = apply(detected(text), [heading(text, "三、下步打算", 1)], text)
    assert [(n.marker, n.title, n.kind) for n in fixed.nodes()] == [("三、", "下步打算", "heading")]


def test_heading_level_on_an_existing_node_moves_its_subtree() -> None:
    outline = detected()
    fixed = apply(outline, [heading(TEXT, "一、主要工作", 2)], TEXT)
    # depth 2 at the very start cannot be: a level is never skipped
    assert rows(fixed)[0] == (1, "heading", "一、主要工作")
    fixed = apply(outline, [heading(TEXT, "三、存在问题", 2)], TEXT)
    assert rows(fixed)[-3:] == [(2, "heading", "三、存在问题"), (3, "item", "一是资金紧张"),
                                (3, "item", "二是人才不足")]
    check_spans(fixed)


def test_an_item_made_a_heading_becomes_one() -> None:
    outline = detected()
    node = next(n for n in outline.nodes() if n.label == "二是人才不足")
    span = node_span(TEXT, node)
    assert span is not None
    fixed = apply(outline, [make_correction(TEXT, span, "heading", level=2)], TEXT)
    assert rows(fixed)[-1] == (2, "heading", "二是人才不足")


def test_corrections_apply_in_order() -> None:
    outline = detected()
    made = heading(TEXT, "下步打算", 1)
    fixed = apply(outline, [made], TEXT)
    demote = on_node(fixed, TEXT, "下步打算", "shift", by=1)
    assert rows(apply(outline, [made, demote], TEXT))[-1] == (2, "heading", "下步打算")
    # the other way round the shift has nothing to act on yet
    assert rows(apply(outline, [demote, made], TEXT))[-1] == (1, "heading", "下步打算")


def test_re_anchored_after_the_text_changed() -> None:
    outline = detected()
    corrections = [on_node(outline, TEXT, "二、抓好落实", "remove"), heading(TEXT, "下步打算", 1)]
    edited = TEXT.replace("项目建设提速。", "项目建设提速，新开工项目四十个，完成投资二十亿元。")
    placed = anchor_corrections(edited, corrections, old_length=len(TEXT))
    assert [c.status for c in placed] == ["moved", "moved"]
    fixed = apply(detected(edited), placed, edited)
    assert [label for _, _, label in rows(fixed)] == [
        "一、主要工作", "（一）抓项目", "（二）抓民生", "（一）抓安全", "（二）抓环保",
        "三、存在问题", "一是资金紧张", "二是人才不足", "下步打算"]
    assert lost(placed, edited) == []


def test_a_lost_line_is_reported_and_changes_nothing() -> None:
    outline = detected()
    corrections = [heading(TEXT, "下步打算", 1), on_node(outline, TEXT, "二、抓好落实", "remove")]
    edited = TEXT.replace("下步打算\n", "")
    placed = anchor_corrections(edited, corrections, old_length=len(TEXT))
    assert [c.status for c in placed] == ["orphaned", "anchored"]
    assert lost(placed, edited) == [placed[0]]
    fixed = apply(detected(edited), placed, edited)
    assert "下步打算" not in [n.title for n in fixed.nodes()]
    assert "二、抓好落实" not in [n.label for n in fixed.nodes()]


def test_a_correction_not_anchored_on_this_text_is_not_applied() -> None:
    stale = heading(TEXT, "下步打算", 1)
    other = TEXT.replace("下步打算", "今后打算")
    assert rows(apply(detected(other), [stale], other)) == rows(detected(other))
    assert lost([stale], other) == [stale]


def test_a_moot_correction_changes_nothing() -> None:
    """A remove whose node the detector no longer reports (the line is still there)."""
    outline = detected()
    remove = on_node(outline, TEXT, "二、抓好落实", "remove")
    plain = TEXT.replace("二、抓好落实", "要求二、抓好落实")
    placed = anchor_corrections(plain, [remove], old_length=len(TEXT))
    assert rows(apply(detected(plain), placed, plain)) == rows(detected(plain))


def test_can_shift() -> None:
    outline = detected()
    nodes = {n.label: n for n in outline.nodes()}
    assert not can_shift(outline, nodes["一、主要工作"], -1)
    assert not can_shift(outline, nodes["一、主要工作"], 1)
    assert can_shift(outline, nodes["二、抓好落实"], 1)
    assert not can_shift(outline, nodes["（一）抓项目"], 1)
    assert can_shift(outline, nodes["（二）抓民生"], 1)
    assert can_shift(outline, nodes["（一）抓项目"], -1)


def test_with_correction_keeps_the_list_short() -> None:
    outline = detected()
    first = heading(TEXT, "下步打算", 1)
    again = heading(TEXT, "下步打算", 2)
    assert with_correction([first], again, outline, TEXT) == [again]
    fixed = apply(outline, [first], TEXT)
    down = on_node(fixed, TEXT, "下步打算", "shift", by=1)
    up = on_node(fixed, TEXT, "下步打算", "shift", by=-1)
    assert with_correction([first, down], up, outline, TEXT) == [first]
    # removing a heading only corrections made drops them (the line is text again)
    remove = on_node(fixed, TEXT, "下步打算", "remove")
    assert with_correction([first], remove, outline, TEXT) == []
    # a detected heading removed is a correction of its own
    other = on_node(outline, TEXT, "二、抓好落实", "remove")
    assert with_correction([first], other, outline, TEXT) == [first, other]


def test_make_correction_anchors_like_an_annotation() -> None:
    start = at(TEXT, "下步打算")
    c = make_correction(TEXT, (start, start + 4), "heading", level=1, author="王审")
    assert (c.quote, c.prefix[-4:], c.suffix[:3]) == ("下步打算", "不足。\n", "\n继续")
    assert c.id and c.created and c.author == "王审" and c.status == "anchored"
    with pytest.raises(ValueError):
        make_correction(TEXT, (5, 5), "remove")


def test_line_span_and_node_on_line() -> None:
    text = "  一、总体要求　\n\n正文。"
    assert line_span(text, 4) == (2, 8)
    assert line_span(text, text.index("\n\n") + 1) is None
    outline = detected()
    assert node_on_line(outline, TEXT, at(TEXT, "民生持续改善")) is None
    found = node_on_line(outline, TEXT, at(TEXT, "资金紧张"))
    assert isinstance(found, OutlineNode) and found.label == "一是资金紧张"


SAMPLES = sorted((Path(__file__).resolve().parents[3] / "tests" / "data").glob(
    "outline*/*.txt"))


@pytest.mark.parametrize("path", SAMPLES[:12], ids=lambda p: p.stem)
def test_every_node_removed_or_shifted_keeps_sections_nested(path: Path) -> None:
    """On real documents: whatever node a correction acts on, the tree stays sound."""
    report = load_report(path)
    outline = detect_outline(report)
    nodes = outline.nodes()[:: max(1, len(outline) // 15)]
    for node in nodes:
        span = node_span(report.text, node)
        if span is None:
            continue
        for kind, by in (("remove", 0), ("shift", 1), ("shift", -1), ("heading", 0)):
            c = make_correction(report.text, span, kind, by=by, level=2)
            fixed = apply(outline, [c], report.text)
            check_spans(fixed)
            assert len(fixed) == len(outline) - (kind == "remove")
