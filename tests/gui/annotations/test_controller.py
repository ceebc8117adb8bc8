"""Controller: undoable edits, change records, autosave, conflicts, read-only files."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from gui.annotations.controller import Controller
from model.annotations import AnnotationSet, Change, Tag
from model.sidecar import store as sidecar
from tests.gui.tagging_support import TEXT, make_outline, make_report, open_controller, span_of


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Controller:
    return open_controller(tmp_path)


def test_add_emits_one_added_change(qtbot, controller: Controller) -> None:
    start, end = span_of(TEXT, "财政收支矛盾突出")
    with qtbot.waitSignal(controller.annotations_changed) as blocker:
        ident = controller.add_annotation(start, end, "problem")
    change = blocker.args[0]
    assert change == Change("added", (ident,), (start, end))
    a = controller.annotation_set.get(ident)
    assert (a.quote, a.tag, a.author) == ("财政收支矛盾突出", "problem", "王审")


def test_empty_selection_tags_the_sentence(controller: Controller) -> None:
    offset = TEXT.index("创新")
    ident = controller.add_annotation(offset, offset, "problem")
    assert controller.annotation_set.get(ident).quote == "创新能力不强。"


def test_same_span_same_tag_twice_is_refused(qtbot, controller: Controller) -> None:
    start, end = span_of(TEXT, "创新能力不强")
    controller.add_annotation(start, end, "problem")
    with qtbot.waitSignal(controller.message):
        assert controller.add_annotation(start, end, "problem") is None
    assert len(controller.annotation_set) == 1


def test_unknown_tag_is_an_error(qtbot, controller: Controller) -> None:
    with qtbot.waitSignal(controller.error) as blocker:
        assert controller.add_annotation(0, 2, "nope") is None
    assert blocker.args[0] == "usage"


def test_autosave_writes_and_marks_clean(qtbot, controller: Controller) -> None:
    path = controller.sidecar_path
    assert path is not None and not path.exists()
    with qtbot.waitSignal(controller.dirty_changed) as dirty:
        controller.add_annotation(0, 2, "problem")
    assert dirty.args == [True]
    with qtbot.waitSignal(controller.dirty_changed, timeout=2000) as clean:
        pass
    assert clean.args == [False]
    assert len(json.loads(path.read_text(encoding="utf-8"))["annotations"]) == 1


def test_undo_redo_add_updates_file(qtbot, controller: Controller) -> None:
    ident = controller.add_annotation(0, 2, "problem")
    path = controller.sidecar_path
    qtbot.waitUntil(lambda: not controller.is_dirty())
    controller.undo_stack.undo()
    assert ident not in controller.annotation_set
    qtbot.waitUntil(lambda: json.loads(path.read_text(encoding="utf-8"))["annotations"] == [])
    controller.undo_stack.redo()
    assert controller.annotation_set.get(ident).quote == TEXT[0:2]


def test_note_edits_merge_into_one_step(controller: Controller) -> None:
    ident = controller.add_annotation(0, 2, "problem")
    for note in ("有", "有待", "有待核实"):
        controller.set_note(ident, note)
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert controller.annotation_set.get(ident).note == ""
    controller.undo_stack.redo()
    assert controller.annotation_set.get(ident).note == "有待核实"


def test_notes_of_different_annotations_do_not_merge(controller: Controller) -> None:
    a = controller.add_annotation(0, 2, "problem")
    b = controller.add_annotation(3, 5, "problem")
    controller.set_note(a, "x")
    controller.set_note(b, "y")
    assert controller.undo_stack.count() == 4


def test_retag_and_undo(controller: Controller) -> None:
    a = controller.add_annotation(0, 2, "problem")
    b = controller.add_annotation(3, 5, "problem")
    controller.retag([a, b], "figure")
    assert {controller.annotation_set.get(i).tag for i in (a, b)} == {"figure"}
    controller.undo_stack.undo()
    assert {controller.annotation_set.get(i).tag for i in (a, b)} == {"problem"}


def test_remove_many_is_one_step(controller: Controller) -> None:
    ids = [controller.add_annotation(s, s + 2, "problem") for s in (0, 3, 8)]
    controller.remove(ids[:2])
    assert [a.id for a in controller.annotation_set] == ids[2:]
    controller.undo_stack.undo()
    assert len(controller.annotation_set) == 3


def test_reattach_anchors_orphan(controller: Controller) -> None:
    ident = controller.add_annotation(0, 2, "problem")
    controller.annotation_set.update(ident, status="orphaned")
    start, end = span_of(TEXT, "就业形势")
    controller.reattach(ident, start, end)
    a = controller.annotation_set.get(ident)
    assert (a.status, a.quote) == ("anchored", "就业形势")
    controller.undo_stack.undo()
    assert controller.annotation_set.get(ident).orphaned


def test_remove_tag_in_use_needs_a_decision(controller: Controller) -> None:
    ident = controller.add_annotation(0, 2, "problem")
    with pytest.raises(ValueError):
        controller.remove_tag("problem")
    assert controller.remove_tag("problem", "question")
    assert controller.annotation_set.get(ident).tag == "question"
    assert controller.tag("problem") is None
    controller.undo_stack.undo()
    assert controller.annotation_set.get(ident).tag == "problem"
    assert controller.tag("problem") is not None


def test_remove_tag_deleting_annotations_undoes_in_one_step(qtbot, controller: Controller) -> None:
    ident = controller.add_annotation(0, 2, "problem")
    with qtbot.waitSignal(controller.tags_changed):
        controller.remove_tag("problem", delete_annotations=True)
    assert ident not in controller.annotation_set
    controller.undo_stack.undo()
    assert ident in controller.annotation_set and controller.tag("problem") is not None


def test_add_rename_recolour_move_tag(controller: Controller) -> None:
    tag = controller.add_tag("亮点", "Highlight", "#123456")
    assert tag is not None and tag.key == 7
    controller.update_tag(tag.id, label_zh="特色", color="#654321")
    assert controller.tag(tag.id).label_zh == "特色"
    controller.move_tag(tag.id, -10)
    assert controller.annotation_set.tags[0].id == tag.id
    assert controller.annotation_set.tags[0].key == 1
    for _ in range(3):
        controller.undo_stack.undo()
    assert controller.tag(tag.id) is None


def test_make_default_tags_emits_tags(qtbot, controller: Controller) -> None:
    with qtbot.waitSignal(controller.default_tags_chosen) as blocker:
        controller.make_default_tags()
    assert blocker.args[0] == tuple(controller.annotation_set.tags)


def test_new_document_uses_default_tags(qtbot, tmp_path: Path) -> None:
    controller = Controller()
    controller.default_tags = (Tag("x", "甲", "X", "#000000", 1),)
    controller.open(make_report(tmp_path), make_outline())
    assert [t.id for t in controller.annotation_set.tags] == ["x"]


def test_accept_suggestions_is_one_step(controller: Controller) -> None:
    from model.annotations import make_annotation

    items = [make_annotation(TEXT, 0, 2, "problem"), make_annotation(TEXT, 3, 5, "measure")]
    assert controller.accept_suggestions(items) == [a.id for a in items]
    controller.undo_stack.undo()
    assert len(controller.annotation_set) == 0


def test_reopen_loads_saved_annotations(qtbot, tmp_path: Path) -> None:
    first = open_controller(tmp_path)
    ident = first.add_annotation(0, 2, "problem")
    assert first.save_now()
    second = Controller()
    second.open(make_report(tmp_path), make_outline())
    assert ident in second.annotation_set


def test_read_only_sidecar_is_never_written(qtbot, tmp_path: Path) -> None:
    report = make_report(tmp_path)
    path = sidecar.sidecar_path(report.path)
    data = sidecar.to_json_dict(report, AnnotationSet())
    data["schema"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    controller = Controller(autosave_ms=10)
    with qtbot.waitSignal(controller.error) as blocker:
        controller.open(report, make_outline())
    assert blocker.args[0] == "sidecar_too_new"
    assert controller.read_only
    controller.annotation_set.set_tags([Tag("problem", "问题", "Problem", "#ff0000", 1)])
    with qtbot.waitSignal(controller.message):
        assert controller.add_annotation(0, 2, "problem") is None
    assert not controller.save_now() or path.read_bytes() == before
    qtbot.wait(50)
    assert path.read_bytes() == before


def test_conflict_detected_and_keep_mine(qtbot, controller: Controller) -> None:
    controller.add_annotation(0, 2, "problem")
    assert controller.save_now()
    path = controller.sidecar_path
    path.write_text(path.read_text(encoding="utf-8").replace("王审", "他人"), encoding="utf-8")
    other = path.read_bytes()
    with qtbot.waitSignal(controller.conflict_detected, timeout=2000):
        controller.add_annotation(3, 5, "problem")
    qtbot.wait(60)
    assert path.read_bytes() == other  # held until the user decides
    assert controller.keep_mine()
    assert len(json.loads(path.read_text(encoding="utf-8"))["annotations"]) == 2


def test_conflict_reload_from_disk(qtbot, controller: Controller) -> None:
    controller.add_annotation(0, 2, "problem")
    assert controller.save_now()
    path = controller.sidecar_path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    controller.add_annotation(3, 5, "problem")
    with qtbot.waitSignal(controller.annotations_changed) as blocker:
        assert not controller.save_now()
        controller.reload_from_disk()
    assert blocker.args[0].kind == "reset"
    assert len(controller.annotation_set) == 0 and not controller.is_dirty()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unwritable_folder_then_save_as(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    controller = open_controller(folder)
    folder.chmod(0o500)
    try:
        with qtbot.waitSignal(controller.save_failed, timeout=2000) as blocker:
            controller.add_annotation(0, 2, "problem")
        assert blocker.args[0] == "sidecar_unwritable"
    finally:
        folder.chmod(0o700)
    target = tmp_path / "elsewhere.json"
    assert controller.save_as(target)
    assert target.exists() and controller.sidecar_path == target and not controller.is_dirty()


def test_unwritable_target_reports_save_failed(qtbot, controller: Controller,
                                              tmp_path: Path) -> None:
    controller.add_annotation(0, 2, "problem")
    with qtbot.waitSignal(controller.save_failed) as blocker:
        assert not controller.save_as(tmp_path / "missing-folder" / "x.json")
    assert blocker.args[0] == "sidecar_unwritable"
    assert controller.is_dirty()


def test_blocked_sidecar_path_fails_then_save_as(qtbot, controller: Controller,
                                                 tmp_path: Path) -> None:
    controller.sidecar_path.mkdir()  # something that is not a file sits in the way
    with qtbot.waitSignal(controller.conflict_detected, timeout=2000):
        controller.add_annotation(0, 2, "problem")
    with qtbot.waitSignal(controller.save_failed) as blocker:
        assert not controller.keep_mine()
    assert blocker.args[0] in ("sidecar_unwritable", "sidecar_unreadable")
    assert controller.save_as(tmp_path / "copy.annotations.json")
    assert not controller.is_dirty()


def test_note_edits_merge_across_an_autosave(qtbot, controller: Controller) -> None:
    ident = controller.add_annotation(0, 2, "problem")
    controller.set_note(ident, "甲")
    qtbot.waitUntil(lambda: not controller.is_dirty())
    with qtbot.waitSignal(controller.dirty_changed) as blocker:
        controller.set_note(ident, "甲乙")
    assert blocker.args == [True]
    assert controller.undo_stack.count() == 2
    qtbot.waitUntil(lambda: not controller.is_dirty())
    assert "甲乙" in controller.sidecar_path.read_text(encoding="utf-8")
    controller.undo_stack.undo()
    assert controller.annotation_set.get(ident).note == ""


def test_open_reports_quarantined_sidecar(qtbot, tmp_path: Path) -> None:
    report = make_report(tmp_path)
    sidecar.sidecar_path(report.path).write_text("{not json", encoding="utf-8")
    controller = Controller()
    with qtbot.waitSignal(controller.error) as blocker:
        controller.open(report, make_outline())
    assert blocker.args[0] == "sidecar_corrupt"
    assert not controller.read_only and len(controller.annotation_set) == 0


def test_open_emits_summary(qtbot, tmp_path: Path) -> None:
    first = open_controller(tmp_path)
    first.add_annotation(0, 2, "problem")
    assert first.save_now()
    second = Controller()
    with qtbot.waitSignal(second.anchoring_summarised) as blocker:
        second.open(make_report(tmp_path), make_outline())
    assert blocker.args[0].anchored == 1
