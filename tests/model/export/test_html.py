"""HTML export: self-contained, escaped, parsed back with html.parser."""
from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

from model.export import export
from model.export.review import Review, build_review
from tests.model.export.review_fixtures import build_outline, fixture_report, sample_set

REPORT = fixture_report()
OUTLINE = build_outline(REPORT.text)


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(review: Review) -> Collector:
    c = Collector()
    c.feed(export(review, "html").decode("utf-8"))
    c.close()
    return c


def review(**kw: object) -> Review:
    return build_review(REPORT, OUTLINE, sample_set(REPORT.text), date="2026-11-24",
                        **kw)  # type: ignore[arg-type]


def test_script_note_is_text_not_element() -> None:
    c = parse(review())
    assert "script" not in c.tags
    assert "<script>alert('x')</script>" in "".join(c.text)


def test_structure_and_content() -> None:
    c = parse(review())
    text = "".join(c.text)
    assert c.tags.count("h2") == 3 and c.tags.count("table") == 3
    assert "问题清单（2）" in text and "存疑清单" not in text
    assert "“项目储备不足”" in text
    assert "二、存在困难和下步打算 › （一）存在困难 › 一是" in text
    assert ("lang", "zh-CN") in c.attrs


def test_self_contained() -> None:
    html = export(review(), "html").decode("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "src=" not in html and "href=" not in html and "<link" not in html


def test_no_notes_column() -> None:
    c = parse(review(include_notes=False))
    assert "批注" not in "".join(c.text).replace("批注统计", "").replace("批注人", "")
    assert "alert" not in "".join(c.text)


def test_bad_tag_colour_is_not_injected() -> None:
    s = sample_set(REPORT.text)
    s.set_tags([replace(s.tags[0], color="red;}</style><script>x()</script>")] + s.tags[1:])
    r = build_review(REPORT, OUTLINE, s, date="2026-11-24")
    html = export(r, "html").decode("utf-8")
    assert "x()" not in html and "--tag:#888888" in html


def test_english_labels() -> None:
    text = "".join(parse(review(lang="en")).text)
    assert "Problems (2)" in text and "Reviewer" in text and "para." in text
