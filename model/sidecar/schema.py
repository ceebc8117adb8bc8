"""Validation of a parsed sidecar against resources/sidecar.schema.json.

jsonschema checks every part of the document except the items of `annotations`; those are
checked by `annotation_problem`, a hand-written copy of `$defs/annotation` that is ~50×
faster (jsonschema needs ~1.2 s for 10,000 annotations). tests/model/sidecar/test_damaged.py
runs both on many broken annotations to keep them in step. When an annotation fails, the
real validator is run on it so the error message comes from the schema.
"""
from __future__ import annotations

import copy
import functools
import json
import re
from typing import TYPE_CHECKING, Any, TypeGuard

from model.errors import SidecarCorrupt
from model.followup import FOLLOWUP_STATUSES
from model.paths import resources_dir

if TYPE_CHECKING:
    import jsonschema

SCHEMA_PATH = resources_dir() / "sidecar.schema.json"
STATUSES = frozenset(("anchored", "moved", "fuzzy", "orphaned"))
#: Follow-up statuses (model/followup.py), "" = none.
FOLLOWUP_KEYS = frozenset(("", *FOLLOWUP_STATUSES))
#: `$defs/followup/deadline`: an ISO date or "".
DEADLINE = re.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})?")
_ANNOTATION_STRINGS = ("tag", "note", "author", "created", "modified")


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema document (parsed once)."""
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        return json.load(f)


@functools.lru_cache(maxsize=1)
def _validators() -> tuple[jsonschema.Draft202012Validator, jsonschema.Draft202012Validator]:
    """(document without annotation items, one annotation). jsonschema is imported here,
    when a sidecar is first read: a report without one never pays its ~50 ms import."""
    import jsonschema

    full = schema()
    jsonschema.Draft202012Validator.check_schema(full)
    outer = copy.deepcopy(full)
    outer["properties"]["annotations"] = {"type": "array"}
    item = {"$defs": full["$defs"], **full["$defs"]["annotation"]}
    return jsonschema.Draft202012Validator(outer), jsonschema.Draft202012Validator(item)


def validate(data: object, *, shell: bool = True) -> None:
    """Raise SidecarCorrupt (detail: where and what) unless `data` is a valid schema-1 sidecar.
    `shell=False`: the document around the annotations is not checked by jsonschema (a file
    as Yuepi writes it; importing jsonschema and walking the shell took ~0.25 s on opening),
    only that `annotations` is a list; each annotation still gets the fast check."""
    if shell:
        from jsonschema.exceptions import best_match

        error = best_match(_validators()[0].iter_errors(data))
        if error is not None:
            raise SidecarCorrupt(_describe(error))
    elif not isinstance(data, dict) or not isinstance(data.get("annotations"), list):
        raise SidecarCorrupt("annotations: not a list")
    assert isinstance(data, dict)
    for index, annotation in enumerate(data["annotations"]):
        if annotation_problem(annotation) is None:
            continue
        from jsonschema.exceptions import best_match

        item = _validators()[1]
        error = best_match(item.iter_errors(annotation))
        where = f"annotations/{index}"
        if error is None:  # the fast check is stricter than the schema: a bug, say so
            raise SidecarCorrupt(f"{where}: {annotation_problem(annotation)}")
        raise SidecarCorrupt(f"{where}/{_describe(error)}")


def annotation_problem(a: object) -> str | None:
    """What makes `a` break `$defs/annotation`, or None. Mirrors the schema exactly."""
    if not isinstance(a, dict):
        return "not an object"
    ident = a.get("id")
    if not isinstance(ident, str) or not ident:
        return "id"
    for key in _ANNOTATION_STRINGS:
        if not isinstance(a.get(key), str):
            return key
    status = a.get("status")
    if not isinstance(status, str) or status not in STATUSES:
        return "status"
    if "original_quote" in a and not isinstance(a["original_quote"], str):
        return "original_quote"
    if "followup" in a and _followup_problem(a["followup"]):
        return "followup"
    target = a.get("target")
    if not isinstance(target, dict) or not isinstance(target.get("source"), str):
        return "target"
    selectors = target.get("selector")
    if not isinstance(selectors, list) or len(selectors) < 2:
        return "target/selector"
    return _quote_problem(selectors[0]) or _position_problem(selectors[1])


def _followup_problem(f: object) -> bool:
    """Does `f` break `$defs/followup`?"""
    if not isinstance(f, dict):
        return True
    if any(not isinstance(f.get(k, ""), str) for k in ("unit", "deadline", "note")):
        return True
    if not DEADLINE.fullmatch(f.get("deadline", "")):
        return True
    status = f.get("status", "")
    return not isinstance(status, str) or status not in FOLLOWUP_KEYS


def _quote_problem(q: object) -> str | None:
    if not isinstance(q, dict) or q.get("type") != "TextQuoteSelector":
        return "TextQuoteSelector"
    exact = q.get("exact")
    if not isinstance(exact, str) or not exact:
        return "exact"
    if not isinstance(q.get("prefix"), str) or not isinstance(q.get("suffix"), str):
        return "prefix/suffix"
    return None


def _position_problem(p: object) -> str | None:
    if not isinstance(p, dict) or p.get("type") != "TextPositionSelector":
        return "TextPositionSelector"
    start, end = p.get("start"), p.get("end")
    if not _is_int(start) or start < 0:
        return "start"
    if not _is_int(end) or end < 1:
        return "end"
    return None


def _is_int(value: object) -> TypeGuard[float]:
    """JSON Schema "integer": an int that is not a bool, or a float with no fraction."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _describe(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    return f"{where}: {error.message[:200]}"
