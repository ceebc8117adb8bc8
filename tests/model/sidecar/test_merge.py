"""Merging another reviewer's annotations (model.sidecar.merge)."""
from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path

import pytest

from model import errors
from model.annotations import AnnotationSet, Tag
from model.report.loading import report_from_text
from model.sidecar.dump import dumps
from model.sidecar.merge import merge, read_anchored
from tests.model.export.review_fixtures import annotate, fixture_report, sample_set

TEXT = fixture_report().text
OLD, NEW = "2026-01-01T08:00:00+00:00", "2026-02-01T08:00:00+00:00"


def two_sets() -> tuple[AnnotationSet, AnnotationSet]:
    mine = sample_set(TEXT)
    return mine, copy.deepcopy(mine)


def test_same_id_newer_theirs_wins() -> None:
    mine, theirs = two_sets()
    a = next(iter(mine))
    mine.put(replace(a, note="mine", modified=OLD))
    theirs.put(replace(a, note="theirs", modified=NEW))
    result = merge(mine, theirs)
    assert result.updated == (a.id,) and result.merged.get(a.id).note == "theirs"
    assert len(result.kept) == 3 and result.added == ()


def test_same_id_older_or_equal_keeps_mine() -> None:
    mine, theirs = two_sets()
    a, b = list(mine)[:2]
    mine.put(replace(a, note="mine", modified=NEW))
    theirs.put(replace(a, note="theirs", modified=OLD))
    mine.put(replace(b, note="mine", modified=NEW))
    theirs.put(replace(b, note="theirs", modified=NEW))
    result = merge(mine, theirs)
    assert result.updated == () and set(result.kept) == {x.id for x in mine}
    assert result.merged.get(a.id).note == "mine" and result.merged.get(b.id).note == "mine"
    assert not result.changed


def test_timestamps_compared_as_times() -> None:
    mine, theirs = two_sets()
    a = next(iter(mine))
    mine.put(replace(a, note="mine", modified="2026-02-01T09:00:00+01:00"))  # 08:00 UTC
    theirs.put(replace(a, note="theirs", modified="2026-02-01T08:30:00Z"))
    assert merge(mine, theirs).merged.get(a.id).note == "theirs"
    theirs.put(replace(a, note="theirs", modified="garbage"))
    assert merge(mine, theirs).merged.get(a.id).note == "mine"


def test_different_ids_both_kept_and_inputs_untouched() -> None:
    mine = sample_set(TEXT)
    theirs = AnnotationSet()
    extra = annotate(TEXT, "项目储备不足", "problem", author="王五")
    theirs.add(extra)
    before = copy.deepcopy(mine)
    result = merge(mine, theirs)
    assert result.added == (extra.id,) and len(result.merged) == 5
    assert result.summary() == "added 1, updated 0, kept 0, conflicts 0"
    assert list(mine) == list(before) and len(theirs) == 1
    assert result.changed


def _recoloured(s: AnnotationSet, colour: str) -> list[Tag]:
    return [replace(t, color=colour) if t.id == "problem" else t for t in s.tags]


def test_conflicting_tag_colour_unresolved_keeps_mine() -> None:
    mine, theirs = two_sets()
    theirs.set_tags(_recoloured(theirs, "#000000"))
    result = merge(mine, theirs)
    (conflict,) = result.conflicts
    assert (conflict.tag_id, conflict.resolution) == ("problem", None)
    assert conflict.theirs.color == "#000000" and result.unresolved == (conflict,)
    assert result.merged.tag("problem").color == mine.tag("problem").color
    assert result.summary().endswith("conflicts 1")


@pytest.mark.parametrize("resolve", ["theirs", {"problem": "theirs"}])
def test_conflict_resolved_theirs(resolve: object) -> None:
    mine, theirs = two_sets()
    theirs.set_tags([replace(t, color="#000000", key=9) if t.id == "problem" else t
                     for t in theirs.tags])
    result = merge(mine, theirs, resolve=resolve)  # type: ignore[arg-type]
    tag = result.merged.tag("problem")
    assert tag.color == "#000000" and tag.key == 1  # shortcut stays mine
    assert result.conflicts[0].resolution == "theirs" and result.unresolved == ()


