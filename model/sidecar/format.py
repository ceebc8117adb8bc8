"""The sidecar's JSON shape: annotation set <-> dict <-> bytes (docs/sidecar.md).

`to_json_dict`/`from_json_dict` are the reference; the bytes of a file are written by
model/sidecar/dump.py, exactly as json.dumps would write `to_json_dict` (a test keeps the
two identical).

Schema 2 adds `outline_corrections` (model/sidecar/correction_format.py), schema 3 an
optional `followup` object on annotations (model/followup.py). A file is written with the
oldest schema that holds what it has (`schema_for`): a plain one stays 1, so builds that
read only 1 keep editing it, while a newer one opens read-only there (they refuse to save
over a newer schema) instead of losing the corrections or follow-ups on save.

Reading repairs lone surrogates (model.surrogates; counted in `SidecarData.repaired`) and
salvages a file that fails validation only in parts (model.sidecar.salvage; listed in
`SidecarData.problems`).
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from model.annotations import Annotation, AnnotationSet, Tag, new_id
from model.errors import SidecarCorrupt, SidecarTooNew
from model.followup import FIELDS
from model.sidecar.correction_format import KEY as CORRECTIONS
from model.sidecar.correction_format import (
    correction_from_dict,
    correction_to_dict,
    lenient_corrections,
    salvage_corrections,
)
from model.sidecar.salvage import SidecarProblem, essential_problem, salvage
from model.sidecar.schema import annotation_problem, validate
from model.sidecar.target import target_dict
from model.surrogates import repair_tree

#: The newest schema this version reads and writes; a file with a larger one opens read-only.
SCHEMA_VERSION = 3
#: The schema of a file without outline corrections (what every version since 1 edits).
PLAIN_SCHEMA = 1
#: The schema of a file with outline corrections but no follow-up data.
CORRECTIONS_SCHEMA = 2
#: The member of an annotation that holds its follow-up (schema 3).
FOLLOWUP = "followup"
APP = "yuepi 0.1.0"


class SourceLike(Protocol):
    """What a sidecar records about its report (model.report.loading.Report has these)."""

    @property
    def name(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def length(self) -> int: ...


@dataclass(frozen=True)
class SourceInfo:
    name: str
    sha256: str
    length: int

    @classmethod
    def of(cls, source: SourceLike) -> SourceInfo:
        return cls(source.name, source.sha256, source.length)


@dataclass
class SidecarData:
    """A parsed sidecar. `skipped` counts unreadable annotations of a newer-schema file;
    `repaired` the lone surrogates replaced with U+FFFD; `problems` what a partly damaged
    file had wrong (empty for a valid file: then nothing was salvaged)."""

    schema: int
    app: str
    source: SourceInfo
    annotation_set: AnnotationSet
    skipped: int = 0
    repaired: int = 0
    problems: list[SidecarProblem] = field(default_factory=list)


def to_json_dict(source: SourceLike, annotation_set: AnnotationSet) -> dict[str, Any]:
    """The whole sidecar as plain JSON data (key order is the file's)."""
    name = source.name
    corrections = annotation_set.outline_corrections
    data: dict[str, Any] = {
        "schema": schema_for(annotation_set),
        "app": APP,
        "source": _source_dict(source),
        "tags": [tag_to_dict(t) for t in annotation_set.tags],
        "annotations": [annotation_to_dict(a, name) for a in annotation_set],
        "rejected_suggestions": sorted(annotation_set.rejected_suggestions),
    }
    if corrections:
        data[CORRECTIONS] = [correction_to_dict(c, name) for c in corrections]
    return data


def _source_dict(source: SourceLike) -> dict[str, Any]:
    """name, sha256, length; for a PDF report also `page_starts`, the offset where each
    page's text starts, so a reader of the file finds any annotation's page."""
    data: dict[str, Any] = {"name": source.name, "sha256": source.sha256,
                            "length": source.length}
    pages = getattr(source, "page_starts", ())
    if pages:
        data["page_starts"] = list(pages)
    return data


def schema_for(annotation_set: AnnotationSet) -> int:
    """The oldest schema that holds everything in the set (see the module docstring)."""
    if any(a.has_followup for a in annotation_set):
        return SCHEMA_VERSION
    return CORRECTIONS_SCHEMA if annotation_set.outline_corrections else PLAIN_SCHEMA


def tag_to_dict(t: Tag) -> dict[str, Any]:
    return {"id": t.id, "label_zh": t.label_zh, "label_en": t.label_en, "color": t.color,
            "key": t.key}


def annotation_to_dict(a: Annotation, source_name: str) -> dict[str, Any]:
    """One annotation in W3C Web Annotation target shape."""
    d: dict[str, Any] = {
        "id": a.id, "tag": a.tag, "note": a.note, "author": a.author,
        "created": a.created, "modified": a.modified, "status": a.status,
    }
    if a.original_quote:
        d["original_quote"] = a.original_quote
    if a.has_followup:
        d[FOLLOWUP] = followup_to_dict(a)
    d["target"] = target_dict(a, source_name)
    return d


def annotation_from_dict(d: dict[str, Any]) -> Annotation:
    """Inverse of annotation_to_dict; `d` must already be valid (annotation_problem)."""
    quote, position = d["target"]["selector"][:2]
    start, end = int(position["start"]), int(position["end"])
    if end <= start:
        raise SidecarCorrupt(f"annotation {d['id']}: end {end} not after start {start}")
    # the few tags, authors and statuses of a sidecar as one string each, not one per
    # annotation as the JSON parser makes them
    return Annotation(
        id=d["id"], tag=_shared(d["tag"]), start=start, end=end, quote=quote["exact"],
        prefix=quote["prefix"], suffix=quote["suffix"], note=d["note"],
        author=_shared(d["author"]), created=d["created"], modified=d["modified"],
        status=_shared(d["status"]),
        original_quote=d.get("original_quote", ""),
        **followup_fields(d.get(FOLLOWUP)),
    )


def _shared(value: Any) -> Any:
    """One string object for all equal ones (sys.intern); anything else as it is."""
    return sys.intern(value) if type(value) is str else value


def followup_to_dict(a: Annotation) -> dict[str, str]:
    """The `followup` object of an annotation (all four keys, "" where not set)."""
    return {key: getattr(a, name) for name, key in FIELDS.items()}


def followup_fields(value: object) -> dict[str, str]:
    """Annotation fields from a `followup` object: its string members (anything else, or
    an absent object, reads as not set; the schema has checked a valid file)."""
    if not isinstance(value, dict):
        return {}
    return {name: v for name, key in FIELDS.items() if isinstance(v := value.get(key), str)}


def from_json_dict(data: object, *, allow_newer: bool = False,
                   repair_text: bool = True, ours: bool = False) -> SidecarData:
    """Parsed JSON -> SidecarData. Lone surrogates in `data` are repaired in place
    (`repair_text=False`: the caller knows there are none). A file that fails validation
    in parts is salvaged (`problems`). Raises SidecarCorrupt when nothing can be
    salvaged, or SidecarTooNew for a newer schema unless `allow_newer`, in which case as
    much as can be read is returned. `ours`: the bytes look as Yuepi writes them
    (store._looks_like_ours), so jsonschema is spared the shell; should the shell be odd
    after all, it is validated in full and the file treated as any other."""
    if not isinstance(data, dict):
        raise SidecarCorrupt("the top level is not a JSON object")
    repaired = repair_tree(data) if repair_text else 0
    version = data.get("schema")
    if type(version) is int and version > SCHEMA_VERSION:
        if not allow_newer:
            raise SidecarTooNew(f"schema {version}, this Yuepi reads {SCHEMA_VERSION}")
        return _lenient(data, version, repaired)
    try:
        validate(data, shell=not ours)
        try:
            return _valid(data, repaired)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            if not ours or isinstance(exc, SidecarCorrupt):
                raise
            validate(data)  # the shell trusted was not as we write it: say where
            raise
    except SidecarCorrupt as exc:
        if essential_problem(data) is not None:
            raise
        return _salvaged(data, repaired, exc)


def _valid(data: dict[str, Any], repaired: int) -> SidecarData:
    """A file that passed validation (SidecarCorrupt if an `end` is not after `start`)."""
    source = data["source"]
    annotations = [annotation_from_dict(a) for a in data["annotations"]]
    annotation_set = AnnotationSet(
        tags=[tag_from_dict(t) for t in data["tags"]],
        rejected_suggestions=set(data["rejected_suggestions"]),
    )
    annotation_set.replace_all(_unique_ids(annotations))
    annotation_set.outline_corrections = [correction_from_dict(c)
                                          for c in data.get(CORRECTIONS, [])]
    info = SourceInfo(source["name"], source["sha256"], int(source["length"]))
    return SidecarData(data["schema"], data["app"], info, annotation_set, repaired=repaired)


def _salvaged(data: dict[str, Any], repaired: int, error: SidecarCorrupt) -> SidecarData:
    """What model.sidecar.salvage could read; if it found nothing wrong where the schema
    did, the validator's words are the problem (so a reason is always given)."""
    found = salvage(data)
    corrections, wrong = salvage_corrections(data.get(CORRECTIONS))
    problems = found.problems + wrong or [
        SidecarProblem("", "", "schema", False, detail=error.detail or str(error))]
    annotation_set = AnnotationSet(rejected_suggestions=found.rejected,
                                   outline_corrections=corrections)
    if found.tags is not None:
        annotation_set.tags = found.tags
    annotation_set.replace_all(_unique_ids(found.annotations))
    info = SourceInfo(found.name, found.sha256, found.length)
    return SidecarData(data["schema"], found.app, info, annotation_set, repaired=repaired,
                       problems=problems)


def tag_from_dict(d: dict[str, Any]) -> Tag:
    return Tag(d["id"], d["label_zh"], d["label_en"], d["color"], int(d["key"]))


def _unique_ids(annotations: Iterable[Annotation]) -> list[Annotation]:
    """A repeated id (a bad merge, a hand edit) gets a fresh one: both annotations stay."""
    seen: set[str] = set()
    out: list[Annotation] = []
    for a in annotations:
        if a.id in seen:
            a = replace(a, id=new_id())
        seen.add(a.id)
        out.append(a)
    return out


def _lenient(data: dict[str, Any], version: int, repaired: int) -> SidecarData:
    """Read what this version understands of a newer file; skip the rest."""
    annotations: list[Annotation] = []
    raw = data.get("annotations")
    items = raw if isinstance(raw, list) else []
    for item in items:
        try:
            if annotation_problem(item) is None:
                annotations.append(annotation_from_dict(item))
        except (SidecarCorrupt, TypeError, ValueError, KeyError):
            pass
    tags = [tag_from_dict(t) for t in _list(data.get("tags")) if _tag_ok(t)]
    rejected = {s for s in _list(data.get("rejected_suggestions")) if isinstance(s, str)}
    annotation_set = AnnotationSet(tags=tags, rejected_suggestions=rejected,
                                   outline_corrections=lenient_corrections(data.get(CORRECTIONS)))
    annotation_set.replace_all(_unique_ids(annotations))
    raw_source, raw_app = data.get("source"), data.get("app")
    src: dict[str, Any] = raw_source if isinstance(raw_source, dict) else {}
    info = SourceInfo(str(src.get("name", "")), str(src.get("sha256", "")),
                      src["length"] if type(src.get("length")) is int else -1)
    app = raw_app if isinstance(raw_app, str) else ""
    return SidecarData(version, app, info, annotation_set, skipped=len(items) - len(annotations),
                       repaired=repaired)


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _tag_ok(t: object) -> bool:
    return (isinstance(t, dict) and all(isinstance(t.get(k), str)
            for k in ("id", "label_zh", "label_en", "color")) and type(t.get("key")) is int)
