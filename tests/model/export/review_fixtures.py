"""Shared builders for the citation/review/export/merge tests: a fixture report and an
outline built by hand (independent of the outline detector, which evolves)."""
from __future__ import annotations

import re
from pathlib import Path

from model.annotations import Annotation, AnnotationSet, make_annotation
from model.outline.tree import Outline, OutlineNode
from model.report.loading import Report, load_report

DATA = Path(__file__).resolve().parents[2] / "data" / "export"
REPORT_PATH = DATA / "report.txt"
TITLE = "关于2026年度工业发展工作情况的报告"

_HEADINGS = [re.compile(r"^[一二三四五六七八九十]+、"), re.compile(r"^（[一二三四五六七八九十]+）")]
_ITEM = re.compile(r"(?:^|(?<=。))([一二三四五六七八九十]是)")


def fixture_report() -> Report:
    return load_report(REPORT_PATH)


def build_outline(text: str, title: str | None = TITLE) -> Outline:
    """Headings 一、/（一） on their own lines and inline 一是… items, like the detector."""
    roots: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        depth = next((d for d, rx in enumerate(_HEADINGS, 1) if rx.match(line)), 0)
        if depth:
            marker = _HEADINGS[depth - 1].match(line).group(0)  # type: ignore[union-attr]
            node = OutlineNode(number, depth, "heading", marker, line[len(marker):], offset,
                               len(text), offset, offset + len(line))
            while stack and stack[-1].depth >= depth:
                stack.pop().end = offset
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
        elif stack:
            _add_items(stack[-1], line, number, offset)
        offset += len(line) + 1
    return Outline(title, roots)


def _add_items(parent: OutlineNode, line: str, number: int, offset: int) -> None:
    matches = list(_ITEM.finditer(line))
    for i, m in enumerate(matches):
        end = matches[i + 1].start(1) if i + 1 < len(matches) else len(line)
        start = offset + m.start(1)
        parent.children.append(OutlineNode(
            number, parent.depth + 1, "item", m.group(1), line[m.end(1):end].rstrip("。"),
            start, offset + end, start, start + len(m.group(1))))


def span_of(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def annotate(text: str, quote: str, tag: str, **kw: str) -> Annotation:
    start, end = span_of(text, quote)
    return make_annotation(text, start, end, tag, **kw)


def sample_set(text: str) -> AnnotationSet:
    """Two problems, one commitment, one achievement, by two authors, in shuffled order."""
    s = AnnotationSet()
    s.add(annotate(text, "青年干部少", "problem", note="需补充数据", author="李四"))
    s.add(annotate(text, "力争明年工业增加值增长7%左右", "commitment", author="张三"))
    s.add(annotate(text, "项目储备不足", "problem", note="<script>alert('x')</script>",
                   author="张三"))
    s.add(annotate(text, "规模以上工业增加值增长6.5%", "achievement", author="张三"))
    return s
