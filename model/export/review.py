"""A review: the annotations of one report arranged for reading and export.

Grouped by tag in the tag set's order (问题清单, 承诺清单, …), and inside a tag by position,
which is outline-section order because sections are contiguous spans. Orphaned annotations
(their text could not be found in the current report) are NOT dropped: they close their
tag's group, flagged `orphaned`, with a citation saying the position was lost.
Annotations whose tag is missing from the tag set get a group of their own at the end.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date

from model import errors
from model.annotations import Annotation, AnnotationSet, Tag
from model.export.citation import Citer
from model.followup import FollowupFields, deadline_date, is_overdue, shown_status, status_name
from model.outline.tree import SECTION_SEPARATOR, Outline
from model.report.loading import Report

#: Colour given to a group whose tag is not in the tag set.
UNKNOWN_TAG_COLOR = "#888888"

_WORDS: dict[str, dict[str, str]] = {
    "zh": {"file": "文件", "date": "导出日期", "counts": "批注统计", "total": "合计",
           "no": "序号", "location": "位置", "quote": "原文", "note": "批注",
           "author": "批注人", "created": "创建时间", "tag": "标签", "start": "起",
           "end": "止", "orphaned": "未定位", "none": "无", "title_suffix": "审阅意见",
           "section": "章节", "fu_status": "整改状态", "fu_unit": "责任单位",
           "fu_deadline": "整改期限", "fu_note": "整改情况", "overdue": "已逾期",
           "ledger": "整改台账", "reviewer": "审阅人", "unit": "单位"},
    "en": {"file": "File", "date": "Exported", "counts": "Annotations", "total": "Total",
           "no": "No.", "location": "Location", "quote": "Text", "note": "Note",
           "author": "Reviewer", "created": "Created", "tag": "Tag", "start": "Start",
           "end": "End", "orphaned": "not located", "none": "none",
           "title_suffix": "review", "section": "Section", "fu_status": "Follow-up",
           "fu_unit": "Responsible unit", "fu_deadline": "Deadline",
           "fu_note": "Follow-up note", "overdue": "overdue", "ledger": "Follow-up ledger",
           "reviewer": "Reviewer", "unit": "Unit"},
}


def review_words(lang: str) -> dict[str, str]:
    """Fixed words of an exported review ("zh…" → Chinese, anything else → English)."""
    return _WORDS["zh" if lang.startswith("zh") else "en"]


@dataclass(frozen=True)
class ReviewEntry(FollowupFields):
    """One annotation as it appears in a review. `section` is the outline path alone,
    `citation` adds the paragraph/item, `short_citation` is the same place with section
    markers only ("二、（一）›一是", for narrow table columns); `note` is "" when notes
    are excluded."""

    id: str
    tag: str
    citation: str
    section: str
    quote: str
    note: str
    author: str
    created: str
    modified: str
    start: int
    end: int
    prefix: str
    suffix: str
    orphaned: bool
    short_citation: str = ""
    #: Follow-up (model/followup.py): status key, unit, ISO deadline, note; "" = not set.
    followup_status: str = ""
    followup_unit: str = ""
    followup_deadline: str = ""
    followup_note: str = ""
    overdue: bool = False

    def followup_cells(self, lang: str) -> dict[str, str]:
        """The follow-up as table cells: fu_status (its name, with "（已逾期）" when
        overdue; an overdue item without a status is still to do: 待处理), fu_unit,
        fu_deadline, fu_note."""
        status = status_name(shown_status(self.followup_status, self.overdue), lang)
        if self.overdue:
            flag = review_words(lang)["overdue"]
            status = f"{status}（{flag}）" if lang.startswith("zh") else f"{status} ({flag})"
        return {"fu_status": status.strip(), "fu_unit": self.followup_unit,
                "fu_deadline": self.followup_deadline, "fu_note": self.followup_note}


@dataclass(frozen=True)
class ReviewGroup:
    """All entries of one tag; `title` is "问题清单" / "Problems"."""

    tag: Tag
    title: str
    entries: tuple[ReviewEntry, ...]


@dataclass(frozen=True)
class Review:
    """Header data plus one group per selected tag (empty groups included, so counts
    show zeros; renderers print only non-empty groups)."""

    title: str
    file_name: str
    date: str  # ISO date of the export
    lang: str
    include_notes: bool
    groups: tuple[ReviewGroup, ...]
    #: The 审阅意见's addressee line ("" = none), the reviewer's name and unit for the
    #: closing block ("" = left out).
    addressee: str = ""
    reviewer: str = ""
    reviewer_unit: str = ""

    @property
    def has_followup(self) -> bool:
        """Does any entry carry follow-up data (then the exports show its columns)?"""
        return any(e.has_followup for g in self.groups for e in g.entries)

    @property
    def total(self) -> int:
        return sum(len(g.entries) for g in self.groups)

    def counts(self) -> list[tuple[Tag, int]]:
        """(tag, number of entries) for every selected tag, in tag-set order."""
        return [(g.tag, len(g.entries)) for g in self.groups]

    def non_empty_groups(self) -> list[ReviewGroup]:
        return [g for g in self.groups if g.entries]

    def entries(self) -> list[ReviewEntry]:
        """Every entry, group after group."""
        return [e for g in self.groups for e in g.entries]

    def display_date(self) -> str:
        """The export date as a reader expects it: 2026年11月24日 / 2026-11-24."""
        if not self.lang.startswith("zh"):
            return self.date
        try:
            d = _date.fromisoformat(self.date)
        except ValueError:
            return self.date
        return f"{d.year}年{d.month}月{d.day}日"


#: Spaces between two CJK characters of a title set out wide ("政 府 工 作 报 告").
_WIDE = re.compile("(?<=[\u3400-\u9fff])[ \u3000\t]+(?=[\u3400-\u9fff])")


def tidy_title(title: str | None) -> str:
    """The detected title as a heading: spaces between CJK characters dropped
    ("政 府 工 作 报 告" → "政府工作报告"); "" for none."""
    return _WIDE.sub("", title.strip()) if title else ""


def group_title(tag: Tag, lang: str) -> str:
    """"问题清单" in Chinese, "Problems" in English (derived from the tag's labels)."""
    if lang.startswith("zh"):
        return f"{tag.label_zh}清单"
    label = tag.label_en
    return label if label.endswith("s") else f"{label}s"


def build_review(
    report: Report,
    outline: Outline,
    annotation_set: AnnotationSet,
    *,
    tags: Iterable[str] | None = None,
    authors: Iterable[str] | None = None,
    include_notes: bool = True,
    lang: str = "zh",
    date: str | None = None,
    addressee: str = "",
    reviewer: str = "",
    reviewer_unit: str = "",
) -> Review:
    """Arrange `annotation_set` for export.

    `tags`: tag ids to include, in any order (output keeps tag-set order); an id not in
    the tag set raises errors.UnknownTag. `authors`: keep only these authors' annotations.
    `date`: ISO date for the header (default: today); `addressee`, `reviewer`,
    `reviewer_unit`: the 审阅意见's addressee line and closing block.
    """
    selected, chosen = select_annotations(annotation_set, tags, authors)
    citer = Citer(report.text, outline, report.page_starts)
    day = date or _date.today().isoformat()
    groups = tuple(
        ReviewGroup(tag, group_title(tag, lang),
                    _entries(citer, [a for a in chosen if a.tag == tag.id], include_notes,
                             lang, deadline_date(day)))
        for tag in selected
    )
    return Review(
        title=tidy_title(outline.title) or report.display_stem,
        file_name=report.display_name,
        date=day,
        lang=lang,
        include_notes=include_notes,
        groups=groups,
        addressee=addressee.strip(),
        reviewer=reviewer.strip(),
        reviewer_unit=reviewer_unit.strip(),
    )


def select_annotations(
    annotation_set: AnnotationSet,
    tags: Iterable[str] | None = None,
    authors: Iterable[str] | None = None,
) -> tuple[list[Tag], list[Annotation]]:
    """The selected tags (tag-set order, then tags missing from the set; an unknown id
    in `tags` raises errors.UnknownTag) and the annotations with one of those tags and,
    when `authors` is given, one of those authors. Shared by reviews and the printout."""
    selected = _select_tags(annotation_set, tags)
    wanted_authors = set(authors) if authors is not None else None
    tag_ids = {t.id for t in selected}
    chosen = [
        a for a in annotation_set
        if a.tag in tag_ids and (wanted_authors is None or a.author in wanted_authors)
    ]
    return selected, chosen


def _select_tags(annotation_set: AnnotationSet, tags: Iterable[str] | None) -> list[Tag]:
    known = list(annotation_set.tags)
    if tags is None:
        seen = {t.id for t in known}
        extra = sorted({a.tag for a in annotation_set if a.tag not in seen})
        return known + [Tag(t, t, t, UNKNOWN_TAG_COLOR) for t in extra]
    wanted = list(dict.fromkeys(tags))
    missing = [t for t in wanted if annotation_set.tag(t) is None]
    if missing:
        raise errors.UnknownTag(", ".join(missing))
    return [t for t in known if t.id in wanted]


def _entries(
    citer: Citer, items: list[Annotation], include_notes: bool, lang: str,
    today: _date | None,
) -> tuple[ReviewEntry, ...]:
    items = sorted(items, key=lambda a: (a.orphaned, a.start if not a.orphaned else 0,
                                         a.end, a.created, a.id))
    return tuple(_entry(citer, a, include_notes, lang, today) for a in items)


def _entry(citer: Citer, a: Annotation, include_notes: bool, lang: str,
           today: _date | None) -> ReviewEntry:
    """One entry; `today` (the review's date) decides what is overdue."""
    section = "" if a.orphaned else SECTION_SEPARATOR.join(
        n.label for n in citer.outline.path_at(a.start) if n.kind != "item")
    return ReviewEntry(
        id=a.id, tag=a.tag, citation=citer.cite_annotation(a, lang), section=section,
        quote=a.quote, note=a.note if include_notes else "", author=a.author,
        created=a.created, modified=a.modified, start=a.start, end=a.end,
        prefix=a.prefix, suffix=a.suffix, orphaned=a.orphaned,
        short_citation=citer.cite_annotation_short(a, lang),
        followup_status=a.followup_status, followup_unit=a.followup_unit,
        followup_deadline=a.followup_deadline, followup_note=a.followup_note,
        overdue=is_overdue(a.followup_status, a.followup_deadline, today),
    )
