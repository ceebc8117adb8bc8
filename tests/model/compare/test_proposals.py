"""Evidence proposed in B for the commitments of A, on small pairs and the real corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from model.compare.pair import check_pair, propose
from model.compare.parts import review_spans
from model.errors import CompareSameReport, ReportEmpty
from model.outline.detector import detect_outline
from model.reading.keywords import Idf
from model.reading.segmenter import Segmenter
from model.report.loading import Report, load_report

REAL = Path(__file__).resolve().parents[2] / "data" / "compare_real"

A_TEXT = """某县2023年政府工作报告

一、2022年工作回顾

全县地区生产总值增长4.1%。

二、2023年主要目标和重点工作

今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业5000人以上；粮食产量稳定在30万吨以上。
加快推进城西污水处理厂二期工程建设，年内建成投用。
"""

B_TEXT = """某县2024年政府工作报告

一、2023年工作回顾

过去一年，地区生产总值增长5.2%，城镇新增就业5600人。
粮食产量31.2万吨，再创新高。
城西污水处理厂二期工程建成投用，日处理能力提升至4万吨。
全县城镇新增就业工作扎实推进，就业服务体系不断完善。

二、2024年主要目标

今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业5000人以上；粮食产量稳定在30万吨以上。
"""


def pair(tmp_path: Path, a_text: str = A_TEXT, b_text: str = B_TEXT) -> tuple[Report, Report]:
    (tmp_path / "a.txt").write_text(a_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b_text, encoding="utf-8")
    return load_report(tmp_path / "a.txt"), load_report(tmp_path / "b.txt")


def proposals_of(a: Report, b: Report, segmenter: Segmenter, idf: Idf):  # noqa: ANN201
    return propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf)


def best_for(proposals, commitment: str):  # noqa: ANN001, ANN201
    [p] = [p for p in proposals if commitment in p.commitment.passage.quote]
    return p.candidates[0]


def test_the_result_in_the_review_part_is_top_not_the_restated_target(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    a, b = pair(tmp_path)
    proposals = proposals_of(a, b, segmenter, idf)
    jobs = best_for(proposals, "城镇新增就业5000人以上")
    assert "城镇新增就业5600人" in jobs.passage.quote
    assert (jobs.verdict, jobs.figure, jobs.in_review) == ("met", "5600人", True)
    assert jobs.passage.section == ("2023年工作回顾",)
    gdp = best_for(proposals, "地区生产总值增长6%左右")
    assert (gdp.verdict, gdp.figure) == ("missed", "5.2%")
    grain = best_for(proposals, "粮食产量稳定在30万吨以上")
    assert "31.2万吨" in grain.passage.quote and grain.verdict == "met"


def test_a_project_is_found_by_its_name_with_the_words_highlighted(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    a, b = pair(tmp_path)
    plant = best_for(proposals_of(a, b, segmenter, idf), "城西污水处理厂二期工程")
    assert plant.passage.quote.startswith("城西污水处理厂二期工程建成投用")
    assert plant.verdict == ""
    words = {w for _s, _e, w in plant.matched}
    assert words & {"污水处理厂", "城西", "二期", "污水", "处理厂"}
    for s, e, w in plant.matched:
        assert b.text[s:e] == w


def test_commitments_come_in_a_order_with_their_sections(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    a, b = pair(tmp_path)
    found = [p.commitment for p in proposals_of(a, b, segmenter, idf)]
    starts = [c.passage.start for c in found]
    assert starts == sorted(starts)
    quotes = [c.passage.quote for c in found]
    # a list of targets is one commitment per item, the label (今年…目标是：) left out
    assert any(q.startswith("地区生产总值增长6%左右") for q in quotes)
    assert any(q.startswith("城镇新增就业5000人以上") for q in quotes)
    assert not any("4.1%" in q for q in quotes)  # A's own review is no commitment
    assert all(c.passage.section[0] == "2023年主要目标和重点工作" for c in found)


def test_commitment_annotations_replace_the_suggestions(
        tmp_path: Path, segmenter: Segmenter, idf: Idf) -> None:
    from model.annotations import make_annotation

    a, b = pair(tmp_path)
    at = a.text.index("加快推进城西")
    tagged = make_annotation(a.text, at, a.text.index("。", at) + 1, "commitment")
    other = make_annotation(a.text, 0, 5, "problem")
    found = propose(a.text, detect_outline(a), b.text, detect_outline(b), segmenter, idf,
                    [tagged, other])
    assert [p.commitment.source for p in found] == ["annotation"]
    assert "建成投用" in found[0].candidates[0].passage.quote


def test_review_part_is_read_from_the_headings(tmp_path: Path) -> None:
    _a, b = pair(tmp_path)
    [(start, end)] = review_spans(detect_outline(b))
    # the report opens with its review: what comes before the heading (title, opening)
    # belongs to it (session 7); the plan part after it does not
    assert start == 0 and b.text[start:end].split("\n\n")[1] == "一、2023年工作回顾"
    assert "二、" not in b.text[start:end]


def test_nothing_to_compare_is_refused(tmp_path: Path) -> None:
    a, b = pair(tmp_path, A_TEXT, A_TEXT)
    with pytest.raises(CompareSameReport):
        check_pair(a, b)
    with pytest.raises(ReportEmpty):  # refused as it is read
        pair(tmp_path, A_TEXT, "   \n\n  ")


@pytest.mark.parametrize(("name", "commitment", "evidence", "judged"), [
    ("nat2022_2023", "城镇新增就业1100万人以上", "城镇新增就业1206万人", "met"),
    ("nat2022_2023", "国内生产总值增长5.5%左右", "全年国内生产总值增长3%", "missed"),
    ("nat2023_2024", "城镇新增就业1200万人左右", "城镇新增就业1244万人", "met"),
    ("nat2023_2024", "粮食产量保持在1.3万亿斤以上", "粮食产量1.39万亿斤", "met"),
    ("gd2024_2025", "城镇新增就业人数110万人以上", "城镇新增就业超143万人", "met"),
])
def test_real_pairs(name: str, commitment: str, evidence: str, judged: str,
                    segmenter: Segmenter, idf: Idf) -> None:
    a, b = load_report(REAL / f"{name}.A.txt"), load_report(REAL / f"{name}.B.txt")
    top = best_for(proposals_of(a, b, segmenter, idf), commitment)
    assert evidence in top.passage.quote
    assert top.verdict == judged
