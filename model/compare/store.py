"""The comparison file `<B>.compare.json` beside the later report B: the reviewer's
decisions linking each commitment of the earlier report A to its evidence in B, with a
verdict (docs/compare.md, resources/compare.schema.json).

It keeps what the annotation sidecar guarantees, with the sidecar's own helpers: atomic
saves with a `.bak` under the write lock (model.atomic, model.sidecar.lock), a file of a
newer schema never saved over (SidecarTooNew), a damaged file moved aside to
`….compare.corrupt-YYYYmmdd-HHMMSS.json` (model.sidecar.store.quarantine) and never
overwritten, only regular files read, and both sides re-anchored by
model.sidecar.anchoring when either report changed (anchored/moved/fuzzy/orphaned: a link
is never dropped). Each side of a link is held as an Annotation, so the W3C target
(model.sidecar.target) and the anchoring are the sidecar's.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from model.annotations import Annotation, AnnotationSet, make_annotation, new_id, now_iso
from model.atomic import atomic_write, remove_stale_temps
from model.errors import CompareFileCorrupt, SidecarTooNew, SidecarUnwritable
from model.name_fit import fit
from model.report.loading import Report
from model.sidecar.anchoring import AnchorSummary, anchor_annotations
from model.sidecar.lock import write_lock
from model.sidecar.names import backup_path
from model.sidecar.store import quarantine, read_regular
from model.sidecar.target import target_dict

SCHEMA_VERSION = 1
SUFFIX = ".compare.json"
#: Verdict keys as stored, in the order shown (已兑现 / 部分兑现 / 未兑现 / 未提及).
VERDICTS = ("kept", "partly", "not_kept", "not_mentioned")
VERDICT_LABELS = {"kept": "已兑现", "partly": "部分兑现", "not_kept": "未兑现",
                  "not_mentioned": "未提及"}
_STATUSES = ("anchored", "moved", "fuzzy", "orphaned")


@dataclass(frozen=True)
class Side:
    """One report as the file remembers it: name, sha256 and length of its text."""

    name: str
    sha256: str
    length: int

    @classmethod
    def of(cls, report: Report) -> Side:
        return cls(report.name, report.sha256, len(report.text))


@dataclass(frozen=True)
class Link:
    """A commitment of A (an Annotation on A's text) with its evidence in B (an
    Annotation on B's text, None for 未提及), the verdict key and the reviewer's note."""

    id: str
    commitment: Annotation
    evidence: Annotation | None
    verdict: str
    note: str = ""
    author: str = ""
    created: str = ""
    modified: str = ""


@dataclass
class Comparison:
    """The decisions of one comparison; `a`/`b` the texts they were made on (None: new)."""

    a: Side | None = None
    b: Side | None = None
    links: list[Link] = field(default_factory=list)
    #: the schema of the file it was read from (a newer one is never saved over)
    schema: int = SCHEMA_VERSION

    def get(self, link_id: str) -> Link | None:
        return next((k for k in self.links if k.id == link_id), None)


@dataclass
class ComparisonOpened:
    """Result of open_comparison: the links placed on both texts, how each side's
    anchoring went, and where a damaged file was moved (`problem` says why)."""

    path: Path
    comparison: Comparison
    summary_a: AnchorSummary = field(default_factory=AnchorSummary)
    summary_b: AnchorSummary = field(default_factory=AnchorSummary)
    quarantined: Path | None = None
    problem: str = ""


def comparison_path(later: str | os.PathLike[str]) -> Path:
    """`报告2024.docx` → `报告2024.docx.compare.json`, beside B."""
    p = Path(later)
    return p.with_name(fit(p.name, tail=SUFFIX, limit=255 - 32))


def make_link(a: Report, b: Report, commitment: tuple[int, int],
              evidence: tuple[int, int] | None, verdict: str, *, note: str = "",
              author: str = "") -> Link:
    """A new link; ValueError for a span outside its text or an unknown verdict, and
    for evidence given with 未提及. No evidence with another verdict is the verdict
    alone (the reviewer judged without linking a passage of B)."""
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
    if evidence is not None and verdict == "not_mentioned":
        raise ValueError("not_mentioned takes no evidence")
    stamp = now_iso()
    return Link(new_id(), make_annotation(a.text, *commitment, "commitment"),
                None if evidence is None else make_annotation(b.text, *evidence, "evidence"),
                verdict, note, author, stamp, stamp)


def open_comparison(a: Report, b: Report) -> ComparisonOpened:
    """Load B's comparison file and place its links on both texts. Absent → empty.
    Damaged → moved aside, empty, `quarantined` set. Raises SidecarUnreadable
    (SidecarNotRegular for a FIFO or device) or CompareFileCorrupt when a damaged file
    cannot be moved aside."""
    path = comparison_path(b.path)
    read = read_regular(path)
    if read is None:
        return ComparisonOpened(path, Comparison())
    try:
        stored = parse_comparison(read[0])
    except CompareFileCorrupt as exc:
        return ComparisonOpened(path, Comparison(), quarantined=_move_aside(path),
                                problem=str(exc))
    placed, summary_a, summary_b = reanchor(stored, a.text, b.text)
    return ComparisonOpened(path, placed, summary_a, summary_b)


def reanchor(stored: Comparison, text_a: str, text_b: str
             ) -> tuple[Comparison, AnchorSummary, AnchorSummary]:
    """The links placed on the current texts of A and B (the sidecar's rules)."""
    sides_a = AnnotationSet()
    sides_a.replace_all(k.commitment for k in stored.links)
    sides_b = AnnotationSet()
    sides_b.replace_all(k.evidence for k in stored.links if k.evidence is not None)
    placed_a, summary_a = anchor_annotations(
        text_a, sides_a, old_length=stored.a.length if stored.a else None,
        old_sha256=stored.a.sha256 if stored.a else None)
    placed_b, summary_b = anchor_annotations(
        text_b, sides_b, old_length=stored.b.length if stored.b else None,
        old_sha256=stored.b.sha256 if stored.b else None)
    links = [replace(k, commitment=placed_a.get(k.commitment.id),
                     evidence=None if k.evidence is None else placed_b.get(k.evidence.id))
             for k in stored.links]
    return Comparison(stored.a, stored.b, links, stored.schema), summary_a, summary_b


def save_comparison(a: Report, b: Report, comparison: Comparison) -> Path:
    """Write the file atomically (previous version → `.bak`); a damaged file in the way
    is moved aside first, never overwritten. SidecarUnwritable when the write fails."""
    path = comparison_path(b.path)
    data = dump_bytes(Side.of(a), Side.of(b), comparison.links)
    backup = backup_path(path)
    with write_lock(path):  # check + replace: one step, as the sidecar's saves
        read = read_regular(path)
        if read is not None:
            try:
                if parse_comparison(read[0]).schema > SCHEMA_VERSION:
                    raise SidecarTooNew(str(path))
            except CompareFileCorrupt:
                _move_aside(path)
        try:
            atomic_write(path, data, backup)
        except OSError as exc:
            raise SidecarUnwritable(f"{path} ({exc.strerror or exc})") from exc
    remove_stale_temps(path, backup)  # left by saves that were interrupted
    return path


def _move_aside(path: Path) -> Path:
    try:
        return quarantine(path)
    except Exception as exc:  # the sidecar's error, reworded for this file
        raise CompareFileCorrupt(str(exc)) from exc


def dump_bytes(a: Side, b: Side, links: list[Link]) -> bytes:
    data = {"schema": SCHEMA_VERSION, "type": "yuepi-comparison",
            "earlier": _side_json(a), "later": _side_json(b),
            "links": [_link_json(k, a.name, b.name) for k in links]}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _side_json(s: Side) -> dict[str, Any]:
    return {"name": s.name, "sha256": s.sha256, "length": s.length}


def _target_json(x: Annotation, source: str) -> dict[str, Any]:
    out = target_dict(x, source)
    out["status"] = x.status
    if x.original_quote:
        out["original_quote"] = x.original_quote
    return out


def _link_json(k: Link, a_name: str, b_name: str) -> dict[str, Any]:
    return {"id": k.id, "commitment": _target_json(k.commitment, a_name),
            "evidence": None if k.evidence is None else _target_json(k.evidence, b_name),
            "verdict": k.verdict, "note": k.note, "author": k.author,
            "created": k.created, "modified": k.modified}


def parse_comparison(raw: bytes) -> Comparison:
    """Bytes of a comparison file → Comparison (CompareFileCorrupt on any damage)."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise CompareFileCorrupt(f"not UTF-8 at byte {exc.start}") from exc
    except (ValueError, RecursionError) as exc:
        raise CompareFileCorrupt(f"not JSON ({str(exc)[:100]})") from exc
    try:
        if not isinstance(data, dict) or data.get("type") != "yuepi-comparison":
            raise ValueError("not a Yuepi comparison file")
        if not isinstance(data.get("schema"), int) or data["schema"] < 1:
            raise ValueError("no schema number")
        links = [_link(x, i) for i, x in enumerate(_list(data, "links"))]
        if len({k.id for k in links}) != len(links):
            raise ValueError("two links have the same id")
        return Comparison(_side(data["earlier"]), _side(data["later"]), links,
                          data["schema"])
    except (KeyError, TypeError, ValueError) as exc:
        raise CompareFileCorrupt(f"not a comparison file ({exc})") from exc


def _list(d: dict[str, Any], key: str) -> list[Any]:
    v = d.get(key)
    if not isinstance(v, list):
        raise ValueError(f"`{key}` is not a list")
    return v


def _str(d: dict[str, Any], key: str, default: str | None = None) -> str:
    v = d.get(key, default)
    if not isinstance(v, str):
        raise ValueError(f"`{key}` is not a string")
    return v


def _int(d: dict[str, Any], key: str) -> int:
    v = d.get(key)
    if type(v) is not int or v < 0:
        raise ValueError(f"`{key}` is not a count")
    return v


def _side(d: Any) -> Side:
    if not isinstance(d, dict):
        raise ValueError("a report is not an object")
    return Side(_str(d, "name"), _str(d, "sha256"), _int(d, "length"))


def _target(d: Any, link_id: str, role: str) -> Annotation:
    if not isinstance(d, dict):
        raise ValueError(f"link {link_id}: the {role} is not a target")
    quote: dict[str, Any] = {}
    position: dict[str, Any] = {}
    for s in _list(d, "selector"):
        if isinstance(s, dict) and s.get("type") == "TextQuoteSelector":
            quote = s
        elif isinstance(s, dict) and s.get("type") == "TextPositionSelector":
            position = s
    start, end = _int(position, "start"), _int(position, "end")
    if end < start or not _str(quote, "exact"):
        raise ValueError(f"link {link_id}: the {role} has no span")
    status = _str(d, "status", "anchored")
    return Annotation(id=f"{link_id}:{role}", tag=role, start=start, end=end,
                      quote=_str(quote, "exact"), prefix=_str(quote, "prefix", ""),
                      suffix=_str(quote, "suffix", ""),
                      status=status if status in _STATUSES else "anchored",
                      original_quote=_str(d, "original_quote", ""))


def _link(d: Any, i: int) -> Link:
    if not isinstance(d, dict):
        raise ValueError(f"link {i + 1} is not an object")
    link_id = _str(d, "id")
    verdict = _str(d, "verdict")
    if verdict not in VERDICTS:
        raise ValueError(f"link {link_id}: unknown verdict {verdict!r}")
    evidence = d.get("evidence")
    return Link(link_id, _target(d.get("commitment"), link_id, "commitment"),
                None if evidence is None else _target(evidence, link_id, "evidence"),
                verdict, _str(d, "note", ""), _str(d, "author", ""),
                _str(d, "created", ""), _str(d, "modified", ""))
