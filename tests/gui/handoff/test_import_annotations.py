"""File › Import annotations…: merge another reviewer's sidecar as one undoable step."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from model.annotations import DEFAULT_TAGS, AnnotationSet, make_annotation
from model.report.loading import Report
from model.sidecar.merge import TagConflict
from model.sidecar.store import load_sidecar, save_sidecar
from tests.gui.handoff_support import annotate, handoff_text, open_handoff_window, span

LATER = "2099-01-01T00:00:00+00:00"


def _other_sidecar(path: Path, report: Report, mine: object, text: str) -> tuple[str, str]:
    """张三's file: my annotation edited later, one new annotation, problem recoloured."""
    tags = [replace(t, color="#123456") if t.id == "problem" else t for t in DEFAULT_TAGS]
    other = AnnotationSet(tags=tags)
    other.add(replace(mine, note="张三补充：已核实", author="张三", modified=LATER))
    new = make_annotation(text, *span(text, "要素保障偏紧"), "question", note="待查",
                          author="张三")
    other.add(new)
    save_sidecar(path, report, other)
    return mine.id, new.id


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> list[TagConflict]:
    asked: list[TagConflict] = []

    def choose(parent: object, conflicts: list[TagConflict], lang: str,
               reviewer: str = "") -> dict[str, str]:
        asked.extend(conflicts)
        return {c.tag_id: "theirs" for c in conflicts}

    monkeypatch.setattr("gui.handoff.dialogs.ask_tag_conflicts", choose)
    return asked


def _state(controller: object) -> tuple:
    aset = controller.annotation_set
    return (tuple(aset.tags), tuple(sorted(aset, key=lambda a: a.id)))


def test_import_merges_and_one_undo_reverts(make_window, tmp_path: Path, monkeypatch,
                                            chooser, qtbot) -> None:
    window = open_handoff_window(make_window, tmp_path)
    c = window.controller
    mine_id = annotate(window, "项目储备不足", "problem", "原批注")
    before = _state(c)
    other_path = tmp_path / "张三.annotations.json"
    _, new_id = _other_sidecar(other_path, c.report, c.annotation_set.get(mine_id), c.text)
    monkeypatch.setattr("gui.handoff.dialogs.ask_sidecar_path",
                        lambda parent, directory: str(other_path))
    depth = c.undo_stack.count()
    window.handoff.import_action.trigger()
    assert [x.tag_id for x in chooser] == ["problem"]
    assert c.annotation_set.get(mine_id).note == "张三补充：已核实"
    assert c.annotation_set.get(new_id).quote == "要素保障偏紧"
    assert c.tag("problem").color == "#123456" and c.tag("problem").key == 1
    assert window.statusBar().currentMessage() == (
        "Imported 2 annotation(s) from 张三: 1 added, 1 updated, 1 tag conflict(s)")
    assert c.undo_stack.count() == depth + 1
    sidecar = c.sidecar_path
    qtbot.waitUntil(lambda: sidecar.exists() and new_id in sidecar.read_text(encoding="utf-8"),
                    timeout=10_000)
    saved = load_sidecar(sidecar).annotation_set
    assert saved.tag("problem").color == "#123456" and new_id in saved
    after = _state(c)
    c.undo_stack.undo()
    assert _state(c) == before
    c.undo_stack.redo()
    assert _state(c) == after


def test_cancelled_conflict_changes_nothing(make_window, tmp_path: Path, monkeypatch) -> None:
    window = open_handoff_window(make_window, tmp_path)
    c = window.controller
    mine_id = annotate(window, "项目储备不足", "problem")
    other_path = tmp_path / "other.json"
    _other_sidecar(other_path, c.report, c.annotation_set.get(mine_id), c.text)
    monkeypatch.setattr("gui.handoff.dialogs.ask_tag_conflicts", lambda *a, **k: None)
    before, depth = _state(c), c.undo_stack.count()
    assert window.handoff.import_annotations(str(other_path)) is None
    assert _state(c) == before and c.undo_stack.count() == depth


def test_import_from_another_text_version_reanchors(make_window, tmp_path: Path,
                                                    monkeypatch) -> None:
    window = open_handoff_window(make_window, tmp_path)
    c = window.controller
    old_text = handoff_text().replace("当前发展仍面临一些困难。", "")  # an earlier draft
    old_report = Report(tmp_path / "draft.txt", old_text, "txt")
    other = AnnotationSet()
    item = make_annotation(old_text, *span(old_text, "用地指标紧张"), "problem", author="张三")
    other.add(item)
    other_path = tmp_path / "draft.txt.annotations.json"
    save_sidecar(other_path, old_report, other)
    monkeypatch.setattr("gui.handoff.dialogs.ask_sidecar_path",
                        lambda parent, directory: str(other_path))
    window.handoff.import_action.trigger()
    placed = c.annotation_set.get(item.id)
    assert (placed.start, placed.end) == span(c.text, "用地指标紧张") != (item.start, item.end)
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported 1 annotation(s) from 张三: 1 added")
    assert "re-anchored on this version: 1 moved, 0 orphaned" in message


def test_unreadable_file_is_an_error_box(make_window, tmp_path: Path, monkeypatch) -> None:
    window = open_handoff_window(make_window, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr("gui.common.messages.show_error", lambda p, title, text: shown.append(text))
    assert window.handoff.import_annotations(str(bad)) is None
    assert shown and "damaged" in shown[0]


def test_nothing_new(make_window, tmp_path: Path) -> None:
    window = open_handoff_window(make_window, tmp_path)
    c = window.controller
    annotate(window, "项目储备不足", "problem")
    c.save_now()
    result = window.handoff.import_annotations(str(c.sidecar_path))
    assert result is not None and not result.changed
    assert window.statusBar().currentMessage().startswith("Nothing new in")