def test_label_difference_is_a_conflict_but_colour_case_is_not() -> None:
    mine, theirs = two_sets()
    theirs.set_tags([replace(t, color=t.color.upper()) for t in theirs.tags])
    assert merge(mine, theirs).conflicts == ()
    theirs.set_tags([replace(t, label_zh="短板") if t.id == "problem" else t
                     for t in theirs.tags])
    assert [c.tag_id for c in merge(mine, theirs, resolve="mine").conflicts] == ["problem"]
    assert merge(mine, theirs, resolve="mine").merged.tag("problem").label_zh == "问题"


def test_tags_only_in_other_are_added_without_key_clash() -> None:
    mine, theirs = two_sets()
    theirs.set_tags([*theirs.tags, Tag("risk", "风险", "Risk", "#123456", 1),
                     Tag("idea", "建议", "Idea", "#654321", 8)])
    result = merge(mine, theirs)
    assert result.tags_added == ("risk", "idea")
    assert [(t.id, t.key) for t in result.merged.tags[-2:]] == [("risk", 0), ("idea", 8)]


def test_rejected_suggestions_are_united() -> None:
    mine, theirs = two_sets()
    mine.rejected_suggestions.add("a")
    theirs.rejected_suggestions.add("b")
    assert merge(mine, theirs).merged.rejected_suggestions == {"a", "b"}


def test_bad_resolve_value() -> None:
    mine, theirs = two_sets()
    with pytest.raises(ValueError):
        merge(mine, theirs, resolve="both")


def test_newer_orphan_keeps_my_anchor() -> None:
    mine, theirs = two_sets()
    a = next(iter(mine))
    mine.put(replace(a, modified=OLD))
    theirs.put(replace(a, note="new note", modified=NEW, status="orphaned", start=0, end=2))
    merged = merge(mine, theirs).merged.get(a.id)
    assert (merged.note, merged.start, merged.status) == ("new note", a.start, a.status)


def test_read_anchored_reanchors_on_changed_text(tmp_path: Path) -> None:
    old_text = TEXT.replace("一、主要做法和成效\n", "一、主要做法和成效\n新增一段说明文字。\n")
    old_report = report_from_text(old_text, "report.txt")
    theirs = AnnotationSet()
    theirs.add(annotate(old_text, "项目储备不足", "problem", author="王五"))
    theirs.add(annotate(old_text, "新增一段说明文字", "question", author="王五"))
    path = tmp_path / "other.annotations.json"
    path.write_text(dumps(old_report, theirs), encoding="utf-8")
    current = fixture_report()
    placed, summary = read_anchored(current, path)
    moved = next(a for a in placed if a.quote == "项目储备不足")
    assert moved.status == "moved" and TEXT[moved.start:moved.end] == "项目储备不足"
    assert (summary.moved, summary.orphaned, summary.text_changed) == (1, 1, True)
    result = merge(sample_set(TEXT), placed)
    assert len(result.added) == 2


def test_read_anchored_errors_leave_file_alone(tmp_path: Path) -> None:
    with pytest.raises(errors.MergeSourceMissing):
        read_anchored(fixture_report(), tmp_path / "nope.json")
    bad = tmp_path / "bad.annotations.json"
    bad.write_bytes(b"{not json")
    with pytest.raises(errors.SidecarCorrupt, match="bad.annotations.json"):
        read_anchored(fixture_report(), bad)
    assert bad.read_bytes() == b"{not json"
    assert [p.name for p in tmp_path.iterdir()] == ["bad.annotations.json"]


def test_read_anchored_missing_ok_and_newer_schema(tmp_path: Path) -> None:
    report = fixture_report()
    placed, summary = read_anchored(report, tmp_path / "none.json", missing_ok=True)
    assert len(placed) == 0 and summary.total == 0
    newer = tmp_path / "newer.annotations.json"
    text = dumps(report, sample_set(TEXT)).replace('"schema": 1', '"schema": 99', 1)
    newer.write_text(text, encoding="utf-8")
    with pytest.raises(errors.SidecarTooNew, match="newer.annotations.json"):
        read_anchored(report, newer)
    placed, _ = read_anchored(report, newer, allow_newer=True)
    assert len(placed) == 4
