"""Three-way merge for two writers of one sidecar (two windows, a window and the `merge`
verb).

`merge3(base, mine, theirs)`: `base` is the last version both saw (what this writer last
read from or wrote to disk). Annotation by annotation:
- added on either side → kept (neither side's new annotations are ever dropped);
- deleted on one side, unchanged on the other → deleted;
- deleted on one side, changed on the other → kept, the changed version (reported);
- changed on both sides in different fields among the note and the follow-up (status,
  unit, deadline, follow-up note) → both changes kept, field by field, no clash;
- changed on both sides otherwise → the newer `modified` wins (a tie keeps mine), the
  other version is reported;
tags the same way (changed on both sides → mine, reported; a tag that a kept annotation
uses is never deleted), rejected suggestions as a set. `merge_with_disk` merges with the
sidecar as it is on disk now; call it under the sidecar's write lock.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from model import errors
from model.annotations import Annotation, AnnotationSet, Tag
from model.followup import FIELDS
from model.report.loading import Report
from model.sidecar.merge import free_keys, newer
from model.sidecar.on_disk import Fingerprint
from model.sidecar.store import open_annotations


@dataclass(frozen=True)
class AnnotationClash:
    """An annotation both sides touched. `kind`: "changed_both" (`dropped` is the older
    version, not kept) or "changed_deleted" (changed on one side, deleted on the other:
    `kept` is the changed version, `dropped` None)."""

    id: str
    kind: str
    kept: Annotation
    dropped: Annotation | None


@dataclass(frozen=True)
class Merge3Result:
    """The merged set; what it took from theirs, relative to mine (added, updated,
    removed ids); what both sides touched (clashes, tag_clashes: tag ids kept mine)."""

    merged: AnnotationSet
    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    clashes: tuple[AnnotationClash, ...]
    tag_clashes: tuple[str, ...]
    tags_changed: bool
    rejected_changed: bool

    @property
    def changed(self) -> bool:
        """Does the merged set differ from mine (is there anything to apply)?"""
        return bool(self.added or self.updated or self.removed or self.tags_changed
                    or self.rejected_changed)


def snapshot(aset: AnnotationSet) -> AnnotationSet:
    """A copy to keep as the next merge's base (annotations are frozen: shared)."""
    copy = AnnotationSet(tags=list(aset.tags),
                         rejected_suggestions=set(aset.rejected_suggestions))
    copy.replace_all(aset)
    return copy


def merge3(base: AnnotationSet, mine: AnnotationSet, theirs: AnnotationSet) -> Merge3Result:
    """Three-way merge (rules in the module docstring); never mutates its inputs."""
    items: dict[str, Annotation] = {}
    added: list[str] = []
    updated: list[str] = []
    clashes: list[AnnotationClash] = []
    for ident in dict.fromkeys([*(a.id for a in mine), *(a.id for a in theirs)]):
        b = base.get(ident) if ident in base else None
        m = mine.get(ident) if ident in mine else None
        t = theirs.get(ident) if ident in theirs else None
        kept = _pick(b, m, t, clashes)
        if kept is None:
            continue
        items[ident] = kept
        if m is None:
            added.append(ident)
        elif kept is not m:
            updated.append(ident)
    removed = tuple(a.id for a in mine if a.id not in items)
    tags, tag_clashes = _merge3_tags(base.tags, mine.tags, theirs.tags, items.values())
    rejected = (mine.rejected_suggestions & theirs.rejected_suggestions) \
        | (mine.rejected_suggestions - base.rejected_suggestions) \
        | (theirs.rejected_suggestions - base.rejected_suggestions)
    merged = AnnotationSet(tags=tags, rejected_suggestions=rejected)
    merged.replace_all(items.values())
    return Merge3Result(merged, tuple(added), tuple(updated), removed, tuple(clashes),
                        tuple(tag_clashes), tags != list(mine.tags),
                        rejected != mine.rejected_suggestions)


