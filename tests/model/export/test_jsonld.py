"""W3C Web Annotation JSON-LD export."""
from __future__ import annotations

import json
import uuid
from dataclasses import replace

from model.export import export
from model.export.review import build_review
from tests.model.export.review_fixtures import build_outline, fixture_report, sample_set

REPORT = fixture_report()
TEXT = REPORT.text
OUTLINE = build_outline(TEXT)


def load(**kw: object) -> dict:  # type: ignore[type-arg]
    s = kw.pop("s", None) or sample_set(TEXT)
    r = build_review(REPORT, OUTLINE, s, date="2026-11-24", **kw)  # type: ignore[arg-type]
    return json.loads(export(r, "jsonld").decode("utf-8"))


def test_collection_shape() -> None:
    data = load()
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    assert data["total"] == 4 and data["label"] == "关于2026年度工业发展工作情况的报告"
    assert data["first"]["type"] == "AnnotationPage" and len(data["first"]["items"]) == 4
    assert data["id"].startswith("urn:uuid:")


def test_annotation_objects() -> None:
    s = sample_set(TEXT)
    items = load(s=s)["first"]["items"]
    first = items[0]
    source = next(a for a in s if a.quote == "项目储备不足")
    assert first["id"] == f"urn:uuid:{uuid.UUID(hex=source.id)}"
    assert first["type"] == "Annotation" and first["motivation"] == "commenting"
    assert first["body"][0] == {"type": "TextualBody", "purpose": "tagging", "value": "problem"}
    assert first["body"][1]["purpose"] == "commenting"
    assert first["body"][1]["value"] == "<script>alert('x')</script>"
    assert first["creator"] == {"type": "Person", "name": "张三"}
    assert first["created"] == source.created and first["modified"] == source.modified
    quote, position = first["target"]["selector"]
    assert first["target"]["source"] == "report.txt"
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "项目储备不足"
    assert TEXT[position["start"]:position["end"]] == "项目储备不足"
    assert quote["prefix"] == source.prefix and quote["suffix"] == source.suffix


def test_tag_only_annotation_and_no_notes() -> None:
    items = load(include_notes=False)["first"]["items"]
    assert all(len(i["body"]) == 1 and i["motivation"] == "tagging" for i in items)


def test_orphan_has_no_position_selector() -> None:
    s = sample_set(TEXT)
    a = next(iter(s))
    s.put(replace(a, status="orphaned"))
    items = load(s=s)["first"]["items"]
    orphan = next(i for i in items if i["target"]["selector"][0]["exact"] == a.quote)
    assert [sel["type"] for sel in orphan["target"]["selector"]] == ["TextQuoteSelector"]


def test_non_uuid_ids_get_stable_urns() -> None:
    s = sample_set(TEXT)
    a = next(iter(s))
    s.remove(a.id)
    s.add(replace(a, id="legacy-1"))
    ids = [i["id"] for i in load(s=s)["first"]["items"]]
    again = [i["id"] for i in load(s=s)["first"]["items"]]
    assert ids == again and all(i.startswith("urn:uuid:") for i in ids)
