"""Whole reports: golden outlines, structural invariants, the bundled sample report.

Regenerate a golden file after a deliberate change (and check it by eye):
    .venv/bin/python main.py outline tests/data/outline/NAME.txt > tests/data/outline/NAME.json
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.outline.detector import LineCounter, detect_outline
from model.outline.tree import Outline, OutlineNode
from model.report.loading import load_report

DATA = Path(__file__).parents[2] / "data" / "outline"
ROOT = Path(__file__).parents[3]
SAMPLE = ROOT / "resources" / "samples" / "县工信局2024年工作总结.txt"
REPORTS = sorted(DATA.glob("*.txt")) + [SAMPLE]
GOLDEN = [(p, p.with_suffix(".json")) for p in sorted(DATA.glob("*.txt"))]
GOLDEN.append((SAMPLE, DATA / "sample_report.json"))


def detect(path: Path) -> tuple[str, Outline]:
    report = load_report(path)
    return report.text, detect_outline(report)


@pytest.mark.parametrize(("report", "golden"), GOLDEN, ids=lambda p: p.stem)
def test_golden_outline(report: Path, golden: Path) -> None:
    _, result = detect(report)
    assert result.to_json() == json.loads(golden.read_text(encoding="utf-8"))


def _check_node(text: str, node: OutlineNode) -> None:
    assert 0 <= node.start <= node.title_start < node.title_end <= node.end <= len(text)
    assert node.line == text.count("\n", 0, node.start) + 1
    if node.kind != "item":
        assert node.start == 0 or text[node.start - 1] == "\n"
    marked = "".join(text[node.title_start:node.title_end].split())
    assert marked.startswith(node.marker)
    title = node.title.removesuffix("…")
    assert "".join(title.split()) in marked
    for child in node.children:
        assert child.parent is node and child.depth == node.depth + 1
        assert node.start <= child.start and child.end <= node.end
    for before, after in zip(node.children, node.children[1:]):
        assert before.end <= after.start


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_structural_invariants(path: Path) -> None:
    text, result = detect(path)
    assert result.nodes()
    for node in result.nodes():
        _check_node(text, node)
    for before, after in zip(result.roots, result.roots[1:]):
        assert before.end <= after.start and before.depth == after.depth == 1
    for row in result.to_json()["nodes"]:  # type: ignore[union-attr]
        assert set(row) == {"line", "depth", "kind", "marker", "title", "start", "end"}
        assert row["kind"] in ("heading", "lead", "item")


def test_sample_report_uses_every_style() -> None:
    text, result = detect(SAMPLE)
    assert result.title == "XX县工业和信息化局2024年工作总结"
    markers = {n.marker for n in result.nodes()}
    assert {"一、", "二、", "三、", "（一）", "（六）", "1.", "（1）", "①", "一是", "首先", "其次",
            "最后", "其一"} <= markers
    assert sum(n.kind == "lead" for n in result.nodes()) >= 3
    top = [n.title for n in result.roots]
    assert top == ["2024年主要工作及成效", "存在的问题", "2025年工作打算"]
    for trap in ("三、四季度", "（责任单位", "特此报告", "2024年12月20日"):
        pos = text.index(trap)
        assert all(n.title_start != pos and n.start != pos for n in result.nodes())
    assert result.roots[-1].end == text.index("　　特此报告")


def test_path_at_finds_the_innermost_section() -> None:
    text, result = detect(DATA / "town_work_summary.txt")
    path = result.path_at(text.index("签约项目9个"))
    assert [n.label for n in path] == ["一、主要工作及成效", "（一）经济运行稳中向好",
                                       "二是抓招商引资"]


def test_line_counter_goes_both_ways() -> None:
    text = "a\nb\nc\nd"
    line_of = LineCounter(text)
    assert [line_of(p) for p in (6, 0, 4, 2, 7)] == [4, 1, 3, 2, 4]