def _pick(b: Annotation | None, m: Annotation | None, t: Annotation | None,
          clashes: list[AnnotationClash]) -> Annotation | None:
    """The version of one annotation to keep (None: deleted); clashes are appended."""
    if m is None or t is None:
        one = m if t is None else t
        assert one is not None
        if b is None:
            return one  # added on one side
        if _same(one, b):
            return None  # deleted on the other side, unchanged here
        clashes.append(AnnotationClash(one.id, "changed_deleted", one, None))
        return one
    if b is not None and _same(t, b):
        return m  # only mine changed (or nothing)
    if b is not None and _same(m, b):
        return t  # only theirs changed
    if _same(m, t):
        return m  # the same change on both sides
    if b is not None and (both := _fieldwise(b, m, t)) is not None:
        return both
    winner = newer(m, t)
    clashes.append(AnnotationClash(m.id, "changed_both", winner, t if winner is m else m))
    return winner


#: Fields two writers may change apart: each side's change is kept (merge3 docstring).
FIELDWISE = ("note", *FIELDS)


def _fieldwise(b: Annotation, m: Annotation, t: Annotation) -> Annotation | None:
    """Mine with their changes applied, when both sides changed only FIELDWISE fields
    and no field in different ways; None otherwise."""
    ignore = {"status", "modified"}
    names = [f.name for f in fields(Annotation) if f.name not in ignore]
    mine = {n for n in names if getattr(m, n) != getattr(b, n)}
    theirs = {n for n in names if getattr(t, n) != getattr(b, n)}
    if not (mine | theirs) <= set(FIELDWISE):
        return None
    if any(getattr(m, n) != getattr(t, n) for n in mine & theirs):
        return None
    return replace(m, modified=max(m.modified, t.modified),
                   **{n: getattr(t, n) for n in theirs - mine})


def _same(a: Annotation, b: Annotation) -> bool:
    """Equal but perhaps for `status` (each side re-anchored on its own: not an edit)."""
    return a == b or replace(a, status=b.status) == b


def _merge3_tags(base: list[Tag], mine: list[Tag], theirs: list[Tag],
                 used_by: Iterable[Annotation]) -> tuple[list[Tag], list[str]]:
    """Mine in my order with their edits and deletions applied, then tags they added;
    a tag still used by a kept annotation stays."""
    b, t = {x.id: x for x in base}, {x.id: x for x in theirs}
    used = {a.tag for a in used_by}
    out: list[Tag] = []
    clashes: list[str] = []
    for tag in mine:
        other = t.get(tag.id)
        old = b.get(tag.id)
        if other is None:
            if old is None or old != tag or tag.id in used:
                out.append(tag)  # new here, changed here, or still in use: kept
        elif old is not None and tag == old:
            out.append(other)  # only theirs changed it (or nobody did)
        else:
            out.append(tag)
            if other != tag and (old is None or other != old):
                clashes.append(tag.id)
    known = {x.id for x in mine}
    extra = [x for x in theirs if x.id not in known
             and (x.id not in b or x != b[x.id] or x.id in used)]
    kept = out + extra
    have = {x.id for x in kept}
    lost = [x for x in (*mine, *base) if x.id in used and x.id not in have]
    return free_keys(kept + list({x.id: x for x in lost}.values()), []), clashes


@dataclass(frozen=True)
class DiskMerge:
    """`merge_with_disk`'s answer: the merge, and the fingerprint of the file merged
    with (the `expected` of the save that must follow under the same lock)."""

    result: Merge3Result
    fingerprint: Fingerprint | None


def merge_with_disk(report: Report, base: AnnotationSet, mine: AnnotationSet
                    ) -> DiskMerge:
    """Three-way merge of `mine` with the report's sidecar as it is on disk now.

    Hold `write_lock(sidecar_path(report.path))` around this and the save of the result
    (`save_sidecar(..., expected=fingerprint, locked=True)`) so nobody writes in between.
    A file that is absent, or damaged (moved aside as on open), brings no changes: mine
    is kept whole. A newer-schema file raises SidecarTooNew (nothing may overwrite it).
    """
    opened = open_annotations(report)
    if opened.read_only:
        raise errors.SidecarTooNew(str(opened.path))
    theirs = opened.annotation_set if opened.fingerprint is not None \
        and opened.quarantined is None else base
    return DiskMerge(merge3(base, mine, theirs), opened.fingerprint)
