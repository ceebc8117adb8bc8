"""Merging an annotation file made for a different report: `merge` refuses it without
--force, the window's Import asks (default No). Another version of the same report (same
name) and a renamed copy (most quotes found) merge as before.

Before: every annotation of such a file was added as an orphan, without a word."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from model.annotations import AnnotationSet, make_annotation
from model.report.loading import Report, load_report, report_from_text
from model.sidecar.dump import dumps
from model.sidecar.merge import made_for_other_report, read_placed
from model.sidecar.store import load_sidecar, sidecar_path
from tests.hostile.names_support import gui_fixtures, one_error_line, report_with_sidecar, run_cli

OTHER_TEXT = ("关于2025年度乡村振兴工作情况的汇报\n一、基本情况\n全年新建高标准农田两万亩，"
              "农村人居环境整治持续推进。\n二、存在问题\n村级集体经济薄弱，人才支撑不足。\n")
OTHER_QUOTES = ["新建高标准农田两万亩", "村级集体经济薄弱", "人才支撑不足"]

# the window fixtures (tests/hostile has no conftest of its own)
make_window, qsettings, no_modal_dialogs, yuepi_user_dirs, zh_cn = gui_fixtures()


def sidecar_for(path: Path, text: str, name: str, quotes: list[str]) -> Path:
    """A sidecar at `path` made for a report `name` holding `text`."""
    s = AnnotationSet()
    for quote in quotes:
        start = text.index(quote)
        s.add(make_annotation(text, start, start + len(quote), "problem", author="赵六"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(report_from_text(text, name), s), encoding="utf-8")
    return path


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return report_with_sidecar(tmp_path / "r.txt")


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    """赵六's file for 乡村振兴汇报.txt: another text, another name."""
    return sidecar_for(tmp_path / "in" / "乡村振兴汇报.txt.annotations.json", OTHER_TEXT,
                       "乡村振兴汇报.txt", OTHER_QUOTES)


def _foreign(report: Report, path: Path) -> bool:
    return made_for_other_report(report, read_placed(report, path))


# --- the rule -------------------------------------------------------------------------------
def test_the_rule(report: Path, foreign: Path, tmp_path: Path) -> None:
    r = load_report(report)
    text = r.text
    edited = text.replace("。", "；", 1)
    quotes = ["项目储备不足", "简化审批流程"]
    at = tmp_path / "x"
    assert _foreign(r, foreign)
    # the same text under another name: the same report
    assert not _foreign(r, sidecar_for(at / "a.json", text, "另一个名字.txt", quotes))
    # another version under the same name (even with nothing found): the same report
    assert not _foreign(r, sidecar_for(at / "b.json", OTHER_TEXT, "r.txt", OTHER_QUOTES))
    assert not _foreign(r, sidecar_for(at / "c.json", OTHER_TEXT, "R.TXT", OTHER_QUOTES))
    # a renamed, edited copy whose quotes are found: the same report
    assert not _foreign(r, sidecar_for(at / "d.json", edited, "副本.txt", quotes))
    # another report, but nothing in the file: nothing to refuse
    assert not _foreign(r, sidecar_for(at / "e.json", OTHER_TEXT, "乡村振兴汇报.txt", []))


def test_half_found_is_enough(report: Path, tmp_path: Path) -> None:
    r = load_report(report)
    mixed = r.text + OTHER_TEXT  # a text holding both reports' passages
    half = sidecar_for(tmp_path / "h.json", mixed, "合订本.txt",
                       ["项目储备不足", "简化审批流程", *OTHER_QUOTES[:2]])
    assert not _foreign(r, half)  # 2 of 4 found
    fewer = sidecar_for(tmp_path / "f.json", mixed, "合订本.txt",
                        ["项目储备不足", *OTHER_QUOTES])
    assert _foreign(r, fewer)  # 1 of 4 found


# --- the verb --------------------------------------------------------------------------------
def test_merge_refuses_another_report(report: Path, foreign: Path) -> None:
    own = sidecar_path(report)
    before = own.read_bytes()
    line = one_error_line(run_cli("merge", report, foreign), "merge")
    assert "made for a different report" in line and "--force" in line
    assert "乡村振兴汇报.txt" in line and "0 of 3 quotes found in r.txt" in line
    assert own.read_bytes() == before
    assert not own.with_name(own.name + ".bak").exists()


def test_nothing_is_written_when_one_of_several_is_refused(report: Path, foreign: Path,
                                                           tmp_path: Path) -> None:
    r = load_report(report)
    good = sidecar_for(tmp_path / "good.json", r.text, "r.txt", ["简化审批流程"])
    before = sidecar_path(report).read_bytes()
    one_error_line(run_cli("merge", report, good, foreign), "merge")
    assert sidecar_path(report).read_bytes() == before


