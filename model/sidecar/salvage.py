"""Salvage a sidecar that fails validation only in parts (docs/sidecar.md, "Salvage").

Damage that leaves nothing to read — not an object, `schema` not the integer 1, 2 or 3, no
`annotations` list — is `essential_problem` and the whole file counts as damaged. Anything
else is salvaged item by item:
- an informative or derived field that is missing or wrong gets a default (`app` "",
  `status` "anchored", `note`/`author`/times "", a tag's colour grey …) and is listed;
- an annotation whose quote cannot be read (no `target`, no `exact`) or a tag without an
  `id` is left out and listed (`dropped`), as is a non-string rejected suggestion;
- an annotation whose position is broken but whose quote is readable is kept as an
  orphan at 0 and placed again by its quote when it is anchored.
Outline corrections (schema 2) are salvaged alike by model.sidecar.correction_format.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from model.annotations import Annotation, Tag, new_id
from model.followup import FIELDS, FOLLOWUP_STATUSES
from model.sidecar.schema import (
    DEADLINE,
    STATUSES,
    _is_int,  # JSON Schema's "integer", as validation checks it
)

GREY = "#888888"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_TEXT_FIELDS = ("tag", "note", "author", "created", "modified")
_KIND_TEXT = {"missing": "missing", "invalid": "invalid", "not_object": "not an object",
              "bad_span": "end not after start"}


@dataclass(frozen=True)
class SidecarProblem:
    """One thing salvage found wrong. `where` is the item ("annotations/3", "tags/0", ""
    for the top level), `field` the key inside it ("" = the item itself), `kind` one of
    missing | invalid | not_object | bad_span | schema (then `detail` has the
    validator's words). `dropped`: the item was left out; else loaded with a default.
    `quote`: the annotation's marked text, when readable."""

    where: str
    field: str
    kind: str
    dropped: bool
    quote: str = ""
    detail: str = ""

    @property
    def path(self) -> str:
        return "/".join(p for p in (self.where, self.field) if p) or "(top level)"

    def describe(self) -> str:
        """English, for the CLI: "annotations/3/target: missing (not loaded)"."""
        what = self.detail or _KIND_TEXT.get(self.kind, self.kind)
        return f"{self.path}: {what} ({'not loaded' if self.dropped else 'default used'})"


@dataclass
class Salvaged:
    """What could be read. `tags` None: the file had no usable tag list (defaults apply)."""

    app: str
    name: str
    sha256: str
    length: int
    tags: list[Tag] | None
    annotations: list[Annotation]
    rejected: set[str]
    problems: list[SidecarProblem] = field(default_factory=list)


def essential_problem(data: dict[str, Any]) -> str | None:
    """Why nothing at all can be salvaged from `data` (None: something can)."""
    if type(data.get("schema")) is not int or data["schema"] not in (1, 2, 3):
        return "schema: not the integer 1, 2 or 3"
    if not isinstance(data.get("annotations"), list):
        return "annotations: not a list"
    return None


def salvage(data: dict[str, Any]) -> Salvaged:
    """Everything readable in `data` (essential_problem(data) must be None)."""
    problems: list[SidecarProblem] = []
    out = ProblemLog(problems)
    app = out.text("", "app", data.get("app"), "app" in data)
    name, sha256, length = _source(data, out)
    tags = _tags(data, out)
    annotations = [a for i, item in enumerate(data["annotations"])
                   if (a := _annotation(f"annotations/{i}", item, out)) is not None]
    return Salvaged(app, name, sha256, length, tags, annotations, _rejected(data, out),
                    problems)


class ProblemLog:
    """Collects problems; fills in defaults (also for model/sidecar/correction_format.py)."""

    def __init__(self, problems: list[SidecarProblem]) -> None:
        self.problems = problems

    def note(self, where: str, key: str, present: bool, *, dropped: bool = False,
             quote: str = "", kind: str = "") -> None:
        kind = kind or ("invalid" if present else "missing")
        self.problems.append(SidecarProblem(where, key, kind, dropped, quote))

    def text(self, where: str, key: str, value: object, present: bool, default: str = "",
             quote: str = "") -> str:
        """`value` if it is a string, else `default` (listed)."""
        if isinstance(value, str):
            return value
        self.note(where, key, present, quote=quote)
        return default


def _source(data: dict[str, Any], out: ProblemLog) -> tuple[str, str, int]:
    """(name, sha256, length); "" / "" / -1 for what is unreadable (the annotations are
    then placed again by their quotes)."""
    source = data.get("source")
    if not isinstance(source, dict):
        out.note("", "source", "source" in data)
        return "", "", -1
    name = out.text("source", "name", source.get("name"), "name" in source)
    sha256, length = source.get("sha256"), source.get("length")
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        out.note("source", "sha256", "sha256" in source)
        sha256 = ""
    if not _is_int(length) or length < 0:
        out.note("source", "length", "length" in source)
        length = -1
    return name, sha256, int(length)


def _tags(data: dict[str, Any], out: ProblemLog) -> list[Tag] | None:
    raw = data.get("tags")
    if not isinstance(raw, list):
        out.note("", "tags", "tags" in data)
        return None
    tags = []
    for i, item in enumerate(raw):
        where = f"tags/{i}"
        if not isinstance(item, dict):
            out.note(where, "", True, dropped=True, kind="not_object")
            continue
        ident = item.get("id")
        if not isinstance(ident, str) or not ident:
            out.note(where, "id", "id" in item, dropped=True)
            continue
        zh = out.text(where, "label_zh", item.get("label_zh"), "label_zh" in item, ident)
        en = out.text(where, "label_en", item.get("label_en"), "label_en" in item, ident)
        colour = item.get("color")
        if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
            out.note(where, "color", "color" in item)
            colour = GREY
        key = item.get("key")
        if not _is_int(key) or not 0 <= key <= 9:
            out.note(where, "key", "key" in item)
            key = 0
        tags.append(Tag(ident, zh, en, colour, int(key)))
    return tags


def _rejected(data: dict[str, Any], out: ProblemLog) -> set[str]:
    raw = data.get("rejected_suggestions")
    if not isinstance(raw, list):
        out.note("", "rejected_suggestions", "rejected_suggestions" in data)
        return set()
    kept = set()
    for i, item in enumerate(raw):
        if isinstance(item, str):
            kept.add(item)
        else:
            out.note(f"rejected_suggestions/{i}", "", True, dropped=True)
    return kept


def _annotation(where: str, item: object, out: ProblemLog) -> Annotation | None:
    """One annotation with defaults filled in, or None (listed as dropped)."""
    anchor = anchor_fields(where, item, out)
    if anchor is None:
        return None
    assert isinstance(item, dict)  # anchor_fields checked
    texts: dict[str, Any] = {
        key: out.text(where, key, item.get(key), key in item, quote=anchor["quote"])
        for key in _TEXT_FIELDS}
    if "followup" in item:
        texts.update(_followup(f"{where}/followup", item["followup"], out, anchor["quote"]))
    return Annotation(**anchor, **texts)


def _followup(where: str, value: object, out: ProblemLog, quote: str) -> dict[str, str]:
    """The readable members of a `followup` object (a bad one: not set, listed)."""
    if not isinstance(value, dict):
        out.note(where, "", True, quote=quote, kind="not_object")
        return {}
    found: dict[str, str] = {}
    for name, key in FIELDS.items():
        if key in value:
            text = out.text(where, key, value[key], True, quote=quote)
            bad = (key == "status" and text not in FOLLOWUP_STATUSES) or (
                key == "deadline" and not DEADLINE.fullmatch(text))
            if bad:
                if text:
                    out.note(where, key, True, quote=quote)
                text = ""
            found[name] = text
    return found


def anchor_fields(where: str, item: object, out: ProblemLog) -> dict[str, Any] | None:
    """What annotations and outline corrections share — id, the W3C target (quote,
    prefix, suffix, start, end), status, original_quote — with defaults filled in; None
    when `item` is not an object or has no readable quote (listed as dropped)."""
    if not isinstance(item, dict):
        out.note(where, "", True, dropped=True, kind="not_object")
        return None
    found = _selectors(where, item, out)
    if found is None:
        return None
    quote, position = found
    exact: str = quote["exact"]
    ident = item.get("id")
    if not isinstance(ident, str) or not ident:
        out.note(where, "id", "id" in item, quote=exact)
        ident = new_id()
    status = item.get("status")
    if not isinstance(status, str) or status not in STATUSES:
        out.note(where, "status", "status" in item, quote=exact)
        status = "anchored"
    original = out.text(where, "original_quote", item.get("original_quote", ""), True,
                        quote=exact)
    prefix = out.text(where, "prefix", quote.get("prefix"), "prefix" in quote, quote=exact)
    suffix = out.text(where, "suffix", quote.get("suffix"), "suffix" in quote, quote=exact)
    start, end = position if position is not None else (0, len(exact))
    if position is None:  # placed by its quote when anchored, or kept as an orphan
        status = "orphaned"
    return {"id": ident, "start": start, "end": end, "quote": exact, "prefix": prefix,
            "suffix": suffix, "status": status, "original_quote": original}


def _selectors(where: str, item: dict[str, Any], out: ProblemLog
               ) -> tuple[dict[str, Any], tuple[int, int] | None] | None:
    """(the TextQuoteSelector, (start, end) or None when unusable), or None when no
    quote can be read (listed as dropped)."""
    target = item.get("target")
    original = item.get("original_quote")
    lost = original if isinstance(original, str) else ""
    if not isinstance(target, dict):
        out.note(where, "target", "target" in item, dropped=True, quote=lost)
        return None
    if not isinstance(target.get("source"), str):
        out.note(where, "target/source", "source" in target)
    selectors = target.get("selector")
    if not isinstance(selectors, list):
        out.note(where, "target/selector", "selector" in target, dropped=True, quote=lost)
        return None
    quote = _of_type(selectors, "TextQuoteSelector")
    exact = quote.get("exact") if quote is not None else None
    if quote is None or not isinstance(exact, str) or not exact:
        field_name = "target/selector/exact" if quote is not None else "target/selector"
        present = quote is None or "exact" in quote
        out.note(where, field_name, present, dropped=True, quote=lost)
        return None
    position = _of_type(selectors, "TextPositionSelector")
    if selectors[:1] != [quote] or selectors[1:2] != [position] or position is None:
        out.note(where, "target/selector", True, quote=exact)
    return quote, _span(where, position, exact, out)


def _span(where: str, position: dict[str, Any] | None, exact: str, out: ProblemLog
          ) -> tuple[int, int] | None:
    if position is None:
        return None
    start, end = position.get("start"), position.get("end")
    if not _is_int(start) or start < 0:
        out.note(where, "target/selector/start", "start" in position, quote=exact)
        return None
    if not _is_int(end) or end < 1:
        out.note(where, "target/selector/end", "end" in position, quote=exact)
        return None
    if end <= start:
        out.note(where, "target/selector/end", True, quote=exact, kind="bad_span")
        return None
    return int(start), int(end)


def _of_type(selectors: list[Any], kind: str) -> dict[str, Any] | None:
    return next((s for s in selectors if isinstance(s, dict) and s.get("type") == kind), None)

