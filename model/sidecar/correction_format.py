"""Outline corrections in the sidecar (`outline_corrections`, schema 2; docs/sidecar.md).

Each is written in an annotation's W3C target shape (a TextQuoteSelector and a
TextPositionSelector on the report) with `kind`, and `level` (a heading) or `by` (a shift).
Reading a valid file goes through `correction_from_dict`; a partly damaged one through
`salvage_corrections` (an item without kind, level or readable quote is left out and
listed, the rest get defaults as annotations do); a newer-schema one through
`lenient_corrections` (what this version understands, the rest skipped).
"""
from __future__ import annotations

from typing import Any

from model.annotations import CORRECTION_KINDS, OutlineCorrection, new_id
from model.sidecar.salvage import SidecarProblem
from model.sidecar.schema import STATUSES, _is_int

KEY = "outline_corrections"
MAX_LEVEL = 9


def correction_to_dict(c: OutlineCorrection, source_name: str) -> dict[str, Any]:
    d: dict[str, Any] = {"id": c.id, "kind": c.kind}
    if c.kind == "heading":
        d["level"] = c.level
    elif c.kind == "shift":
        d["by"] = c.by
    d.update({"author": c.author, "created": c.created, "status": c.status})
    if c.original_quote:
        d["original_quote"] = c.original_quote
    d["target"] = {
        "source": source_name,
        "selector": [
            {"type": "TextQuoteSelector", "exact": c.quote, "prefix": c.prefix,
             "suffix": c.suffix},
            {"type": "TextPositionSelector", "start": c.start, "end": c.end},
        ],
    }
    return d


def correction_from_dict(d: dict[str, Any]) -> OutlineCorrection:
    """Inverse of correction_to_dict; `d` must be valid (the schema checked it)."""
    quote, position = d["target"]["selector"][:2]
    start, end, status = int(position["start"]), int(position["end"]), d["status"]
    if end <= start:  # JSON Schema cannot compare the two: placed again by the quote
        end, status = start + len(quote["exact"]), "orphaned"
    return OutlineCorrection(
        id=d["id"], kind=d["kind"], start=start, end=end,
        quote=quote["exact"], prefix=quote["prefix"], suffix=quote["suffix"],
        level=int(d.get("level", 0)), by=int(d.get("by", 0)), author=d["author"],
        created=d["created"], status=status, original_quote=d.get("original_quote", ""))


def lenient_corrections(raw: object) -> list[OutlineCorrection]:
    """The corrections of a newer-schema file that this version reads whole."""
    return salvage_corrections(raw)[0]


def salvage_corrections(raw: object) -> tuple[list[OutlineCorrection], list[SidecarProblem]]:
    """What can be read of `outline_corrections` (absent: nothing), and what was wrong."""
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [SidecarProblem("", KEY, "invalid", True)]
    found: list[OutlineCorrection] = []
    problems: list[SidecarProblem] = []
    for i, item in enumerate(raw):
        c = _salvage_one(f"{KEY}/{i}", item, problems)
        if c is not None:
            found.append(c)
    return found, problems


def _salvage_one(where: str, item: object, problems: list[SidecarProblem]
                 ) -> OutlineCorrection | None:
    if not isinstance(item, dict):
        problems.append(SidecarProblem(where, "", "not_object", True))
        return None
    quote, span = _selectors(item)
    kind, level, by = item.get("kind"), item.get("level", 0), item.get("by", 0)
    bad = "target/selector" if quote is None else _meaning_problem(item)
    if quote is None or bad:
        exact = quote["exact"] if quote is not None else ""
        problems.append(SidecarProblem(where, bad, "invalid" if bad in item else "missing",
                                       True, quote=exact))
        return None
    texts = {}
    for key in ("author", "created", "original_quote"):
        value = item.get(key, "")
        if not isinstance(value, str):
            problems.append(SidecarProblem(where, key, "invalid", False, quote=quote["exact"]))
            value = ""
        texts[key] = value
    ident, status = item.get("id"), item.get("status")
    if not isinstance(ident, str) or not ident:
        problems.append(SidecarProblem(where, "id", "missing", False, quote=quote["exact"]))
        ident = new_id()
    if not isinstance(status, str) or status not in STATUSES:
        problems.append(SidecarProblem(where, "status", "invalid" if "status" in item
                                       else "missing", False, quote=quote["exact"]))
        status = "anchored"  # recomputed by re-anchoring
    if span is None:  # placed by its quote when anchored, or kept as an orphan
        status = "orphaned"
    start, end = span or (0, len(quote["exact"]))
    return OutlineCorrection(
        id=ident, kind=str(kind), start=start, end=end, quote=quote["exact"],
        prefix=_text(quote.get("prefix")), suffix=_text(quote.get("suffix")),
        level=int(level) if kind == "heading" else 0, by=int(by) if kind == "shift" else 0,
        status=status, **texts)


def _meaning_problem(item: dict[str, Any]) -> str:
    """The member that leaves a correction without a meaning ("" if none does)."""
    kind = item.get("kind")
    if kind not in CORRECTION_KINDS:
        return "kind"
    level, by = item.get("level"), item.get("by")
    if kind == "heading" and not (_is_int(level) and 1 <= level <= MAX_LEVEL):
        return "level"
    if kind == "shift" and (isinstance(by, bool) or by not in (-1, 1)):
        return "by"
    return ""


def _selectors(item: dict[str, Any]) -> tuple[dict[str, Any] | None, tuple[int, int] | None]:
    """(the TextQuoteSelector with a non-empty `exact`, (start, end) if usable)."""
    target = item.get("target")
    selectors = target.get("selector") if isinstance(target, dict) else None
    if not isinstance(selectors, list):
        return None, None
    quote = next((s for s in selectors if isinstance(s, dict)
                  and s.get("type") == "TextQuoteSelector"), None)
    if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"]:
        return None, None
    position = next((s for s in selectors if isinstance(s, dict)
                     and s.get("type") == "TextPositionSelector"), None)
    if position is None:
        return quote, None
    start, end = position.get("start"), position.get("end")
    if not (_is_int(start) and _is_int(end)) or not 0 <= start < end:
        return quote, None
    return quote, (int(start), int(end))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
