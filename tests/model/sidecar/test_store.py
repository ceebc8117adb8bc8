"""model/sidecar/store.py and model/sidecar/format.py: format, round trip, damaged files."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from model.annotations import DEFAULT_TAGS, Annotation, AnnotationSet, Tag
from model.errors import SidecarTooNew, SidecarUnreadable
from model.report.loading import load_report
from model.sidecar.dump import RenderCache, dump_bytes, dumps
from model.sidecar.format import SourceInfo
from model.sidecar.store import (
    backup_path,
    from_json_dict,
    load_sidecar,
    open_annotations,
    save_sidecar,
    sidecar_path,
    to_json_dict,
)
from tests.model.sidecar.helpers import DATA, annotate, copy_report, set_of

GOLDEN = DATA / "golden-v1.annotations.json"


def full_annotation(text: str) -> Annotation:
    a = annotate(text, "传统产业占比偏高", "measure", note="需要数据支撑\n第二行",
                 author="张三")
    return replace(a, id="f" * 32, created="2026-01-02T03:04:05+00:00",
                   modified="2026-01-03T03:04:05+00:00", status="fuzzy",
                   original_quote="传统产业比重偏高")


def test_sidecar_path_is_beside_the_report() -> None:
    assert sidecar_path(Path("/x/报告.docx")) == Path("/x/报告.docx.annotations.json")
    assert backup_path(Path("/x/a.txt.annotations.json")).name == "a.txt.annotations.json.bak"


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    tags = [*DEFAULT_TAGS, Tag("custom", "自定义", "Custom", "#123abc", 0)]
    s = AnnotationSet(tags=tags, rejected_suggestions={"b:1:2:x", "a:3:4:y"})
    s.add_many([full_annotation(report.text), annotate(report.text, "形式主义")])
    save_sidecar(sidecar_path(report.path), report, s)
    data = load_sidecar(sidecar_path(report.path))
    assert data is not None
    assert list(data.annotation_set) == list(s)
    assert data.annotation_set.tags == tags
    assert data.annotation_set.rejected_suggestions == {"b:1:2:x", "a:3:4:y"}
    assert (data.source.name, data.source.sha256, data.source.length) == (
        "报告.txt", report.sha256, len(report.text))
    assert data.app == "yuepi 0.1.0" and data.schema == 1


def test_file_format_is_stable_readable_json(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    s = set_of(full_annotation(report.text))
    s.rejected_suggestions.update({"z", "a"})
    path = sidecar_path(report.path)
    save_sidecar(path, report, s)
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("}\n") and "传统产业占比偏高" in raw and "\\u" not in raw
    assert raw == json.dumps(json.loads(raw), ensure_ascii=False, indent=2) + "\n"
    doc = json.loads(raw)
    assert list(doc) == ["schema", "app", "source", "tags", "annotations",
                         "rejected_suggestions"]
    assert doc["rejected_suggestions"] == ["a", "z"]
    target = doc["annotations"][0]["target"]
    assert [sel["type"] for sel in target["selector"]] == ["TextQuoteSelector",
                                                           "TextPositionSelector"]


def test_fast_writer_matches_the_reference_encoder(tmp_path: Path) -> None:
    report = copy_report(tmp_path, 'we"ird\\名.txt')
    s = set_of(full_annotation(report.text), annotate(report.text, "一是", note='引号"\t\u2028'))
    expected = json.dumps(to_json_dict(report, s), ensure_ascii=False, indent=2) + "\n"
    assert dumps(report, s) == expected
    empty = AnnotationSet()
    assert dumps(report, empty) == json.dumps(to_json_dict(report, empty),
                                              ensure_ascii=False, indent=2) + "\n"


def test_golden_file(tmp_path: Path) -> None:
    """The schema-1 format as committed: reading it and writing it back is byte-identical."""
    report = load_report(DATA / "report.txt")
    data = from_json_dict(json.loads(GOLDEN.read_text(encoding="utf-8")))
    assert dumps(report, data.annotation_set) == GOLDEN.read_text(encoding="utf-8")
    assert [a.status for a in data.annotation_set] == ["anchored", "fuzzy"]


def test_overlapping_spans_round_trip(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    outer = annotate(report.text, "科技创新能力不强，研发投入强度")
    inner = annotate(report.text, "研发投入", "figure")
    same = annotate(report.text, "研发投入", "question")
    save_sidecar(sidecar_path(report.path), report, set_of(outer, inner, same))
    opened = open_annotations(report)
    assert [(a.start, a.end, a.tag) for a in opened.annotation_set] == [
        (outer.start, outer.end, "problem"), (inner.start, inner.end, "figure"),
        (same.start, same.end, "question")]
    assert opened.summary.anchored == 3


@pytest.mark.parametrize(("content", "quote", "start"), [
    ("前言\r\n𠀀𠀁姓名：𠀂先生\r\n正文𠀃内容，坚持问题导向。\r\n", "𠀂先生", 8),
    ("\ufeff第一行\r第二行𪚥\u2028第三行坚持问题导向", "第二行𪚥", 4),
])
def test_offsets_are_code_points_of_the_canonical_text(
        tmp_path: Path, content: str, quote: str, start: int) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(content.encode("utf-8"))
    report = load_report(path)
    a = annotate(report.text, "坚持问题导向")
    b = annotate(report.text, quote)
    assert (b.start, b.end) == (start, start + len(quote))
    save_sidecar(sidecar_path(path), report, set_of(a, b))
    saved = json.loads(sidecar_path(path).read_text("utf-8"))
    assert saved["source"]["length"] == len(report.text)
    assert saved["annotations"][1]["target"]["selector"][1] == {
        "type": "TextPositionSelector", "start": start, "end": start + len(quote)}
    opened = open_annotations(load_report(path))
    got = {x.id: x for x in opened.annotation_set}
    assert report.text[got[a.id].start : got[a.id].end] == "坚持问题导向"
    assert (got[b.id].start, got[b.id].quote, got[b.id].status) == (start, quote, "anchored")


def test_absent_sidecar(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    assert load_sidecar(sidecar_path(report.path)) is None
    opened = open_annotations(report)
    assert len(opened.annotation_set) == 0 and opened.fingerprint is None
    assert opened.quarantined is None and not opened.read_only


def test_duplicate_ids_are_both_kept(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    a = annotate(report.text, "一是")
    doc = to_json_dict(report, set_of(a))
    doc["annotations"].append(json.loads(json.dumps(doc["annotations"][0])))
    data = from_json_dict(doc)
    assert len(data.annotation_set) == 2 and a.id in data.annotation_set


def test_loaded_annotations_share_their_tag_author_and_status(tmp_path: Path) -> None:
    """The few tags, authors and statuses of a sidecar are one string object each (not
    one per annotation); the annotations are those saved, and carry no per-object dict."""
    report = copy_report(tmp_path)
    saved = set_of(annotate(report.text, "一是"), annotate(report.text, "形式主义"))
    data = from_json_dict(to_json_dict(report, saved))
    first, second = sorted(data.annotation_set, key=lambda a: a.start)
    assert list(data.annotation_set) == list(saved)
    assert first.tag is second.tag and first.status is second.status
    assert first.author is second.author
    assert not hasattr(first, "__dict__")


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    first = set_of(annotate(report.text, "一是"))
    save_sidecar(path, report, first)
    assert not backup_path(path).exists()
    first_bytes = path.read_bytes()
    second = set_of(*first, annotate(report.text, "二是"))
    save_sidecar(path, report, second)
    assert backup_path(path).read_bytes() == first_bytes
    assert len(load_sidecar(path).annotation_set) == 2  # type: ignore[union-attr]
    save_sidecar(path, report, set_of(*second, annotate(report.text, "三是")))
    assert len(load_sidecar(backup_path(path)).annotation_set) == 2  # type: ignore[union-attr]
    assert report.path.read_bytes() == (DATA / "report.txt").read_bytes()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_too_new_schema_opens_read_only_and_refuses_save(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    path = sidecar_path(report.path)
    doc = to_json_dict(report, set_of(annotate(report.text, "一是"), annotate(
        report.text, "二是")))
    doc["schema"] = 4  # newer than this version (3 holds follow-up data)
    doc["annotations"][1]["target"] = {"new": "shape"}
    doc["future"] = {"anything": [1, 2]}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(SidecarTooNew):
        load_sidecar(path)
    opened = open_annotations(report)
    assert opened.read_only and opened.skipped == 1 and len(opened.annotation_set) == 1
    with pytest.raises(SidecarTooNew):
        save_sidecar(path, report, opened.annotation_set)
    with pytest.raises(SidecarTooNew):
        save_sidecar(path, report, opened.annotation_set, expected=opened.fingerprint)
    assert path.read_bytes() == before



def test_render_cache_gives_the_same_bytes(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    s = set_of(annotate(report.text, "一是"), annotate(report.text, "二是"))
    cache = RenderCache()
    path = sidecar_path(report.path)
    assert dump_bytes(report, s, cache) == dump_bytes(report, s)
    first = next(iter(s))
    s.update(first.id, note="改过的批注")
    s.add(annotate(report.text, "三是"))
    save_sidecar(path, report, s, cache=cache)
    assert path.read_bytes() == dump_bytes(report, s)
    renamed = SourceInfo("别名.txt", report.sha256, report.length)
    assert dump_bytes(renamed, s, cache) == dump_bytes(renamed, s)


def test_sidecar_that_is_a_folder_is_unreadable(tmp_path: Path) -> None:
    report = copy_report(tmp_path)
    sidecar_path(report.path).mkdir()
    with pytest.raises(SidecarUnreadable):
        open_annotations(report)
