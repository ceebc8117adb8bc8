"""build_review: grouping by tag, ordering, filters, header, orphans."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from model import errors
from model.annotations import AnnotationSet
from model.export.review import build_review, group_title
from model.outline.tree import Outline
from tests.model.export.review_fixtures import annotate, build_outline, fixture_report, sample_set

REPORT = fixture_report()
TEXT = REPORT.text
OUTLINE = build_outline(TEXT)


def review(s: AnnotationSet | None = None, **kw: object):  # type: ignore[no-untyped-def]
    return build_review(REPORT, OUTLINE, sample_set(TEXT) if s is None else s,
                        date="2026-11-24", **kw)  # type: ignore[arg-type]


def test_groups_follow_tag_set_order_and_titles() -> None:
    r = review()
    assert [g.title for g in r.groups] == ["问题清单", "承诺清单", "成效清单", "举措清单",
                                           "数据清单", "存疑清单"]
    assert [g.title for g in review(lang="en").groups][:3] == [
        "Problems", "Commitments", "Achievements"]
    assert [g.tag.id for g in r.non_empty_groups()] == ["problem", "commitment", "achievement"]


def test_entries_in_document_order_within_tag() -> None:
    problems = review().groups[0].entries
    assert [e.quote for e in problems] == ["项目储备不足", "青年干部少"]
    assert problems[0].citation == "二、存在困难和下步打算 › （一）存在困难 › 一是"
    assert problems[0].short_citation == "二、（一）›一是"
    assert problems[0].section == "二、存在困难和下步打算 › （一）存在困难"
    assert (problems[0].author, problems[1].note) == ("张三", "需补充数据")


def test_header() -> None:
    r = review()
    assert (r.title, r.file_name, r.date, r.total) == (
        "关于2026年度工业发展工作情况的报告", "report.txt", "2026-11-24", 4)
    assert [(t.id, n) for t, n in r.counts()][:4] == [
        ("problem", 2), ("commitment", 1), ("achievement", 1), ("measure", 0)]
    assert r.display_date() == "2026年11月24日"
    assert review(lang="en").display_date() == "2026-11-24"


def test_title_falls_back_to_file_stem_and_date_to_today() -> None:
    r = build_review(REPORT, Outline(None, OUTLINE.roots), sample_set(TEXT))
    assert r.title == "report"
    assert r.date == date.today().isoformat()


def test_tag_filter_keeps_tag_set_order() -> None:
    r = review(tags=["commitment", "problem"])
    assert [g.tag.id for g in r.groups] == ["problem", "commitment"]
    assert r.total == 3


def test_unknown_tag_filter_is_an_error() -> None:
    with pytest.raises(errors.UnknownTag, match="nosuch"):
        review(tags=["problem", "nosuch"])


def test_author_filter() -> None:
    r = review(authors=["李四"])
    assert [e.quote for e in r.entries()] == ["青年干部少"]


def test_notes_can_be_left_out() -> None:
    r = review(include_notes=False)
    assert not r.include_notes
    assert all(e.note == "" for e in r.entries())


def test_orphans_close_their_group() -> None:
    s = sample_set(TEXT)
    first = next(a for a in s if a.quote == "项目储备不足")
    s.put(replace(first, status="orphaned", start=0, end=1))
    problems = review(s).groups[0].entries
    assert [e.quote for e in problems] == ["青年干部少", "项目储备不足"]
    assert problems[-1].orphaned and problems[-1].citation == "（原位置未能定位）"
    assert problems[-1].short_citation == "（原位置未能定位）"
    assert problems[-1].section == ""


def test_annotation_with_unknown_tag_gets_own_group() -> None:
    s = sample_set(TEXT)
    s.add(annotate(TEXT, "简化审批流程", "legacy"))
    r = review(s)
    assert r.groups[-1].tag.id == "legacy"
    assert r.groups[-1].title == "legacy清单"
    assert r.total == 5


def test_group_title_english_plural() -> None:
    tag = sample_set(TEXT).tags[0]
    assert group_title(replace(tag, label_en="Risks"), "en") == "Risks"
