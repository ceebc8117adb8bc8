"""Issue 11, item 5: a partly damaged sidecar is salvaged, not emptied.

Every valid annotation and tag is loaded, the others are listed with the reason (in the
orphans/problems pane in the window), the original file is moved aside byte for byte,
and the next save writes the salvaged set. Damage that leaves nothing to read (not JSON,
not an object, no annotations list, wrong schema) is handled as before: the whole file is
moved aside.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.annotations import DEFAULT_TAGS
from model.errors import SidecarCorrupt
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path
from tests.gui.conftest import make_window, no_modal_dialogs, qsettings, yuepi_user_dirs, zh_cn  # noqa: F401
from tests.hostile.sidecar_support import (
    assert_no_traceback,
    copy_report,
    run_cli,
    set_aside,
    sidecar_doc,
    write_doc,
)


def _damaged(tmp_path: Path, damage, n: int = 40):
    """The report and the bytes of its sidecar: `n` annotations, then `damage(doc)`."""
    report = copy_report(tmp_path)
    doc = sidecar_doc(report, n)
    damage(doc)
    return report, write_doc(sidecar_path(report.path), doc)


def _opened_and_kept(report, original: bytes):
    """open_annotations, checking the original was moved aside byte for byte."""
    opened = open_annotations(report)
    assert opened.quarantined is not None and opened.quarantined.read_bytes() == original
    assert set_aside(report.path.parent) == [opened.quarantined]
    assert not sidecar_path(report.path).exists() and opened.fingerprint is None
    return opened


def test_no_app_loads_all_forty(tmp_path: Path) -> None:
    report, original = _damaged(tmp_path, lambda d: d.pop("app"))
    data = load_sidecar(sidecar_path(report.path))
    assert data is not None and len(data.annotation_set) == 40 and data.app == ""
    assert [(p.path, p.kind, p.dropped) for p in data.problems] == [("app", "missing", False)]
    opened = _opened_and_kept(report, original)
    assert len(opened.annotation_set) == 40 and opened.salvaged
    assert opened.summary.anchored == 40
    # the next save writes the salvaged set, valid again
    save_sidecar(sidecar_path(report.path), report, opened.annotation_set)
    again = open_annotations(report)
    assert len(again.annotation_set) == 40 and not again.problems and again.quarantined is None


def test_no_status_loads_all_forty(tmp_path: Path) -> None:
    report, original = _damaged(tmp_path, lambda d: d["annotations"][7].pop("status"))
    opened = _opened_and_kept(report, original)
    assert len(opened.annotation_set) == 40
    assert {a.status for a in opened.annotation_set} == {"anchored"}  # re-anchoring decided
    assert [(p.where, p.field, p.kind) for p in opened.problems] == [
        ("annotations/7", "status", "missing")]


def test_no_target_loads_thirty_nine_and_lists_one(tmp_path: Path) -> None:
    report, original = _damaged(tmp_path, lambda d: d["annotations"][12].pop("target"))
    opened = _opened_and_kept(report, original)
    assert len(opened.annotation_set) == 39
    assert "批注12" not in {a.note for a in opened.annotation_set}
    [problem] = opened.problems
    assert (problem.where, problem.field, problem.kind, problem.dropped) == (
        "annotations/12", "target", "missing", True)
    assert "annotations/12/target: missing (not loaded)" in opened.problem


def _bad_position(doc: dict) -> None:
    position = doc["annotations"][3]["target"]["selector"][1]
    position["start"], position["end"] = 30, 2


def _many_kinds(doc: dict) -> None:
    doc["source"]["sha256"] = "not a hash"
    doc["tags"][1]["color"] = "blue"
    doc["tags"][2].pop("id")
    doc["tags"].append("问题")
    doc["rejected_suggestions"] = ["problem:0:4:ab12", 7]
    doc["annotations"][0]["note"] = 42
    doc["annotations"][1]["id"] = ""
    doc["annotations"][2]["original_quote"] = ["x"]
    doc["annotations"][4] = "not an annotation"
    doc["annotations"][5]["target"]["selector"][0]["exact"] = ""
    doc["annotations"][6]["target"]["selector"] = "TextQuoteSelector"
    doc["annotations"][8]["target"]["selector"].reverse()


@pytest.mark.parametrize(("damage", "loaded", "dropped"), [
    (_bad_position, 40, 0),  # placed again by its quote
    (_many_kinds, 37, 6),
])
def test_salvage_keeps_what_is_readable(tmp_path: Path, damage, loaded: int,
                                        dropped: int) -> None:
    report, original = _damaged(tmp_path, damage)
    opened = _opened_and_kept(report, original)
    assert len(opened.annotation_set) == loaded
    assert sum(p.dropped for p in opened.problems) == dropped
    assert len({a.id for a in opened.annotation_set}) == loaded  # every id unique
    assert opened.summary.orphaned == 0  # every kept annotation found its text
    for problem in opened.problems:
        assert problem.describe()


def test_many_kinds_in_detail(tmp_path: Path) -> None:
    report, _ = _damaged(tmp_path, _many_kinds)
    data = load_sidecar(sidecar_path(report.path))
    assert data is not None
    paths = {p.path: p for p in data.problems}
    assert paths["tags/1/color"].dropped is False and paths["tags/2/id"].dropped
    assert paths[f"tags/{len(DEFAULT_TAGS)}"].kind == "not_object"
    assert paths["rejected_suggestions/1"].dropped
    assert data.annotation_set.rejected_suggestions == {"problem:0:4:ab12"}
    assert [t.color for t in data.annotation_set.tags][1] == "#888888"
    assert data.source.sha256 == ""  # unknown: re-anchored by quote
    assert paths["annotations/6/target/selector"].dropped
    assert not paths["annotations/8/target/selector"].dropped  # order only: kept
    assert paths["annotations/0/note"].quote  # the quote is shown with the problem


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("annotations"),
    lambda d: d.update(annotations={"0": {}}),
    lambda d: d.update(schema="1"),
    lambda d: d.pop("schema"),
    lambda d: d.update(schema=True),
])
def test_nothing_to_salvage_is_moved_aside_whole(tmp_path: Path, damage) -> None:
    report, original = _damaged(tmp_path, damage)
    with pytest.raises(SidecarCorrupt):
        load_sidecar(sidecar_path(report.path))
    opened = _opened_and_kept(report, original)
    assert len(opened.annotation_set) == 0 and not opened.problems


def test_save_over_a_partly_damaged_file_moves_it_aside_first(tmp_path: Path) -> None:
    report, original = _damaged(tmp_path, lambda d: d["annotations"][0].pop("target"))
    fresh = sidecar_doc(report, 2)  # the window's set, saved without reading the file
    from model.sidecar.format import from_json_dict

    save_sidecar(sidecar_path(report.path), report, from_json_dict(fresh).annotation_set)
    [aside] = set_aside(tmp_path)
    assert aside.read_bytes() == original


# --- the verbs ------------------------------------------------------------------------------
def test_verbs_show_what_is_readable_and_warn(tmp_path: Path) -> None:
    report, original = _damaged(tmp_path, lambda d: d["annotations"][12].pop("target"))
    shown = run_cli("annotations", str(report.path))
    assert shown.returncode == 0 and len(json.loads(shown.stdout)["annotations"]) == 39
    assert_no_traceback(shown)
    assert "warning" in shown.stderr and "annotations/12/target" in shown.stderr
    exported = run_cli("export", str(report.path), "--format", "csv")
    assert exported.returncode == 0 and "warning" in exported.stderr
    assert sidecar_path(report.path).read_bytes() == original  # read-only verbs


def test_merge_refuses_a_partly_damaged_own_file(tmp_path: Path) -> None:
    report, original = _damaged(tmp_path, lambda d: d["annotations"][12].pop("target"))
    other = tmp_path / "other.annotations.json"
    write_doc(other, sidecar_doc(report, 3))
    result = run_cli("merge", str(report.path), str(other))
    assert result.returncode == 2 and "open the report in the window" in result.stderr
    assert_no_traceback(result)
    assert sidecar_path(report.path).read_bytes() == original and not set_aside(tmp_path)


def test_merge_takes_what_is_readable_from_another_file(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    doc = sidecar_doc(report, 5)
    doc["annotations"][0].pop("target")
    other = tmp_path / "other.annotations.json"
    raw = write_doc(other, doc)
    result = run_cli("merge", str(report.path), str(other))
    assert result.returncode == 0 and "added 4" in result.stdout
    assert "warning" in result.stderr and other.read_bytes() == raw


# --- the window -----------------------------------------------------------------------------
def test_window_lists_the_problem_and_saves_the_rest(qtbot, monkeypatch, make_window,  # noqa: F811
                                                     tmp_path: Path) -> None:
    from gui.common import messages

    def damage(doc: dict) -> None:
        doc["annotations"][12].pop("target")
        doc["annotations"][20]["target"]["selector"] = None
        doc["annotations"][20]["original_quote"] = "旧的原文"

    report, original = _damaged(tmp_path, damage)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: errors.append(text))
    window = make_window()
    window.controller.autosave._timer.setInterval(20)
    window.open_report(report.path)
    c, pane = window.controller, window.tagging.orphans
    assert len(c.annotation_set) == 38 and not c.read_only
    assert len(errors) == 1 and "2 annotation file item" in errors[0]
    [aside] = set_aside(tmp_path)
    assert aside.name in errors[0] and aside.read_bytes() == original
    assert pane.problem_count() == 2 and window.tagging.orphan_dock.isVisible()
    rows = [[pane.problems.item(r, col).text() for col in range(3)] for r in range(2)]
    assert rows[0][:2] == ["Annotation 13", "target is missing — not loaded"]
    assert rows[1] == ["Annotation 21", "target/selector is not valid — not loaded", "旧的原文"]
    # the salvaged set is written without waiting for a change
    qtbot.waitUntil(lambda: sidecar_path(report.path).exists())
    data = load_sidecar(sidecar_path(report.path))
    assert data is not None and len(data.annotation_set) == 38 and not data.problems
    window.close_report()
    assert pane.problem_count() == 0 and not pane.problems.isVisible()


def test_problem_list_in_chinese(qtbot, zh_cn) -> None:  # noqa: F811
    from gui.annotations.problem_list import ProblemList
    from model.sidecar.salvage import SidecarProblem

    view = ProblemList()
    qtbot.addWidget(view)
    view.set_problems([SidecarProblem("annotations/12", "target", "missing", True),
                       SidecarProblem("tags/0", "color", "invalid", False, quote="")])
    assert [view.item(0, c).text() for c in range(2)] == ["批注 13", "缺少 target — 未载入"]
    assert view.item(1, 1).text() == "color 无效 — 已按默认值载入"
