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

from model.annotations import CORRECTION_KINDS, OutlineCorrection
from model.outline.corrections import MAX_LEVEL
from model.sidecar.salvage import ProblemLog, SidecarProblem, anchor_fields
from model.sidecar.schema import _is_int
from model.sidecar.target import target_dict

KEY = "outline_corrections"


def correction_to_dict(c: OutlineCorrection, source_name: str) -> dict[str, Any]:
    d: dict[str, Any] = {"id": c.id, "kind": c.kind}
    if c.kind == "heading":
        d["level"] = c.level
    elif c.kind == "shift":
        d["by"] = c.by
    d.update({"author": c.author, "created": c.created, "status": c.status})
    if c.original_quote:
        d["original_quote"] = c.original_quote
    d["target"] = target_dict(c, source_name)
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
    """What can be read of `outline_corrections` (absent: nothing), and what was wrong:
    as for annotations (model.sidecar.salvage), and an item without a meaning (kind,
    level, by) is left out."""
    if raw is None:
        return [], []
    out = ProblemLog([])
    if not isinstance(raw, list):
        out.note("", KEY, True, dropped=True)
        return [], out.problems
    found: list[OutlineCorrection] = []
    for i, item in enumerate(raw):
        c = _salvage_one(f"{KEY}/{i}", item, out)
        if c is not None:
            found.append(c)
    return found, out.problems


def _salvage_one(where: str, item: object, out: ProblemLog) -> OutlineCorrection | None:
    anchor = anchor_fields(where, item, out)
    if anchor is None:
        return None
    assert isinstance(item, dict)  # anchor_fields checked
    bad = _meaning_problem(item)
    if bad:
        out.note(where, bad, bad in item, dropped=True, quote=anchor["quote"])
        return None
    texts: dict[str, Any] = {
        key: out.text(where, key, item.get(key), key in item, quote=anchor["quote"])
        for key in ("author", "created")}
    kind, level, by = item["kind"], item.get("level", 0), item.get("by", 0)
    return OutlineCorrection(kind=kind, level=int(level) if kind == "heading" else 0,
                             by=int(by) if kind == "shift" else 0, **anchor, **texts)


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

