"""Outline corrections in the sidecar: schema 2 only when there are corrections, both
schemas read, the golden files byte for byte, older builds kept from losing them,
re-anchoring, salvage, newer schemas and merges."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from model.annotations import AnnotationSet, OutlineCorrection
from model.errors import SidecarTooNew
from model.outline.corrections import line_span, make_correction
from model.report.loading import load_report
from model.sidecar import format as sidecar_format
from model.sidecar import store
from model.sidecar.dump import dumps
from model.sidecar.format import from_json_dict
from model.sidecar.merge import merge
from model.sidecar.schema import validate
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path
from tests.model.sidecar.helpers import DATA, annotate, copy_report, set_of

GOLDEN_V1 = DATA / "golden-v1.annotations.json"
GOLDEN_V2 = DATA / "golden-v2.annotations.json"


def heading_at(text: str, quote: str, level: int = 1) -> OutlineCorrection:
    span = line_span(text, text.index(quote))
    assert span is not None
    return make_correction(text, span, "heading", level=level, author="王审")


def test_golden_v2_reads_and_writes_back_byte_identical() -> None:
    report = load_report(DATA / "report.txt")
    raw = GOLDEN_V2.read_text(encoding="utf-8")
    data = from_json_dict(json.loads(raw))
    assert data.schema == 2
    corrections = data.annotation_set.outline_corrections
    assert [(c.kind, c.level, c.by, c.status) for c in corrections] == [
        ("heading", 3, 0, "anchored"), ("remove", 0, 0, "moved"), ("shift", 0, -1, "anchored")]
    assert all(report.text[c.start:c.end] == c.quote for c in corrections)
    assert dumps(report, data.annotation_set) == raw
    validate(json.loads(raw))


def test_golden_v1_still_loads_and_stays_schema_1() -> None:
    report = load_report(DATA / "report.txt")
    raw = GOLDEN_V1.read_text(encoding="utf-8")
    data = from_json_dict(json.loads(raw))
    assert data.schema == 1 and data.annotation_set.outline_corrections == []
    assert dumps(report, data.annotation_set) == raw


def test_schema_2_only_while_there_are_corrections(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    aset = set_of(annotate(report.text, "一是"))
    save_sidecar(path, report, aset)
    assert json.loads(path.read_text("utf-8"))["schema"] == 1
    aset.set_outline_corrections([heading_at(report.text, "（二）民生保障", 3)])
    save_sidecar(path, report, aset)
    doc = json.loads(path.read_text("utf-8"))
    assert doc["schema"] == 2 and list(doc)[-1] == "outline_corrections"
    validate(doc)
    opened = open_annotations(report)
    assert not opened.read_only
    assert opened.annotation_set.outline_corrections == aset.outline_corrections
    aset.set_outline_corrections([])  # reset to the detected outline
    save_sidecar(path, report, aset)
    doc = json.loads(path.read_text("utf-8"))
    assert doc["schema"] == 1 and "outline_corrections" not in doc


def test_a_build_that_reads_only_schema_1_keeps_the_corrections(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What today's older builds do with a file holding corrections: open it read-only
    and refuse to save over it, so the corrections are not lost."""
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    aset = set_of(annotate(report.text, "一是"))
    aset.set_outline_corrections([heading_at(report.text, "（二）民生保障")])
    save_sidecar(path, report, aset)
    before = path.read_bytes()
    for module in (sidecar_format, store):
        monkeypatch.setattr(module, "SCHEMA_VERSION", 1)
    opened = open_annotations(report)
    assert opened.read_only and len(opened.annotation_set) == 1
    with pytest.raises(SidecarTooNew):
        save_sidecar(path, report, opened.annotation_set, expected=opened.fingerprint)
    assert path.read_bytes() == before


def test_corrections_are_re_anchored_when_the_report_changed(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    aset = AnnotationSet()
    kept = heading_at(report.text, "（二）民生保障")
    gone = heading_at(report.text, "少数干部担当意识不强")
    aset.set_outline_corrections([kept, gone])
    save_sidecar(path, report, aset)
    text = report.path.read_text("utf-8")
    text = text.replace("某市2025年工作总结\n", "某市2025年工作总结（修订稿）\n")
    text = text.replace("少数干部担当意识不强，形式主义、官僚主义问题仍有发生。\n", "")
    report.path.write_text(text, "utf-8")
    report = load_report(report.path)
    opened = open_annotations(report)
    placed = opened.annotation_set.outline_corrections
    assert [c.status for c in placed] == ["moved", "orphaned"]
    assert report.text[placed[0].start:placed[0].end] == kept.quote
    assert placed[1].quote == gone.quote  # kept as it was, to be listed
    save_sidecar(path, report, opened.annotation_set, expected=opened.fingerprint)
    assert [c["status"] for c in json.loads(path.read_text("utf-8"))["outline_corrections"]] \
        == ["moved", "orphaned"]


def _doc_with(report_text: str, items: list[object]) -> dict[str, object]:
    aset = AnnotationSet()
    aset.set_outline_corrections([heading_at(report_text, "（二）民生保障")])
    doc = json.loads(dumps(load_report(DATA / "report.txt"), aset))
    good = doc["outline_corrections"][0]
    doc["outline_corrections"] = [good, *items]
    return doc


def test_damaged_corrections_are_salvaged_item_by_item() -> None:
    text = load_report(DATA / "report.txt").text
    base = _doc_with(text, [])["outline_corrections"][0]
    no_level = {k: v for k, v in base.items() if k != "level"}
    unknown = {**base, "kind": "merge"}
    no_position = json.loads(json.dumps(base))
    no_position["target"]["selector"] = no_position["target"]["selector"][:1]
    no_id = {k: v for k, v in base.items() if k != "id"}
    odd_status = {**base, "status": {"a": 1}}  # found by the fuzz test: not hashable
    doc = _doc_with(text, [no_level, unknown, "x", no_position, no_id, odd_status])
    data = from_json_dict(doc)
    corrections = data.annotation_set.outline_corrections
    assert len(corrections) == 4  # the good one, without position, without id, odd status
    assert corrections[1].status == "orphaned" and corrections[2].id
    assert corrections[3].status == "anchored"
    dropped = [(p.where, p.field) for p in data.problems if p.dropped]
    assert dropped == [("outline_corrections/1", "level"), ("outline_corrections/2", "kind"),
                       ("outline_corrections/3", "")]


def test_a_newer_schema_gives_the_corrections_it_can_read() -> None:
    text = load_report(DATA / "report.txt").text
    doc = _doc_with(text, [{"kind": "future"}])
    doc["schema"] = 3
    data = from_json_dict(doc, allow_newer=True)
    assert data.schema == 3
    assert [c.kind for c in data.annotation_set.outline_corrections] == ["heading"]


def test_a_merge_keeps_my_corrections(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    mine = set_of(annotate(report.text, "一是"))
    mine.set_outline_corrections([heading_at(report.text, "（二）民生保障")])
    theirs = set_of(annotate(report.text, "二是"))
    theirs.set_outline_corrections([heading_at(report.text, "少数干部")])
    merged = merge(mine, theirs).merged
    assert merged.outline_corrections == mine.outline_corrections
    assert len(merged) == 2


def test_load_sidecar_reads_v2_without_anchoring(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    aset = AnnotationSet()
    made = heading_at(report.text, "（二）民生保障")
    aset.set_outline_corrections([replace(made, status="fuzzy", original_quote="旧标题")])
    save_sidecar(path, report, aset)
    data = load_sidecar(path)
    assert data is not None
    assert data.annotation_set.outline_corrections == aset.outline_corrections
