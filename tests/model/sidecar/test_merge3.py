"""Three-way merge of two writers of one sidecar (model.sidecar.merge.merge3)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from model import errors
from model.annotations import DEFAULT_TAGS, Annotation, AnnotationSet, Tag
from model.sidecar import store
from model.sidecar.dump import dumps
from model.sidecar.merge3 import merge3, merge_with_disk, snapshot
from tests.model.sidecar.helpers import annotate, copy_report

TEXT = "今年经济运行稳中有进。就业形势总体稳定！部分地区财政收支矛盾突出；创新能力不强。"
OLD, NEW = "2026-01-01T08:00:00+00:00", "2026-02-01T08:00:00+00:00"


def three(*items: Annotation) -> tuple[AnnotationSet, AnnotationSet, AnnotationSet]:
    """base, mine, theirs: the same set three times (independent copies)."""
    base = AnnotationSet()
    base.add_many(items)
    return base, snapshot(base), snapshot(base)


def ids(s: AnnotationSet) -> set[str]:
    return {a.id for a in s}


A = replace(annotate(TEXT, "稳中有进"), modified=OLD)
B = replace(annotate(TEXT, "总体稳定", "achievement"), modified=OLD)
C = replace(annotate(TEXT, "创新能力不强"), modified=OLD)


def test_nothing_changed() -> None:
    base, mine, theirs = three(A, B)
    result = merge3(base, mine, theirs)
    assert ids(result.merged) == {A.id, B.id} and not result.changed
    assert not result.clashes and not result.tag_clashes


def test_added_on_both_sides_all_kept() -> None:
    base, mine, theirs = three(A)
    mine.add(B)
    theirs.add(C)
    result = merge3(base, mine, theirs)
    assert ids(result.merged) == {A.id, B.id, C.id}
    assert result.added == (C.id,) and result.changed and not result.clashes


def test_deleted_here_unchanged_there_stays_deleted() -> None:
    base, mine, theirs = three(A, B)
    mine.remove(A.id)
    result = merge3(base, mine, theirs)
    assert ids(result.merged) == {B.id} and not result.changed


def test_deleted_there_unchanged_here_is_deleted() -> None:
    base, mine, theirs = three(A, B)
    theirs.remove(B.id)
    result = merge3(base, mine, theirs)
    assert ids(result.merged) == {A.id} and result.removed == (B.id,)


@pytest.mark.parametrize("deleted_by", ["mine", "theirs"])
def test_deleted_on_one_side_changed_on_the_other_is_kept(deleted_by: str) -> None:
    base, mine, theirs = three(A)
    deleter, changer = (mine, theirs) if deleted_by == "mine" else (theirs, mine)
    deleter.remove(A.id)
    changer.update(A.id, note="改过了")
    result = merge3(base, mine, theirs)
    assert result.merged.get(A.id).note == "改过了"
    (clash,) = result.clashes
    assert (clash.kind, clash.kept.note, clash.dropped) == ("changed_deleted", "改过了", None)


def test_changed_on_one_side_taken() -> None:
    base, mine, theirs = three(A, B)
    theirs.put(replace(A, note="他们的", modified=NEW))
    mine.put(replace(B, tag="problem", modified=NEW))
    result = merge3(base, mine, theirs)
    assert result.merged.get(A.id).note == "他们的" and result.merged.get(B.id).tag == "problem"
    assert result.updated == (A.id,) and not result.clashes


@pytest.mark.parametrize(("mine_time", "theirs_time", "winner"),
                         [(NEW, OLD, "mine"), (OLD, NEW, "theirs"), (NEW, NEW, "mine")])
def test_changed_on_both_sides_newer_wins_other_reported(mine_time: str, theirs_time: str,
                                                         winner: str) -> None:
    base, mine, theirs = three(A)
    mine.put(replace(A, note="mine", modified=mine_time))
    theirs.put(replace(A, note="theirs", modified=theirs_time))
    result = merge3(base, mine, theirs)
    loser = "theirs" if winner == "mine" else "mine"
    assert result.merged.get(A.id).note == winner
    (clash,) = result.clashes
    assert (clash.kind, clash.kept.note, clash.dropped.note) == ("changed_both", winner, loser)


def test_same_change_on_both_sides_is_no_clash() -> None:
    base, mine, theirs = three(A)
    mine.put(replace(A, note="同", modified=NEW))
    theirs.put(replace(A, note="同", modified=NEW))
    result = merge3(base, mine, theirs)
    assert result.merged.get(A.id).note == "同" and not result.clashes and not result.changed


def test_status_alone_is_not_an_edit() -> None:
    """Each side re-anchored on its own: a different status is no change to merge."""
    base, mine, theirs = three(A)
    theirs.put(replace(A, status="moved"))
    mine.put(replace(A, note="我的", modified=NEW))
    result = merge3(base, mine, theirs)
    assert result.merged.get(A.id).note == "我的" and not result.clashes


def test_inputs_untouched() -> None:
    base, mine, theirs = three(A)
    mine.add(B)
    theirs.remove(A.id)
    before = [dumps(store.SourceInfo("r", "0", 1), s) for s in (base, mine, theirs)]
    merge3(base, mine, theirs)
    assert [dumps(store.SourceInfo("r", "0", 1), s) for s in (base, mine, theirs)] == before


def _tags(s: AnnotationSet, **changes: Tag | None) -> None:
    """Replace (a Tag) or delete (None) tags by id."""
    tags = [changes.get(t.id, t) for t in s.tags]
    s.set_tags([t for t in tags if t is not None] + [
        t for k, t in changes.items() if t is not None and s.tag(k) is None])


def test_tags_merged_three_way() -> None:
    base, mine, theirs = three(A)
    red = replace(base.tag("measure"), color="#ff0000")
    _tags(theirs, measure=red, figure=None, extra=Tag("extra", "额外", "Extra", "#000000", 1))
    _tags(mine, question=None, mine_new=Tag("mine_new", "新", "New", "#111111", 0))
    result = merge3(base, mine, theirs)
    merged = {t.id: t for t in result.merged.tags}
    assert merged["measure"].color == "#ff0000"  # changed there only
    assert "figure" not in merged and "question" not in merged  # deleted on one side
    assert "mine_new" in merged and merged["extra"].key == 0  # added; key 1 is taken
    assert result.tags_changed and not result.tag_clashes


def test_tag_changed_on_both_sides_keeps_mine_and_reports() -> None:
    base, mine, theirs = three(A)
    _tags(mine, problem=replace(base.tag("problem"), color="#010101"))
    _tags(theirs, problem=replace(base.tag("problem"), color="#020202"))
    result = merge3(base, mine, theirs)
    assert result.merged.tag("problem").color == "#010101"
    assert result.tag_clashes == ("problem",)


def test_tag_in_use_is_never_deleted() -> None:
    base, mine, theirs = three(A)
    _tags(mine, achievement=None)  # I deleted a tag nobody used …
    theirs.add(B)  # … while they tagged something with it
    result = merge3(base, mine, theirs)
    assert result.merged.tag("achievement") is not None and B.id in result.merged


def test_rejected_suggestions_three_way() -> None:
    base, mine, theirs = three(A)
    base.rejected_suggestions.update({"both", "gone-mine", "gone-theirs"})
    mine.rejected_suggestions.update({"both", "gone-theirs", "new-mine"})
    theirs.rejected_suggestions.update({"both", "gone-mine", "new-theirs"})
    result = merge3(base, mine, theirs)
    assert result.merged.rejected_suggestions == {"both", "new-mine", "new-theirs"}
    assert result.rejected_changed


def test_merge_with_disk(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = store.sidecar_path(report.path)
    text = report.text
    a = annotate(text, text[10:14])
    base = AnnotationSet(tags=list(DEFAULT_TAGS))
    base.add(a)
    store.save_sidecar(path, report, base)
    theirs = snapshot(base)
    b = annotate(text, text[20:24])
    theirs.add(b)
    store.save_sidecar(path, report, theirs)
    mine = snapshot(base)
    c = annotate(text, text[30:34])
    mine.add(c)
    merged = merge_with_disk(report, base, mine)
    assert ids(merged.result.merged) == {a.id, b.id, c.id}
    assert merged.fingerprint == store.fingerprint_of(path)


@pytest.mark.parametrize("state", ["absent", "damaged"])
def test_merge_with_a_missing_or_damaged_file_keeps_mine(tmp_path: Path, state: str) -> None:
    report = copy_report(tmp_path)
    path = store.sidecar_path(report.path)
    if state == "damaged":
        path.write_text("{ not json", encoding="utf-8")
    base, mine, _ = three(annotate(report.text, report.text[10:14]))
    merged = merge_with_disk(report, base, mine)
    assert ids(merged.result.merged) == ids(mine) and merged.fingerprint is None


def test_merge_with_a_newer_file_refuses(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = store.sidecar_path(report.path)
    base, mine, _ = three()
    store.save_sidecar(path, report, base)
    path.write_text(path.read_text("utf-8").replace('"schema": 1', '"schema": 99'), "utf-8")
    with pytest.raises(errors.SidecarTooNew):
        merge_with_disk(report, base, mine)
