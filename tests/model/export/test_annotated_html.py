"""The annotated report as HTML (model/export/annotated_html.py), parsed back."""
from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

from model.annotations import AnnotationSet
from model.export.annotated_html import build_annotated_html
from tests.model.export.review_fixtures import (
    TITLE,
    annotate,
    build_outline,
    fixture_report,
    sample_set,
)


class Parsed(HTMLParser):
    """Text, tags, and the background colours open around every text piece."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.pieces: list[tuple[str, tuple[str, ...]]] = []
        self.classes: list[tuple[str, str]] = []
        self._class = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "p":
            self._class = a.get("class") or ""
        if tag == "span":
            self.stack.append(a.get("style") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.classes.append((self._class, data))
        bg = tuple(s for s in self.stack if s.startswith("background"))
        self.pieces.append((data, bg))


def parse(html: str) -> Parsed:
    parser = Parsed()
    parser.feed(html)
    assert not parser.stack  # every span closed
    return parser


def _html(aset: AnnotationSet, **kw: object) -> str:
    report = fixture_report()
    return build_annotated_html(report, build_outline(report.text), aset, date="2026-11-24",
                                **kw)


def test_header_toc_and_body() -> None:
    report = fixture_report()
    p = parse(_html(sample_set(report.text)))
    text = "".join(p.text)
    assert text.count(TITLE) == 2  # <title> and <h1>: the title line is not repeated
    assert "目录" in text and "2026年11月24日" in text and "批注 4 条" in text
    assert ("h0", "一、主要做法和成效") in p.classes and ("h1", "（一）存在困难") in p.classes
    assert ("toc1", "（二）优化营商环境") in p.classes
    assert "一是简化审批流程。二是推行“一网通办”。" in text


def test_notes_numbered_escaped_and_listed_per_section() -> None:
    report = fixture_report()
    p = parse(_html(sample_set(report.text)))
    text = "".join(p.text)
    assert "script" not in p.tags and "<script>alert('x')</script>" in text
    # numbers in document order: 项目储备不足 (1) before 青年干部少 (2); both in section 二
    assert text.index("项目储备不足[1]") < text.index("青年干部少[2]")
    notes = text.index("本节批注")
    assert notes > text.index("力争明年") and "[1] （张三）“项目储备不足”" in text[notes:]
    assert "需补充数据" in text[notes:]


def test_highlights_nest_on_overlap() -> None:
    report = fixture_report()
    aset = AnnotationSet()
    aset.add(annotate(report.text, "项目储备不足", "problem"))
    aset.add(annotate(report.text, "储备", "measure"))
    p = parse(_html(aset))
    covered = {data: bg for data, bg in p.pieces if data in ("项目", "储备", "不足")}
    assert len(covered["项目"]) == 1 and covered["项目"] == covered["不足"]
    assert len(covered["储备"]) == 2 and covered["储备"][0] == covered["项目"][0]
    assert covered["储备"][1] != covered["项目"][0]  # the inner span: a blend


def test_filters_notes_off_and_orphans_listed() -> None:
    report = fixture_report()
    aset = sample_set(report.text)
    lost = replace(annotate(report.text, "成立了", "problem", note="原文已删",
                             author="张三"), status="orphaned")
    aset.add(lost)
    p = parse(_html(aset, include_notes=False, authors=["张三"], lang="en"))
    text = "".join(p.text)
    assert "[1]" not in text and "alert" not in text  # notes off
    assert "Annotations not located in this text" in text and "原文已删" not in text
    backgrounds = [data for data, bg in p.pieces if bg]
    assert "青年干部少" not in backgrounds  # 李四's annotation filtered out
    assert any("项目储备不足" in d for d in backgrounds)


def test_overlapping_notes_on_a_line_end_keep_their_numbers() -> None:
    report = fixture_report()
    aset = AnnotationSet()
    text = report.text
    start = text.index("成立了")
    end = text.index("\n", start) + 1  # the span includes the line break
    aset.add(replace(annotate(text, "成立了", "problem", note="甲"), end=end))
    p = parse(_html(aset))
    assert "领导小组。[1]" in "".join(p.text)
