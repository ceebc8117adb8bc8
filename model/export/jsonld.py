"""Review → W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).

An AnnotationCollection whose `first` page holds every Annotation. Each annotation has a
tagging body (value = tag id), a commenting body when it has a note (and notes are
included), and a target on the report file with a TextQuoteSelector plus, unless the
annotation is orphaned, a TextPositionSelector. Positions are Unicode code points into
the normalised text, which is what the W3C model specifies.
"""
from __future__ import annotations

import json
import uuid

from model.export.review import Review, ReviewEntry

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Yuepi's own terms (the follow-up), added to the context only when used.
YUEPI_CONTEXT = {"yuepi": "https://yuepi.invalid/ns#", "followup": "yuepi:followup"}
#: Namespace for ids derived from non-uuid annotation ids (stable across exports).
_ID_NAMESPACE = uuid.UUID("5b0c6f7e-3f7e-4b7a-9a53-7975657069aa")


def render(review: Review) -> bytes:
    return (json.dumps(to_json(review), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_json(review: Review) -> dict[str, object]:
    items = [annotation_json(e, review) for e in review.entries()]
    collection_id = uuid.uuid5(_ID_NAMESPACE, f"{review.file_name}\n{review.date}")
    return {
        "@context": [CONTEXT, YUEPI_CONTEXT] if review.has_followup else CONTEXT,
        "id": f"urn:uuid:{collection_id}",
        "type": "AnnotationCollection",
        "label": review.title,
        "total": len(items),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def annotation_json(entry: ReviewEntry, review: Review) -> dict[str, object]:
    body: list[dict[str, str]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": entry.tag}
    ]
    if review.include_notes and entry.note.strip():
        body.append({"type": "TextualBody", "purpose": "commenting", "value": entry.note,
                     "format": "text/plain"})
    selectors: list[dict[str, object]] = [
        {"type": "TextQuoteSelector", "exact": entry.quote,
         "prefix": entry.prefix, "suffix": entry.suffix}
    ]
    if not entry.orphaned:
        selectors.append({"type": "TextPositionSelector", "start": entry.start,
                          "end": entry.end})
    data: dict[str, object] = {
        "id": f"urn:uuid:{_uuid(entry.id)}",
        "type": "Annotation",
        "motivation": "commenting" if len(body) > 1 else "tagging",
        "body": body,
        "target": {"source": review.file_name, "selector": selectors},
    }
    if entry.author:
        data["creator"] = {"type": "Person", "name": entry.author}
    if entry.created:
        data["created"] = entry.created
    if entry.modified:
        data["modified"] = entry.modified
    if entry.has_followup:
        data["followup"] = {"status": entry.followup_status, "unit": entry.followup_unit,
                            "deadline": entry.followup_deadline,
                            "note": entry.followup_note, "overdue": entry.overdue}
    return data


def _uuid(annotation_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(hex=annotation_id)
    except ValueError:
        return uuid.uuid5(_ID_NAMESPACE, annotation_id)
