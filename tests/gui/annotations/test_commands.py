"""Undo commands: each redo/undo calls exact inverse model operations."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack

from gui.annotations.commands import (
    AddAnnotations,
    Composite,
    EditNote,
    RemoveAnnotations,
    ReplaceAnnotations,
    SetTags,
)
from gui.annotations.tag_set_model import build_tag_edit, moved, new_tag, with_keys
from model.annotations import DEFAULT_TAGS, AnnotationSet, Change, make_annotation

TEXT = "部分地区财政收支矛盾突出；创新能力不强。"


@pytest.fixture
def env(qtbot):  # noqa: ANN201
    changes: list[Change] = []
    return AnnotationSet(), QUndoStack(), changes


def snapshot(aset: AnnotationSet) -> tuple:
    return tuple(sorted((a.id, a.tag, a.start, a.end, a.note, a.modified) for a in aset)), \
        tuple(aset.tags)


def test_add_undo_redo_keeps_records(env) -> None:  # noqa: ANN001
    aset, stack, changes = env
    a = make_annotation(TEXT, 0, 4, "problem")
    stack.push(AddAnnotations(aset, [a], changes.append, "add"))
    stack.undo()
    assert len(aset) == 0
    stack.redo()
    assert aset.get(a.id) is a
    assert [c.kind for c in changes] == ["added", "removed", "added"]


def test_remove_undo_restores_identical(env) -> None:  # noqa: ANN001
    aset, stack, changes = env
    items = [make_annotation(TEXT, 0, 4, "problem"), make_annotation(TEXT, 4, 8, "figure")]
    aset.add_many(items)
    before = snapshot(aset)
    stack.push(RemoveAnnotations(aset, [i.id for i in items], changes.append, "rm"))
    assert len(aset) == 0 and changes[-1].span == (0, 8)
    stack.undo()
    assert snapshot(aset) == before


def test_replace_undo_puts_old_objects(env) -> None:  # noqa: ANN001
    aset, stack, changes = env
    a = make_annotation(TEXT, 0, 4, "problem")
    aset.add(a)
    stack.push(ReplaceAnnotations(aset, [replace(a, tag="figure")], changes.append, "retag"))
    assert aset.get(a.id).tag == "figure" and changes[-1].kind == "updated"
    stack.undo()
    assert aset.get(a.id) is a


def test_edit_note_merges_and_drops_no_op(env) -> None:  # noqa: ANN001
    aset, stack, changes = env
    a = make_annotation(TEXT, 0, 4, "problem")
    aset.add(a)
    for text in ("甲", "甲乙"):
        old = aset.get(a.id)
        stack.push(EditNote(aset, old, replace(old, note=text), changes.append, "note"))
    assert stack.count() == 1
    old = aset.get(a.id)
    stack.push(EditNote(aset, old, replace(old, note=""), changes.append, "note"))
    assert stack.count() == 0  # merged back to the original: obsolete, dropped
    assert aset.get(a.id).note == ""


def test_set_tags_undo(env) -> None:  # noqa: ANN001
    aset, stack, changes = env
    stack.push(SetTags(aset, list(DEFAULT_TAGS[:2]), changes.append, "tags"))
    assert len(aset.tags) == 2 and changes[-1] == Change("tags")
    stack.undo()
    assert aset.tags == list(DEFAULT_TAGS)


def test_composite_undoes_in_reverse(env) -> None:  # noqa: ANN001
    aset, stack, changes = env
    a = make_annotation(TEXT, 0, 4, "problem")
    stack.push(Composite([AddAnnotations(aset, [a], changes.append, "add"),
                          SetTags(aset, [], changes.append, "tags")], "both"))
    stack.undo()
    assert [c.kind for c in changes] == ["added", "tags", "tags", "removed"]


def test_build_tag_edit_requires_decisions(env) -> None:  # noqa: ANN001
    aset, _, changes = env
    aset.add(make_annotation(TEXT, 0, 4, "problem"))
    rest = [t for t in aset.tags if t.id != "problem"]
    with pytest.raises(ValueError):
        build_tag_edit(aset, rest, {}, changes.append, "edit")
    with pytest.raises(ValueError):
        build_tag_edit(aset, rest, {"problem": "problem"}, changes.append, "edit")
    assert build_tag_edit(aset, list(aset.tags), {}, changes.append, "edit") is None


def test_tag_helpers() -> None:
    tags = list(DEFAULT_TAGS)
    assert new_tag(tags, "亮点", "", "#000000").key == 7
    assert new_tag(tags, "亮点", "", "#000000").label_en == "亮点"
    order = moved(tags, "figure", -1)
    assert [t.id for t in order][3:5] == ["figure", "measure"]
    assert [t.key for t in order] == [1, 2, 3, 4, 5, 6]
    assert [t.key for t in with_keys(tags * 2)][8:] == [9, 0, 0, 0]
