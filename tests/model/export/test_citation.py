"""Structural citations: outline path + paragraph number or inline item."""
from __future__ import annotations

from dataclasses import replace

import pytest

from model.export.citation import Citer, citation, cite_annotation, copy_annotation_text, copy_text
from model.outline.tree import Outline, OutlineNode
from tests.model.export.review_fixtures import annotate, build_outline, fixture_report, span_of

TEXT = fixture_report().text
OUTLINE = build_outline(TEXT)


def _headings_only(outline: Outline) -> Outline:
    def strip(node: OutlineNode) -> OutlineNode:
        kids = [strip(c) for c in node.children if c.kind != "item"]
        return replace(node, children=kids, parent=None)
    return Outline(outline.title, [strip(r) for r in outline.roots])


def cite(quote: str, lang: str = "zh", outline: Outline = OUTLINE, text: str = TEXT) -> str:
    start, end = span_of(text, quote)
    return citation(text, outline, start, end, lang)


@pytest.mark.parametrize(("quote", "expected"), [
    ("成立了以局长为组长", "一、主要做法和成效 › （一）强化组织领导 › 第1段"),
    ("全年召开专题会议12次", "一、主要做法和成效 › （一）强化组织领导 › 第2段"),
    ("力争明年", "二、存在困难和下步打算 › （二）下步打算 › 第1段"),
])
def test_nested_sections_cite_paragraph(quote: str, expected: str) -> None:
    assert cite(quote) == expected


def test_english_paragraph_word() -> None:
    assert cite("全年召开专题会议12次", "en").endswith("（一）强化组织领导 › para. 2")


@pytest.mark.parametrize(("quote", "item"), [
    ("简化审批流程", "一是"),
    ("推行“一网通办”", "二是"),
    ("青年干部少", "二是"),
])
def test_inline_item_cites_marker(quote: str, item: str) -> None:
    assert cite(quote).split(" › ")[-1] == item
    assert "段" not in cite(quote)


def test_blank_lines_are_not_paragraphs() -> None:
    outline = _headings_only(OUTLINE)
    assert cite("青年干部少", outline=outline) == (
        "二、存在困难和下步打算 › （一）存在困难 › 第2段")


def test_repeated_item_marker_gets_paragraph_number() -> None:
    text = "一、问题\n一是甲。二是乙。\n一是丙。二是丁。\n"
    outline = build_outline(text, None)
    assert cite("丙", text=text, outline=outline) == "一、问题 › 第2段 › 一是"
    assert cite("乙", text=text, outline=outline) == "一、问题 › 第1段 › 二是"


def test_preamble_skips_title_line() -> None:
    assert cite("稳中求进") == "第1段"
    assert cite("稳中求进", outline=Outline(None, OUTLINE.roots)) == "第2段"


def test_heading_itself_has_no_paragraph() -> None:
    assert cite("强化组织领导") == "一、主要做法和成效 › （一）强化组织领导"


def test_span_over_two_paragraphs() -> None:
    start, _ = span_of(TEXT, "成立了")
    _, end = span_of(TEXT, "增长6.5%。")
    assert citation(TEXT, OUTLINE, start, end).endswith("› 第1至2段")
    assert citation(TEXT, OUTLINE, start, end, "en").endswith("› paras. 1–2")


def test_run_in_heading_counts_its_own_line() -> None:
    text = "一、总体情况\n（一）强化领导。成立了领导小组。\n召开会议3次。\n"
    outline = build_outline(text, None)
    node = outline.roots[0].children[0]
    node.title, node.title_end = "强化领导", node.title_start + len("（一）强化领导。")
    assert cite("成立了", text=text, outline=outline) == "一、总体情况 › （一）强化领导 › 第1段"
    assert cite("召开会议", text=text, outline=outline).endswith("第2段")


def test_lead_node_counts_from_its_paragraph() -> None:
    text = "一、工作回顾\n夯实理论功底。全年学习20次。\n开展培训。\n"
    lead_start = text.index("夯实")
    lead = OutlineNode(2, 2, "lead", "", "夯实理论功底。", lead_start, len(text),
                       lead_start, lead_start + 7)
    root = OutlineNode(1, 1, "heading", "一、", "工作回顾", 0, len(text), 0, 5, [lead])
    outline = Outline(None, [root])
    assert cite("开展培训", text=text, outline=outline) == "一、工作回顾 › 夯实理论功底 › 第2段"
    assert cite("全年学习", text=text, outline=outline) == "一、工作回顾 › 夯实理论功底"


