"""Follow-up (整改) fields in the sidecar: round trip, schema versions, validation,
salvage, and the three-way merge field by field."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from model.errors import SidecarCorrupt, SidecarTooNew
from model.followup import is_overdue, parse_deadline, parse_status
from model.sidecar import format as sidecar_format
from model.sidecar import store
from model.sidecar.dump import dumps
from model.sidecar.format import from_json_dict, to_json_dict
from model.sidecar.merge3 import merge3, snapshot
from model.sidecar.schema import annotation_problem, validate
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path
from tests.model.sidecar.helpers import annotate, copy_report, set_of

FOLLOWUP = {"followup_status": "in_progress", "followup_unit": "市发改委",
            "followup_deadline": "2027-03-31", "followup_note": "已部署专项整治"}


def test_fields_round_trip_and_match_the_reference_encoder(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    plain = annotate(report.text, "一是")
    done = replace(annotate(report.text, "二是"), **FOLLOWUP)
    aset = set_of(plain, done)
    text = dumps(report, aset)
    assert text == json.dumps(to_json_dict(report, aset), ensure_ascii=False, indent=2) + "\n"
    doc = json.loads(text)
    assert doc["schema"] == 3
    assert "followup" not in doc["annotations"][0]
    assert doc["annotations"][1]["followup"] == {
        "status": "in_progress", "unit": "市发改委", "deadline": "2027-03-31",
        "note": "已部署专项整治"}
    validate(doc)
    back = from_json_dict(doc).annotation_set
    assert back.get(done.id) == done and back.get(plain.id) == plain


def test_a_set_without_follow_up_is_written_as_before(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    aset = set_of(annotate(report.text, "一是"))
    text = dumps(report, aset)
    assert '"schema": 1' in text and "followup" not in text
    path = sidecar_path(report.path)
    save_sidecar(path, report, aset)
    one = aset.in_order()[0]
    aset.update(one.id, followup_status="done")
    save_sidecar(path, report, aset)
    assert json.loads(path.read_text("utf-8"))["schema"] == 3
    aset.update(one.id, followup_status="")  # cleared: back to schema 1
    save_sidecar(path, report, aset)
    assert json.loads(path.read_text("utf-8"))["schema"] == 1


def test_an_older_build_opens_a_follow_up_file_read_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    save_sidecar(path, report, set_of(replace(annotate(report.text, "一是"), **FOLLOWUP)))
    before = path.read_bytes()
    for module in (sidecar_format, store):
        monkeypatch.setattr(module, "SCHEMA_VERSION", 2)
    opened = open_annotations(report)
    assert opened.read_only and len(opened.annotation_set) == 1
    with pytest.raises(SidecarTooNew):
        save_sidecar(path, report, opened.annotation_set, expected=opened.fingerprint)
    assert path.read_bytes() == before


@pytest.mark.parametrize("bad", [
    "整改中", {"status": "started"}, {"unit": 3}, {"deadline": "31/03/2027"},
    {"deadline": "2027-3-31"}, {"note": None}])
def test_schema_and_fast_check_refuse_a_bad_followup(tmp_path: Path, bad: object) -> None:
    report = copy_report(tmp_path)
    doc = to_json_dict(report, set_of(annotate(report.text, "一是")))
    doc["schema"] = 3
    doc["annotations"][0]["followup"] = bad
    assert annotation_problem(doc["annotations"][0]) == "followup"
    with pytest.raises(SidecarCorrupt, match="followup"):
        validate(doc)
    read = from_json_dict(doc)  # salvaged: the annotation stays, the bad part is not set
    assert len(read.annotation_set) == 1 and read.problems
    validate(json.loads(dumps(report, read.annotation_set)))


def test_partial_followup_objects_are_valid(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    doc = to_json_dict(report, set_of(annotate(report.text, "一是")))
    doc["schema"] = 3
    doc["annotations"][0]["followup"] = {"unit": "审计局"}
    validate(doc)
    a = from_json_dict(doc).annotation_set.in_order()[0]
    assert a.followup_unit == "审计局" and a.followup_status == ""


def test_saved_file_loads_with_the_fields(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    one = replace(annotate(report.text, "一是"), **FOLLOWUP)
    save_sidecar(path, report, set_of(one))
    data = load_sidecar(path)
    assert data is not None and data.annotation_set.get(one.id) == one


TEXT = "今年经济运行稳中有进。就业形势总体稳定！部分地区财政收支矛盾突出；创新能力不强。"
OLD, MINE, THEIRS = ("2026-01-01T08:00:00+00:00", "2026-02-01T08:00:00+00:00",
                     "2026-03-01T08:00:00+00:00")


def _three() -> tuple:
    a = replace(annotate(TEXT, "稳中有进"), modified=OLD)
    base = set_of(a)
    return a, base, snapshot(base), snapshot(base)


def test_merge3_keeps_both_sides_changes_to_different_fields() -> None:
    a, base, mine, theirs = _three()
    mine.update(a.id, followup_status="in_progress", modified=MINE)
    theirs.update(a.id, note="要核实数据", followup_deadline="2027-03-31", modified=THEIRS)
    result = merge3(base, mine, theirs)
    merged = result.merged.get(a.id)
    assert (merged.followup_status, merged.note, merged.followup_deadline) == (
        "in_progress", "要核实数据", "2027-03-31")
    assert merged.modified == THEIRS and not result.clashes and a.id in result.updated


def test_merge3_concurrent_status_edits_newer_wins_and_is_reported() -> None:
    a, base, mine, theirs = _three()
    mine.update(a.id, followup_status="done", modified=MINE)
    theirs.update(a.id, followup_status="in_progress", followup_unit="财政局",
                  modified=THEIRS)
    result = merge3(base, mine, theirs)
    merged = result.merged.get(a.id)
    assert (merged.followup_status, merged.followup_unit) == ("in_progress", "财政局")
    assert [c.kind for c in result.clashes] == ["changed_both"]


def test_merge3_an_edit_outside_the_fieldwise_set_is_not_combined() -> None:
    a, base, mine, theirs = _three()
    mine.update(a.id, tag="achievement", modified=MINE)
    theirs.update(a.id, followup_status="done", modified=THEIRS)
    result = merge3(base, mine, theirs)
    assert result.merged.get(a.id).tag == "problem" and result.clashes


def test_parsing_and_overdue() -> None:
    from datetime import date
    assert parse_status("整改中") == "in_progress" and parse_status("done") == "done"
    assert parse_status("Not applicable") == "not_applicable" and parse_status("") == ""
    assert parse_status("完成了") is None
    assert parse_deadline("2027-03-31") == "2027-03-31" and parse_deadline("") == ""
    assert parse_deadline("2027-02-30") is None and parse_deadline("明年") is None
    today = date(2027, 4, 1)
    assert is_overdue("in_progress", "2027-03-31", today)
    assert is_overdue("", "2027-03-31", today)
    assert not is_overdue("done", "2027-03-31", today)
    assert not is_overdue("not_applicable", "2027-03-31", today)
    assert not is_overdue("pending", "2027-04-01", today)
    assert not is_overdue("pending", "", today)


def test_golden_v3_reads_and_writes_back_byte_identical() -> None:
    from model.report.loading import load_report
    from tests.model.sidecar.helpers import DATA

    report = load_report(DATA / "report.txt")
    raw = (DATA / "golden-v3.annotations.json").read_text(encoding="utf-8")
    data = from_json_dict(json.loads(raw))
    assert data.schema == 3
    first = data.annotation_set.in_order()
    assert {a.followup_status for a in first} >= {"in_progress", "done"}
    assert dumps(report, data.annotation_set) == raw
    validate(json.loads(raw))


def test_merge_of_another_reviewers_file_takes_their_newer_follow_up() -> None:
    from model.sidecar.merge import merge

    a = replace(annotate(TEXT, "稳中有进"), modified=OLD)
    mine = set_of(a)
    theirs = set_of(replace(a, followup_status="done", followup_unit="财政局",
                            modified=THEIRS))
    result = merge(mine, theirs)
    merged = result.merged.get(a.id)
    assert (merged.followup_status, merged.followup_unit) == ("done", "财政局")
    assert result.updated == (a.id,)


def test_the_render_cache_path_decides_the_schema_as_the_reference(tmp_path: Path) -> None:
    from model.sidecar.dump import RenderCache, dump_bytes

    report = copy_report(tmp_path)
    plain = annotate(report.text, "一是")
    aset, cache = set_of(plain), RenderCache()
    reference = lambda: (json.dumps(to_json_dict(report, aset), ensure_ascii=False,  # noqa: E731
                                    indent=2) + "\n").encode("utf-8")
    assert dump_bytes(report, aset, cache) == reference()
    aset.update(plain.id, followup_deadline="2027-01-01")
    assert dump_bytes(report, aset, cache) == reference() and b'"schema": 3' in reference()
    aset.put(plain)  # undone: the very same object again
    assert dump_bytes(report, aset, cache) == reference() and b'"schema": 1' in reference()