def test_force_merges_it_and_says_so(report: Path, foreign: Path) -> None:
    result = run_cli("merge", report, foreign, "--force")
    assert result.returncode == 0
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert out.count("\n") == 1
    assert out.startswith("merged 1 file into r.txt.annotations.json: added 3, updated 0, "
                          "kept 0, conflicts 0; other text version re-anchored: moved 0, "
                          "orphaned 3")
    assert err.count("\n") == 1 and "merged anyway (--force)" in err
    data = load_sidecar(sidecar_path(report))
    assert data is not None
    assert sorted(a.status for a in data.annotation_set if a.author == "赵六") == [
        "orphaned"] * 3


def test_another_version_still_merges_quietly(report: Path, tmp_path: Path) -> None:
    r = load_report(report)
    old = r.text.replace("一、主要做法和成效\n", "一、主要做法和成效\n新增一段。\n")
    other = sidecar_for(tmp_path / "v1" / "r.txt.annotations.json", old, "r.txt",
                        ["简化审批流程"])
    result = run_cli("merge", report, other)
    assert result.returncode == 0 and result.stderr == b""
    assert b"added 1" in result.stdout


def test_help_lists_force() -> None:
    result = run_cli("merge", "--help")
    assert result.returncode == 0 and b"--force" in result.stdout


# --- the window ------------------------------------------------------------------------------
@pytest.fixture
def window(make_window, report: Path) -> object:
    window = make_window()
    assert window.open_report(report)
    return window


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[tuple]:
    asked: list[tuple] = []

    def ask(parent: object, *args: object) -> bool:
        asked.append(args)
        return answer

    monkeypatch.setattr("gui.handoff.dialogs.ask_merge_other_report", ask)
    return asked


def test_import_asks_and_no_keeps_everything(window, foreign: Path, monkeypatch) -> None:
    asked = _answer(monkeypatch, False)
    c = window.controller
    before, depth = sorted(a.id for a in c.annotation_set), c.undo_stack.count()
    assert window.handoff.import_annotations(str(foreign)) is None
    assert asked == [(foreign.name, "乡村振兴汇报.txt", "r.txt", 0, 3)]
    assert sorted(a.id for a in c.annotation_set) == before
    assert c.undo_stack.count() == depth
    assert window.statusBar().currentMessage() == "Import cancelled."


def test_import_yes_adds_them_as_orphans(window, foreign: Path, monkeypatch) -> None:
    _answer(monkeypatch, True)
    c = window.controller
    result = window.handoff.import_annotations(str(foreign))
    assert result is not None and len(result.added) == 3
    assert [a.status for a in c.annotation_set if a.author == "赵六"] == ["orphaned"] * 3
    c.undo_stack.undo()
    assert not [a for a in c.annotation_set if a.author == "赵六"]


def test_import_of_the_same_report_does_not_ask(window, report: Path, tmp_path: Path,
                                               monkeypatch) -> None:
    def never(*args: object) -> bool:
        pytest.fail("asked about a file made for this report")

    monkeypatch.setattr("gui.handoff.dialogs.ask_merge_other_report", never)
    r = load_report(report)
    other = sidecar_for(tmp_path / "z" / "renamed.json", r.text, "副本.txt", ["简化审批流程"])
    assert window.handoff.import_annotations(str(other)) is not None


def test_the_question_names_both_reports_and_defaults_to_no(qtbot, zh_cn) -> None:
    from gui.handoff.dialogs import other_report_box

    box = other_report_box(None, "张三.annotations.json", "乡村振兴汇报.txt", "工作总结.txt", 1, 12)
    qtbot.addWidget(box)
    assert box.windowTitle() == "其他报告的批注"
    text = box.text()
    assert "“张三.annotations.json”是为报告“乡村振兴汇报.txt”制作的，而不是“工作总结.txt”" in text
    assert "其 12 条批注中只有 1 条" in text and "仍要导入吗？" in text
    no = box.button(QMessageBox.StandardButton.No)
    assert box.defaultButton() is no and box.escapeButton() is no
    box.show()
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.clickedButton() is no


def test_the_question_keeps_percent_signs_in_names(qtbot) -> None:
    from gui.handoff.dialogs import other_report_box

    box = other_report_box(None, "a%2b.json", "%1.txt", "r.txt", 0, 3)
    qtbot.addWidget(box)
    assert "“a%2b.json” was made for the report “%1.txt”, not for “r.txt”" in box.text()


def test_the_sidecar_json_is_unchanged_by_the_check(report: Path, foreign: Path) -> None:
    """Reading the other file for the check never touches it."""
    before = foreign.read_bytes()
    run_cli("merge", report, foreign)
    assert foreign.read_bytes() == before
    assert json.loads(before)["source"]["name"] == "乡村振兴汇报.txt"