def test_span_starting_on_newline_cites_next_paragraph() -> None:
    start, end = span_of(TEXT, "\n全年召开")
    assert citation(TEXT, OUTLINE, start, end).endswith("第2段")


def test_long_labels_are_shortened() -> None:
    title = "以与时俱进开拓进取为理念建设创新型机关并全面提升服务企业能力和水平"
    text = f"一、{title}\n正文。\n"
    cited = cite("正文", text=text, outline=build_outline(text, None))
    assert cited.endswith("… › 第1段")
    assert len(cited.split(" › ")[0]) == 30


def test_copy_text_has_citation_quote_and_note() -> None:
    start, end = span_of(TEXT, "项目储备不足")
    assert copy_text(TEXT, OUTLINE, start, end, note=" 需核实 ") == (
        "二、存在困难和下步打算 › （一）存在困难 › 一是\n“项目储备不足”\n批注：需核实")
    assert copy_text(TEXT, OUTLINE, start, end, "en").splitlines() == [
        "二、存在困难和下步打算 › （一）存在困难 › 一是", "“项目储备不足”"]


def test_orphaned_annotation_cites_lost_position() -> None:
    a = replace(annotate(TEXT, "项目储备不足", "problem", note="n"), status="orphaned", start=0,
                end=3)
    assert cite_annotation(TEXT, OUTLINE, a) == "（原位置未能定位）"
    assert copy_annotation_text(TEXT, OUTLINE, a, "en").splitlines() == [
        "(original position lost)", "“项目储备不足”", "Note: n"]


def test_copy_annotation_text_uses_position() -> None:
    a = annotate(TEXT, "青年干部少", "problem")
    assert copy_annotation_text(TEXT, OUTLINE, a) == (
        "二、存在困难和下步打算 › （一）存在困难 › 二是\n“青年干部少”")



def test_short_citation_runs_section_markers_together() -> None:
    citer = Citer(TEXT, OUTLINE)
    start = TEXT.index("全年召开专题会议12次")
    assert citer.cite(start, start + 4) == "一、主要做法和成效 › （一）强化组织领导 › 第2段"
    assert citer.cite_short(start, start + 4) == "一、（一）›第2段"
    assert citer.cite_short(start, start + 4, "en") == "一、（一）›para. 2"
    start = TEXT.index("项目储备不足")
    assert citer.cite_short(start, start + 6) == "二、（一）›一是"
    start = TEXT.index("稳中求进")
    assert citer.cite_short(start, start + 4) == "第1段"


def test_short_citation_shortens_unnumbered_sections() -> None:
    text = "一、工作回顾\n夯实理论功底和政治能力。全年学习20次。\n开展培训。\n"
    lead_start = text.index("夯实")
    lead = OutlineNode(2, 2, "lead", "", "夯实理论功底和政治能力。", lead_start, len(text),
                       lead_start, lead_start + 12)
    root = OutlineNode(1, 1, "heading", "一、", "工作回顾", 0, len(text), 0, 5, [lead])
    citer = Citer(text, Outline(None, [root]))
    start = text.index("开展培训")
    assert citer.cite_short(start, start + 4) == "一、夯实理论功底和…›第2段"


def test_section_labels_are_the_citation_without_its_place() -> None:
    citer = Citer(TEXT, OUTLINE)
    for quote in ("全年召开专题会议12次", "青年干部少", "力争明年"):
        start, end = span_of(TEXT, quote)
        labels = citer.section_labels(start, end)
        assert labels and " › ".join(labels) in citer.cite(start, end)
        assert citer.cite(start, end).startswith(" › ".join(labels))
    start, end = span_of(TEXT, "青年干部少")
    assert citer.section_labels(start, end) == ["二、存在困难和下步打算", "（一）存在困难"]
    assert citer.section_labels(0, 1) == []  # the title line: before the first heading
